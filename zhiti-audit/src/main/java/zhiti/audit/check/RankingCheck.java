package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;

/**
 * A rank the prose gives a figure that a table of the document lists with its peers: "以 96.4% 的同比增速位居首位"
 * against the growth column that also holds 150.0%; "the biggest spender in 2025E, with a $75.0 billion budget"
 * against a 2025E column holding $105.0 billion; "营收 74 亿美元，排名第 4". The column is the one cell of the
 * document's tables holding the printed figure (with its unit) in a row the sentence names; total and "others" rows
 * are not ranked.
 */
public final class RankingCheck implements Check {
    private static final Pattern HIGH = Pattern.compile("最大|最高|最快|最多|之最|首位|居首|第一|榜首|领先|largest|biggest|highest|fastest|most|top\\b|leading|first",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOW = Pattern.compile("最低|最小|最少|最慢|最便宜|cheapest|lowest|smallest|slowest|least", Pattern.CASE_INSENSITIVE);
    private static final Pattern NTH = Pattern.compile("(?:第|No\\.\\s*)([1-9]|[一二三四五六七八九])|([1-9])(?:st|nd|rd|th)\\b|(second|third|fourth|fifth)[- ](?:largest|biggest|highest)",
            Pattern.CASE_INSENSITIVE);
    private static final String ZH_DIGITS = "一二三四五六七八九";
    private static final List<String> EN_ORD = List.of("second", "third", "fourth", "fifth");

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            List<TableGrid> grids = TableGrid.of(d);
            if (grids.isEmpty()) continue;
            for (Sentence s : d.sentences()) {
                if (TableGrid.isTableRow(s)) continue;
                for (Located n : d.in(s)) {
                    if (n.num().bound() == Num.Bound.RANGE || n.num().isYear()) continue;
                    Claim c = judge(d, s, n, grids);
                    if (c != null) out.add(c);
                }
            }
        }
        return out;
    }

    private Claim judge(Doc d, Sentence s, Located n, List<TableGrid> grids) {
        int from = n.num().start(), to = n.num().end();
        while (from > s.start() && "，,；;。".indexOf(d.text().charAt(from - 1)) < 0) from--;
        if (from > s.start()) { // "…the fastest growth of any vendor, at 80.6%": the rank word may sit one clause before
            from--;
            while (from > s.start() && "，,；;。".indexOf(d.text().charAt(from - 1)) < 0) from--;
        }
        while (to < s.end() && "，,；;。".indexOf(d.text().charAt(to)) < 0) to++;
        int next = to + 1; // "营收 74 亿美元，排名第 4": a short clause after the figure may carry the rank
        while (next < s.end() && "，,；;。".indexOf(d.text().charAt(next)) < 0) next++;
        if (to < s.end() && next - to <= 12) to = next;
        String clause = d.between(from, to);
        Matcher nth = NTH.matcher(clause);
        int rank = 0;
        boolean low = false;
        if (nth.find()) rank = ordinal(nth);
        else if (LOW.matcher(clause).find()) { rank = 1; low = true; }
        else if (HIGH.matcher(clause).find()) rank = 1;
        if (rank == 0) return null;
        // the one column of the document's tables holding the printed figure
        TableGrid grid = null;
        int column = -1;
        double factor = 1; // printed table value → the prose figure's unit
        String sentence = s.text();
        for (TableGrid g : grids)
            for (var row : g.rows().entrySet()) {
                if (!sentence.contains(row.getKey())) continue; // the sentence names whose figure it ranks
                for (var c : row.getValue().entrySet()) {
                    double v = g.valueAs(c.getValue(), c.getKey(), n.num());
                    if (Double.isNaN(v) || Math.abs(v - n.value()) > n.num().rounding() * 1.0001 + Math.abs(v) * 1e-9) continue;
                    if (grid != null && (grid != g || column != c.getKey())) return null; // the figure sits in two columns
                    grid = g;
                    column = c.getKey();
                    factor = c.getValue().value() == 0 ? 1 : v / c.getValue().value();
                }
            }
        if (grid == null) return null;
        List<Map.Entry<String, Located>> peers = new ArrayList<>();
        for (var r : grid.rows().entrySet()) {
            Located cell = r.getValue().get(column);
            if (cell != null) peers.add(Map.entry(r.getKey(), cell));
        }
        if (peers.size() < 3 || rank > peers.size()) return null;
        final boolean ascending = low;
        peers.sort((a, b) -> ascending ? Double.compare(a.getValue().value(), b.getValue().value())
                : Double.compare(b.getValue().value(), a.getValue().value()));
        double mine = n.value() / factor;
        int actual = 1;
        for (var p : peers) if (ascending ? p.getValue().value() < mine - 1e-9 : p.getValue().value() > mine + 1e-9) actual++;
        List<Input> inputs = new ArrayList<>();
        StringBuilder order = new StringBuilder();
        for (var p : peers) {
            inputs.add(Input.of(p.getKey() + ", " + grid.name(), p.getValue()));
            order.append(order.isEmpty() ? "" : ascending ? " < " : " > ").append(p.getKey()).append(" ").append(p.getValue().num().text());
        }
        String want = rank == 1 ? (low ? "the lowest" : "the highest") : "rank " + rank;
        String expl = "in " + grid.name() + ": " + order + "; the printed " + n.num().text() + " is " + (actual == 1 && rank == 1
                ? want : "rank " + actual) + (actual == rank ? "" : ", not " + want);
        return Judge.claim(ClaimKind.RANKING, n, actual == rank ? Verdict.REPRODUCES : Verdict.DISCREPANCY,
                peers.get(rank - 1).getValue().value(), "rank = 1 + the peers " + (low ? "below" : "above") + " it", inputs, expl);
    }

    private static int ordinal(Matcher m) {
        if (m.group(1) != null) {
            String g = m.group(1);
            return Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : ZH_DIGITS.indexOf(g) + 1;
        }
        if (m.group(2) != null) return Integer.parseInt(m.group(2));
        return EN_ORD.indexOf(m.group(3).toLowerCase(java.util.Locale.ROOT)) + 2;
    }
}
