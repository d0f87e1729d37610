package zhiti.econ.units;

import java.util.Locale;

/** Output language for numbers, dates and units: Chinese or English. */
public enum Lang {
    ZH, EN;

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
