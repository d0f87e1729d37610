package zhiti.brain.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites small Chinese numerals before a counter or period ("七天", "两周", "三十台") as digits. */
final class ChineseNumerals {

    private static final Pattern SMALL = Pattern.compile("([零一二两三四五六七八九十]{1,3})(?=\\s*(?:天|日|周|个星期|星期|个月|台|张|块))");

    private ChineseNumerals() {
    }

    static String toDigits(String text) {
        Matcher m = SMALL.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int v = value(m.group(1));
            m.appendReplacement(sb, v < 0 ? m.group(1) : Integer.toString(v));
        }
        return m.appendTail(sb).toString();
    }

    /** 一..九十九; -1 for forms this does not read. */
    static int value(String s) {
        int tens = s.indexOf('十');
        if (tens < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        int high = tens == 0 ? 1 : digit(s.charAt(0));
        int low = tens == s.length() - 1 ? 0 : digit(s.charAt(tens + 1));
        return high < 0 || low < 0 || s.length() > 3 ? -1 : high * 10 + low;
    }

    private static int digit(char c) {
        return "零一二三四五六七八九".indexOf(c) >= 0 ? "零一二三四五六七八九".indexOf(c) : c == '两' ? 2 : -1;
    }
}
