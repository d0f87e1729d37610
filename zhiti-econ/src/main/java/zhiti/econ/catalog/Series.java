package zhiti.econ.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import zhiti.econ.units.CalendarDate;

/**
 * A dated series from the reports (cost per GFLOPS, hash rate, battery $/kWh, …): its unit, source, how its dates
 * are to be read, and the points in date order (several points may share a date, e.g. three systems in 2020-11).
 */
public record Series(String name, List<String> aliases, String unit, String source, String dateConvention,
                     String notes, List<Point> points) {

    public Series {
        aliases = List.copyOf(aliases);
        points = points.stream().sorted(Comparator.comparing(Point::date)).toList();
        if (points.isEmpty()) {
            throw new IllegalArgumentException("series " + name + " has no points");
        }
    }

    /**
     * One value at a date.
     *
     * @param kind observed (a measurement), forecast (a projection), or alternative (a second figure for the same
     *             date from another part of the report)
     */
    public record Point(CalendarDate date, double value, String note, OptionalDouble low, OptionalDouble high,
                        String kind) {

        public Point {
            note = note == null ? "" : note;
            kind = kind == null || kind.isBlank() ? "observed" : kind;
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("series point at " + date + " is not a finite number");
            }
        }

        public boolean observed() {
            return kind.equals("observed");
        }
    }

    /** The measured points only, without forecasts or alternative figures: what a trend fit should use. */
    public List<Point> observed() {
        return points.stream().filter(Point::observed).toList();
    }

    public Point first() {
        return points.getFirst();
    }

    public Point last() {
        return points.getLast();
    }

    /** Points whose date is exactly {@code date} at the same precision ("2020-11" matches 2020-11 rows only). */
    public List<Point> at(String date) {
        CalendarDate d = CalendarDate.parse(date);
        return points.stream().filter(p -> p.date().equals(d)).toList();
    }

    /** The observed point at a date (an alternative figure if that is all there is), or an error listing the dates. */
    public Point observedAt(String date) {
        List<Point> hits = at(date).stream().filter(Point::observed).toList();
        if (hits.isEmpty()) {
            hits = at(date);
        }
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("series '" + name + "' has no point at " + date + "; its dates are "
                    + observed().stream().map(p -> p.date().toString()).distinct().toList());
        }
        return hits.getFirst();
    }
}
