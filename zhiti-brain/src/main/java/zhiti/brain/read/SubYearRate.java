package zhiti.brain.read;

import java.util.regex.Pattern;
import zhiti.econ.units.Formats;

/**
 * A rate stated per quarter or per month ("grows 18% every quarter", "每月环比增长 5%"). The planner's rates are
 * yearly, so such a rate is compounded to its yearly equivalent, (1 + r)^k − 1 for k periods a year, and the note
 * says so; spans in quarters or months are read as fractions of a year, so compounding gives the same result.
 */
final class SubYearRate {

    private static final Pattern PER_QUARTER = Pattern.compile("(?iu)a quarter(?! of| later| ago)|per quarter|each quarter|"
            + "every quarter|quarterly|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\\bQoQ\\b|\\bq/q\\b|"
            + "每季度?|每个季度|每一季度|季度环比|季环比|单季环比|环比(?=\\S{0,6}季)");
    private static final Pattern PER_MONTH = Pattern.compile("(?iu)a month(?! later| ago| earlier| before| after)|per month|"
            + "each month|every month|monthly|month[- ]on[- ]month|month[- ]over[- ]month|\\bMoM\\b|\\bm/m\\b|"
            + "每个?月|每一个月|月环比|月均(?:增长|增速|涨幅|下降|降幅)");
    /** "环比" with quarters in the sentence: quarter on quarter. */
    private static final Pattern SEQUENTIAL = Pattern.compile("环比|sequential(?:ly)?");
    private static final Pattern QUARTERS_NEAR = Pattern.compile("(?iu)季度|quarters?\\b");

    private SubYearRate() {
    }

    /** How many of the rate's periods make a year: 4 for a quarterly rate, 12 for a monthly one, else 1. */
    static int periodsPerYear(String q, int start, int end) {
        // the mention itself may hold the period ("8% a month" is read with its "a month")
        String near = q.substring(Math.max(0, start - 14), end) + " "
                + q.substring(end, Math.min(q.length(), end + 24)).split("[，,。;；？?]", 2)[0];
        if (PER_QUARTER.matcher(near).find()) {
            return 4;
        }
        if (PER_MONTH.matcher(near).find()) {
            return 12;
        }
        if (SEQUENTIAL.matcher(near).find() && QUARTERS_NEAR.matcher(q).find()) {
            return 4;
        }
        return 1;
    }

    /** Each stated rate per quarter or month becomes the yearly rate it compounds to (successive lists stay as they are). */
    static void toYearly(String q, java.util.List<Known> knowns) {
        knowns.replaceAll(k -> {
            int perYear = k.quantity() == zhiti.agent.Quantity.RATE && k.origin() == Known.Origin.QUESTION
                    ? periodsPerYear(q, k.start(), k.end()) : 1;
            return perYear > 1 ? yearly(k, perYear) : k;
        });
    }

    private static final Pattern MONTH = Pattern.compile("(?i)\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");
    private static final java.util.List<String> MONTHS = java.util.List.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec");

    /**
     * "$180k in January, 12% month on month: the December bill?": the span between two months named, as a fraction
     * of a year, when a rate is stated and no other span is.
     */
    static void monthSpan(String q, java.util.List<Known> knowns) {
        boolean rate = knowns.stream().anyMatch(k -> k.quantity() == zhiti.agent.Quantity.RATE);
        if (!rate || knowns.stream().anyMatch(k -> k.quantity() == zhiti.agent.Quantity.PERIODS
                || k.quantity() == zhiti.agent.Quantity.END_DATE)) {
            return;
        }
        java.util.List<java.util.regex.MatchResult> ms = MONTH.matcher(q).results()
                .filter(r -> !(r.group(1).equalsIgnoreCase("may") && !Character.isUpperCase(r.group(1).charAt(0)))).toList();
        if (ms.size() != 2) {
            return;
        }
        int a = MONTHS.indexOf(ms.get(0).group(1).substring(0, 3).toLowerCase(java.util.Locale.ROOT));
        int b = MONTHS.indexOf(ms.get(1).group(1).substring(0, 3).toLowerCase(java.util.Locale.ROOT));
        int months = b > a ? b - a : b + 12 - a;
        String zh = ms.get(0).group(1) + " → " + ms.get(1).group(1) + " = " + months + " 个月 = " + Formats.human(months / 12.0) + " 年";
        String en = ms.get(0).group(1) + " → " + ms.get(1).group(1) + " = " + months + " months = " + Formats.human(months / 12.0) + " years";
        knowns.add(new Known(zhiti.agent.Quantity.PERIODS, months / 12.0, "", Known.Origin.DERIVED, null, ms.get(0).start(),
                ms.get(1).end()).withNote(zh, en));
    }

    /** A rate per quarter or month as the yearly rate it compounds to, the note showing the step. */
    private static Known yearly(Known rate, int perYear) {
        double r = rate.number();
        double annual = Math.pow(1 + r, perYear) - 1;
        String each = Formats.human(r * 100) + "%";
        String eachZh = perYear == 4 ? "每季度 " + each : "每月 " + each;
        String eachEn = each + (perYear == 4 ? " a quarter" : " a month");
        String step = "(1 " + (r < 0 ? "− " : "+ ") + Formats.human(Math.abs(r)) + ")^" + perYear + " − 1 = "
                + Formats.human(annual * 100) + "%";
        return new Known(rate.quantity(), annual, rate.unit(), Known.Origin.DERIVED, null, rate.start(), rate.end())
                .withNote(eachZh + " 折合每年 " + step, eachEn + " compounds to " + step + " a year");
    }
}
