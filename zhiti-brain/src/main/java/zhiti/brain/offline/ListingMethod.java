package zhiti.brain.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.core.Lang;
import zhiti.econ.units.Formats;

/**
 * Listings and filters over the catalogs — "which chips fall under 3A090?", "top five accelerators by FP8 TFLOPS
 * per watt", "NVIDIA chips with more than 80 GB" — read into one catalog_list call and answered as a ranked list.
 */
final class ListingMethod implements Method {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern LISTING = Pattern.compile("哪些|哪几款|哪几个|which (?:of (?:the |these |those |your )?)?(?:chips|accelerators|gpus|models|systems|ones)|"
            + "\\blist\\b(?!\\s*(?:prices?|at|for)\\b)|列出|列举|top\\s*(?:\\d+|five|ten|three)|前\\s*(?:\\d+|[一二三四五六七八九十])\\s*(?:名|个|款)?|排序|排名|\\brank|"
            + "fall (?:under|below)|属于|按.{0,24}(?:从高到低|从低到高|排)", F);
    private static final Pattern SUBJECT = Pattern.compile("芯片|chips?|accelerators?|GPUs?|显卡|加速卡|模型|models?|systems?|服务器|"
            + "3A090|4A090|管制|export|\\b[ABHL]\\d{2,3}[A-Z]?\\b|\\bMI\\d{3}|910[BC]|昇腾|Ascend|Gaudi", F);
    private static final Pattern CODE = Pattern.compile("([34]A090(?:\\.[ab])?)", F);
    private static final Pattern NOT_CONTROLLED = Pattern.compile("not (?:export[\\s-])?controlled|不受(?:出口)?管制|below both|不属于|未受|"
            + "fall below|不在管制", F);
    private static final Pattern CONTROLLED = Pattern.compile("export[\\s-]?control|出口管制|受管制|管制|禁运|restricted", F);
    private static final Pattern VENDOR = Pattern.compile("NVIDIA|英伟达|AMD|Intel|英特尔|华为|Huawei|Google|谷歌", F);
    private static final Pattern LIMIT = Pattern.compile("top\\s*(\\d+|five|ten|three)|前\\s*(\\d+|[一二三四五六七八九十])", F);
    private static final Pattern AT_LEAST = Pattern.compile("(?:at least|more than|over|above|≥|>=|>|超过|大于|至少|不少于|以上|"
            + "clears?|exceeds?|surpass(?:es)?|beats?|north of|in excess of|突破|高于)\\s*"
            + "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(GB|TB/s|W|TPP|TFLOPS)?|(\\d[\\d,]*(?:\\.\\d+)?)\\s*(GB|TB/s|W|TPP|TFLOPS)?\\s*"
            + "(?:or more|及以上|以上|或以上)", F);

    static boolean isListing(String q) {
        return LISTING.matcher(q).find() && SUBJECT.matcher(q).find();
    }

    /** A listing with something to filter or rank by: an export class, a metric, a threshold or a top-N. */
    static boolean filtersOrRanks(String q) {
        return CODE.matcher(q).find() || CONTROLLED.matcher(q).find() || LIMIT.matcher(q).find() || AT_LEAST.matcher(q).find()
                || metric(q, false) != null;
    }

    @Override
    public Plan plan(AgentContext ctx) {
        if (ctx.tools().stream().noneMatch(t -> ToolName.CATALOG_LIST.is(t.name()))) {
            return Plan.empty("no catalog listing tool");
        }
        return new Plan("list the catalog rows that pass the filters → answer", List.of(new Step("list-1",
                ToolName.CATALOG_LIST.id(), args(ctx.task().question(), names), "catalog rows matching the question")));
    }

    /** The machines the question names, if it names several: the listing is of them only. */
    private final List<String> names;

    ListingMethod() {
        this(List.of());
    }

    ListingMethod(List<String> names) {
        this.names = List.copyOf(names);
    }

    static ObjectNode args(String q) {
        return args(q, List.of());
    }

