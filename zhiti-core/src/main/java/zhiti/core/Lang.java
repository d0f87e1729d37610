package zhiti.core;

import java.util.Locale;

/** The language of a question and of its answer, numbers, dates and units: Chinese or English. */
public enum Lang {
    ZH, EN;

    /** Chinese if the text holds any CJK ideograph, else English. */
    public static Lang detect(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? ZH : EN;
    }

    /** Picks the Chinese or the English text. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }

    /** "zh", "zh-CN", "中文" → ZH; "en", "en-US", "english" → EN. */
    public static Lang parse(String s) {
        String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        if (k.startsWith("zh") || k.equals("中文") || k.equals("chinese")) {
            return ZH;
        }
        if (k.startsWith("en") || k.equals("英文")) {
            return EN;
        }
        throw new IllegalArgumentException("unknown language '" + s + "': use zh or en");
    }

    public static Lang of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }
}
