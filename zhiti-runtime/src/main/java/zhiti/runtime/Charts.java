package zhiti.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.agent.Answer;
import zhiti.agent.Observation;
import zhiti.core.Figure;

/**
 * The charts an answer deserves, as data for a client to draw: a fitted trend with its data points (line), and a
 * comparison wherever the same tool gave figures in the same unit for several subjects (bars).
 */
final class Charts {

    private static final int MAX_BARS = 12;
    /** A comparison of two chips yields a figure per spec; the first few are the ones asked about. */
    private static final int MAX_CHARTS = 4;

    private Charts() {
    }

    static List<Map<String, Object>> of(Answer a) {
        List<Map<String, Object>> charts = new ArrayList<>();
        Set<Figure> answered = new HashSet<>(a.figures());
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        Map<String, Set<String>> steps = new LinkedHashMap<>();
        for (Observation o : a.steps()) {
            if (!o.ok()) continue;
            JsonNode c = o.data() == null ? null : o.data().get("chart");
            if (c != null && c.has("x")) charts.add(trend(o, c));
            for (Figure f : o.figures()) {
                if (!answered.contains(f)) continue;
                String key = o.step().tool() + "|" + f.unit();
                labels.computeIfAbsent(key, k -> new ArrayList<>()).add(subject(o));
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(f.name());
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(f.value());
                steps.computeIfAbsent(key, k -> new HashSet<>()).add(o.step().id());
            }
        }
        values.forEach((key, v) -> {
            if (steps.get(key).size() >= 2 && v.size() <= MAX_BARS) {
                String unit = key.substring(key.indexOf('|') + 1);
                List<String> figureNames = names.get(key);
                String common = commonEnding(figureNames);
                List<String> bars = new ArrayList<>();
                for (int i = 0; i < figureNames.size(); i++) {
                    String subject = labels.get(key).get(i);
                    bars.add(subject != null ? subject : figureNames.get(i));
                }
                charts.add(RunEvent.map("kind", "bar", "title", common.isEmpty() ? unit : common, "unit", unit,
                        "labels", bars, "values", v));
            }
        });
        return charts.subList(0, Math.min(MAX_CHARTS, charts.size()));
    }

    private static Map<String, Object> trend(Observation o, JsonNode c) {
        List<Object> x = new ArrayList<>();
        c.get("x").forEach(n -> x.add(Math.round(n.asDouble() * 100) / 100.0));
        String unit = o.data().path("unit").asText("");
        String title = o.data().path("series").asText(o.step().purpose() == null ? "trend" : o.step().purpose());
        return RunEvent.map("kind", "line", "title", title, "unit", unit, "log", c.path("log").asBoolean(false),
                "x", x, "series", List.of(
                        RunEvent.map("name", "data", "values", numbers(c.get("observed")), "style", "points"),
                        RunEvent.map("name", "fit", "values", numbers(c.get("fitted")), "style", "line")));
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        if (array != null) array.forEach(n -> out.add(n.isNumber() ? n.asDouble() : null));
        return out;
    }

    /** What the bar stands for: the subject the step was asked about (a chip, a model), or null. */
    private static String subject(Observation o) {
        JsonNode args = o.step().args();
        if (args != null) {
            for (String k : List.of("name", "chip", "accelerator", "hardware", "model", "system")) {
                if (args.hasNonNull(k) && args.get(k).isTextual()) return args.get(k).asText();
            }
        }
        return null;
    }

    /** The words all names end with ("dense BF16 peak" of "H100 dense BF16 peak" and "H20 dense BF16 peak"). */
    static String commonEnding(List<String> names) {
        String[] first = names.get(0).split(" ");
        int n = first.length;
        for (String name : names) {
            String[] w = name.split(" ");
            int k = 0;
            while (k < Math.min(n, w.length) && w[w.length - 1 - k].equals(first[first.length - 1 - k])) k++;
            n = k;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(first, first.length - n, first.length));
    }
}
