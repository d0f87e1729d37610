package zhiti.econ.trend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A value observed at a date that may be known only to the year ("1945") or the month ("2007-08"), as report
 * tables print them. The precision is kept so a year-span convention can decide where in the period the point lies.
 */
public record DatedValue(LocalDate date, DatePrecision precision, double value, String label) {

    /** How much of a date the source gave. */
    public enum DatePrecision { YEAR, MONTH, DAY }

    public DatedValue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value at " + date + " must be a finite number, got " + value);
        }
        label = label == null ? "" : label;
    }

    /** Parses "1945", "2007-08" or "2023-05-05"; the stored date is the first day of the given period. */
    /** A catalog series point as the trend calculators read it; a quarter counts as the month it starts in. */
    public static DatedValue of(zhiti.econ.catalog.Series.Point p) {
        DatePrecision precision = switch (p.date().granularity()) {
            case YEAR -> DatePrecision.YEAR;
            case QUARTER, MONTH -> DatePrecision.MONTH;
            case DAY -> DatePrecision.DAY;
        };
        return new DatedValue(p.date().start(), precision, p.value(), p.note());
    }

    public static DatedValue of(String date, double value) {
        return of(date, value, "");
    }

    public static DatedValue of(String date, double value, String label) {
        String d = date == null ? "" : date.trim();
        try {
            if (d.matches("\\d{4}")) {
                return new DatedValue(LocalDate.of(Integer.parseInt(d), 1, 1), DatePrecision.YEAR, value, label);
            }
            if (d.matches("\\d{4}-\\d{1,2}")) {
                YearMonth ym = YearMonth.parse(d.length() == 6 ? d.substring(0, 5) + "0" + d.substring(5) : d);
                return new DatedValue(ym.atDay(1), DatePrecision.MONTH, value, label);
            }
            return new DatedValue(LocalDate.parse(d), DatePrecision.DAY, value, label);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read date '" + date + "': use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2007-08)");
        }
    }

    /** The date as the source printed it. */
    public String printed() {
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            case DAY -> date.toString();
        };
    }

    /** The concrete day this point stands for under an anchor (start, middle or end of its period). */
    public LocalDate anchored(DateAnchor anchor) {
        return switch (precision) {
            case DAY -> date;
            case YEAR -> switch (anchor) {
                case START -> date;
                case MIDDLE -> LocalDate.of(date.getYear(), 7, 2);
                case END -> LocalDate.of(date.getYear(), 12, 31);
            };
            case MONTH -> switch (anchor) {
                case START -> date;
                case MIDDLE -> date.withDayOfMonth(15);
                case END -> YearMonth.from(date).atEndOfMonth();
            };
        };
    }

    /** Decimal year of the anchored day, e.g. 2007-08 at START → 2007.580. */
    public double decimalYear(DateAnchor anchor) {
        LocalDate d = anchored(anchor);
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    /** Where in a year- or month-long period a partial date is placed. */
    public enum DateAnchor { START, MIDDLE, END }
}
