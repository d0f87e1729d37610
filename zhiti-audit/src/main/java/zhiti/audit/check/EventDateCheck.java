package zhiti.audit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.text.Unit;

/**
 * When a named thing appeared, stated twice with different dates: "2023 年 4 月发布的 GPT-4" in the text and
 * "GPT-4 | 2023 年 3 月" in a table of releases; "2019 年的 Ampere" and "Ampere | 2020 年"; a timeline table listing
 * BERT under 2020 while the text dates it to 2018. Dates are read only where the wording ties them to the name: a
 * release-date column of a table whose row is the name, a timeline row of a year, or "DATE 发布的 NAME",
 * "NAME 于 DATE 发布", "NAME, released in DATE".
 */
public final class EventDateCheck implements Check {
    private static final String NAME = "([A-Z][A-Za-z0-9.\\-]*(?:[ -][A-Z0-9][A-Za-z0-9.\\-]*){0,2})";
    private static final String DATE = "((?:19|20)\\d\\d)\\s*年\\s*(?:(\\d{1,2})\\s*月)?";
    private static final Pattern DATE_OF = Pattern.compile(DATE + "\\s*(?:发布|推出|面世|问世|发表)?的\\s*" + NAME);
    private static final Pattern NAME_ON = Pattern.compile(NAME + "\\s*(?:模型|架构|芯片)?\\s*(?:于|在)\\s*" + DATE + "[^。]{0,120}?(?:发布|推出|面世|问世|发表|诞生|提出)");
    private static final Pattern DATE_LEAD = Pattern.compile("(?:^|[。\\n])\\s*" + DATE + "\\s*[,，][^。\\n]{0,80}?(?:的|发布了?|推出了?)\\s*" + NAME
            + "\\s*[,，][^。\\n]{0,40}?(?:发布|推出|问世|面世)[。.]");
    private static final Pattern RELEASED_EN = Pattern.compile(NAME + ",?\\s+(?:was\\s+)?(?:released|launched|introduced|unveiled|announced)\\s+in\\s+"
            + "(?:(January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?((?:19|20)\\d\\d)");
    private static final Pattern DATE_HEADER = Pattern.compile("发布时间|发布日期|推出时间|发布年份|上市时间|release(?:d| date)?|launch(?:ed| date)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_HEADER = Pattern.compile("^\\s*(?:年份|年度|时间|year)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_DATE = Pattern.compile("^\\s*" + DATE + "|^\\s*((?:19|20)\\d\\d)[-/.](\\d{1,2})");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** @param source where the date was read: one table counts once (it may list one name for two generations) */
    private record Dated(String name, int year, int month, Located at, String how, String source) {
    }

    @Override
    public List<Claim> run(Corpus corpus) {
        Map<String, List<Dated>> byName = new LinkedHashMap<>();
        for (Doc d : corpus.docs()) {
            List<Dated> found = new ArrayList<>();
            prose(d, found);
            tables(d, found);
            for (Dated x : found) byName.computeIfAbsent(key(x.name()), k -> new ArrayList<>()).add(x);
        }
        List<Claim> out = new ArrayList<>();
        for (List<Dated> dates : byName.values())
            for (Dated a : dates) {
                if (dates.stream().anyMatch(b -> b.source().equals(a.source()) && !agree(a, b))) continue; // two generations under one name
                List<Dated> others = dates.stream().filter(b -> !b.source().equals(a.source())).toList();
                if (others.isEmpty() || others.stream().anyMatch(b -> agree(a, b))) continue; // another source backs this date
                {
                    Dated b = others.get(0);
                    String when = b.month() > 0 ? b.year() + "-" + String.format("%02d", b.month()) : String.valueOf(b.year());
                    String mine = a.month() > 0 ? a.year() + "-" + String.format("%02d", a.month()) : String.valueOf(a.year());
                    out.add(new Claim(a.at().doc(), a.at().num().start(), a.at().num().end(), a.at().num().text(), ClaimKind.SAME_FACT,
                            Verdict.INCONSISTENT, a.year(), (double) b.year(), "year", "one event has one date",
                            List.of(Input.of(b.name() + " dated elsewhere (" + b.how() + ")", b.at())),
                            List.of(b.at().doc().equals(a.at().doc()) ? "same document" : b.at().doc()),
                            String.format("%s is dated %s here (%s) and %s %s (%s)", a.name(), mine, a.how(), when,
                                    b.at().doc().equals(a.at().doc()) ? "elsewhere in this document" : "in " + b.at().doc(), b.how()), b.at()));
                }
            }
        return out;
    }

    private static boolean agree(Dated a, Dated b) {
        return a.year() == b.year() && (a.month() == 0 || b.month() == 0 || a.month() == b.month());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    }

    private void prose(Doc d, List<Dated> out) {
        String t = d.text();
        Matcher m = DATE_OF.matcher(t);
        while (m.find()) add(d, out, m.group(3), m.start(1), m.group(1), m.group(2), quote(m.group()), "text@" + m.start());
        m = NAME_ON.matcher(t);
        while (m.find()) add(d, out, m.group(1), m.start(2), m.group(2), m.group(3), quote(m.group()), "text@" + m.start());
        m = DATE_LEAD.matcher(t);
        while (m.find()) add(d, out, m.group(3), m.start(1), m.group(1), m.group(2), quote(m.group()), "text@" + m.start());
        m = RELEASED_EN.matcher(t);
        while (m.find()) {
            String month = m.group(2) == null ? null : String.valueOf(MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
            add(d, out, m.group(1), m.start(3), m.group(3), month, quote(m.group()), "text@" + m.start());
        }
    }

    /** Tab-separated tables: a release-date column with the name in the row's first cell, or a timeline of years. */
    private void tables(Doc d, List<Dated> out) {
        String[] lines = d.text().split("\n", -1);
        int offset = 0;
        int dateCol = -1;
        boolean timeline = false;
        int tableAt = 0;
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 2) {
                dateCol = -1;
                timeline = false;
            } else if (dateCol < 0 && !timeline) {
                for (int i = 1; i < cells.length; i++) if (DATE_HEADER.matcher(cells[i]).find()) { dateCol = i; break; }
                timeline = YEAR_HEADER.matcher(cells[0]).matches();
                tableAt = offset;
            } else if (timeline) {
                Matcher y = CELL_DATE.matcher(cells[0]);
                if (y.find() && y.group(1) != null) {
                    for (int i = 1; i < cells.length; i++)
                        for (String item : cells[i].split("[,，、;；]")) {
                            String name = timelineName(item);
                            if (name != null) add(d, out, name, offset + y.start(1), y.group(1), null, "timeline row " + y.group(1), "table@" + tableAt);
                        }
                }
            } else if (dateCol < cells.length && !cells[0].isBlank()) {
                int at = offset;
                for (int i = 0; i < dateCol; i++) at += cells[i].length() + 1;
                Matcher y = CELL_DATE.matcher(cells[dateCol]);
                if (y.find()) {
                    boolean zh = y.group(1) != null;
                    int ys = zh ? y.start(1) : y.start(3);
                    add(d, out, cells[0].strip(), at + ys, zh ? y.group(1) : y.group(3), zh ? y.group(2) : y.group(4), "table row “" + cells[0].strip() + "”",
                            "table@" + tableAt);
                }
            }
            offset += line.length() + 1;
        }
    }

