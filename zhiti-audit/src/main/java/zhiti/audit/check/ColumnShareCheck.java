package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/**
 * One table column as a share of another, year by year: "数据中心用电量占全社会用电量的比重由 2021 年的 2.61% 升至 2024 年的
 * 3.65%；其中 2023 年这一比重为 3.63%" against a table with a row per year and the columns 数据中心用电量 and 全社会用电量.
 * The sentence (or, for "这一比重 / this share", the one before it in the paragraph) names both columns around 占 /
 * "share of"; each dated percentage is judged against its year's row.
 */
public final class ColumnShareCheck implements Check {
    private static final Pattern SHARE_LINK = Pattern.compile("占|share of|as a share of|as a percentage of|accounts? for", Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_SHARE = Pattern.compile("这一(?:比重|比例|占比)|该(?:比重|比例|占比)|this (?:share|ratio)", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            List<TableGrowthCheck.Series> columns = TableGrowthCheck.series(d).stream()
                    .filter(TableGrowthCheck.Series::isColumn).toList();
            if (columns.size() < 2) continue;
            TableGrowthCheck.Series[] last = null; // the pair the previous sentence of the paragraph named
            int lastParagraph = -1;
            for (Sentence s : d.sentences()) {
                if (TableGrid.isTableRow(s)) continue;
                TableGrowthCheck.Series[] pair = pair(s.text(), columns);
                if (pair == null && THIS_SHARE.matcher(s.text()).find() && s.paragraph() == lastParagraph) pair = last;
                if (pair != null)
                    for (Located p : d.in(s)) {
                        if (p.num().unit() != Unit.PERCENT || p.num().bound() == Num.Bound.RANGE) continue;
                        int year = Context.yearOf(d, p);
                        Located a = pair[0].byYear().get(year), b = pair[1].byYear().get(year);
                        if (year == 0 || a == null || b == null || b.value() <= 0) continue;
                        double pct = a.value() / b.value() * 100;
                        out.add(Judge.judge(ClaimKind.PERCENTAGE, p, pct, Judge.inputRounding(List.of(a, b)),
                                "share = column A / column B, same year",
                                List.of(Input.of(pair[0].label() + " (" + year + "), " + pair[0].table(), a),
                                        Input.of(pair[1].label() + " (" + year + "), " + pair[1].table(), b)),
                                String.format("%s / %s = %s", a.num().text(), b.num().text(), Judge.pct(pct)), ""));
                    }
                if (pair != null) {
                    last = pair;
                    lastParagraph = s.paragraph();
                }
            }
        }
        return out;
    }

    /** The two columns a sentence names as part and whole: A before a share word ("占"), B after it. */
    private static TableGrowthCheck.Series[] pair(String text, List<TableGrowthCheck.Series> columns) {
        var m = SHARE_LINK.matcher(text);
        while (m.find()) { // "从占比看，A 占 B 的比重…": the share word between two columns, not the first 占
            TableGrowthCheck.Series part = null, whole = null;
            for (TableGrowthCheck.Series c : columns) {
                int before = text.lastIndexOf(c.label(), m.start() - c.label().length());
                int after = text.indexOf(c.label(), m.end());
                if (before >= 0 && before + c.label().length() <= m.start() && (part == null || c.label().length() > part.label().length())) part = c;
                if (after >= 0 && after - m.end() <= 8 && (whole == null || c.label().length() > whole.label().length())) whole = c;
            }
            if (part != null && whole != null && part != whole && part.table().equals(whole.table()))
                return new TableGrowthCheck.Series[] {part, whole};
        }
        return null;
    }
}
