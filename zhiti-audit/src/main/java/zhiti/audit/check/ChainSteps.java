package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import zhiti.audit.check.ChainDoc.Read;
import zhiti.audit.check.ChainText.Dim;
import zhiti.audit.check.ChainText.Quantity;

/**
 * Reads a serving-demand passage as the steps of its chain: parameters → FLOP per token → FLOP per query (÷
 * utilisation) → FLOP/s for a day's traffic → chips at a per-chip peak → servers → capex. A passage is a run of
 * sentences in one paragraph, joined across page breaks (a line that ends without a full stop runs on into the
 * next); each of its numbers gets the step its words give it ("每个 token", "每次提问", "每秒", "提供 … 算力",
 * "台", "一台 … 价格"), or none.
 */
final class ChainSteps {
    enum Kind {
        PARAMS, FLOP_PER_TOKEN, TOKENS_PER_QUERY, TOKENS_PER_DAY, TOKENS_PER_SECOND, UTIL, FLOP_PER_QUERY, VISITS_PER_DAY,
        QUERIES_PER_VISIT, QUERIES_PER_DAY, DEMAND, CHIP_PEAK, CHIPS, PER_SERVER, SERVERS, SERVER_PRICE, CAPEX,
        /** A factor or share the chain may also multiply by ("峰值为均值的 3 倍"): steps across it are not judged. */
        MULTIPLIER
    }

    /** One number of the passage with its step and the words before it (across the page break, if any). */
    record Step(Quantity q, Kind kind, String before) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern PER_TOKEN = Pattern.compile("每个?\\s*token|per[- ]token|/\\s*token|each token|每\\s*词元", CI);
    private static final Pattern PER_QUERY = Pattern.compile("每(?:人|个用户)?每?次(?:提问|查询|请求|问答|对话|回答|访问)?|单次(?:提问|查询|请求|问答|对话|回答)|per (?:query|request|prompt|question|answer|response)|each (?:query|request|prompt|question|answer)|/\\s*(?:query|request)", CI);
    private static final Pattern PER_DAY = Pattern.compile("每日|每天|日均|一天|单日|daily|per day|a day|each day|/\\s*(?:day|天)", CI);
    private static final Pattern PER_SECOND = Pattern.compile("每秒|per second|/\\s*s\\b|a second|each second", CI);
    private static final Pattern PER_VISIT = Pattern.compile("每人|人均|每个用户|每位用户|每次访问|per (?:user|visit|visitor|session)|each (?:user|visit|visitor|session)", CI);
    private static final Pattern PEAK = Pattern.compile("提供|峰值|算力为|单卡|每张|每颗|per (?:GPU|chip|card)|each (?:GPU|chip|card)|peak|rated", CI);
    private static final Pattern VISITS = Pattern.compile("访问|人次|visits?|sessions?|users?|用户", CI);
    private static final Pattern QUERIES = Pattern.compile("提问|查询|请求|问答|queries|questions|requests|prompts", CI);
    private static final Pattern WORDS_AFTER = Pattern.compile("^\\s*(?:daily\\s+|a day\\s+)?(visits|visitors|queries|requests|prompts|questions|users|sessions)\\b", CI);
    private static final Pattern SERVER_WORD = Pattern.compile("台|servers?|nodes?|systems?|boxes?|节点", CI);
    private static final Pattern CHIP_WORD = Pattern.compile("张|颗|块|片|卡|个|GPUs?|chips?|cards?|accelerators?", CI);
    private static final Pattern FULL_STOP = Pattern.compile("[。！？!?；;.…]\\s*$|[。！？!?；;.][”」』)）]\\s*$");

    private ChainSteps() {
    }

