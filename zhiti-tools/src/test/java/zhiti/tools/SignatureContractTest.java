package zhiti.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import zhiti.agent.Observation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Signature.Input;
import zhiti.agent.Signature.Need;
import zhiti.agent.Signature.Output;
import zhiti.agent.Step;
import zhiti.agent.Tool;
import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.Catalog;
import zhiti.tools.econ.EconTools;

/**
 * The contract between a tool's typed signatures and what the tool really does, checked for every registered tool
 * that has signatures (a new tool is covered the moment it declares one): the arguments exist in its schema, a call
 * built from sample values succeeds and returns every promised output in range, each number input changes some
 * number output, and each number output is the value of a figure (its provenance).
 */
class SignatureContractTest {

    private static final ToolRegistry REGISTRY = zhiti.tools.arith.ArithmeticTools.register(EconTools.register(new ToolRegistry(), Catalog.builtIn()), Catalog.builtIn());
    private static final double SAME = 1e-9;

    private static List<Tool> typedTools() {
        return REGISTRY.all().stream().filter(t -> !t.signatures().isEmpty()).toList();
    }

    /** Guards against the contract passing vacuously because signatures stopped being registered. */
    @Test
    void mostEconToolsAreTyped() {
        assertThat(typedTools()).hasSizeGreaterThanOrEqualTo(12);
    }

