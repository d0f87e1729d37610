package zhiti.econ.units;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: a year ("2023", "2023年"), a quarter ("2023Q3", "2023年第三季度"), a month
 * ("2023-05", "2020年11月", "May 2023") or a day ("2023-05-28", "2023年5月28日"). It stands for a whole period, from
 * {@link #start()} (inclusive) to {@link #end()} (exclusive); trend code must say whether it places a point at the
 * start or the middle of that period.
 */
public record CalendarDate(LocalDate start, Granularity granularity) implements Comparable<CalendarDate> {

    public enum Granularity { YEAR, QUARTER, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*[-\\s]?[Qq]([1-4])|[Qq]([1-4])\\s*(\\d{4})");
    private static final Pattern ZH = Pattern.compile(
            "(\\d{4})\\s*年(?:\\s*(?:第\\s*([一二三四1-4])\\s*季度|(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?))?");
    private static final Pattern EN_MONTH = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})");

    public CalendarDate {
        if (start == null || granularity == null) {
            throw new IllegalArgumentException("a calendar date needs a start day and a granularity");
        }
    }

    public static CalendarDate ofYear(int year) {
        return new CalendarDate(LocalDate.of(year, 1, 1), Granularity.YEAR);
    }

    public static CalendarDate ofMonth(int year, int month) {
        return new CalendarDate(LocalDate.of(year, month, 1), Granularity.MONTH);
    }

    /** Reads the forms listed on the class; anything else is an error that shows the accepted forms. */
    public static CalendarDate parse(String text) {
        String s = text == null ? "" : text.trim();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return ofYear(y);
                }
                int mo = Integer.parseInt(m.group(2));
                return m.group(3) == null ? ofMonth(y, mo)
                        : new CalendarDate(LocalDate.of(y, mo, Integer.parseInt(m.group(3))), Granularity.DAY);
            }
            m = QUARTER.matcher(s);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
                int q = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
                return quarter(y, q);
            }
            m = ZH.matcher(s);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                if (m.group(2) != null) {
                    return quarter(y, (int) NumberWords.parse(m.group(2)));
                }
                if (m.group(3) == null) {
                    return ofYear(y);
                }
                int mo = Integer.parseInt(m.group(3));
                return m.group(4) == null ? ofMonth(y, mo)
                        : new CalendarDate(LocalDate.of(y, mo, Integer.parseInt(m.group(4))), Granularity.DAY);
            }
            m = EN_MONTH.matcher(s);
            if (m.matches()) {
                Month mo = englishMonth(m.group(1));
                int y = Integer.parseInt(m.group(3));
                return m.group(2) == null ? ofMonth(y, mo.getValue())
                        : new CalendarDate(LocalDate.of(y, mo, Integer.parseInt(m.group(2))), Granularity.DAY);
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("cannot read '" + text + "' as a date: write 2023, 2023-05, 2023-05-28, "
                + "2023Q3, 2020年11月, 2023年5月28日 or May 2023");
    }

    private static CalendarDate quarter(int year, int q) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("quarter must be 1-4, got " + q);
        }
        return new CalendarDate(LocalDate.of(year, 3 * q - 2, 1), Granularity.QUARTER);
    }

    private static Month englishMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(w) || (w.length() >= 3 && full.startsWith(w))) {
                return mo;
            }
        }
        throw new IllegalArgumentException("unknown month '" + word + "'");
    }

    /** First day after the period. */
    public LocalDate end() {
        return switch (granularity) {
            case YEAR -> start.plusYears(1);
            case QUARTER -> start.plusMonths(3);
            case MONTH -> start.plusMonths(1);
            case DAY -> start.plusDays(1);
        };
    }

    /** The start as a decimal year, e.g. 2023-07-01 → 2023.496. */
    public double startYear() {
        return decimalYear(start);
    }

    /** The middle of the period as a decimal year: 2023 → 2023.5, 2023-05 → 2023.370. */
    public double midYear() {
        return (decimalYear(start) + decimalYear(end())) / 2;
    }

    public static double decimalYear(LocalDate d) {
        LocalDate jan1 = LocalDate.of(d.getYear(), 1, 1);
        double len = ChronoUnit.DAYS.between(jan1, jan1.plusYears(1));
        return d.getYear() + ChronoUnit.DAYS.between(jan1, d) / len;
    }

    public int year() {
        return start.getYear();
    }

    /** ISO form at the source's precision: 2023, 2023-Q3, 2023-05, 2023-05-28. */
    @Override
    public String toString() {
        return switch (granularity) {
            case YEAR -> Integer.toString(start.getYear());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }

    /** Chinese form: 2023年, 2023年第3季度, 2023年5月, 2023年5月28日. */
    public String toChinese() {
        return switch (granularity) {
            case YEAR -> start.getYear() + "年";
            case QUARTER -> start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度";
            case MONTH -> start.getYear() + "年" + start.getMonthValue() + "月";
            case DAY -> start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
        };
    }

    @Override
    public int compareTo(CalendarDate o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : granularity.compareTo(o.granularity);
    }
}
