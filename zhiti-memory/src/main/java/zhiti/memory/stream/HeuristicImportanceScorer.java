package zhiti.memory.stream;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rates importance without a model: a base per kind (reflections and facts matter more than raw observations),
 * raised by cues of decisions, failures, deadlines and money, and by concrete numbers; routine chatter is lowered.
 * Always 1..10.
 */
public final class HeuristicImportanceScorer implements ImportanceScorer {
    private static final List<String> STRONG = List.of("决定", "决策", "截止", "失败", "错误", "风险", "重要", "关键", "必须",
            "decide", "decision", "deadline", "fail", "error", "risk", "important", "critical", "must", "budget", "预算");
    private static final List<String> ROUTINE = List.of("你好", "谢谢", "好的", "吃饭", "天气", "hello", "thanks", "ok", "weather", "lunch");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?\\s*(%|亿|万|B|M|T|GB|TB|FLOP|美元|元|\\$)?");

    @Override
    public int score(MemoryKind kind, String text) {
        int s = switch (kind) {
            case REFLECTION -> 6;
            case FACT -> 5;
            case PLAN -> 5;
            case TOOL_RESULT -> 4;
            case OBSERVATION -> 3;
        };
        String t = text.toLowerCase(Locale.ROOT);
        int strong = 0;
        for (String w : STRONG) if (t.contains(w)) strong++;
        s += Math.min(strong, 2) * 2;
        if (NUMBER.matcher(t).find()) s += 1;
        if (t.length() > 200) s += 1;
        for (String w : ROUTINE) if (t.contains(w)) { s -= 2; break; }
        return Math.max(1, Math.min(10, s));
    }
}
