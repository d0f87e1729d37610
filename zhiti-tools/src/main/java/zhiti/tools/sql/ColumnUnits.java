package zhiti.tools.sql;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The unit of a result column, read from its name: a catalog column keeps its unit (fp8_tflops → TFLOP/s), an
 * expression over one (avg(fp8_tflops), round(tdp_w, 0)) takes that column's, a quotient ("fp8_tflops / tdp_w",
 * "usd_per_tflops") is the ratio of its parts, and a name ending in a unit word (total_memory_gb) takes that word's
 * unit. Anything else has no unit (""). A series value's unit is the row's {@code unit} column, handled by the caller.
 */
final class ColumnUnits {

    private static final List<String> CATALOG_NAMES = CatalogTables.UNITS.keySet().stream()
            .filter(n -> !CatalogTables.UNITS.get(n).isEmpty())
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("tflops", "TFLOP/s"), Map.entry("pflops", "PFLOP/s"), Map.entry("tops", "TOP/s"),
            Map.entry("flop", "FLOP"), Map.entry("gb", "GB"), Map.entry("tb", "TB"), Map.entry("w", "W"),
            Map.entry("kw", "kW"), Map.entry("mw", "MW"), Map.entry("usd", "USD"), Map.entry("params", "parameters"),
            Map.entry("parameters", "parameters"), Map.entry("tokens", "tokens"), Map.entry("mm2", "mm²"),
            Map.entry("s", "s"), Map.entry("h", "h"), Map.entry("pct", "%"), Map.entry("percent", "%"),
            Map.entry("count", "count"), Map.entry("gpus", "accelerators"), Map.entry("accelerators", "accelerators"));

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private ColumnUnits() {
    }

    static String of(String column) {
        String s = column.toLowerCase(Locale.ROOT).trim();
        String exact = CatalogTables.UNITS.get(s);
        if (exact != null) {
            return exact;
        }
        int slash = s.indexOf('/');
        if (slash > 0) {
            return ratio(of(s.substring(0, slash)), of(s.substring(slash + 1)));
        }
        for (String name : CATALOG_NAMES) {
            if (containsAsWord(s, name)) {
                return CatalogTables.UNITS.get(name);
            }
        }
        int per = s.lastIndexOf("_per_");
        if (per > 0) {
            return ratio(of(s.substring(0, per)), of(s.substring(per + "_per_".length())));
        }
        String[] words = NOT_WORD.split(s.replace('_', ' ').trim());
        if (words.length == 0) {
            return "";
        }
        String last = WORDS.get(words[words.length - 1]);
        return last != null ? last : words[0].equals("count") ? "count" : "";
    }

    private static String ratio(String top, String bottom) {
        if (top.isEmpty() || bottom.isEmpty()) {
            return "";
        }
        if (top.equals(bottom)) {
            return "×";
        }
        boolean compound = (top + bottom).contains("/") || (top + bottom).contains(" ");
        return compound ? top + " per " + bottom : top + "/" + bottom;
    }

    /** {@code name} occurs in {@code s} not glued to other letters, digits or underscores. */
    private static boolean containsAsWord(String s, String name) {
        for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
            int end = i + name.length();
            boolean before = i == 0 || !isWordChar(s.charAt(i - 1));
            boolean after = end == s.length() || !isWordChar(s.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
