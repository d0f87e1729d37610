package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.ToolName;
import zhiti.econ.catalog.Catalog;

/**
 * A filter on a chip metric — "among the A100, H100, H20 and B200, which have a dense BF16 peak above 500 TFLOPS?",
 * "列出显存超过 100 GB 的加速卡，按显存从大到小排序" — read into one read-only SELECT over the accelerators table. The
 * threshold, the metric's column and the chips named are all that reaches the SQL; the question's text never does.
 */
final class SqlRequests {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ASKS_WHICH = Pattern.compile("\\bwhich\\b|哪些|哪几|\\blist\\b|列出|列举|筛选|\\bshow\\b", F);
    /** Metric words, in the order tried, with the column they mean. */
    private static final List<String[]> METRICS = List.of(
            new String[]{"FP8", "fp8_tflops"}, new String[]{"BF16", "bf16_tflops"}, new String[]{"FP16", "fp16_tflops"},
            new String[]{"FP32", "fp32_tflops"}, new String[]{"TF32", "tf32_tflops"},
            new String[]{"(?:HBM |memory )?bandwidth|带宽", "bandwidth_tb_per_s"},
            new String[]{"memory|显存|HBM", "memory_gb"}, new String[]{"TDP|power|功耗", "tdp_w"});
    private static final Pattern ABOVE = Pattern.compile("(?:above|over|more than|greater than|exceed(?:s|ing)?|at least|≥|>=|>|超过|高于|大于|多于|不低于|至少)"
            + "\\s*(\\d[\\d,]*(?:\\.\\d+)?)", F);
    private static final Pattern BELOW = Pattern.compile("(?:below|under|less than|at most|≤|<=|<|低于|小于|少于|不超过|不高于)\\s*(\\d[\\d,]*(?:\\.\\d+)?)", F);
    private static final Pattern ASCENDING = Pattern.compile("ascending|smallest first|lowest first|从小到大|从低到高|升序", F);

    private final Catalog catalog;

    SqlRequests(Catalog catalog) {
        this.catalog = catalog;
    }

    Optional<ToolBeltRequests.Request> read(String q) {
        if (!ASKS_WHICH.matcher(q).find()) {
            return Optional.empty();
        }
        Matcher above = ABOVE.matcher(q);
        Matcher below = BELOW.matcher(q);
        boolean gt = above.find();
        boolean lt = !gt && below.find();
        if (!gt && !lt) {
            return Optional.empty();
        }
        Optional<String> column = column(q);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        double threshold = Double.parseDouble((gt ? above : below).group(1).replace(",", ""));
        List<String> named = named(q);
        StringBuilder sql = new StringBuilder("SELECT name, ").append(column.get()).append(" FROM accelerators WHERE ")
                .append(column.get()).append(gt ? " > " : " < ").append(number(threshold));
        if (!named.isEmpty()) {
            sql.append(" AND (");
            for (int i = 0; i < named.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append("name ILIKE '%").append(named.get(i)).append("%'");
            }
            sql.append(")");
        }
        sql.append(" ORDER BY ").append(column.get()).append(ASCENDING.matcher(q).find() ? " ASC" : " DESC");
        return Optional.of(new ToolBeltRequests.Request(ToolName.SQL_QUERY,
                ToolBeltMethod.args().put("sql", sql.toString()).put("limit", 50),
                "filter the accelerators table by the metric → list the rows", "chips " + column.get()
                + (gt ? " > " : " < ") + number(threshold)));
    }

    private static Optional<String> column(String q) {
        for (String[] m : METRICS) {
            if (Pattern.compile(m[0], F).matcher(q).find()) {
                return Optional.of(m[1]);
            }
        }
        return Optional.empty();
    }

    /** Catalog chips the question names, as the short names it used (letters and digits only, safe inside SQL). */
    private List<String> named(String q) {
        List<String> out = new ArrayList<>();
        for (var m : catalog.accelerators().mentions(q)) {
            String short_ = m.matched().replaceAll("[^A-Za-z0-9 ]", "").strip();
            if (!short_.isEmpty() && !out.contains(short_)) {
                out.add(short_);
            }
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
