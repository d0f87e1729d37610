package zhiti.brain.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zhiti.core.Citation;
import zhiti.agent.Decision;
import zhiti.core.Lang;
import zhiti.agent.Observation;
import zhiti.core.Figure;
import zhiti.econ.units.Formats;

/** Writes the answer to a training question in Chinese or English from what the tools observed. */
final class TrainingAnswerWriter {

    /** Beyond this a cluster is larger than any publicly reported training run (~100k GPUs by 2024). */
    private static final long LARGEST_PLAUSIBLE_GPUS = 200_000;

    private TrainingAnswerWriter() {
    }

    static Decision.Finish answer(Lang lang, Slots q, List<Observation> obs, List<String> assumptions) {
        List<String> lines = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (Observation o : obs) {
            if (o.step().tool().equals(KnowledgeMethod.TOOL)) {
                continue; // passages are cited only when a figure in them is compared (ReportComparison)
            }
            figures.addAll(o.figures());
            citations.addAll(o.citations());
            JsonNode d = o.data();
            switch (o.step().tool()) {
                case "training_compute" -> lines.add(compute(lang, q, d));
                case "training_cluster" -> lines.add(cluster(lang, d));
                default -> {
                }
            }
        }
        for (Observation o : obs) {
            if (o.step().tool().equals("training_cluster")) {
                JsonNode d = o.data();
                if (d.get("gpus").asLong() > LARGEST_PLAUSIBLE_GPUS) {
                    lines.add(lang.pick("注意：" + d.get("hardware").asText() + " 需要的 GPU 数超过迄今公开的任何训练集群（约 10 万卡），期限可能不现实。",
                            "Note: the " + d.get("hardware").asText() + " fleet is larger than any training cluster "
                                    + "reported so far (about 100k GPUs); the deadline may be unrealistic."));
                }
                if (d.get("days").asDouble() > 365) {
                    lines.add(lang.pick("注意：训练时间超过一年。", "Note: the run would take more than a year."));
                }
            }
        }
        if (!assumptions.isEmpty()) {
            lines.add(lang.pick("假设：", "Assumptions: ") + String.join(lang.pick("；", "; "), assumptions)
                    + lang.pick("。", "."));
        }
        return new Decision.Finish(String.join("\n", lines), figures, citations);
    }

    static Decision.Finish failure(Lang lang, Observation failed) {
        String text = lang.pick("无法完成这一步（" + failed.step().purpose() + "）：" + failed.error()
                        + "。请修正问题后再试，例如：“用 DGX A100 在 7 天内训练 GPT-3 需要多少台服务器？”",
                "Could not complete a step (" + failed.step().purpose() + "): " + failed.error()
                        + ". Please fix the question and ask again, e.g. \"How many DGX A100 servers are needed to "
                        + "train GPT-3 in 7 days?\"");
        return new Decision.Finish(text, List.of(), List.of());
    }

    static Decision.Finish askForModel(Lang lang, List<String> known) {
        return new Decision.Finish(lang.pick(
                "要估算训练算力，需要知道模型的参数量 N 和训练 token 数 D，例如“1750 亿参数、3000 亿 token”，"
                        + "或者给出目录中的模型：" + String.join("、", known) + "。",
                "To work out training compute I need the model's parameters N and training tokens D, e.g. "
                        + "\"175B parameters, 300B tokens\", or a catalog model: " + String.join(", ", known) + "."),
                List.of(), List.of());
    }

    private static String compute(Lang lang, Slots q, JsonNode d) {
        String who = q.model().map(m -> " " + m).orElse(lang.pick("该模型", " the model"));
        String n = count(lang, d.get("params").asDouble());
        String t = count(lang, d.get("tokens").asDouble());
        String c = Formats.sci(d.get("compute_flop").asDouble());
        return lang.pick("训练" + who + "（N = " + n + "参数，D = " + t + " token）需要 C = 6·N·D = " + c + " FLOP。",
                "Training" + who + " (N = " + n + " parameters, D = " + t + " tokens) takes C = 6·N·D = " + c + " FLOP.");
    }

    private static String cluster(Lang lang, JsonNode d) {
        String hw = d.get("hardware").asText();
        String acc = d.get("accelerator").asText();
        String prec = d.get("precision").asText().toUpperCase(Locale.ROOT);
        String u = Formats.percent(d.get("utilisation").asDouble());
        String peak = Formats.human(d.get("peak_flops").asDouble() / 1e12);
        long gpus = d.get("gpus").asLong();
        String days = Formats.human(d.get("days").asDouble());
        boolean server = d.has("gpus_per_server");
        if (d.get("mode").asText().equals("deadline")) {
            String fleet = server
                    ? lang.pick(gpus + " 块 GPU，即 " + d.get("servers").asLong() + " 台 " + hw,
                    String.format(Locale.ROOT, "%,d GPUs, i.e. %,d %s servers", gpus, d.get("servers").asLong(), hw))
                    : lang.pick(gpus + " 块 " + acc, String.format(Locale.ROOT, "%,d %s GPUs", gpus, acc));
            return lang.pick("要在 " + days + " 天内完成，按 " + acc + " 的 " + prec + " 稠密峰值（" + peak
                            + " TFLOP/s）和 " + u + " 的利用率计算，需要 " + fleet + "。",
                    "To finish in " + days + " days at " + u + " utilisation of the " + acc + "'s dense " + prec
                            + " peak (" + peak + " TFLOP/s), you need " + fleet + ".");
        }
        return lang.pick(gpus + " 块 " + acc + "（" + prec + " 稠密峰值 " + peak + " TFLOP/s，利用率 " + u + "）需要 "
                        + days + " 天。",
                String.format(Locale.ROOT, "%,d %s GPUs", gpus, acc) + " (dense " + prec + " peak " + peak
                        + " TFLOP/s, " + u + " utilisation) need " + days + " days.");
    }

    /** 175e9 → "175B" in English, "1750 亿" in Chinese. */
    static String count(Lang lang, double v) {
        if (lang == Lang.ZH) {
            if (v >= 1e12) {
                return trim(v / 1e12) + " 万亿";
            }
            if (v >= 1e8) {
                return trim(v / 1e8) + " 亿";
            }
            if (v >= 1e4) {
                return trim(v / 1e4) + " 万";
            }
            return trim(v);
        }
        if (v >= 1e12) {
            return trim(v / 1e12) + "T";
        }
        if (v >= 1e9) {
            return trim(v / 1e9) + "B";
        }
        if (v >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        return trim(v);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
