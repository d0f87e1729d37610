package zhiti.tools.fx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.core.Citation;
import zhiti.tools.fx.EcbHistory.Coverage;
import zhiti.tools.fx.Quote.Basis;

/**
 * Exchange rates from the ECB history: one day's rate (the latest earlier publication date for a weekend or a
 * holiday), the latest bundled rate, and a month's or a year's average. The ECB quotes every currency against the
 * euro, so a pair without the euro is a cross rate: (to per EUR) ÷ (from per EUR) of the same day.
 */
final class EcbRates {

    static final String HOW_TO_PROCEED = "state the rate (argument rate: units of `to` per one `from`) or configure "
            + "an online provider (setting fx.url, a Frankfurter-compatible API)";

    private final EcbHistory h;

    EcbRates(EcbHistory history) {
        this.h = history;
    }

    EcbHistory history() {
        return h;
    }

    /** The rate of {@code day}, or of the latest earlier publication date when the ECB published none that day. */
    Quote onDay(String from, String to, LocalDate day) {
        known(from);
        known(to);
        if (day.isBefore(h.firstDate()) || day.isAfter(h.lastDate())) {
            throw new IllegalArgumentException(day + " is outside the bundled ECB history, which covers "
                    + range() + (day.isAfter(h.lastDate()) ? " (the file ends there)" : "") + ": use a date in that "
                    + "range, or " + HOW_TO_PROCEED);
        }
        int i = h.onOrBefore(day);
        List<String> notes = new ArrayList<>();
        if (!h.date(i).equals(day)) {
            notes.add(day + " is not an ECB publication date (a weekend or a holiday): used the latest earlier one, "
                    + h.date(i));
        }
        published(from, i, day);
        published(to, i, day);
        return day(from, to, i, notes);
    }

    /** The last date in the bundled file on which both currencies were published, said to be possibly stale. */
    Quote latest(String from, String to) {
        known(from);
        known(to);
        int i = h.size() - 1;
        while (i >= 0 && (Double.isNaN(h.perEur(from, i)) || Double.isNaN(h.perEur(to, i)))) {
            i--;
        }
        if (i < 0) {
            throw new IllegalArgumentException("the ECB never published " + from + " and " + to + " on the same date: "
                    + HOW_TO_PROCEED);
        }
        List<String> notes = new ArrayList<>();
        notes.add("no date given: this is the latest rate in the bundled ECB file, from " + h.date(i)
                + ", and may be stale; for a current rate " + HOW_TO_PROCEED);
        if (i < h.size() - 1) {
            String gone = Double.isNaN(h.perEur(from, h.size() - 1)) ? from : to;
            notes.add("the ECB stopped publishing " + gone + " after " + h.date(i));
        }
        return day(from, to, i, notes);
    }

    /** The mean of the daily rates over a month or a year (only the dates on which both currencies were published). */
    Quote average(String from, String to, RateDate period) {
        known(from);
        known(to);
        int lo = h.onOrAfter(period.start());
        int hi = h.onOrBefore(period.end());
        if (lo > hi) {
            throw new IllegalArgumentException(period.label() + " is outside the bundled ECB history, which covers "
                    + range() + ": use a month or year in that range, or " + HOW_TO_PROCEED);
        }
        double sum = 0;
        int n = 0;
        int first = -1;
        int last = -1;
        for (int i = lo; i <= hi; i++) {
            double f = h.perEur(from, i);
            double t = h.perEur(to, i);
            if (!Double.isNaN(f) && !Double.isNaN(t)) {
                sum += t / f;
                n++;
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (n == 0) {
            String missing = publishedBetween(from, lo, hi) ? to : from;
            throw new IllegalArgumentException("the ECB published no " + missing + " rate in " + period.label() + ": "
                    + coverageOf(missing) + "; use a period in that range, or " + HOW_TO_PROCEED);
        }
        String what = period.kind() == RateDate.Kind.MONTH ? "month" : "year";
        List<String> notes = new ArrayList<>();
        notes.add(period.label() + " is a " + what + ": the rate is the average of the " + n + " daily ECB rates from "
                + h.date(first) + " to " + h.date(last) + ", not one day's rate");
        if (period.start().isBefore(h.firstDate()) || period.end().isAfter(h.lastDate())) {
            notes.add("the bundled ECB history covers " + range() + ", so only part of " + period.label()
                    + " is averaged");
        }
        if (n < hi - lo + 1) {
            notes.add("only " + n + " of the " + (hi - lo + 1) + " ECB dates in " + period.label() + " have both "
                    + from + " and " + to + "; the average uses those");
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("first date", h.date(first).toString());
        inputs.put("last date", h.date(last).toString());
        inputs.put("ECB dates averaged", n);
        String formula = "rate = mean over the " + n + " ECB dates of " + legs(from, to);
        return new Quote(from, to, sum / n, Basis.ECB_AVERAGE, period.label(), EcbHistory.SOURCE + ", "
                + h.date(first) + " to " + h.date(last), formula, inputs, notes, citations(h.date(first) + " to "
                + h.date(last)));
    }

    private Quote day(String from, String to, int i, List<String> notes) {
        double f = h.perEur(from, i);
        double t = h.perEur(to, i);
        String date = h.date(i).toString();
        Map<String, Object> inputs = new LinkedHashMap<>();
        if (!from.equals(EcbHistory.EUR)) {
            inputs.put(from + " per EUR", f);
        }
        if (!to.equals(EcbHistory.EUR)) {
            inputs.put(to + " per EUR", t);
        }
        inputs.put("date", date);
        return new Quote(from, to, t / f, Basis.ECB, date, EcbHistory.SOURCE + ", " + date, "rate = " + legs(from, to)
                + ", ECB reference rates of " + date, inputs, notes, citations(date));
    }

    /** How a rate is formed from the euro legs. */
    private static String legs(String from, String to) {
        if (from.equals(EcbHistory.EUR)) {
            return "(" + to + " per EUR)";
        }
        if (to.equals(EcbHistory.EUR)) {
            return "1 ÷ (" + from + " per EUR)";
        }
        return "(" + to + " per EUR) ÷ (" + from + " per EUR)";
    }

    private static List<Citation> citations(String dates) {
        return List.of(new Citation("eurofxref-hist.xml", dates, EcbHistory.SOURCE));
    }

    private void known(String code) {
        if (!h.knows(code)) {
            throw new IllegalArgumentException("the ECB reference rates have no " + code + " (they cover "
                    + String.join(", ", h.currencies()) + "): " + HOW_TO_PROCEED);
        }
    }

    private void published(String code, int i, LocalDate asked) {
        if (Double.isNaN(h.perEur(code, i))) {
            throw new IllegalArgumentException("the ECB published no " + code + " rate on " + h.date(i)
                    + (h.date(i).equals(asked) ? "" : " (the publication date used for " + asked + ")") + ": "
                    + coverageOf(code) + "; use a date in that range, or " + HOW_TO_PROCEED);
        }
    }

    private boolean publishedBetween(String code, int lo, int hi) {
        for (int i = lo; i <= hi; i++) {
            if (!Double.isNaN(h.perEur(code, i))) {
                return true;
            }
        }
        return false;
    }

    private String coverageOf(String code) {
        Coverage c = h.coverage(code).orElseThrow();
        int span = h.onOrBefore(c.last()) - h.onOrBefore(c.first()) + 1;
        return "its " + code + " rates in the bundled file run from " + c.first() + " to " + c.last()
                + (c.dates() < span ? ", with gaps (" + c.dates() + " of the " + span + " dates in between)" : "");
    }

    private String range() {
        return h.firstDate() + " to " + h.lastDate();
    }
}
