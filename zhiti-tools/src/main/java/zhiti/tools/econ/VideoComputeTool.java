package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zhiti.core.Citation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.inference.VideoTokenEstimate;

/**
 * Training compute of a video model from its data set (the Sora-style chain): patches → tokens → 6·N·tokens FLOP
 * → days on a fleet, by the report's method and by ViT-style patching ({@link VideoTokenEstimate}).
 */
public final class VideoComputeTool implements Tool {

    /** Seed 002's Sora data set: 6e9 images and 3.5e7 videos of 30 s at 60 fps (frames 1024×1980 by default). */
    static final String SEED002_SORA = "seed002_sora";
    private static final Map<String, Map<String, Double>> PRESETS = Map.of(SEED002_SORA,
            Map.of("images", 6e9, "videos", 3.5e7, "seconds", 30.0, "fps", 60.0));

    private final CatalogNames names;

    public VideoComputeTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.VIDEO_COMPUTE.id();
    }

    @Override
    public String description() {
        return "Training compute and days of a video model from its data set. report method (as seed 002 estimated "
                + "Sora): image patches = images × H × W × C, video patches = videos × fps × seconds × C, tokens = "
                + "patches ÷ patch², FLOP = 6 × params × tokens, days = FLOP ÷ (gpus × FLOP/s) ÷ 86,400. patch method "
                + "(ViT): tokens = (images + videos × fps × seconds) × ⌈H/P⌉ × ⌈W/P⌉. FLOP/s = dense peak of hardware "
                + "at precision × utilisation. preset seed002_sora fills seed 002's Sora data set (6e9 images, 3.5e7 "
                + "videos of 30 s at 60 fps); explicit numbers override it.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .oneOf("preset", "a named data set: seed002_sora = 6e9 images and 3.5e7 videos of 30 s at 60 fps "
                        + "(seed 002's Sora estimate)", SEED002_SORA)
                .number("images", "training images, e.g. 6e9")
                .number("videos", "training videos, e.g. 3.5e7")
                .number("seconds", "average seconds per video, e.g. 30")
                .number("fps", "frames per second of the videos, e.g. 60")
                .string("frame", "frame size HEIGHTxWIDTH in pixels; default 1024x1980")
                .integer("channels", "colour channels C; default 3")
                .integer("patch", "patch size P in pixels; default 16")
                .number("params", "model parameters N, e.g. 3e9 (or give model)")
                .string("model", "catalog model, e.g. Sora (its parameter estimate is used)")
                .number("gpus", "accelerators training the model, e.g. 10000")
                .string("hardware", "catalog accelerator, e.g. A100; default A100")
                .oneOf("precision", "number format of the peak used; default fp32 (seed 002 used A100 FP32 19.5 TFLOP/s)",
                        "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .number("utilisation", "share of that peak sustained, 0-1; default 1 (the report applies none)")
                .oneOf("method", "report, patch, or both (default both)", "report", "patch", "both")
                .required("gpus").build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(Signature.of("report").fixed("method", "report")
                .needs(Quantity.VIDEO_DATASET, "preset").needs(Quantity.MODEL, "model")
                .needs(Quantity.GPUS, "gpus").needs(Quantity.HARDWARE, "hardware")
                .defaults(Quantity.PRECISION, "precision", null, "按 FP32 峰值计算（种子报告 002 用 A100 的 FP32 19.5 TFLOP/s）",
                        "the FP32 peak, as seed 002 used (A100 FP32 19.5 TFLOP/s)")
                .defaults(Quantity.UTILISATION, "utilisation", null, "不打利用率折扣（按峰值 100% 计算，与报告相同）",
                        "no utilisation discount (100% of peak, as the report applies none)")
                .gives(Quantity.COMPUTE, "/report/compute_flop").gives(Quantity.DAYS, "/report/days").build());
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        List<Citation> citations = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        Map<String, Double> preset = Map.of();
        if (a.has("preset")) {
            String name = a.lower("preset", "");
            preset = PRESETS.get(name);
            if (preset == null) {
                throw new IllegalArgumentException("preset must be one of " + PRESETS.keySet() + ", got '" + name + "'");
            }
            data.put("preset", name);
        }
        int[] hw = frame(a.text("frame", "1024x1980"));
        var d = new VideoTokenEstimate.Dataset(size(a, preset, "images"), hw[0], hw[1], a.positiveInt("channels", 3),
                size(a, preset, "videos"), size(a, preset, "seconds"), size(a, preset, "fps"),
                a.positiveInt("patch", 16));
        data.put("images", d.images()).put("videos", d.videos()).put("seconds", d.secondsPerVideo())
                .put("fps", d.fps()).put("frame", d.height() + "x" + d.width());
        double params;
        if (a.has("params")) {
            params = a.requiredPositive("params", "");
        } else if (a.has("model")) {
            ModelCard m = names.model(a.text("model").orElseThrow());
            citations.add(CatalogNames.cite(m.name(), m.source()));
            params = m.params();
            data.put("model", m.name());
        } else {
            throw new IllegalArgumentException("give params (model parameters, e.g. 3e9) or a catalog model");
        }
        Accelerator acc = names.accelerator(a.text("hardware", "A100"));
        citations.add(CatalogNames.cite(acc.name(), acc.source()));
        Precision p = Precision.parse(a.text("precision", "fp32"));
        double u = a.fraction("utilisation", 1.0);
        double flops = acc.peakFlops(p) * u;
        double gpus = a.requiredPositive("gpus", "accelerators training the model");
        String method = a.lower("method", "both");
        data.put("mode", method).put("params", params).put("hardware", acc.name()).put("precision", p.label())
                .put("utilisation", u).put("flops_per_gpu", flops).put("gpus", gpus);
        List<Figure> figures = new ArrayList<>();
        String summary;
        switch (method) {
            case "report", "patch", "both" -> {
                StringBuilder s = new StringBuilder();
                if (!method.equals("patch")) {
                    List<Figure> r = VideoTokenEstimate.reportMethod(d, params, flops, gpus, "seed 002 method");
                    figures.addAll(r);
                    ObjectNode o = data.putObject("report");
                    o.put("video_patches", r.get(0).value()).put("image_patches", r.get(1).value())
                            .put("tokens", r.get(2).value()).put("compute_flop", r.get(3).value()).put("days", r.get(4).value());
                    s.append("report method: ").append(Formatting.num(r.get(2).value())).append(" tokens, ")
                            .append(Formatting.num(r.get(3).value())).append(" FLOP, ")
                            .append(Formatting.num(r.get(4).value())).append(" days");
                }
                if (!method.equals("report")) {
                    List<Figure> v = VideoTokenEstimate.patchTokens(d, params, flops, gpus, "ViT-style patching");
                    figures.addAll(v);
                    ObjectNode o = data.putObject("patch");
                    o.put("tokens", v.get(0).value()).put("compute_flop", v.get(1).value()).put("days", v.get(2).value());
                    s.append(s.isEmpty() ? "" : "; ").append("ViT patching: ").append(Formatting.num(v.get(0).value()))
                            .append(" tokens, ").append(Formatting.num(v.get(1).value())).append(" FLOP, ")
                            .append(Formatting.num(v.get(2).value())).append(" days");
                }
                summary = s + " on " + Formatting.num(gpus) + " × " + acc.name();
            }
            default -> throw new IllegalArgumentException("method must be report, patch or both, got '" + method + "'");
        }
        return new ToolResult(data, summary, figures, citations);
    }

    /** A data-set number: given, else the preset's, else none (a data set of images only, say). */
    private static double size(ToolArgs a, Map<String, Double> preset, String key) {
        return a.number(key).orElse(preset.getOrDefault(key, 0.0));
    }

    private static int[] frame(String s) {
        String[] parts = s.toLowerCase(java.util.Locale.ROOT).replace('×', 'x').replace('*', 'x').split("x");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("frame must be HEIGHTxWIDTH in pixels, e.g. 1024x1980; got '" + s + "'");
    }
}
