package zhiti.brain.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Observation;
import zhiti.agent.ToolName;
import zhiti.econ.catalog.Catalog;
import zhiti.core.Lang;
import zhiti.core.Citation;

/**
 * Compares a computed server count with what a document in memory says for the same model, machine and deadline:
 * "DGX A100/H100 … 500/80 台" in a passage that also names GPT-3 and 7 days. Agreement is stated, and so is a
 * disagreement, with the utilisation the document's figure implies.
 */
final class ReportComparison {

    /** "500/80台", "4,400/700 台", "about 500 servers": one count, or a slash list paired with a slash list of machines. */
    private static final Pattern COUNTS = Pattern.compile(
            "(\\d[\\d,]*(?:\\s*/\\s*\\d[\\d,]*)*)\\s*(?:台|servers?|nodes?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;！？!?\\n]|(?<=\\D)\\.(?=\\s)");
    /** Within this relative difference the document and the computation agree. */
    private static final double AGREE = 0.10;

    private final Catalog catalog;
    private final SlotReader reader;

    ReportComparison(Catalog catalog, SlotReader reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    /** One line per sizing result that a recalled passage also gives a figure for. */
    List<String> lines(Lang lang, Optional<String> model, List<Observation> obs, List<Citation> recalled) {
        List<String> out = new ArrayList<>();
        for (Observation o : obs) {
            if (!o.ok() || !ToolName.TRAINING_CLUSTER.is(o.step().tool()) || !o.data().path("mode").asText().equals("deadline")
                    || !o.data().has("gpus_per_server")) {
                continue;
            }
            JsonNode d = o.data();
            for (Citation c : recalled) {
                for (String clause : CLAUSE_END.split(c.text())) {
                    reported(model, clause, d).ifPresent(n -> out.add(line(lang, c, n, d)));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /** The passages that gave a figure {@link #lines} compared against: the answer cites exactly these. */
    List<Citation> sources(Optional<String> model, List<Observation> obs, List<Citation> recalled) {
        List<Citation> out = new ArrayList<>();
        for (Observation o : obs) {
            if (o.ok() && ToolName.TRAINING_CLUSTER.is(o.step().tool()) && o.data().has("gpus_per_server")) {
                for (Citation c : recalled) {
                    for (String clause : CLAUSE_END.split(c.text())) {
                        if (reported(model, clause, o.data()).isPresent() && !out.contains(c)) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The count a clause gives for the observed machine, if it names the same model and deadline. */
    private Optional<Long> reported(Optional<String> model, String clause, JsonNode d) {
        Slots s = reader.read(clause);
        if (model.isEmpty() || !s.models().contains(model.get())
                || s.days().isEmpty() || s.days().getAsDouble() != d.get("days").asDouble()) {
            return Optional.empty();
        }
        Matcher m = COUNTS.matcher(clause);
        if (!m.find()) {
            return Optional.empty();
        }
        String[] counts = m.group(1).split("\\s*/\\s*");
        String accelerator = d.get("accelerator").asText();
        for (int i = 0; i < s.hardware().size() && i < counts.length; i++) {
            if (acceleratorOf(s.hardware().get(i)).equals(accelerator)) {
                return Optional.of(Long.parseLong(counts[i].replace(",", "")));
            }
        }
        return Optional.empty();
    }

    private String acceleratorOf(String hardware) {
        return catalog.findHardware(hardware).map(h -> h.accelerator().name()).orElse(hardware);
    }

    private static String line(Lang lang, Citation c, long reported, JsonNode d) {
        long ours = d.get("servers").asLong();
        double diff = (double) ours / reported - 1;
        // servers scale as 1/utilisation, so the document's count implies this utilisation at the same peak
        double implied = d.get("gpus_exact").asDouble() / d.get("gpus_per_server").asDouble() / reported
                * d.get("utilisation").asDouble();
        String hw = d.get("hardware").asText();
        String where = c.locator();
        String pct = String.format(Locale.ROOT, "%+.0f%%", diff * 100);
        String u = String.format(Locale.ROOT, "%.1f%%", implied * 100);
        boolean agree = Math.abs(diff) <= AGREE;
        return lang.pick(
                "文档（" + where + "）给出约 " + reported + " 台 " + hw + "；本计算为 " + ours + " 台（" + pct + "），"
                        + (agree ? "两者一致" : "两者不一致") + "；文档的数字相当于 " + u + " 的利用率。",
                "The document (" + where + ") gives about " + reported + " " + hw + "; this computation gives " + ours
                        + " (" + pct + "), " + (agree ? "consistent" : "a disagreement") + "; the document's figure "
                        + "implies " + u + " utilisation.");
    }
}
