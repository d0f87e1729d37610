package zhiti.audit;

import java.util.regex.Pattern;
import zhiti.audit.text.Unit;

/** Why a number got no recomputation: a forecast, an opinion, a bare stated fact, or no inputs found. */
final class Unchecked {
    private static final Pattern FORECAST = Pattern.compile("预计|预测|有望|将达|将会|预期|展望|到\\s*20[3-9]\\d|forecast|expected|projected|will\\b|by 20[3-9]\\d",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPINION = Pattern.compile("我们认为|认为|或将|可能|也许|we believe|we think|likely|may\\b|might\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CAGR = Pattern.compile("复合|CAGR|compound|年均|annuali[sz]ed", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROWTH = Pattern.compile("增长|增速|同比|下降|上升|提升|growth|grew|increase|rose|fell|decline", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("占|份额|比重|渗透率|share|accounts? for|penetration", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANK = Pattern.compile("第[一二三四五六七八九十\\d]+|排名|位居|最大|最高|领先|largest|biggest|top|rank|leading|first|second|third", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPUTE = Pattern.compile("算力|FLOP|训练|training|GPU|卡|集群|cluster", Pattern.CASE_INSENSITIVE);

    private Unchecked() {
    }

    /** What kind of claim a number makes, read from its unit and the words around it, for claims no check judged. */
    static ClaimKind kind(Corpus.Doc d, Located n) {
        String line = d.between(Math.max(n.sentence().start(), n.num().start() - 24), n.num().start());
        if (n.sentence().text().contains("\t") || n.sentence().text().strip().startsWith("|")) return ClaimKind.TABLE;
        return switch (n.num().unit()) {
            case PERCENT, PERCENT_POINTS -> CAGR.matcher(line).find() ? ClaimKind.CAGR : GROWTH.matcher(line).find() ? ClaimKind.GROWTH
                    : SHARE.matcher(line).find() ? ClaimKind.PERCENTAGE : ClaimKind.PERCENTAGE;
            case FACTOR -> ClaimKind.MULTIPLE;
            case FLOP -> ClaimKind.TRAINING_COMPUTE;
            case FLOP_PER_S -> ClaimKind.PRODUCT;
            default -> RANK.matcher(line).find() ? ClaimKind.RANKING : COMPUTE.matcher(line).find() && n.num().unit() == Unit.DAYS
                    ? ClaimKind.TRAINING_TIME : ClaimKind.VALUE;
        };
    }

    static String reason(Corpus.Doc d, Located n) {
        String s = n.sentence().text();
        if (FORECAST.matcher(s).find()) return "a forecast: nothing printed it can be recomputed from";
        if (OPINION.matcher(s).find()) return "an opinion or estimate, not a computed figure";
        if (n.num().unit() == Unit.PLAIN) return "a bare number: no unit, and nothing it rests on was found";
        return "a stated figure: no inputs it could be recomputed from were found in the documents given";
    }
}
