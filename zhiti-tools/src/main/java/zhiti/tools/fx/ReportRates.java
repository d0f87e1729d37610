package zhiti.tools.fx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.core.Citation;
import zhiti.tools.fx.Quote.Basis;

/**
 * The exchange rates the seed reports themselves use, so a figure can be converted the way its report did
 * ({@code basis: "report"}). Read from {@code report-rates.csv}; a pair is found as written or inverted.
 */
final class ReportRates {

    static final String RESOURCE = "/zhiti/tools/fx/report-rates.csv";

    /** One row: units of {@code to} per {@code from}, the period it is for, and the report and passage it is from. */
    record Row(String from, String to, double rate, String asOf, String doc, String quoteHint, String source) {
    }

    private final List<Row> rows;

    ReportRates(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static ReportRates bundled() {
        return Bundled.RATES;
    }

    private static final class Bundled {
        static final ReportRates RATES = load();

        private static ReportRates load() {
            try (InputStream in = ReportRates.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    static ReportRates read(BufferedReader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            List<String> f = fields(line);
            if (f.size() != 7) {
                throw new IllegalStateException(RESOURCE + ": expected 7 fields in '" + line + "'");
            }
            rows.add(new Row(f.get(0), f.get(1), Double.parseDouble(f.get(2)), f.get(3), f.get(4), f.get(5),
                    f.get(6)));
        }
        return new ReportRates(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** The report's rate for from → to (inverted if the report states to → from); nearest to the asked period. */
    Quote quote(String from, String to, RateDate asked) {
        List<Row> direct = rows.stream().filter(r -> r.from().equals(from) && r.to().equals(to)).toList();
        List<Row> inverse = rows.stream().filter(r -> r.from().equals(to) && r.to().equals(from)).toList();
        if (direct.isEmpty() && inverse.isEmpty()) {
            throw new IllegalArgumentException("the seed reports use no " + from + "→" + to + " rate; available: "
                    + available() + ". Use basis \"ecb\", or state the rate (argument rate)");
        }
        boolean inverted = direct.isEmpty();
        Row r = (inverted ? inverse : direct).stream().min(Comparator.comparingInt(x -> distance(x, asked)))
                .orElseThrow();
        double rate = inverted ? 1 / r.rate() : r.rate();
        List<String> notes = new ArrayList<>();
        notes.add("the rate " + r.source() + " uses (" + r.to() + " per " + r.from() + " " + r.rate() + ", for "
                + r.asOf() + ")" + (inverted ? ", inverted" : "") + "; reports round, so this is an approximation");
        if (asked.kind() != RateDate.Kind.LATEST && distance(r, asked) != 0) {
            notes.add("the report's rate is for " + r.asOf() + ", not for " + asked.label());
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(r.to() + " per " + r.from() + " (report)", r.rate());
        inputs.put("as of", r.asOf());
        String formula = inverted ? "rate = 1 ÷ (" + r.to() + " per " + r.from() + " in the report)"
                : "rate = " + r.to() + " per " + r.from() + " as the report uses it";
        return new Quote(from, to, rate, Basis.REPORT, r.asOf(), "seed report " + r.source() + ": " + r.doc(),
                formula, inputs, notes, List.of(new Citation(r.source(), r.asOf(), r.quoteHint())));
    }

    String available() {
        if (rows.isEmpty()) {
            return "none";
        }
        return String.join("; ", rows.stream().map(r -> r.from() + "→" + r.to() + " " + r.rate() + " (" + r.asOf()
                + ", " + r.source() + ")").toList());
    }

    /** Years between the row's period and the asked one; 0 when no period was asked. */
    private static int distance(Row r, RateDate asked) {
        if (asked.kind() == RateDate.Kind.LATEST) {
            return 0;
        }
        try {
            return Math.abs(Integer.parseInt(r.asOf().substring(0, 4)) - asked.start().getYear());
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** A CSV line's fields; a field in double quotes may hold commas, and "" is a quote inside it. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }
}
