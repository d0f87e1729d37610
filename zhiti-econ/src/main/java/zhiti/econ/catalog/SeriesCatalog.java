package zhiti.econ.catalog;

import static zhiti.econ.catalog.CsvRows.aliases;
import static zhiti.econ.catalog.CsvRows.opt;
import static zhiti.econ.catalog.CsvRows.required;
import static zhiti.econ.catalog.CsvRows.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zhiti.econ.units.CalendarDate;

/**
 * The time series bundled under {@code zhiti/econ/catalog/series/}: {@code index.csv} gives each series' name,
 * aliases, unit, date convention and source; each series file has columns {@code date,value,note} and optionally
 * {@code low,high,kind}.
 */
public final class SeriesCatalog {

    private static volatile SeriesCatalog builtIn;

    private final NameIndex<Series> index;

    private SeriesCatalog(List<Series> series) {
        this.index = new NameIndex<>("series", series, Series::name, Series::aliases);
    }

    public static SeriesCatalog builtIn() {
        SeriesCatalog c = builtIn;
        if (c == null) {
            synchronized (SeriesCatalog.class) {
                c = builtIn;
                if (c == null) {
                    builtIn = c = load();
                }
            }
        }
        return c;
    }

    private static SeriesCatalog load() {
        List<Series> all = new ArrayList<>();
        for (Map<String, String> r : CsvRows.read("series/index.csv")) {
            String file = required(r, "file");
            List<Series.Point> points = new ArrayList<>();
            for (Map<String, String> p : CsvRows.read("series/" + file)) {
                CalendarDate date;
                try {
                    date = CalendarDate.parse(required(p, "date"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("series file " + file + ": " + e.getMessage(), e);
                }
                points.add(new Series.Point(date, CsvRows.num(required(p, "value")), text(p, "note"),
                        opt(p.get("low")), opt(p.get("high")), text(p, "kind")));
            }
            all.add(new Series(required(r, "name"), aliases(r), required(r, "unit"), required(r, "source"),
                    required(r, "date_convention"), text(r, "notes"), points));
        }
        return new SeriesCatalog(all);
    }

    public NameIndex<Series> index() {
        return index;
    }

    public List<Series> all() {
        return index.all();
    }

    /** A series by name or alias; an unknown name raises {@link UnknownNameException} with the nearest names. */
    public Series get(String name) {
        return index.get(name);
    }
}
