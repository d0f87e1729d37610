package zhiti.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zhiti.runtime.RunEvent;

/** The answer as chat text with a Markdown appendix of figures and sources, and the extra field for clients. */
final class OpenAiText {

    private OpenAiText() {
    }

    /** A message's content: a string, or the text parts of an array of parts. */
    static String text(JsonNode content) {
        if (content == null || content.isNull()) return "";
        if (content.isTextual()) return content.asText();
        if (content.isArray()) {
            StringBuilder s = new StringBuilder();
            for (JsonNode p : content) {
                if ("text".equals(p.path("type").asText())) s.append(p.path("text").asText());
            }
            return s.toString();
        }
        throw ApiError.badRequest("a message's content must be a string or an array of {\"type\": \"text\", \"text\": …}");
    }

    @SuppressWarnings("unchecked")
    static String content(Map<String, Object> answer) {
        StringBuilder s = new StringBuilder(String.valueOf(answer.getOrDefault("answer", "")));
        List<Map<String, Object>> figures = (List<Map<String, Object>>) answer.getOrDefault("figures", List.of());
        if (!figures.isEmpty()) {
            s.append("\n\n**Figures**\n\n| figure | value | unit | formula | source |\n|---|---:|---|---|---|\n");
            for (Map<String, Object> f : figures) {
                s.append("| ").append(cell(f.get("name"))).append(" | ").append(number(f.get("value"))).append(" | ")
                        .append(cell(f.get("unit"))).append(" | ").append(cell(f.get("formula"))).append(" | ")
                        .append(cell(f.get("source"))).append(" |\n");
            }
        }
        List<Map<String, Object>> cites = (List<Map<String, Object>>) answer.getOrDefault("citations", List.of());
        if (!cites.isEmpty()) {
            s.append("\n**Sources**\n\n");
            int i = 1;
            for (Map<String, Object> c : cites) {
                s.append(i++).append(". ").append(cell(c.get("doc"))).append(" — ").append(cell(c.get("locator"))).append('\n');
            }
        }
        return s.toString().strip();
    }

    static Map<String, Object> extra(String runId, Map<String, Object> answer) {
        return RunEvent.map("run", runId, "status", answer.get("status"), "brain", answer.get("brain"),
                "figures", answer.getOrDefault("figures", List.of()), "citations", answer.getOrDefault("citations", List.of()),
                "charts", answer.getOrDefault("charts", List.of()));
    }

    private static String cell(Object o) {
        return String.valueOf(o == null ? "" : o).replace("|", "\\|").replace("\n", " ");
    }

    private static String number(Object o) {
        if (!(o instanceof Number n)) return cell(o);
        double v = n.doubleValue();
        double a = Math.abs(v);
        return a != 0 && (a >= 1e6 || a < 1e-3) ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%,.4g", v);
    }
}
