package zhiti.econ.units;

import zhiti.core.Lang;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time as written: "30 天", "7 days", "3个月", "two weeks", "半年", "一年半", "1.5 years", "90 h".
 * Months and years are average calendar lengths (a year = 365.25 days, a month = a twelfth of that), which is
 * what rental and training-time arithmetic needs; use {@link CalendarDate} for dated periods.
 */
public record TimeSpan(double amount, Unit unit) {

    public enum Unit {
        SECOND(1.0 / 86_400, "s", "秒"), MINUTE(1.0 / 1_440, "min", "分钟"), HOUR(1.0 / 24, "h", "小时"),
        DAY(1, "days", "天"), WEEK(7, "weeks", "周"), MONTH(365.25 / 12, "months", "个月"), YEAR(365.25, "years", "年");

        private final double days;
        private final String en;
        private final String zh;

        Unit(double days, String en, String zh) {
            this.days = days;
            this.en = en;
            this.zh = zh;
        }

        public double days() {
            return days;
        }

        public String label(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("s", Unit.SECOND), Map.entry("sec", Unit.SECOND), Map.entry("secs", Unit.SECOND),
            Map.entry("second", Unit.SECOND), Map.entry("seconds", Unit.SECOND), Map.entry("秒", Unit.SECOND),
            Map.entry("秒钟", Unit.SECOND),
            Map.entry("min", Unit.MINUTE), Map.entry("mins", Unit.MINUTE), Map.entry("minute", Unit.MINUTE),
            Map.entry("minutes", Unit.MINUTE), Map.entry("分钟", Unit.MINUTE), Map.entry("分", Unit.MINUTE),
            Map.entry("h", Unit.HOUR), Map.entry("hr", Unit.HOUR), Map.entry("hrs", Unit.HOUR),
            Map.entry("hour", Unit.HOUR), Map.entry("hours", Unit.HOUR), Map.entry("小时", Unit.HOUR),
            Map.entry("个小时", Unit.HOUR), Map.entry("钟头", Unit.HOUR), Map.entry("个钟头", Unit.HOUR),
            Map.entry("d", Unit.DAY), Map.entry("day", Unit.DAY), Map.entry("days", Unit.DAY), Map.entry("天", Unit.DAY),
            Map.entry("日", Unit.DAY),
            Map.entry("w", Unit.WEEK), Map.entry("wk", Unit.WEEK), Map.entry("wks", Unit.WEEK),
            Map.entry("week", Unit.WEEK), Map.entry("weeks", Unit.WEEK), Map.entry("周", Unit.WEEK),
            Map.entry("星期", Unit.WEEK), Map.entry("个星期", Unit.WEEK), Map.entry("个礼拜", Unit.WEEK),
            Map.entry("礼拜", Unit.WEEK),
            Map.entry("mo", Unit.MONTH), Map.entry("month", Unit.MONTH), Map.entry("months", Unit.MONTH),
            Map.entry("个月", Unit.MONTH), Map.entry("月", Unit.MONTH),
            Map.entry("y", Unit.YEAR), Map.entry("yr", Unit.YEAR), Map.entry("yrs", Unit.YEAR),
            Map.entry("year", Unit.YEAR), Map.entry("years", Unit.YEAR), Map.entry("年", Unit.YEAR));

    private static final Pattern FORM = Pattern.compile(
            "(\\d+(?:,\\d{3})*(?:\\.\\d+)?|" + NumberWords.ENGLISH_WORDS + "|[" + NumberWords.CHINESE_DIGITS + "]+)"
                    + "\\s*(个半月|个月|个小时|个钟头|个星期|个礼拜|[a-zA-Z]+|秒钟|分钟|小时|钟头|星期|礼拜|[秒分天日周月年])(半)?");

    public TimeSpan {
        if (unit == null || !Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException("a time span needs a non-negative amount and a unit, got " + amount);
        }
    }

    public static TimeSpan ofDays(double days) {
        return new TimeSpan(days, Unit.DAY);
    }

    /** Reads one span; "2 weeks 3 days" style sums are not accepted (write "17 days"). */
    public static TimeSpan parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a length of time: write a number and "
                    + "a unit, e.g. 30 天, 7 days, 3个月, two weeks, 半年, 1.5 years");
        }
        double n = NumberWords.parse(m.group(1));
        String unitWord = m.group(2);
        boolean plusHalf = m.group(3) != null;
        if (unitWord.equals("个半月")) { // 两个半月 = 2.5 months
            unitWord = "个月";
            plusHalf = true;
        }
        Unit u = UNITS.get(unitWord);
        if (u == null) {
            throw new IllegalArgumentException("unknown time unit '" + m.group(2) + "' in '" + text
                    + "': use seconds, minutes, hours, days, weeks, months or years (秒, 分钟, 小时, 天, 周, 个月, 年)");
        }
        return new TimeSpan(n + (plusHalf ? 0.5 : 0), u);
    }

    public double days() {
        return amount * unit.days();
    }

    public double hours() {
        return days() * 24;
    }

    public double seconds() {
        return days() * 86_400;
    }

    /** "30 天" / "30 days", amount to three significant digits. */
    public String format(Lang lang) {
        return Formats.trimmed(amount) + " " + unit.label(lang);
    }
}
