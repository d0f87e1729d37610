package zhiti.app.bench.brain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import zhiti.app.bench.brain.Expectation.ExpectedValue;
import zhiti.app.bench.brain.Expectation.Kind;

/**
 * Reads a labelled question set, one JSON object per line (the dev-set schema). Every problem is an
 * {@link IllegalArgumentException} naming the file, the line and the field, because a label that silently reads
 * as something else would make the accuracy wrong without anyone noticing.
 */
public final class LabelledSetReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledSetReader() {
    }

    public static List<LabelledItem> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file + " (give a JSON Lines question set, e.g. "
                    + "--set /work/devset/dev.jsonl)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(file.toString(), lines);
    }

    static List<LabelledItem> parse(String name, List<String> lines) {
        List<LabelledItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            LabelledItem item = new Line(name, i + 1).item(line);
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": field id: '" + item.id()
                        + "' is used by an earlier line; ids must be unique");
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(name + " holds no questions (one JSON object per line expected)");
        }
        return items;
    }

    /** One line being read, so that every message can say where it is. */
    private record Line(String file, int number) {

        LabelledItem item(String text) {
            JsonNode n;
            try {
                n = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw bad(null, "not valid JSON (" + e.getOriginalMessage() + ")");
            }
            if (!n.isObject()) {
                throw bad(null, "expected a JSON object");
            }
            String id = text(n, "id");
            List<String> turns = strings(n, "turns", true);
            if (turns.isEmpty()) {
                throw bad("turns", "needs at least one user turn");
            }
            JsonNode kb = n.path("kb");
            if (!kb.isMissingNode() && !kb.isBoolean()) {
                throw bad("kb", "must be true or false, got " + kb);
            }
            String lang = text(n, "lang");
            if (!lang.equals("zh") && !lang.equals("en")) {
                throw bad("lang", "must be zh or en, got '" + lang + "'");
            }
            return new LabelledItem(id, text(n, "class"), lang, turns, kb.asBoolean(false),
                    expectation(n.path("expect")), number);
        }

        private Expectation expectation(JsonNode e) {
            if (!e.isObject()) {
                throw bad("expect", "missing, or not an object");
            }
            String k = text(e, "kind", "expect.kind");
            Kind kind;
            try {
                kind = Kind.valueOf(k.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw bad("expect.kind", "unknown kind '" + k + "'; use answer, list, cite, ask, refuse or ack");
            }
            List<ExpectedValue> values = new ArrayList<>();
            JsonNode vs = e.path("values");
            if (!vs.isMissingNode() && !vs.isArray()) {
                throw bad("expect.values", "must be an array");
            }
            for (int i = 0; i < vs.size(); i++) {
                values.add(value(vs.get(i), "expect.values[" + i + "]"));
            }
            return new Expectation(kind, values, strings(e, "text_all", false), strings(e, "text_any", false),
                    strings(e, "text_none", false));
        }

        private ExpectedValue value(JsonNode v, String field) {
            if (!v.path("value").isNumber()) {
                throw bad(field + ".value", "must be a number, got " + v.path("value"));
            }
            String u = text(v, "unit", field + ".unit");
            LabelUnit unit = LabelUnit.parse(u).orElseThrow(() -> bad(field + ".unit", "unknown unit '" + u
                    + "'; use one of " + LabelUnit.vocabulary()));
            JsonNode tol = v.path("rel_tol");
            if (!tol.isNumber() || tol.asDouble() < 0 || tol.asDouble() >= 1) {
                throw bad(field + ".rel_tol", "must be a number in [0, 1), got " + tol);
            }
            return new ExpectedValue(v.get("value").asDouble(), unit, tol.asDouble(), v.path("what").asText(""));
        }

        private List<String> strings(JsonNode n, String field, boolean required) {
            JsonNode a = n.path(field);
            if (a.isMissingNode() && !required) {
                return List.of();
            }
            String where = required ? field : "expect." + field;
            if (!a.isArray()) {
                throw bad(where, "must be an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).isTextual() || a.get(i).asText().isBlank()) {
                    throw bad(where + "[" + i + "]", "must be a non-empty string, got " + a.get(i));
                }
                out.add(a.get(i).asText());
            }
            return out;
        }

        private String text(JsonNode n, String field) {
            return text(n, field, field);
        }

        private String text(JsonNode n, String field, String where) {
            JsonNode v = n.path(field);
            if (!v.isTextual() || v.asText().isBlank()) {
                throw bad(where, v.isMissingNode() ? "missing" : "must be a non-empty string, got " + v);
            }
            return v.asText();
        }

        private IllegalArgumentException bad(String field, String problem) {
            return new IllegalArgumentException(file + " line " + number + (field == null ? "" : ": field " + field)
                    + ": " + problem);
        }
    }
}
