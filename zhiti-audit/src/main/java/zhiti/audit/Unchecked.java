package zhiti.audit;

import java.util.regex.Pattern;
import zhiti.audit.text.Unit;

/** Why a number got no recomputation: a forecast, an opinion, a bare stated fact, or no inputs found. */
final class Unchecked {
    private static final Pattern FORECAST = Pattern.compile("预计|预测|有望|将达|将会|预期|展望|到\\s*20[3-9]\\d|forecast|expected|projected|will\\b|by 20[3-9]\\d",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPINION = Pattern.compile("我们认为|认为|或将|可能|也许|we believe|we think|likely|may\\b|might\\b",
            Pattern.CASE_INSENSITIVE);

    private Unchecked() {
    }

    static String reason(Corpus.Doc d, Located n) {
        String s = n.sentence().text();
        if (FORECAST.matcher(s).find()) return "a forecast: nothing printed it can be recomputed from";
        if (OPINION.matcher(s).find()) return "an opinion or estimate, not a computed figure";
        if (n.num().unit() == Unit.PLAIN) return "a bare number: no unit, and nothing it rests on was found";
        return "a stated figure: no inputs it could be recomputed from were found in the documents given";
    }
}
