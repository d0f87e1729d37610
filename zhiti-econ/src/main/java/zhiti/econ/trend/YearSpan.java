package zhiti.econ.trend;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import zhiti.econ.trend.DatedValue.DateAnchor;

/**
 * How many years lie between two dated points. Growth rates are very sensitive to this choice when dates are
 * partial ("1945" to "2023-05"), so every rate we print names its convention.
 *
 * @param kind   calendar-year difference, exact days ÷ 365.25, or table rows − 1
 * @param anchor for exact days: where a year-only or month-only date sits inside its period
 */
public record YearSpan(Kind kind, DateAnchor anchor) {

    public enum Kind { CALENDAR_YEARS, EXACT_DAYS, TABLE_ROWS }

    /** end year − start year, ignoring months and days. */
    public static final YearSpan CALENDAR = new YearSpan(Kind.CALENDAR_YEARS, DateAnchor.START);
    /** exact days ÷ 365.25 with partial dates at the first day of their period (1945 → 1945-01-01). */
    public static final YearSpan DAYS_FROM_PERIOD_START = new YearSpan(Kind.EXACT_DAYS, DateAnchor.START);
    /** exact days ÷ 365.25 with partial dates at the middle of their period. */
    public static final YearSpan DAYS_FROM_PERIOD_MIDDLE = new YearSpan(Kind.EXACT_DAYS, DateAnchor.MIDDLE);
    /** exact days ÷ 365.25 with partial dates at the last day of their period (1945 → 1945-12-31). */
    public static final YearSpan DAYS_FROM_PERIOD_END = new YearSpan(Kind.EXACT_DAYS, DateAnchor.END);
    /** one period per table row step: rows − 1 (only meaningful for evenly spaced tables). */
    public static final YearSpan ROWS = new YearSpan(Kind.TABLE_ROWS, DateAnchor.START);

    public static final double DAYS_PER_YEAR = 365.25;

    public YearSpan {
        if (kind == null || anchor == null) {
            throw new IllegalArgumentException("a year-span convention needs a kind and an anchor");
        }
    }

    /**
     * Years from {@code a} to {@code b}; {@code rowSteps} is the number of table rows between them (used only by
     * {@link Kind#TABLE_ROWS}).
     */
    public double years(DatedValue a, DatedValue b, int rowSteps) {
        double y = switch (kind) {
            case CALENDAR_YEARS -> b.date().getYear() - a.date().getYear();
            case EXACT_DAYS -> ChronoUnit.DAYS.between(a.anchored(anchor), b.anchored(anchor)) / DAYS_PER_YEAR;
            case TABLE_ROWS -> rowSteps;
        };
        if (!(y > 0)) {
            throw new IllegalArgumentException("the end date " + b.printed() + " must come after the start date "
                    + a.printed() + " (span under '" + describe() + "' is " + y + " years)");
        }
        return y;
    }

    public String describe() {
        return switch (kind) {
            case CALENDAR_YEARS -> "calendar-year difference (end year − start year)";
            case TABLE_ROWS -> "number of table rows − 1";
            case EXACT_DAYS -> "exact days ÷ 365.25, partial dates at the " + anchor.name().toLowerCase(Locale.ROOT)
                    + " of their year/month";
        };
    }

    /** CLI names: calendar, rows, days-start, days-mid, days-end. */
    public static YearSpan parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "calendar" -> CALENDAR;
            case "rows" -> ROWS;
            case "days-start", "days" -> DAYS_FROM_PERIOD_START;
            case "days-mid", "days-middle" -> DAYS_FROM_PERIOD_MIDDLE;
            case "days-end" -> DAYS_FROM_PERIOD_END;
            default -> throw new IllegalArgumentException("unknown year-span convention '" + s
                    + "': use calendar, rows, days-start, days-mid or days-end");
        };
    }
}
