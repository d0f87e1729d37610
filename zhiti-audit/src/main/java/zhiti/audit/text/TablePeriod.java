package zhiti.audit.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year, half, quarter or month a table cell or column header names, when that is all it says: "2023", "2024E",
 * "FY2022", "2016年", "2023Q1", "1Q24", "2023 年第一季度", "2000 年 4 月", "2013/06/02" (the day is dropped).
 *
 * @param perYear 1 for years, 2 for halves, 4 for quarters, 12 for months
 * @param sub     the half, quarter or month within the year (1 for a year)
 */
public record TablePeriod(int year, int sub, int perYear) {
    private static final String Y = "((?:19|20)\\d\\d)";
    private static final String MARK = "\\s*(?:[EFAPefap]|\\([EFA]\\)|（[EFA]）)?\\s*";
    private static final Pattern YEAR = Pattern.compile("^\\s*(?:FY\\s*)?" + Y + "\\s*(?:年|财年|年度)?" + MARK + "$");
    private static final Pattern QUARTER = Pattern.compile("^\\s*" + Y + "\\s*年?\\s*(?:第?([一二三四1-4])季度|Q([1-4])|([1-4])Q)" + MARK + "$");
    private static final Pattern QUARTER_FIRST = Pattern.compile("^\\s*(?:Q([1-4])|([1-4])Q)\\s*['’\\-]?\\s*((?:19|20)?\\d\\d)" + MARK + "$");
    private static final Pattern HALF = Pattern.compile("^\\s*" + Y + "\\s*年?\\s*(?:H([12])|([上下])半年)" + MARK + "$");
    private static final Pattern MONTH = Pattern.compile("^\\s*" + Y + "\\s*[年/\\-]\\s*(\\d{1,2})\\s*(?:月)?(?:\\s*[/\\-]?\\s*\\d{1,2}\\s*日?)?" + MARK + "$");

    public static TablePeriod parse(String text) {
        if (text == null || text.isBlank() || text.length() > 24) return null;
        Matcher m = YEAR.matcher(text);
        if (m.matches()) return new TablePeriod(Integer.parseInt(m.group(1)), 1, 1);
        m = QUARTER.matcher(text);
        if (m.matches()) {
            String q = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            int n = "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : Integer.parseInt(q);
            return new TablePeriod(Integer.parseInt(m.group(1)), n, 4);
        }
        m = QUARTER_FIRST.matcher(text);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(3));
            if (y < 100) y += 2000;
            return new TablePeriod(y, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), 4);
        }
        m = HALF.matcher(text);
        if (m.matches()) {
            int h = m.group(2) != null ? Integer.parseInt(m.group(2)) : m.group(3).equals("上") ? 1 : 2;
            return new TablePeriod(Integer.parseInt(m.group(1)), h, 2);
        }
        m = MONTH.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) return new TablePeriod(Integer.parseInt(m.group(1)), month, 12);
        }
        return null;
    }

    /** Periods counted from year 0 in this period's own size, so consecutive periods differ by one. */
    public int index() {
        return year * perYear + sub - 1;
    }

    /** The start of the period in years ("2000 年 4 月" → 2000.25). */
    public double time() {
        return year + (sub - 1) / (double) perYear;
    }

    public boolean sameSize(TablePeriod o) {
        return perYear == o.perYear;
    }
}
