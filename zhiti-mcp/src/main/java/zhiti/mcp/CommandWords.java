package zhiti.mcp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a configured command line into words the way a POSIX shell would for plain words and quotes — and does
 * nothing else a shell does: no variables, globs, pipes or command substitution, so a setting can only ever start
 * the one program it names. {@code 'single'} quotes keep everything; {@code "double"} quotes and bare words take
 * a backslash as an escape.
 */
final class CommandWords {

    private CommandWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') quote = 0;
                else word.append(c);
            } else if (c == '\\') {
                if (i + 1 == line.length()) throw new IllegalArgumentException("the command ends with a lone backslash: "
                        + line);
                word.append(line.charAt(++i));
                inWord = true;
            } else if (quote == '"') {
                if (c == '"') quote = 0;
                else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " quote in the command: " + line);
        }
        if (inWord) words.add(word.toString());
        return words;
    }
}
