package zhiti.app.bench.brain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words that make an answer a refusal, a question back, an acknowledgement or an error, in one place so the
 * checker and its readers agree on them. The refusal wording follows the offline brain's {@code Replies.outOfScope}
 * ("That is outside what I do", "这超出了我的范围"); the rest are common ways to say the same.
 */
public final class AnswerMarkers {

    public static final List<String> REFUSAL = List.of("outside what I do", "超出了我的范围", "out of scope",
            "outside my scope", "not something I can help with", "can't help with", "cannot help with",
            "超出范围", "不在我的范围", "无法帮您", "无法帮你");

    /** A question back: a question mark or a request for the missing input. */
    public static final List<String> ASKING = List.of("?", "？", "please give", "please name", "please provide",
            "please tell", "please specify", "please state", "could you give", "could you tell", "I need to know",
            "请给出", "请补充", "请提供", "请告诉", "请说明", "需要知道", "需要提供");

    public static final List<String> ACKNOWLEDGING = List.of("remembered", "noted", "saved", "got it",
            "I'll remember", "will remember", "forgotten", "forgot", "removed", "deleted", "已记住", "记住了", "已保存",
            "已记录", "记下", "已忘记", "忘记了", "已删除", "已移除");

    /** Case-insensitive; a Java exception's name is matched as written, see {@link #error}. */
    public static final List<String> ERROR = List.of("internal error", "内部错误");

    /** Figure formulas of facts looked up rather than computed, which an answer that asks may still show. */
    public static final List<String> NOT_COMPUTED_FORMULAS = List.of("catalog value", "given");

    /** The citation document of the built-in catalogs, which does not count as quoting the reports. */
    public static final String CATALOG_DOC = "zhiti catalog";

    private AnswerMarkers() {
    }

    /** Case-, width- and whitespace-insensitive text, the form every text rule compares in. */
    public static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
    }

    public static boolean contains(String text, String needle) {
        return fold(text).contains(fold(needle));
    }

    /**
     * The error marker in the answer's own words (not in a passage it quotes): an exception's class name, matched
     * as written so that "with the exception of" is no error, or the words of an internal error.
     */
    static Optional<String> error(String text, Quotes quotes) {
        for (int i = text.indexOf("Exception"); i >= 0; i = text.indexOf("Exception", i + 1)) {
            if (!quotes.quoted(text, i, i + "Exception".length())) {
                return Optional.of("Exception");
            }
        }
        return quotes.firstOwn(text, ERROR);
    }
}
