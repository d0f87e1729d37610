package zhiti.agent;

import java.util.Locale;

/** The language of a question and of its answer. */
public enum Lang {
    ZH, EN;

    /** Chinese if the text holds any CJK ideograph, else English. */
    public static Lang detect(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? ZH : EN;
    }

    public static Lang parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "zh", "cn", "zh-cn", "chinese" -> ZH;
            case "en", "english" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + s + "': use zh or en");
        };
    }

    /** Picks the Chinese or the English text. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
