package zhiti.brain.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import zhiti.agent.Observation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.brain.read.Known;

/**
 * The typed results of the conversation's last computing turn, read back through the tools' signatures, so a
 * follow-up can build on them: "如果一台服务器 8 张卡，需要多少台？" divides the GPUs the last turn sized, "按这个增速，
 * 2030 年会是多少？" compounds the rate it found. A result is offered only while the follow-up leaves its inputs alone
 * — "what about 30 days?" recomputes the fleet rather than reuse the old one — unless the follow-up points at it
 * ("at this rate").
 */
final class PriorResults {

    private static final Pattern POINTS_BACK = Pattern.compile("这个(?:增速|速度|增长率|降速|比例|数量|规模|结果|数)|按此|照此|以此|"
            + "照这(?:个|样)|按这(?:个|样)|这样的速度|"
            + "这么多|那么多|这些(?:卡|GPU|服务器)|\\b(?:this|that|the same) (?:rate|pace|growth|many|number|fleet|cluster|result)|"
            + "\\bthese (?:GPUs|servers|cards)|\\bat (?:this|that) (?:rate|pace)", Pattern.CASE_INSENSITIVE);

    /** One result and every quantity its derivation consumed, through earlier steps too. */
    record Result(Known known, Set<Quantity> inputs) {
    }

    private PriorResults() {
    }

    static boolean pointsBack(String question) {
        return POINTS_BACK.matcher(question).find();
    }

    /** Later steps' results come after earlier ones, so a caller keeping the last of a quantity keeps the latest. */
    static List<Result> read(List<Observation> steps, List<Tool> tools) {
        List<Result> out = new ArrayList<>();
        for (Observation o : steps) {
            Tool tool = tools.stream().filter(t -> t.name().equals(o.step().tool())).findFirst().orElse(null);
            if (!o.ok() || tool == null || o.data() == null) {
                continue;
            }
            List<Signature> used = matching(tool, o);
            Set<Quantity> inputs = EnumSet.noneOf(Quantity.class);
            for (Signature s : used) {
                for (Signature.Input in : s.inputs()) {
                    JsonNode arg = o.step().args().get(in.arg());
                    if (arg == null) {
                        continue;
                    }
                    inputs.add(in.quantity());
                    // an argument equal to an earlier result came from it: inherit what that result consumed
                    out.stream().filter(r -> arg.isNumber() && r.known().isNumber()
                                    && close(arg.asDouble() * in.scale(), r.known().number()))
                            .forEach(r -> inputs.addAll(r.inputs()));
                }
            }
            for (Signature s : used) {
                for (Signature.Output put : s.outputs()) {
                    JsonNode v = o.data().at(put.path());
                    if (v.isNumber()) {
                        out.add(new Result(known(put.quantity(), v.asDouble() * put.scale(), o.data()), Set.copyOf(inputs)));
                    }
                }
            }
        }
        return out;
    }

    /** The signatures the call was made under: its mode's, else every one whose required arguments it gave. */
    private static List<Signature> matching(Tool tool, Observation o) {
        String mode = o.data().path("mode").asText("");
        List<Signature> byMode = tool.signatures().stream().filter(s -> s.mode().equals(mode)).toList();
        if (!byMode.isEmpty()) {
            return byMode;
        }
        return tool.signatures().stream().filter(s -> s.inputs().stream()
                .filter(i -> i.need() == Signature.Need.REQUIRED).allMatch(i -> o.step().args().has(i.arg()))
                && fixedMatch(s, o.step().args())).toList();
    }

    private static boolean fixedMatch(Signature s, JsonNode args) {
        for (Map.Entry<String, JsonNode> e : s.fixed().properties()) {
            if (!e.getValue().equals(args.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Known known(Quantity q, double v, JsonNode data) {
        String unit = q == Quantity.CONVERTED_AMOUNT ? data.path("to").asText("")
                : "as stated".equals(q.unit()) ? data.path("unit").asText("")
                : "USD".equals(q.unit()) ? data.path("currency").asText("USD") : "";
        return new Known(q, v, unit, Known.Origin.CONVERSATION, null, -1, -1);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }
}
