package zhiti.tools.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a fetched web page into plain text: scripts, styles and other non-text parts dropped, block elements as
 * line breaks, entities decoded, whitespace collapsed. The result is still untrusted text from the web.
 */
final class PageText {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<title\\b[^>]*>(.*?)</title\\s*>", FLAGS);
    private static final Pattern HIDDEN = Pattern.compile(
            "<(script|style|noscript|template|svg|iframe|object|head|select|canvas)\\b[^>]*>.*?</\\1\\s*>", FLAGS);
    private static final Pattern BLOCK = Pattern.compile("</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section"
            + "|article|header|footer|nav|main|aside|blockquote|pre|hr|dl|dt|dd|figure|figcaption|form)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", FLAGS);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("middot", "·"), Map.entry("times", "×"), Map.entry("yen", "¥"), Map.entry("euro", "€"));

    private PageText() {
    }

    /** A page's plain text with its title first. */
    static String fromHtml(String html) {
        String s = COMMENT.matcher(html).replaceAll(" ");
        Matcher t = TITLE.matcher(s);
        String title = t.find() ? inline(t.group(1)) : "";
        s = HIDDEN.matcher(s).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll(" ");
        s = entities(s);
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : s.split("\n")) {
            String l = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return title.isEmpty() ? out.toString() : out.isEmpty() ? title : title + "\n\n" + out;
    }

    /** Text without tags on one line: for titles and snippets, which providers may return with markup. */
    static String inline(String s) {
        return entities(TAG.matcher(s).replaceAll("")).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /**
     * The body decoded with the charset the Content-Type names, else the one a {@code <meta charset>} in the first
     * 2 KB names (Chinese pages are often GBK or GB2312 and say so only there), else UTF-8.
     */
    static String decode(byte[] body, String contentType) {
        Charset cs = charset(contentType == null ? "" : contentType);
        if (cs == null) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            cs = m.find() ? charset("charset=" + m.group(1)) : null;
        }
        return new String(body, cs == null ? StandardCharsets.UTF_8 : cs);
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT).equals("gb2312") ? "GBK" : m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String entities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#")) {
                int cp = e.length() > 1 && (e.charAt(1) == 'x' || e.charAt(1) == 'X')
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                r = Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : "\uFFFD";
            } else {
                r = NAMED.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
