package zhiti.tools.media;

import java.util.Locale;

/**
 * The words a chart of a catalog series prints by itself (axis name, legend entries, the fit's subtitle), in the
 * language of the request: Chinese when the title or the series name was written in Chinese.
 */
enum ChartWords {
    EN("year", "data", "exponential fit", "log scale"),
    ZH("年份", "数据", "指数拟合", "对数坐标");

    final String year;
    final String data;
    final String fit;
    final String logScale;

    ChartWords(String year, String data, String fit, String logScale) {
        this.year = year;
        this.data = data;
        this.fit = fit;
        this.logScale = logScale;
    }

    static ChartWords of(String... texts) {
        for (String t : texts) {
            if (t != null && SpeechLang.cjkShare(t) > 0) {
                return ZH;
            }
        }
        return EN;
    }

    /** " (log scale)" or "（对数坐标）": a remark after a label. */
    String aside(String remark) {
        return this == ZH ? "（" + remark + "）" : " (" + remark + ")";
    }

    /**
     * The fit in one line: "log-linear fit 1945–2023: ×0.62 per year (−38%/year), halves every 1.45 years,
     * R² 0.97 (21 points)".
     */
    String fitLine(String from, String to, double factor, double percent, boolean rising, double years, double r2,
                   int points) {
        return switch (this) {
            case EN -> String.format(Locale.ROOT, "log-linear fit %s–%s: ×%.3g per year (%+.1f%%/year), %s every "
                    + "%.3g years, R² %.3f (%d points)", from, to, factor, percent, rising ? "doubles" : "halves",
                    years, r2, points);
            case ZH -> String.format(Locale.ROOT, "对数线性拟合 %s–%s：每年 ×%.3g（%+.1f%%/年），每 %.3g 年%s，"
                    + "R² %.3f（%d 个点）", from, to, factor, percent, years, rising ? "翻一番" : "减半", r2, points);
        };
    }
}
