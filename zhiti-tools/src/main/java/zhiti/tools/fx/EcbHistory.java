package zhiti.tools.fx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * The ECB euro reference-rate history as a compact table: the publication dates in order and, per date, the units
 * of each currency one euro bought (NaN where the ECB published no rate for it that day). The bundled history is
 * read from the moneta-convert-ecb jar once, on first use.
 */
final class EcbHistory {

    static final String RESOURCE = "org/javamoney/moneta/convert/ecb/defaults/eurofxref-hist.xml";
    static final String SOURCE = "ECB euro foreign exchange reference rates (eurofxref-hist.xml, bundled in "
            + "moneta-convert-ecb 1.4.5)";
    static final String EUR = "EUR";

    /** A currency's place in the history: first and last publication dates, and on how many dates it appears. */
    record Coverage(LocalDate first, LocalDate last, int dates) {
    }

    private final int[] days;
    private final List<String> currencies;
    private final Map<String, Integer> column;
    private final double[][] perEur;
    private final Coverage[] coverage;

    /**
     * @param days       publication dates as epoch days, ascending
     * @param currencies the column of each currency in {@code perEur}
     * @param perEur     [date][currency] units per euro, NaN where unpublished
     */
    EcbHistory(int[] days, List<String> currencies, double[][] perEur) {
        if (days.length == 0 || days.length != perEur.length) {
            throw new IllegalArgumentException("an ECB history needs one row of rates per date");
        }
        this.days = days;
        this.currencies = List.copyOf(currencies);
        this.column = new java.util.HashMap<>();
        for (int c = 0; c < currencies.size(); c++) {
            column.put(currencies.get(c), c);
        }
        this.perEur = perEur;
        this.coverage = new Coverage[currencies.size()];
        for (int c = 0; c < currencies.size(); c++) {
            int first = -1;
            int last = -1;
            int n = 0;
            for (int d = 0; d < days.length; d++) {
                if (!Double.isNaN(perEur[d][c])) {
                    first = first < 0 ? d : first;
                    last = d;
                    n++;
                }
            }
            coverage[c] = new Coverage(date(first), date(last), n);
        }
    }

    static EcbHistory bundled() {
        return Bundled.HISTORY;
    }

    /** The bundled history, parsed when first asked for (about 7 MB of XML, a few hundred milliseconds). */
    private static final class Bundled {
        static final EcbHistory HISTORY = load();

        private static EcbHistory load() {
            try (InputStream in = EcbHistory.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the class path: zhiti-tools needs "
                            + "org.javamoney.moneta:moneta-convert-ecb:1.4.5");
                }
                return EcbXml.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot parse " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    LocalDate firstDate() {
        return date(0);
    }

    LocalDate lastDate() {
        return date(days.length - 1);
    }

    int size() {
        return days.length;
    }

    LocalDate date(int i) {
        return i < 0 ? null : LocalDate.ofEpochDay(days[i]);
    }

    /** Whether the ECB ever published this currency (the euro always counts). */
    boolean knows(String code) {
        return EUR.equals(code) || column.containsKey(code);
    }

    /** The currencies the history has rates for, the euro included, sorted. */
    List<String> currencies() {
        return java.util.stream.Stream.concat(currencies.stream(), java.util.stream.Stream.of(EUR)).sorted().toList();
    }

    Optional<Coverage> coverage(String code) {
        if (EUR.equals(code)) {
            return Optional.of(new Coverage(firstDate(), lastDate(), days.length));
        }
        Integer c = column.get(code);
        return c == null ? Optional.empty() : Optional.of(coverage[c]);
    }

    /** The index of the latest publication date on or before {@code d}, or -1 when {@code d} precedes them all. */
    int onOrBefore(LocalDate d) {
        int i = Arrays.binarySearch(days, (int) d.toEpochDay());
        return i >= 0 ? i : -i - 2;
    }

    /** The index of the first publication date on or after {@code d} (size() when none). */
    int onOrAfter(LocalDate d) {
        int i = Arrays.binarySearch(days, (int) d.toEpochDay());
        return i >= 0 ? i : -i - 1;
    }

    /** Units of {@code code} per euro on the date at index {@code i}; NaN when unpublished that day. */
    double perEur(String code, int i) {
        if (EUR.equals(code)) {
            return 1;
        }
        Integer c = column.get(code);
        return c == null ? Double.NaN : perEur[i][c];
    }
}
