package zhiti.brain.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/** Number formats as questions name them: how many bytes a value takes, and the tensor-core peak that applies. */
final class Precisions {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PRECISION = Pattern.compile("(?<![A-Za-z0-9])(FP8|BF16|FP16|FP32|TF32|INT8|INT4|FP4|4[\\s-]?bit|8[\\s-]?bit|"
            + "半精度|单精度)(?![A-Za-z0-9])", F);

    private Precisions() {
    }

    /** FP32 4, BF16/FP16 2, FP8/INT8 1, INT4/FP4 0.5 bytes per value. */
    static double bytes(String p) {
        return switch (p) {
            case "fp32", "tf32", "单精度" -> 4;
            case "fp8", "int8", "8bit" -> 1;
            case "int4", "fp4", "4bit" -> 0.5;
            default -> 2;
        };
    }

    /** The econ precision label whose dense peak a computation at this format uses; none for 4-bit formats. */
    static Optional<String> tensorLabel(String p) {
        return switch (p) {
            case "fp32", "单精度" -> Optional.of("fp32");
            case "tf32" -> Optional.of("tf32");
            case "fp8" -> Optional.of("fp8");
            case "int8", "8bit" -> Optional.of("int8");
            case "bf16" -> Optional.of("bf16");
            case "fp16", "半精度" -> Optional.of("fp16");
            default -> Optional.empty();
        };
    }

    /** "FP8", "INT4", "半精度": the number format, and the bytes per value it stores. */
    static void read(String q, List<Known> knowns) {
        Matcher m = PRECISION.matcher(q);
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            String p = m.group(1).toLowerCase().replaceAll("[\\s-]", "");
            seen.add(p);
        }
        if (seen.size() != 1) {
            return;
        }
        String p = seen.get(0);
        double bytes = Precisions.bytes(p);
        int at = q.toLowerCase().indexOf(p);
        knowns.add(new Known(Quantity.BYTES_PER_VALUE, bytes, "", Known.Origin.QUESTION, null, at, at));
        Precisions.tensorLabel(p).ifPresent(l -> knowns.add(new Known(Quantity.PRECISION, l, "", Known.Origin.QUESTION, null, at, at)));
    }

    /** "用 FP8 存权重需要多少显存？用 INT4 呢？": one case per format named, for memory and decode questions. */
    static List<List<Known>> variants(String q, List<Quantity> asked) {
        Matcher m = PRECISION.matcher(q);
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            String p = m.group(1).toLowerCase().replaceAll("[\\s-]", "");
            if (!seen.contains(p)) {
                seen.add(p);
            }
        }
        if (seen.size() < 2 || !(asked.contains(Quantity.WEIGHT_BYTES) || asked.contains(Quantity.TOKENS_PER_SECOND)
                || asked.contains(Quantity.KV_CACHE_BYTES))) {
            return List.of();
        }
        List<List<Known>> out = new ArrayList<>();
        for (String p : seen) {
            List<Known> v = new ArrayList<>();
            v.add(new Known(Quantity.BYTES_PER_VALUE, Precisions.bytes(p), "", Known.Origin.QUESTION, null, 0, 0)
                    .withNote(p.toUpperCase(), p.toUpperCase()));
            out.add(v);
        }
        return out;
    }
}
