package zhiti.audit.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zhiti.audit.AuditDocument;
import zhiti.audit.AuditReport;
import zhiti.audit.Auditor;
import zhiti.audit.Claim;
import zhiti.memory.kb.UnreadableDocumentException;

/**
 * Scores an audit against a labelled set: recall (labelled errors flagged) and false alarms (labelled holding or
 * unverifiable claims flagged), per kind, plus the flags on unlabelled numbers for a reader to review. A label is
 * matched by the claim whose span overlaps the printed number inside the label's quote.
 */
public final class AuditScore {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per-kind tallies. */
    public static final class Tally {
        public int errors, caught, clean, falseAlarms;
    }

    public record Result(Map<String, Tally> byKind, List<String> missed, List<String> falseAlarms, List<String> unlabelledFlags,
                         int flags, double seconds) {
        public Tally total() {
            Tally t = new Tally();
            for (Tally k : byKind.values()) {
                t.errors += k.errors;
                t.caught += k.caught;
                t.clean += k.clean;
                t.falseAlarms += k.falseAlarms;
            }
            return t;
        }
    }

    public static List<Label> labels(Path file) throws IOException {
        List<Label> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            out.add(new Label(n.path("doc").asText(), n.path("quote").asText(), n.path("number").asText(), n.path("kind").asText(),
                    n.path("truth").asText(), n.hasNonNull("pair") ? n.get("pair").asText() : null));
        }
        return out;
    }

    public static Result score(Path docsDir, List<Label> labels) throws IOException, UnreadableDocumentException {
        List<AuditDocument> docs = new ArrayList<>();
        try (var s = Files.list(docsDir)) {
            for (Path p : s.sorted().toList()) docs.add(AuditDocument.read(p));
        }
        AuditReport report = new Auditor().audit(docs);
        Map<String, String> texts = new TreeMap<>();
        for (AuditDocument d : docs) texts.put(d.name(), d.text());
        Map<String, Tally> byKind = new TreeMap<>();
        List<String> missed = new ArrayList<>(), alarms = new ArrayList<>();
        List<Claim> matchedFlags = new ArrayList<>();
        for (Label l : labels) {
            String text = texts.get(l.doc());
            if (text == null) continue;
            int[] span = locate(text, l.quote(), l.number());
            if (span == null) continue; // the quote cannot be found in the text as read: not scorable
            int ns = span[0], ne = span[1];
            Claim c = report.of(l.doc()).stream().filter(x -> x.start() < ne && x.end() > ns).findFirst().orElse(null);
            boolean flagged = c != null && c.verdict().flagged();
            if (flagged) matchedFlags.add(c);
            Tally t = byKind.computeIfAbsent(l.kind(), k -> new Tally());
            String where = l.doc() + " “" + l.quote() + "”" + (c == null ? " (no claim)" : " → " + c.verdict().id() + ": " + c.explanation());
            if (l.isError()) {
                t.errors++;
                if (flagged) t.caught++; else missed.add(where);
            } else {
                t.clean++;
                if (flagged) {
                    t.falseAlarms++;
                    alarms.add(where);
                }
            }
        }
        List<String> unlabelled = new ArrayList<>();
        for (Claim c : report.flagged())
            if (!matchedFlags.contains(c))
                unlabelled.add(c.doc() + " @" + c.start() + " " + c.text() + " → " + c.verdict().id() + ": " + c.explanation());
        return new Result(byKind, missed, alarms, unlabelled, report.flagged().size(), report.seconds());
    }

    /**
     * Where the label's number is in the text as read. Quotes are taken from the raw file, so for html they may hold
     * tags and for tables other whitespace: tags are dropped and whitespace ignored on both sides before matching.
     */
    static int[] locate(String text, String quote, String number) {
        int q = text.indexOf(quote);
        if (q >= 0) {
            int n = quote.indexOf(number);
            return new int[] {q + Math.max(0, n), q + Math.max(0, n) + number.length()};
        }
        String plain = org.jsoup.parser.Parser.unescapeEntities(quote.replaceAll("<[^>]*>", " "), false);
        StringBuilder norm = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < text.length(); i++)
            if (!Character.isWhitespace(text.charAt(i))) {
                norm.append(text.charAt(i));
                at.add(i);
            }
        String nq = plain.replaceAll("\\s+", "");
        String nn = number.replaceAll("\\s+", "");
        int k = norm.indexOf(nq);
        int inQuote = nq.indexOf(nn);
        if (k < 0 || inQuote < 0) return null;
        int from = at.get(k + inQuote), to = at.get(k + inQuote + nn.length() - 1) + 1;
        return new int[] {from, to};
    }

    public static ObjectNode json(Result r) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode kinds = o.putObject("by_kind");
        r.byKind().forEach((k, t) -> kinds.putObject(k).put("errors", t.errors).put("caught", t.caught).put("clean", t.clean).put("false_alarms", t.falseAlarms));
        Tally t = r.total();
        o.put("errors", t.errors).put("caught", t.caught).put("recall", t.errors == 0 ? 0 : (double) t.caught / t.errors)
                .put("clean", t.clean).put("false_alarms", t.falseAlarms).put("flags", r.flags())
                .put("unlabelled_flags", r.unlabelledFlags().size()).put("seconds", r.seconds());
        r.missed().forEach(o.putArray("missed")::add);
        r.falseAlarms().forEach(o.putArray("false_alarm_list")::add);
        r.unlabelledFlags().forEach(o.putArray("unlabelled_flag_list")::add);
        return o;
    }

    public static String text(Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-18s %7s %7s %7s %7s%n", "kind", "errors", "caught", "clean", "f.alarm"));
        r.byKind().forEach((k, t) -> b.append(String.format("%-18s %7d %7d %7d %7d%n", k, t.errors, t.caught, t.clean, t.falseAlarms)));
        Tally t = r.total();
        b.append(String.format("%-18s %7d %7d %7d %7d%n", "all", t.errors, t.caught, t.clean, t.falseAlarms));
        b.append(String.format("recall %.1f%% · false alarms %d of %d flags · %d flags on unlabelled numbers · %.2f s%n",
                t.errors == 0 ? 0 : 100.0 * t.caught / t.errors, t.falseAlarms, r.flags(), r.unlabelledFlags().size(), r.seconds()));
        return b.toString();
    }
}
