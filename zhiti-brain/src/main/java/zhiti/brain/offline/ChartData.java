package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a plot request states itself, as chart arguments: "GTX 280 (2008) 240, GTX 480 (2010) 480, …"
 * (points by year), "2002年1000美元，2016年244美元，…" (a line over years), "China 7214 TWh, United States 4272, …" or
 * "GPT-1 1.17亿，GPT-2 15亿，…" (bars by label).
 */
final class ChartData {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万亿|亿|万|千|trillion|billion|million|thousand|bn|[kKMB](?![A-Za-z]))?";
    private static final Pattern LABEL_YEAR_VALUE = Pattern.compile("([A-Za-z\\p{IsHan}][\\w .\\-\\p{IsHan}]{0,30}?)\\s*[（(]\\s*((?:19|20)\\d\\d)\\s*[)）]\\s*[:：]?\\s*" + NUMBER, F);
    private static final Pattern YEAR_VALUE = Pattern.compile("((?:19|20)\\d\\d)\\s*(?:年)?\\s*(?:[:：=]|预计|约|为|是|达到?|in)?\\s*(?:约|大约|about|~)?\\s*[$¥€]?\\s*" + NUMBER, F);
    /** "China 7214 TWh", "GPT-1 1.17亿", "A: 3万美元": the label is all before the last number (names hold digits). */
    private static final Pattern LABEL_VALUE = Pattern.compile("^\\s*(?:and\\s+|和|以及)?([A-Za-z\\p{IsHan}][\\w .\\-\\p{IsHan}]{0,40})(?:\\s+|\\s*[:：=]\\s*|(?<=\\p{IsHan}))"
            + "(?:约|大约|about|~)?\\s*[$¥€]?\\s*" + NUMBER + "\\s*\\S{0,8}\\s*$", F);
    private static final Pattern BAR = Pattern.compile("\\bbar\\b|柱状|柱形|条形", F);
    private static final Pattern SCATTER = Pattern.compile("scatter|散点", F);

    private ChartData() {
    }

    /** Chart arguments with the stated series, or empty when fewer than two values are stated. */
    static Optional<ObjectNode> read(String q) {
        String data = q.contains(":") || q.contains("：") ? q.substring(Math.max(q.indexOf(':'), q.indexOf('：')) + 1) : q;
        String title = title(q, data);
        List<double[]> points = new ArrayList<>();
        Matcher t = LABEL_YEAR_VALUE.matcher(data);
        while (t.find()) {
            points.add(new double[]{Double.parseDouble(t.group(2)), RequestText.number(t.group(3), t.group(4))});
        }
        if (points.size() >= 2) {
            return Optional.of(xy(SCATTER.matcher(q).find() || !BAR.matcher(q).find() ? "scatter" : "line", title, points));
        }
        Matcher y = YEAR_VALUE.matcher(data);
        while (y.find()) {
            points.add(new double[]{Double.parseDouble(y.group(1)), RequestText.number(y.group(2), y.group(3))});
        }
        if (points.size() >= 2 && !BAR.matcher(q).find()) {
            return Optional.of(xy(SCATTER.matcher(q).find() ? "scatter" : "line", title, points));
        }
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String part : data.split("[,，、;；]|\\band\\b")) {
            Matcher m = LABEL_VALUE.matcher(part.replaceAll("[。.?？!！]+\\s*$", ""));
            if (m.find()) {
                labels.add(m.group(1).strip());
                values.add(RequestText.number(m.group(2), m.group(3)));
            }
        }
        if (labels.size() < 2) {
            return Optional.empty();
        }
        ObjectNode a = ToolBeltMethod.args().put("kind", "bar").put("title", title);
        ArrayNode cats = a.putArray("categories");
        labels.forEach(cats::add);
        ObjectNode s = a.putArray("series").addObject().put("name", title);
        ArrayNode ys = s.putArray("y");
        values.forEach(ys::add);
        if (values.stream().mapToDouble(Double::doubleValue).max().orElse(1)
                / Math.max(1e-300, values.stream().mapToDouble(Double::doubleValue).min().orElse(1)) > 1000) {
            a.put("log_y", true); // GPT-1 to GPT-4 spans four orders of magnitude
        }
        return Optional.of(a);
    }

    private static ObjectNode xy(String kind, String title, List<double[]> points) {
        ObjectNode a = ToolBeltMethod.args().put("kind", kind).put("title", title).put("x_label", "year");
        ObjectNode s = a.putArray("series").addObject().put("name", title);
        ArrayNode xs = s.putArray("x");
        ArrayNode ys = s.putArray("y");
        points.forEach(p -> {
            xs.add(p[0]);
            ys.add(p[1]);
        });
        return a;
    }

    /** The words before the data ("2022 electricity consumption"), without the command. */
    private static String title(String q, String data) {
        int colon = Math.max(q.indexOf(':'), q.indexOf('：'));
        String head = colon > 0 ? q.substring(0, colon) : q;
        head = head.replaceAll("^(?:请|帮我)?把\\s*(.+?)\\s*(?:画成|做成|绘制成).*$", "$1");
        head = head.replaceAll("(?i)^(?:please\\s+)?(?:make|draw|plot|create|give)(?: me)?\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:chart|graph|plot)\\s*(?:of|showing)?\\s*", "")
                .replaceAll("^(?:请|帮我)?(?:做|画|绘制|生成)(?:一张|一个|个)?(?:折线图|柱状图|散点图|图表|图)\\s*[:：]?", "")
                .replaceAll("(?i)\\s*(?:scatter chart|bar chart|line chart)\\s*(?:please)?\\s*[—-]*\\s*", " ").strip();
        if (head.isBlank() || head.matches("(?i)(?:scatter|bar|line)?\\s*(?:chart|graph|plot)?")) {
            // "做一张折线图：光伏组件每瓦价格，2010年…": the subject opens the data
            head = data.split("[,，、;；\\d]", 2)[0].strip();
        }
        if (head.length() > 60) {
            head = head.substring(0, 60);
        }
        return head.isBlank() ? "chart" : head;
    }
}
