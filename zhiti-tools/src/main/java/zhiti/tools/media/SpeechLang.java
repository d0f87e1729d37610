package zhiti.tools.media;

import java.util.Locale;

/** The language text is spoken in, with espeak-ng's voice for it. */
enum SpeechLang {
    ZH("cmn"), EN("en-us");

    /** Text whose letters are at least this share Chinese characters is read as Chinese. */
    static final double CJK_THRESHOLD = 0.3;

    final String espeakVoice;

    SpeechLang(String espeakVoice) {
        this.espeakVoice = espeakVoice;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** zh, en, or auto (by the share of Chinese characters among the letters of {@code text}). */
    static SpeechLang choose(String asked, String text) {
        return switch (asked.trim().toLowerCase(Locale.ROOT)) {
            case "zh", "cmn", "chinese" -> ZH;
            case "en", "english" -> EN;
            case "auto", "" -> cjkShare(text) >= CJK_THRESHOLD ? ZH : EN;
            default -> throw new IllegalArgumentException("lang must be zh, en or auto, got '" + asked + "'");
        };
    }

    /** Han characters ÷ letters (Latin letters and Han characters alike count as letters); 0 for no letters. */
    static double cjkShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return 0;
        }
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return (double) han / letters;
    }
}