    /** The passages of a document: runs of sentences of one paragraph, or of lines that run on. */
    static List<List<Read>> passages(ChainDoc cd) {
        List<List<Read>> out = new ArrayList<>();
        List<Read> cur = new ArrayList<>();
        Read prev = null;
        for (Read r : cd.reads()) {
            boolean joins = prev != null && (prev.sentence().paragraph() == r.sentence().paragraph() || runsOn(prev));
            if (!joins && !cur.isEmpty()) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(r);
            prev = r;
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    private static boolean runsOn(Read r) {
        String t = r.sentence().text().strip();
        return !t.isEmpty() && !FULL_STOP.matcher(t).find() && t.length() > 20;
    }

    /** The steps of a passage, in text order; numbers that are operands of a written equation are left out. */
    static List<Step> steps(List<Read> passage) {
        List<Step> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < passage.size(); i++) {
            Read r = passage.get(i);
            int base = text.length();
            text.append(r.cleaned().text());
            boolean runOn = i + 1 < passage.size() && runsOn(r);
            if (!runOn) text.append('。');
            for (Quantity q : r.quantities()) {
                if (isLeaf(r, q)) continue;
                int at = base + Math.min(q.cleanStart(), equationStart(r, q)); // a written result reads the words before its equation
                String before = ChainText.clause(text.substring(Math.max(0, at - 28), at));
                String after = r.cleaned().text().substring(q.cleanEnd(), Math.min(r.cleaned().text().length(), q.cleanEnd() + 24))
                        .split("[，,。；;]", 2)[0];
                Kind k = kind(q, before, after);
                if (k != null) out.add(new Step(q, k, before));
            }
        }
        return out;
    }

    private static boolean isLeaf(Read r, Quantity q) {
        for (ProductExpr.Equation e : r.equations())
            for (ProductExpr.Leaf l : e.leaves()) if (l.q() == q) return true;
        return false;
    }

    private static int equationStart(Read r, Quantity q) {
        int start = Integer.MAX_VALUE;
        for (ProductExpr.Equation e : r.equations())
            if (e.result() == q) for (ProductExpr.Leaf l : e.leaves()) start = Math.min(start, l.q().cleanStart());
        return start;
    }

    private static Kind kind(Quantity q, String before, String after) {
        String around = before + " " + after;
        switch (q.dim()) {
            case PARAMS:
                return Kind.PARAMS;
            case FLOP:
                if (PER_TOKEN.matcher(before).find() || after.matches("(?is)^\\s*(?:/|per|每)\\s*token.*"))
                    return ChainScope.TRAINING.matcher(before).find() ? null : Kind.FLOP_PER_TOKEN; // 6·N a token in training is no serving step
                if (PER_QUERY.matcher(before).find()) return Kind.FLOP_PER_QUERY;
                if (q.perUnit()) return Kind.CHIP_PEAK;
                if (PER_SECOND.matcher(before).find() || q.word().endsWith("/s") && !q.perUnit() && !PEAK.matcher(before).find()) return Kind.DEMAND;
                if (q.perUnit() || PEAK.matcher(before).find()) return Kind.CHIP_PEAK;
                return null;
            case TOKENS:
                if (PER_SECOND.matcher(around).find()) return Kind.TOKENS_PER_SECOND;
                if (PER_DAY.matcher(around).find()) return Kind.TOKENS_PER_DAY;
                return Kind.TOKENS_PER_QUERY;
            case PERCENT:
                return ChainFleet.UTIL_WORD.matcher(before).find() || ChainFleet.UTIL_WORD.matcher(after.length() > 16 ? after.substring(0, 16) : after).find()
                        ? Kind.UTIL : Kind.MULTIPLIER;
            case FACTOR:
                return Kind.MULTIPLIER;
            case COUNT, PLAIN:
                return count(q, before, after);
            case MONEY:
                return q.perUnit() ? Kind.SERVER_PRICE : Kind.CAPEX;
            default:
                return null;
        }
    }

    private static Kind count(Quantity q, String before, String after) {
        if (q.dim() == Dim.COUNT && q.perServer()) return Kind.PER_SERVER;
        String word = q.word();
        var w = WORDS_AFTER.matcher(after);
        if (q.dim() == Dim.PLAIN) {
            if (!w.find()) return null;
            word = w.group(1);
        }
        if (q.hardware() && SERVER_WORD.matcher(word).matches()) return Kind.SERVERS;
        if (q.hardware() && CHIP_WORD.matcher(word).matches()) return Kind.CHIPS;
        boolean daily = PER_DAY.matcher(before + " " + after).find();
        if (PER_VISIT.matcher(before).find() && (word.equals("次") || QUERIES.matcher(word + after).find())) return Kind.QUERIES_PER_VISIT;
        if (VISITS.matcher(word + " " + before + " " + after).find() && daily) return Kind.VISITS_PER_DAY;
        if (daily && (word.equals("次") || QUERIES.matcher(word).find())) return Kind.QUERIES_PER_DAY;
        return null;
    }
}
