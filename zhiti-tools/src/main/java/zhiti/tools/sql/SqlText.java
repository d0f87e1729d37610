package zhiti.tools.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lexical view of SQL text: where its statements end (at a ';' outside strings, quoted names and comments) and
 * what keyword each begins with. It is one of three independent counts of statements (with JSqlParser and DuckDB's
 * own parser), and it yields the statement text without its terminator so the runner can wrap it in a LIMIT.
 */
final class SqlText {

    private SqlText() {
    }

    /** The statements of {@code sql}, without terminators; segments holding only blanks and comments are dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean code = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int next = skip(sql, i);
            if (next > i) {
                // a string or quoted name is code; a comment is not
                code |= c == '\'' || c == '"' || c == '$';
                i = next;
            } else if (c == ';') {
                if (code) {
                    out.add(sql.substring(start, i));
                }
                start = i + 1;
                code = false;
                i++;
            } else {
                code |= !Character.isWhitespace(c);
                i++;
            }
        }
        if (code) {
            out.add(sql.substring(start));
        }
        return out;
    }

    /** The first keyword of a statement, upper case ("SELECT", "DROP"), skipping comments and '('; "" if none. */
    static String firstKeyword(String statement) {
        int i = 0;
        while (i < statement.length()) {
            char c = statement.charAt(i);
            int next = c == '\'' || c == '"' || c == '$' ? i : skip(statement, i);
            if (next > i) {
                i = next;
            } else if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else {
                int end = i;
                while (end < statement.length() && Character.isLetter(statement.charAt(end))) {
                    end++;
                }
                return statement.substring(i, end).toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** If a string, quoted name or comment starts at {@code i}, the index just past it; else {@code i}. */
    private static int skip(String s, int i) {
        char c = s.charAt(i);
        if (c == '\'' || c == '"') {
            return closeQuote(s, i, c);
        }
        if (c == '-' && s.startsWith("--", i)) {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() : nl + 1;
        }
        if (c == '/' && s.startsWith("/*", i)) {
            int end = s.indexOf("*/", i + 2);
            return end < 0 ? s.length() : end + 2;
        }
        if (c == '$') {
            return dollarQuote(s, i);
        }
        return i;
    }

    /** Past the closing quote; a doubled quote inside is an escaped quote. Unterminated: the end of the text. */
    private static int closeQuote(String s, int i, char q) {
        int j = i + 1;
        while (j < s.length()) {
            if (s.charAt(j) == q) {
                if (j + 1 < s.length() && s.charAt(j + 1) == q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return s.length();
    }

    /** A dollar-quoted string ($$…$$ or $tag$…$tag$); a lone '$' (a parameter such as $1) is not one. */
    private static int dollarQuote(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '$') {
            return i;
        }
        String tag = s.substring(i, j + 1);
        int end = s.indexOf(tag, j + 1);
        return end < 0 ? s.length() : end + tag.length();
    }
}
