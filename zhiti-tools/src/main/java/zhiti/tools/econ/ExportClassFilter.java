package zhiti.tools.econ;

import java.util.Locale;
import java.util.Set;
import zhiti.econ.chip.ExportClassification.Eccn;

/**
 * An export_class argument of catalog_list: which 3A090 classes of a chip it keeps, and whether it was asked at the
 * level of systems (4A090: computers and servers holding 3A090 chips) or chips.
 *
 * @param asked       the argument as given, for echoing back
 * @param classes     the chip classes that pass
 * @param systemLevel true for 4A090, false for 3A090, null for "controlled"/"not_controlled" (either level)
 */
record ExportClassFilter(String asked, Set<Eccn> classes, Boolean systemLevel) {

    static final String VALID = "3A090, 3A090.a, 3A090.b, 4A090, 4A090.a, 4A090.b, controlled, not_controlled";

    static ExportClassFilter parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
        Set<Eccn> controlled = Set.of(Eccn.A_3A090, Eccn.B_3A090);
        return switch (k) {
            case "3a090" -> new ExportClassFilter(s, controlled, false);
            case "3a090.a", "3a090a" -> new ExportClassFilter(s, Set.of(Eccn.A_3A090), false);
            case "3a090.b", "3a090b" -> new ExportClassFilter(s, Set.of(Eccn.B_3A090), false);
            case "4a090" -> new ExportClassFilter(s, controlled, true);
            case "4a090.a", "4a090a" -> new ExportClassFilter(s, Set.of(Eccn.A_3A090), true);
            case "4a090.b", "4a090b" -> new ExportClassFilter(s, Set.of(Eccn.B_3A090), true);
            case "controlled", "exportcontrolled", "受管制", "管制", "受出口管制" -> new ExportClassFilter(s, controlled, null);
            case "notcontrolled", "uncontrolled", "none", "not3a090", "不受管制", "不受出口管制" ->
                    new ExportClassFilter(s, Set.of(Eccn.NOT_3A090), null);
            default -> throw new IllegalArgumentException("unknown export_class '" + s + "': use " + VALID);
        };
    }

    boolean keeps(Eccn eccn) {
        return classes.contains(eccn);
    }
}
