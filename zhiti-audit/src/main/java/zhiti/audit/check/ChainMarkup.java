package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.text.Sentences.Sentence;

/**
 * Reports write their arithmetic in LaTeX ("$2 \text{ 万亿} \cdot 267$", "2.6 \times 10^{24}") or HTML
 * ("10<sup>24</sup>"), and the shared scanner reads such numbers as dollars or as bare digits. This takes the markup
 * out of a sentence, keeping for each remaining character where it was in the document, so that spans found in the
 * cleaned text are spans of the document.
 */
final class ChainMarkup {
    /** Markup removed before scanning; each entry is replaced by its second element. */
    private static final String[][] MARKUP = {
            {"<sup>", "^"}, {"</sup>", ""}, {"<sub>", ""}, {"</sub>", ""}, {"\\times", "×"}, {"\\cdot", "·"},
            {"\\div", "÷"}, {"\\approx", "≈"}, {"\\%", "%"}, {"\\*", "*"}, {"\\$", "$"}, {"\\left", ""}, {"\\right", ""},
            {"\\,", " "}, {"\\;", " "}, {"\\ ", " "}, {"**", ""}};
    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:text|mathrm|textrm|rm|mbox)\\s*\\{");

    /** The sentence with markup removed and where each cleaned character came from. */
    record Cleaned(String text, int[] origin) {
        int toDoc(int i) {
            return i >= origin.length ? origin[origin.length - 1] + 1 : origin[i];
        }
    }

    private ChainMarkup() {
    }

    static Cleaned clean(Sentence s) {
        String t = s.text();
        boolean[] drop = new boolean[t.length()];
        String[] repl = new String[t.length()];
        markMathDollars(t, drop);
        Matcher tm = TEXT_COMMAND.matcher(t);
        while (tm.find()) {
            for (int i = tm.start(); i < tm.end(); i++) drop[i] = true;
            int close = t.indexOf('}', tm.end());
            if (close > 0) drop[close] = true;
        }
        for (String[] m : MARKUP) {
            int i = -1;
            while ((i = t.indexOf(m[0], i + 1)) >= 0) {
                if (drop[i]) continue;
                repl[i] = m[1];
                for (int k = i + 1; k < i + m[0].length(); k++) drop[k] = true;
            }
        }
        StringBuilder b = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (repl[i] != null) {
                for (char c : repl[i].toCharArray()) {
                    b.append(c);
                    origin.add(s.start() + i);
                }
                continue;
            }
            if (drop[i]) continue;
            char c = t.charAt(i);
            b.append(c == '（' ? '(' : c == '）' ? ')' : c == '＝' ? '=' : c);
            origin.add(s.start() + i);
        }
        if (origin.isEmpty()) origin.add(s.start());
        return new Cleaned(b.toString(), origin.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A '$' that opens or closes LaTeX math (its pair holds a command, '^', '=' or braces) is markup, not a dollar. */
    private static void markMathDollars(String t, boolean[] drop) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < t.length(); i++)
            if (t.charAt(i) == '$' && (i == 0 || t.charAt(i - 1) != '\\')) at.add(i);
        for (int k = 0; k + 1 < at.size(); k += 2) {
            String inside = t.substring(at.get(k) + 1, at.get(k + 1));
            if (inside.matches("(?s).*[\\\\^={}].*")) {
                drop[at.get(k)] = true;
                drop[at.get(k + 1)] = true;
            }
        }
    }

    /** A span ending inside markup ends after it: "10<sup>24</sup>", "10^{24}". */
    static int end(String text, int end) {
        for (String m : List.of("</sup>", "}", "$")) if (text.startsWith(m, end)) return end + m.length();
        return end;
    }
}
