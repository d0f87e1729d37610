package zhiti.tools.arith;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.core.Figure;

/**
 * What a planner and a model see of every arithmetic tool: every signature's arguments are in the schema, and a
 * call built from the signature alone (required inputs, stated defaults) succeeds and returns every output it
 * promises, each a plausible value of its quantity.
 */
class ArithSignaturesTest {

    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "array");

    /** One value a question might state for each quantity the arithmetic tools consume. */
    private static final Map<Quantity, Object> SAMPLE = new EnumMap<>(Map.ofEntries(
            Map.entry(Quantity.PART, 12), Map.entry(Quantity.WHOLE, 48), Map.entry(Quantity.FLEET_FLOPS, 1e18),
            Map.entry(Quantity.START_VALUE, 100), Map.entry(Quantity.END_VALUE, 1600),
            Map.entry(Quantity.TARGET_VALUE, 1000), Map.entry(Quantity.START_DATE, "2024"),
            Map.entry(Quantity.RATE, 0.3), Map.entry(Quantity.RATES, List.of(-0.53, -0.47)),
            Map.entry(Quantity.PARTS, List.of(10.0, 20.0)),
            Map.entry(Quantity.PERIODS, 4), Map.entry(Quantity.FACTOR, 16),
            Map.entry(Quantity.AMOUNT, 1e6), Map.entry(Quantity.EXCHANGE_RATE, 7.2),
            Map.entry(Quantity.COMPUTE, 3.15e23), Map.entry(Quantity.PEAK_FLOPS, 3.12e14),
            Map.entry(Quantity.GPUS, 1000), Map.entry(Quantity.DAYS, 30), Map.entry(Quantity.HOURS, 720),
            Map.entry(Quantity.GPU_HOURS, 672_000), Map.entry(Quantity.USD_PER_GPU_HOUR, 1.88),
            Map.entry(Quantity.PARAMS, 7e10), Map.entry(Quantity.ACTIVE_PARAMS, 3.7e10),
            Map.entry(Quantity.MEMORY_BANDWIDTH, 3.35e12), Map.entry(Quantity.ACCELERATOR_MEMORY, 8e10),
            Map.entry(Quantity.KV_CACHE_BYTES, 1.342e9), Map.entry(Quantity.REFERENCE_GPUS, 100),
            Map.entry(Quantity.REFERENCE_HARDWARE, "H100"), Map.entry(Quantity.HARDWARE, "H20"),
            Map.entry(Quantity.PRECISION, "bf16"), Map.entry(Quantity.END_DATE, "2030"),
            Map.entry(Quantity.CHANGE, -0.4), Map.entry(Quantity.SHARE, 0.25), Map.entry(Quantity.DOUBLING_TIME, 2),
            Map.entry(Quantity.USD, 1e6), Map.entry(Quantity.UTILISATION, 0.4),
            Map.entry(Quantity.FLOP_PER_TOKEN, 1.4e11), Map.entry(Quantity.TOKENS_PER_DAY, 1e11),
            Map.entry(Quantity.QUERIES_PER_DAY, 1e8), Map.entry(Quantity.TOKENS_PER_QUERY, 1000),
            Map.entry(Quantity.GPUS_PER_SERVER, 8), Map.entry(Quantity.MEMORY_GPUS, 11), Map.entry(Quantity.HALVING_TIME, 0.75), Map.entry(Quantity.SERVERS, 125), Map.entry(Quantity.TOKENS, 1e6),
            Map.entry(Quantity.USD_PER_GPU, 25_000), Map.entry(Quantity.USD_PER_SERVER, 29_000),
            Map.entry(Quantity.CAPEX_USD, 2.9e7), Map.entry(Quantity.WATTS_PER_GPU, 700),
            Map.entry(Quantity.WATTS_PER_SERVER, 10_200), Map.entry(Quantity.TOKENS_PER_SECOND, 2_000),
            Map.entry(Quantity.REFERENCE_DAYS, 10), Map.entry(Quantity.CACHE_MEMORY_BYTES, 4e10), Map.entry(Quantity.POWER_BUDGET, 2e7)));

    /** The stated unit each unit argument receives ("to" takes the exchange rate's unit). */
    private static final Map<String, String> UNITS = Map.of("unit", "USD", "from", "USD", "to", "CNY per USD",
            "currency", "USD");

    @Test
    void everyArithmeticToolIsRegisteredUnderItsToolName() {
        assertThat(ArithCalls.REGISTRY.all()).extracting(Tool::name).containsExactly(
                ToolName.RATIO.id(), ToolName.CHANGE.id(), ToolName.COMPOUND.id(), ToolName.COMBINE_RATES.id(),
                ToolName.DOUBLING_TIME.id(), ToolName.TARGET_YEAR.id(), ToolName.CURRENCY_CONVERT.id(),
                ToolName.INFERENCE_FLOP.id(), ToolName.SERVING_VOLUME.id(), ToolName.SERVER_COUNT.id(),
                ToolName.GPU_HOURS.id(), ToolName.RENTAL_COST.id(), ToolName.DECODE_THROUGHPUT.id(),
                ToolName.MODEL_MEMORY.id(), ToolName.EQUIVALENT_ACCELERATORS.id(), ToolName.FLEET_THROUGHPUT.id(),
                ToolName.IMPLIED_UTILISATION.id(),
                ToolName.PURCHASE_COST.id(), ToolName.POWER_DRAW.id(), ToolName.TOKEN_COST.id(),
                ToolName.CACHE_CAPACITY.id());
    }

    @Test
    void everySchemaIsCompleteAndInTheSubsetTheConverterMaps() {
        List<String> problems = new ArrayList<>();
        for (Tool t : ArithCalls.REGISTRY.all()) {
            if (t.description().length() < 40) {
                problems.add(t.name() + ": description too short");
            }
            JsonNode props = t.parameters().path("properties");
            props.properties().forEach(e -> {
                String where = t.name() + "." + e.getKey();
                JsonNode p = e.getValue();
                if (!e.getKey().matches("[a-z][a-z0-9_]*")) {
                    problems.add(where + ": not snake_case");
                }
                if (!TYPES.contains(p.path("type").asText())) {
                    problems.add(where + ": unsupported type " + p.path("type"));
                }
                if ("array".equals(p.path("type").asText()) && !p.path("items").has("type")) {
                    problems.add(where + ": array without an item type");
                }
                if (p.path("description").asText().isBlank()) {
                    problems.add(where + ": no description");
                }
            });
            t.parameters().path("required").forEach(r -> {
                if (!props.has(r.asText())) {
                    problems.add(t.name() + ": required '" + r.asText() + "' is not a property");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySignatureNamesArgumentsTheSchemaHas() {
        List<String> problems = new ArrayList<>();
        for (Tool t : ArithCalls.REGISTRY.all()) {
            assertThat(t.signatures()).as(t.name()).isNotEmpty();
            Set<String> modes = new HashSet<>();
            JsonNode props = t.parameters().path("properties");
            for (Signature s : t.signatures()) {
                if (!modes.add(s.mode())) {
                    problems.add(t.name() + ": mode " + s.mode() + " twice");
                }
                for (Signature.Input in : s.inputs()) {
                    if (!props.has(in.arg())) {
                        problems.add(t.name() + "/" + s.mode() + ": input arg " + in.arg() + " not in the schema");
                    }
                    if (in.unitArg() != null && !props.has(in.unitArg())) {
                        problems.add(t.name() + "/" + s.mode() + ": unit arg " + in.unitArg() + " not in the schema");
                    }
                }
                s.fixed().fieldNames().forEachRemaining(k -> {
                    if (!props.has(k)) {
                        problems.add(t.name() + "/" + s.mode() + ": fixed arg " + k + " not in the schema");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aCallBuiltFromEachSignatureGivesEveryPromisedOutput() {
        List<String> problems = new ArrayList<>();
        for (Tool t : ArithCalls.REGISTRY.all()) {
            for (Signature s : t.signatures()) {
                for (boolean withOverrides : new boolean[]{false, true}) {
                    ObjectNode args = callFor(s, withOverrides);
                    Observation o = ArithCalls.call(t.name(), args);
                    String where = t.name() + "/" + s.mode() + " " + args;
                    if (!o.ok()) {
                        problems.add(where + " failed: " + o.error());
                        continue;
                    }
                    for (Signature.Output out : s.outputs()) {
                        JsonNode v = o.data().at(out.path());
                        if (!v.isNumber()) {
                            problems.add(where + ": no number at " + out.path());
                        } else if (!out.quantity().plausible(v.asDouble() * out.scale())) {
                            problems.add(where + ": " + out.path() + " = " + v + " is not a plausible "
                                    + out.quantity());
                        }
                    }
                    for (Figure f : o.figures()) {
                        if (f.formula().isBlank() || f.source().isBlank() || f.inputs().isEmpty()) {
                            problems.add(where + ": figure " + f.name() + " lacks formula, source or inputs");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A call with no arguments fails with a message naming what is missing, never with a crash. */
    @Test
    void emptyCallsFailWithAMessage() {
        for (Tool t : ArithCalls.REGISTRY.all()) {
            Observation o = ArithCalls.call(t.name(), "{}");
            assertThat(o.ok()).as(t.name()).isFalse();
            assertThat(o.error()).as(t.name()).isNotBlank().doesNotContain("Exception").doesNotContain("failed: java");
        }
    }

    /** Required inputs from the samples, defaults at their fallback, overrides only when asked for. */
    private static ObjectNode callFor(Signature s, boolean withOverrides) {
        ObjectNode args = s.fixed().deepCopy();
        for (Signature.Input in : s.inputs()) {
            Object v = switch (in.need()) {
                case REQUIRED -> SAMPLE.get(in.quantity());
                case DEFAULT -> in.fallback() != null ? in.fallback() : null;
                case OVERRIDE -> withOverrides ? SAMPLE.get(in.quantity()) : null;
            };
            if (v == null) {
                assertThat(in.need()).as("no sample for %s", in.quantity()).isNotEqualTo(Signature.Need.REQUIRED);
                continue;
            }
            args.set(in.arg(), ArithCalls.JSON.valueToTree(v));
            if (in.unitArg() != null) {
                args.put(in.unitArg(), UNITS.get(in.unitArg()));
            }
        }
        return args;
    }
}
