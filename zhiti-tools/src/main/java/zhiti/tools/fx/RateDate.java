package zhiti.tools.fx;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a rate is asked for: none (the latest), one day, or a whole month or year, whose average rate is meant.
 *
 * @param start the day, or the first day of the month or year; null for the latest
 * @param end   the same day, or the last day of the month or year; null for the latest
 */
record RateDate(Kind kind, LocalDate start, LocalDate end, String written) {

    enum Kind { LATEST, DAY, MONTH, YEAR }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?");

    static RateDate latest() {
        return new RateDate(Kind.LATEST, null, null, "latest");
    }

    /** YYYY-MM-DD, YYYY-MM or YYYY; null, blank or "latest" for the latest rate. */
    static RateDate parse(String written) {
        if (written == null || written.isBlank() || written.trim().equalsIgnoreCase("latest")) {
            return latest();
        }
        String w = written.trim();
        Matcher m = FORM.matcher(w);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the date '" + written + "': write YYYY-MM-DD for a day, "
                    + "YYYY-MM for a month's average, YYYY for a year's average, or leave it out for the latest rate");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new RateDate(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), w);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new RateDate(Kind.MONTH, month.atDay(1), month.atEndOfMonth(), w);
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new RateDate(Kind.DAY, day, day, w);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + written + "' is not a calendar date: " + e.getMessage());
        }
    }

    /** How the period reads in a sentence: "2020-03", "2020", "2020-03-06". */
    String label() {
        return switch (kind) {
            case LATEST -> "latest";
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
