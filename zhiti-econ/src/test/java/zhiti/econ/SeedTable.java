package zhiti.econ;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads a seed table from ../shared/seed-tables (path given by the zhiti.shared system property) by header. */
public final class SeedTable {

    private SeedTable() {
    }

    public static List<Map<String, String>> rows(String fileName) {
        String shared = System.getProperty("zhiti.shared");
        if (shared == null) {
            throw new IllegalStateException("system property zhiti.shared is not set (surefire sets it)");
        }
        File f = new File(shared, "seed-tables/" + fileName);
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(f)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double num(Map<String, String> row, String column) {
        String v = row.get(column);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("column " + column + " is empty in " + row);
        }
        return Double.parseDouble(v);
    }

    /** The value column of an item/value table such as S002-X1 or S002-X2. */
    public static double item(List<Map<String, String>> rows, String item) {
        return rows.stream().filter(r -> item.equals(r.get("item"))).findFirst()
                .map(r -> num(r, "value"))
                .orElseThrow(() -> new IllegalStateException("no item " + item));
    }
}
