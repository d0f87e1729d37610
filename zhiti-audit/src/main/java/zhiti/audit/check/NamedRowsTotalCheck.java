package zhiti.audit.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.TablePeriod;
import zhiti.audit.text.Unit;

/**
 * A total the prose gives for rows of a table it names: "项目甲、项目乙两个项目合计投资 80 亿元" against the rows 项目甲 and
 * 项目乙 of a table whose column 总投资（亿元） prints 40 and 30. The clause must name at least two row labels and what
 * the column measures; the column's unit (header or caption) must be the total's kind; a year column must be the
 * year the sentence is about. Any ambiguity (two columns fit, a row named twice) means no verdict.
 */
public final class NamedRowsTotalCheck implements Check {
    private static final Pattern TOTAL = Pattern.compile("(合计|总计|共计|总共|一共|加起来|together|combined|in total|altogether)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_NOISE = Pattern.compile("^\\s*(?:图表|表|Table|Figure)\\s*[\\d.]+\\s*[:：.]?|[（(][^）)]*[）)]|\\s+",
            Pattern.CASE_INSENSITIVE);

    /** One column of one table: its unit, what it measures, its year (0 when not a year column), cells by row label. */
    private record Column(String table, TextTableCheck.Scale scale, String measure, int year, Map<String, Located> cells) {
    }

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            List<Column> columns = columns(d);
            if (columns.isEmpty()) continue;
            for (Sentence s : d.sentences()) {
                if (TableGrid.isTableRow(s) || !TOTAL.matcher(s.text()).find()) continue;
                for (Located t : d.in(s)) {
                    if (!t.num().unit().isAmount() || t.num().unit() == Unit.PLAIN || t.num().bound() == Num.Bound.RANGE) continue;
                    Claim c = judge(d, s, t, columns);
                    if (c != null) out.add(c);
                }
            }
        }
        return out;
    }

    private Claim judge(Doc d, Sentence s, Located t, List<Column> columns) {
        int from = t.num().start();
        while (from > s.start() && "。；;".indexOf(d.text().charAt(from - 1)) < 0) from--;
        String clause = d.between(from, t.num().start());
        if (!TOTAL.matcher(clause).find()) return null;
        int year = Context.yearOf(d, t);
        Column match = null;
        Set<String> named = null;
        for (Column c : columns) {
            if (c.scale().unit() != t.num().unit() || !java.util.Objects.equals(c.scale().currency(), t.num().currency())) continue;
            if (c.year() != 0 ? c.year() != year : !TextTableCheck.names(clause, c.measure())) continue;
            Set<String> labels = new LinkedHashSet<>();
            for (String label : c.cells().keySet()) if (clause.contains(label)) labels.add(label);
            labels.removeIf(l -> labels.stream().anyMatch(o -> !o.equals(l) && o.contains(l))); // "浪潮信息" inside "浪潮信息与…" only once
            if (labels.size() < 2) continue;
            if (match != null) return null; // two columns fit: no way to tell which the total means
            match = c;
            named = labels;
        }
        if (match == null) return null;
        double sum = 0;
        double rounding = t.num().rounding();
        List<Input> inputs = new ArrayList<>();
        StringBuilder expl = new StringBuilder();
        for (String label : named) {
            Located cell = match.cells().get(label);
            sum += cell.value() * match.scale().factor();
            rounding += cell.num().rounding() * match.scale().factor();
            inputs.add(Input.of(label + ", " + match.table(), cell));
            expl.append(expl.isEmpty() ? "" : " + ").append(cell.num().text());
        }
        expl.append(" = ").append(Judge.fmt(sum / match.scale().factor())).append(" ").append(match.scale().text());
        return Judge.judge(ClaimKind.SUM, t, sum, rounding / Math.max(Math.abs(sum), 1e-9), "total = Σ the rows it names",
                inputs, expl.toString(), "the named rows add up to " + Judge.fmt(sum / match.scale().factor()) + " "
                        + match.scale().text());
    }

    /** Every column of the document's tables with a printed unit and at least two labelled rows of bare numbers. */
    private static List<Column> columns(Doc d) {
        List<Column> out = new ArrayList<>();
        for (TableGrid g : TableGrid.of(d))
            for (var h : g.headers().entrySet()) {
                int c = h.getKey();
                TextTableCheck.Scale scale = g.scales().get(c);
                if (scale == null) continue;
                Map<String, Located> cells = new HashMap<>();
                for (var r : g.rows().entrySet()) {
                    Located at = r.getValue().get(c);
                    if (at != null && at.num().unit() == Unit.PLAIN) cells.put(r.getKey(), at); // a cell's own unit would override the header's
                }
                if (cells.size() < 2) continue;
                TablePeriod p = TablePeriod.parse(h.getValue());
                boolean yearColumn = p != null && p.perYear() == 1;
                String measure = CAPTION_NOISE.matcher(h.getValue().replaceAll("(?:19|20)\\d\\d\\s*年?", "") + " "
                        + (yearColumn ? g.caption() : "")).replaceAll("");
                out.add(new Column(g.name(), scale, measure, yearColumn ? p.year() : 0, cells));
            }
        return out;
    }
}
