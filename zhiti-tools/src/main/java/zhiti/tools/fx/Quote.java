package zhiti.tools.fx;

import java.util.List;
import java.util.Map;
import zhiti.core.Citation;

/**
 * One exchange rate and where it came from: units of {@code to} per one unit of {@code from}, the date it is for,
 * how it was obtained (its formula and inputs), and notes a reader must see (a fallback date, staleness).
 *
 * @param date the date the rate is for as used: a day ("2020-03-06"), a period ("2020-03") or as stated
 */
record Quote(String from, String to, double rate, Basis basis, String date, String source, String formula,
             Map<String, Object> inputs, List<String> notes, List<Citation> citations) {

    /** Where a rate came from. */
    enum Basis {
        /** the rate the user stated */
        STATED("stated"),
        /** one day's ECB reference rates */
        ECB("ecb"),
        /** the mean of the ECB rates over a month or a year */
        ECB_AVERAGE("ecb_average"),
        /** a rate a seed report itself uses */
        REPORT("report"),
        /** the configured online provider */
        PROVIDER("provider");

        private final String id;

        Basis(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    Quote {
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        notes = List.copyOf(notes);
        citations = List.copyOf(citations);
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("an exchange rate must be a positive number, got " + rate);
        }
    }
}