    static ObjectNode args(String q, List<String> names) {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        if (!names.isEmpty()) {
            a.put("names", String.join(", ", names));
        }
        boolean models = Pattern.compile("模型|\\bmodels?\\b|GPT|参数量", F).matcher(q).find()
                && !Pattern.compile("芯片|chips?|accelerators?|GPUs?|显卡", F).matcher(q).find();
        a.put("kind", models ? "models" : "accelerators");
        Matcher code = CODE.matcher(q);
        if (code.find()) {
            a.put("export_class", NOT_CONTROLLED.matcher(q).find() ? "not_controlled" : code.group(1).toUpperCase(Locale.ROOT)
                    .replace("A090", "A090"));
        } else if (NOT_CONTROLLED.matcher(q).find()) {
            a.put("export_class", "not_controlled");
        } else if (CONTROLLED.matcher(q).find()) {
            a.put("export_class", "controlled");
        }
        Matcher v = VENDOR.matcher(q);
        if (v.find()) {
            a.put("vendor", v.group());
        }
        String metric = metric(q, models);
        if (metric != null) {
            a.put("sort_by", metric).put("order", Pattern.compile("从低到高|ascending|lowest|cheapest|smallest", F).matcher(q).find()
                    ? "asc" : "desc");
        }
        Matcher min = AT_LEAST.matcher(q);
        if (min.find()) {
            String n = min.group(1) != null ? min.group(1) : min.group(3);
            String unit = min.group(1) != null ? min.group(2) : min.group(4);
            String m = rangeMetric(unit, q, metric);
            if (m != null) {
                a.put("metric", m).put("min", Double.parseDouble(n.replace(",", "")));
                a.put("exclusive", Pattern.compile("more than|over|above|>|超过|大于|clears?|exceeds?|surpass|beats?|north of|in excess of|突破|高于", F).matcher(q).find());
            }
        }
        Matcher lim = LIMIT.matcher(q);
        if (lim.find()) {
            String n = lim.group(1) != null ? lim.group(1) : lim.group(2);
            a.put("limit", switch (n.toLowerCase(Locale.ROOT)) {
                case "three", "三" -> 3;
                case "five", "五" -> 5;
                case "ten", "十" -> 10;
                default -> n.matches("\\d+") ? Integer.parseInt(n) : 5;
            });
        } else {
            a.put("limit", 30);
        }
        return a;
    }

    private static String metric(String q, boolean models) {
        if (models) {
            return Pattern.compile("参数|param", F).matcher(q).find() ? "params" : null;
        }
        String precision = precision(q);
        if (Pattern.compile("per watt|每瓦|能效|/\\s*W\\b", F).matcher(q).find()) {
            return precision + "_tflops_per_watt";
        }
        if (Pattern.compile("带宽|bandwidth", F).matcher(q).find()) {
            return "memory_bw_tbs";
        }
        if (Pattern.compile("显存|memory|内存", F).matcher(q).find()) {
            return "memory_gb";
        }
        if (Pattern.compile("\\bTPP\\b", F).matcher(q).find()) {
            return "tpp";
        }
        if (Pattern.compile("功耗|TDP|power", F).matcher(q).find()) {
            return "tdp_w";
        }
        if (Pattern.compile("租|rent", F).matcher(q).find()) {
            return "rental_usd_per_h";
        }
        if (Pattern.compile("价格|price|cost", F).matcher(q).find()) {
            return "list_price_usd";
        }
        if (Pattern.compile("算力|TFLOPS|compute|throughput|peak|峰值|faster|最快", F).matcher(q).find()) {
            return precision + "_tflops";
        }
        return null;
    }

    private static String precision(String q) {
        Matcher m = Pattern.compile("\\b(FP8|BF16|FP16|FP32|INT8)\\b", F).matcher(q);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replace("int8", "int8") : "bf16";
    }

    private static String rangeMetric(String unit, String q, String sort) {
        if (unit == null) {
            return Pattern.compile("\\bTPP\\b", F).matcher(q).find() ? "tpp" : sort;
        }
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "GB" -> "memory_gb";
            case "TB/S" -> "memory_bw_tbs";
            case "W" -> "tdp_w";
            case "TPP" -> "tpp";
            default -> precision(q) + "_tflops";
        };
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        Lang lang = ctx.task().lang();
        List<Observation> obs = ctx.memory().observations();
        if (obs.isEmpty()) {
            return new Decision.Finish(lang.pick("这里无法列出目录。", "The catalog cannot be listed here."), List.of(), List.of());
        }
        Observation o = obs.get(0);
        if (!o.ok()) {
            return new Decision.Finish(lang.pick("无法列出：", "Could not list: ") + o.error(), List.of(), List.of());
        }
        JsonNode d = o.data();
        String sort = d.path("filters").path("sort_by").asText("");
        List<String> lines = new ArrayList<>();
        lines.add(lang.pick("目录中符合条件的共 " + d.path("count").asInt() + " 项：", d.path("count").asInt() + " catalog entries match:"));
        int i = 1;
        for (JsonNode r : d.path("rows")) {
            StringBuilder b = new StringBuilder().append(i++).append(". ").append(r.path("name").asText());
            if (!sort.isEmpty() && r.has(sort)) {
                b.append(" — ").append(sort).append(" ").append(Formats.human(r.get(sort).asDouble()));
            }
            if (r.has("eccn")) {
                b.append(" (").append(r.get("eccn").asText()).append(")");
            }
            lines.add(b.toString());
        }
        if (d.path("excluded").size() > 0) {
            lines.add(lang.pick("未列入（缺数据）：", "Not listed (missing data): ") + String.join(", ",
                    java.util.stream.StreamSupport.stream(d.path("excluded").spliterator(), false)
                            .map(x -> x.path("name").asText() + " (" + x.path("reason").asText() + ")").limit(8).toList()));
        }
        if (d.has("export_note")) {
            lines.add(lang.pick("说明：", "Note: ") + d.get("export_note").asText());
        }
        return new Decision.Finish(String.join("\n", lines), o.figures(), o.citations());
    }
}
