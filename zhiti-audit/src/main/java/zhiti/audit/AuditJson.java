package zhiti.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The audit as one JSON object: {@code {"claims": [...], "summary": {...}}}. Each claim carries doc, start, end (offsets
 * into the document's text as read), text, kind, verdict, stated, computed, unit, formula, inputs (each with where
 * it was printed), sources, explanation, and for an inconsistent pair the other statement.
 */
public final class AuditJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditJson() {
    }

    public static ObjectNode of(AuditReport r) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode claims = root.putArray("claims");
        for (Claim c : r.claims()) claims.add(claim(c));
        root.set("summary", summary(r));
        return root;
    }

    public static ObjectNode claim(Claim c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", c.doc()).put("start", c.start()).put("end", c.end()).put("text", c.text())
                .put("kind", c.kind().id()).put("verdict", c.verdict().id()).put("stated", c.stated());
        if (c.computed() == null) o.putNull("computed"); else o.put("computed", c.computed());
        o.put("unit", c.unit()).put("formula", c.formula());
        ArrayNode inputs = o.putArray("inputs");
        for (Input i : c.inputs()) {
            ObjectNode in = inputs.addObject().put("name", i.name()).put("value", i.value()).put("unit", i.unit());
            if (i.doc() != null) in.put("doc", i.doc()).put("start", i.start()).put("end", i.end()).put("text", i.text());
            in.put("source", i.source());
        }
        ArrayNode sources = o.putArray("sources");
        c.sources().forEach(sources::add);
        o.put("explanation", c.explanation());
        if (c.other() != null) {
            Located x = c.other();
            o.putObject("other").put("doc", x.doc()).put("start", x.num().start()).put("end", x.num().end())
                    .put("text", x.num().text()).put("sentence", x.sentence().text().strip());
        }
        return o;
    }

    static ObjectNode summary(AuditReport r) {
        ObjectNode s = JSON.createObjectNode();
        s.put("documents", r.documents().size()).put("claims", r.claims().size());
        for (Map.Entry<Verdict, Integer> e : r.counts().entrySet()) s.put(e.getKey().id(), e.getValue());
        s.put("flagged", r.flagged().size());
        ObjectNode kinds = s.putObject("flagged_by_kind");
        for (Claim c : r.flagged()) kinds.put(c.kind().id(), kinds.path(c.kind().id()).asInt(0) + 1);
        s.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        return s;
    }
}