    /** (a) Every argument a signature sends is in the schema, and a call it builds satisfies the schema's required. */
    @TestFactory
    Stream<DynamicTest> signaturesMatchTheSchema() {
        return typedTools().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> {
            List<String> problems = new ArrayList<>();
            JsonNode props = t.parameters().path("properties");
            Set<String> modes = new HashSet<>();
            for (Signature s : t.signatures()) {
                String where = t.name() + "/" + s.mode();
                if (!modes.add(s.mode())) {
                    problems.add(where + ": mode declared twice");
                }
                for (Input in : s.inputs()) {
                    if (!props.has(in.arg())) {
                        problems.add(where + ": input " + in.quantity() + " → arg '" + in.arg() + "' is not in the schema");
                    }
                    if (in.unitArg() != null && !props.has(in.unitArg())) {
                        problems.add(where + ": unit arg '" + in.unitArg() + "' is not in the schema");
                    }
                }
                s.fixed().properties().forEach(e -> {
                    JsonNode p = props.get(e.getKey());
                    if (p == null) {
                        problems.add(where + ": fixed arg '" + e.getKey() + "' is not in the schema");
                    } else if (p.has("enum") && !contains(p.get("enum"), e.getValue().asText())) {
                        problems.add(where + ": fixed " + e.getKey() + "=" + e.getValue() + " is not one of " + p.get("enum"));
                    }
                });
                for (JsonNode r : t.parameters().path("required")) {
                    String arg = r.asText();
                    boolean covered = s.fixed().has(arg) || s.inputs().stream().anyMatch(in -> (in.arg().equals(arg)
                            && (in.need() == Need.REQUIRED || in.need() == Need.DEFAULT && in.fallback() != null))
                            || arg.equals(in.unitArg()) && in.need() == Need.REQUIRED);
                    if (!covered) {
                        problems.add(where + ": schema-required '" + arg + "' is neither a REQUIRED input, a DEFAULT "
                                + "with a fallback, nor fixed");
                    }
                }
            }
            assertThat(problems).as(t.name()).isEmpty();
        }));
    }

    /** (b)–(d) for each signature: it runs, it reads its inputs, and its numbers have figures. */
    @TestFactory
    Stream<DynamicTest> signaturesRunOnSampleValues() {
        return typedTools().stream().flatMap(t -> t.signatures().stream().map(s ->
                DynamicTest.dynamicTest(t.name() + "/" + s.mode(), () -> {
                    List<String> problems = new ArrayList<>();
                    check(t, s, problems);
                    assertThat(problems).as(t.name() + "/" + s.mode()).isEmpty();
                })));
    }

    private static void check(Tool t, Signature s, List<String> problems) {
        String where = t.name() + "/" + s.mode();
        ObjectNode base = call(t, s, problems);
        if (base == null) {
            return;
        }
        Observation o = run(t, base);
        if (!o.ok()) {
            problems.add(where + ": sample call " + base + " failed: " + o.error());
            return;
        }
        outputs(where + " " + base, s, o, problems);
        // each entity alternative (a server system for an accelerator, another model) must work too
        for (Input in : s.inputs()) {
            if (!base.has(in.arg()) || in.quantity().kind() != Quantity.Kind.ENTITY) {
                continue;
            }
            for (Object alt : SignatureSamples.of(in.quantity()).subList(1, SignatureSamples.of(in.quantity()).size())) {
                ObjectNode args = base.deepCopy().put(in.arg(), alt.toString());
                Observation v = run(t, args);
                if (v.ok()) {
                    outputs(where + " " + args, s, v, problems);
                } else {
                    problems.add(where + ": call with " + in.arg() + "=" + alt + " failed: " + v.error());
                }
            }
        }
        readsItsInputs(t, s, base, o, problems);
    }

    /** The unit a planner would send beside a value, per unit argument. */
    private static final java.util.Map<String, String> UNIT_SAMPLES = java.util.Map.of("from", "USD", "to", "CNY",
            "unit", "USD", "currency", "USD", "denominator_unit", "GPU");

    /** The base call: fixed args, samples for required inputs, fallbacks for defaults; overrides left out. */
    private static ObjectNode call(Tool t, Signature s, List<String> problems) {
        ObjectNode args = s.fixed().deepCopy();
        for (Input in : s.inputs()) {
            Object value = switch (in.need()) {
                case REQUIRED -> sample(in.quantity());
                case DEFAULT -> in.fallback();
                case OVERRIDE -> null;
            };
            if (in.need() == Need.REQUIRED && value == null) {
                problems.add(t.name() + "/" + s.mode() + ": no sample value for " + in.quantity()
                        + "; add one to SignatureSamples");
                return null;
            }
            if (value != null) {
                put(args, t, in, value);
                if (in.unitArg() != null && !args.has(in.unitArg())) {
                    // a planner sends the stated unit with the value; a currency pair must differ
                    args.put(in.unitArg(), UNIT_SAMPLES.getOrDefault(in.unitArg(), "USD"));
                }
            }
        }
        return args;
    }

    /** (b) Every promised output is there and of its kind; numbers, scaled to canonical units, are plausible. */
    private static void outputs(String where, Signature s, Observation o, List<String> problems) {
        for (Output out : s.outputs()) {
            JsonNode v = o.data().at(out.path());
            String at = where + " → " + out.quantity() + " at " + out.path();
            if (v.isMissingNode() || v.isNull()) {
                if (out.always()) {
                    problems.add(at + ": missing from the data " + o.data());
                }
                continue;
            }
            switch (out.quantity().kind()) {
                case NUMBER -> {
                    if (!v.isNumber()) {
                        problems.add(at + ": not a number: " + v);
                    } else if (!out.quantity().plausible(v.asDouble() * out.scale())) {
                        problems.add(at + ": " + v.asDouble() + " × " + out.scale() + " is outside the plausible range of "
                                + out.quantity());
                    } else if (!hasFigure(o, v.asDouble(), out.scale())) {
                        problems.add(at + ": no figure has the value " + v.asDouble() + " (provenance)");
                    }
                }
                case CATEGORY, ENTITY, DATE -> {
                    if (!v.isTextual() || v.asText().isBlank()) {
                        problems.add(at + ": not text: " + v);
                    }
                }
                case LIST -> {
                    if (!v.isArray()) {
                        problems.add(at + ": not a list: " + v);
                    }
                }
            }
        }
    }

    /** (d) A figure carries the number either in the data's unit or in the quantity's canonical unit. */
    private static boolean hasFigure(Observation o, double value, double scale) {
        return o.figures().stream().anyMatch(f -> same(f.value(), value) || same(f.value(), value * scale));
    }

    /**
     * (c) Doubling a number input changes some number output: the signature does not declare inputs the tool
     * ignores. Inputs the base call leaves to the tool (overrides, defaults without a fallback) are sent at their
     * sample and at twice it, so those are checked as read too.
     */
    private static void readsItsInputs(Tool t, Signature s, ObjectNode base, Observation o, List<String> problems) {
        for (Input in : s.inputs()) {
            if (in.quantity().kind() != Quantity.Kind.NUMBER) {
                continue;
            }
            String where = t.name() + "/" + s.mode() + ": input " + in.quantity() + " (" + in.arg() + ")";
            ObjectNode once = base;
            Observation before = o;
            if (!base.has(in.arg())) {
                Object sample = sample(in.quantity());
                if (sample == null) {
                    problems.add(where + ": no sample value; add one to SignatureSamples");
                    continue;
                }
                once = base.deepCopy();
                put(once, t, in, sample);
                before = run(t, once);
                if (!before.ok()) {
                    problems.add(where + ": call with it at its sample " + once + " failed: " + before.error());
                    continue;
                }
            }
            ObjectNode twice = once.deepCopy();
            twice.put(in.arg(), 2 * once.get(in.arg()).asDouble());
            Observation after = run(t, twice);
            if (!after.ok()) {
                problems.add(where + ": call with it doubled " + twice + " failed: " + after.error());
            } else if (!changesANumber(s, before, after)) {
                problems.add(where + ": doubling it changed no number output");
            }
        }
    }

    private static boolean changesANumber(Signature s, Observation before, Observation after) {
        for (Output out : s.outputs()) {
            JsonNode a = before.data().at(out.path());
            JsonNode b = after.data().at(out.path());
            if (out.quantity().kind() == Quantity.Kind.NUMBER && a.isNumber() && b.isNumber()
                    && !same(a.asDouble(), b.asDouble())) {
                return true;
            }
        }
        return false;
    }

    private static Observation run(Tool t, ObjectNode args) {
        return REGISTRY.call(new Step("contract", t.name(), args, "signature contract"));
    }

    private static Object sample(Quantity q) {
        List<Object> all = SignatureSamples.of(q);
        return all.isEmpty() ? null : all.getFirst();
    }

    /** Writes a canonical value as the argument: numbers ÷ the input's scale, integers where the schema wants them. */
    private static void put(ObjectNode args, Tool t, Input in, Object value) {
        JsonNode prop = t.parameters().path("properties").path(in.arg());
        if (value instanceof Number n) {
            double v = n.doubleValue() / in.scale();
            if ("integer".equals(prop.path("type").asText()) && v == Math.rint(v)) {
                args.put(in.arg(), (long) v);
            } else {
                args.put(in.arg(), v);
            }
        } else if (value instanceof List<?> list) {
            if ("string".equals(prop.path("type").asText())) {
                args.put(in.arg(), String.join(",", list.stream().map(Object::toString).toList()));
            } else {
                var arr = args.putArray(in.arg());
                list.forEach(x -> arr.add(JsonNodeFactory.instance.numberNode(((Number) x).doubleValue())));
            }
        } else {
            args.put(in.arg(), value.toString());
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(double a, double b) {
        return a == b || Math.abs(a - b) <= SAME * Math.max(Math.abs(a), Math.abs(b));
    }
}