    /**
     * The thing a timeline item says appeared: "Stable Diffusion 发布", "OPENAI 发布 ChatGPT 4.0" (the object, not the
     * company), "英伟达 Ampere 架构", "谷歌发布基于 transformer 架构的 BERT 模型".
     */
    static String timelineName(String item) {
        Matcher m = ITEM_RELEASED.matcher(item);
        if (m.matches()) return m.group(1);
        m = ITEM_OBJECT.matcher(item);
        if (m.find()) return m.group(1);
        m = ITEM_KIND.matcher(item);
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern ITEM_RELEASED = Pattern.compile("\\s*" + NAME + "\\s*(?:模型|架构)?\\s*(?:发布|推出|问世)\\s*[。.]?\\s*");
    private static final Pattern ITEM_OBJECT = Pattern.compile("(?:发布|推出|发表)\\s*(?:了)?\\s*" + NAME + "\\s*(?:[。.]|$)");
    private static final Pattern ITEM_KIND = Pattern.compile("(?:的|\\s)" + NAME + "\\s*(?:模型|架构)\\s*[。.]?\\s*$");

    private static String quote(String s) {
        String t = s.replaceAll("^[。\\n\\s]+", "").strip();
        return "“" + (t.length() > 60 ? t.substring(0, 57) + "…" : t) + "”";
    }

    private static void add(Doc d, List<Dated> out, String name, int yearAt, String year, String month, String how, String source) {
        if (name == null || name.length() < 3 || !name.matches(".*[A-Za-z].*")) return;
        for (Located n : d.numbers())
            if (n.num().start() == yearAt && n.num().unit() == Unit.YEAR) {
                out.add(new Dated(name.strip(), Integer.parseInt(year), month == null ? 0 : Integer.parseInt(month), n, how, source));
                return;
            }
    }
}
