package zhiti.app.econ;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.ServerSystem;
import zhiti.econ.catalog.UnknownNameException;
import zhiti.econ.trend.DatedValue;

/**
 * Catalog names given on the command line (--chip/--gpu/--hardware, --model, --series) turned into the numbers the
 * calculators take. Unknown names raise {@link UnknownNameException}, which the root command maps to exit 2.
 */
final class CatalogInputs {

    private CatalogInputs() {
    }

    /** A server system (DGX H100) or null when the name is an accelerator. */
    static ServerSystem system(String name) {
        return Catalog.builtIn().systems().find(name).orElse(null);
    }

    /** An accelerator by its own name, or the accelerator inside a named server system. */
    static Accelerator accelerator(String name) {
        Catalog c = Catalog.builtIn();
        var s = c.systems().find(name);
        if (s.isPresent()) {
            return s.get().accelerator();
        }
        var a = c.accelerators().find(name);
        if (a.isPresent()) {
            return a.get();
        }
        LinkedHashSet<String> near = new LinkedHashSet<>(c.accelerators().suggest(name, 3));
        near.addAll(c.systems().suggest(name, 2));
        throw new UnknownNameException("accelerator or server system", name, new ArrayList<>(near));
    }

    static ModelCard model(String name) {
        return Catalog.builtIn().models().get(name);
    }

    static Series series(String name) {
        return SeriesCatalog.builtIn().get(name);
    }

    /** A series point as the trend calculators read it; a quarter counts as the month it starts in. */
    static DatedValue dated(Series.Point p) {
        DatedValue.DatePrecision precision = switch (p.date().granularity()) {
            case YEAR -> DatedValue.DatePrecision.YEAR;
            case QUARTER, MONTH -> DatedValue.DatePrecision.MONTH;
            case DAY -> DatedValue.DatePrecision.DAY;
        };
        return new DatedValue(p.date().start(), precision, p.value(), p.note());
    }

    /** The observed point of a series at a date (an alternative figure if that is all there is). */
    static Series.Point at(Series s, String date) {
        List<Series.Point> hits = s.at(date).stream().filter(Series.Point::observed).toList();
        if (hits.isEmpty()) {
            hits = s.at(date);
        }
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("series '" + s.name() + "' has no point at " + date + "; its dates are "
                    + s.observed().stream().map(p -> p.date().toString()).distinct().toList());
        }
        return hits.getFirst();
    }

    /** Fails with a message when a number given on the command line is not above zero. */
    static double positive(String option, double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException(option + " must be greater than 0, got " + v);
        }
        return v;
    }
}
