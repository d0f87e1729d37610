package zhiti.econ.catalog;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads the bundled catalog CSV files by header and converts their cells; blank cells mean "not known". */
final class CsvRows {

    static final String DIR = "/zhiti/econ/catalog/";

    private CsvRows() {
    }

    static List<Map<String, String>> read(String file) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = CsvRows.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("catalog file missing from the classpath: " + DIR + file);
            }
            MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(in);
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog " + file, e);
        }
    }

    static String required(Map<String, String> r, String col) {
        String v = r.get(col);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("catalog row " + r.get("name") + " lacks required column " + col);
        }
        return v.trim();
    }

    static String text(Map<String, String> r, String col) {
        String v = r.get(col);
        return v == null ? "" : v.trim();
    }

    static List<String> aliases(Map<String, String> r) {
        String a = text(r, "aliases");
        return a.isEmpty() ? List.of() : Arrays.stream(a.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A number, or NaN when the cell is blank. */
    static double num(String s) {
        return s == null || s.isBlank() ? Double.NaN : parse(s);
    }

    static OptionalDouble opt(String s) {
        return s == null || s.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(parse(s));
    }

    static OptionalInt optInt(String s) {
        return s == null || s.isBlank() ? OptionalInt.empty() : OptionalInt.of((int) Math.round(parse(s)));
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("catalog cell '" + s + "' is not a number", e);
        }
    }
}
