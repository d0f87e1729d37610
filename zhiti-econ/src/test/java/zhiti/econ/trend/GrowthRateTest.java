package zhiti.econ.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.core.Figure;
import zhiti.econ.SeedTable;

class GrowthRateTest {

    /** Seed 000 Table 7 prints 25.3 years for "since 1997"; its own convention (1997-12-31 → 2023-05-31) gives 25.4. */
    static final double REPORT_YEARS_SINCE_1997 = 25.3;
    /** Seed 002 prints a 2021-2026 CAGR of 20.83% for China's AI-server market (35.0 → 108.94 bn CNY). */
    static final double REPORT_CAGR_2021_2026_PCT = 20.83;

    private static List<DatedValue> table6() {
        List<DatedValue> rows = new ArrayList<>();
        for (Map<String, String> r : SeedTable.rows("S000-T6_gflops_cost.csv")) {
            rows.add(DatedValue.of(r.get("date"), SeedTable.num(r, "cost_per_gflops_usd_2022"), r.get("platform")));
        }
        return rows;
    }

    /** Table 7's "since" rows are the Table 6 rows dated 1945, 1961, 1984, 1997, 2007-08, 2011-03 and 2015-01. */
    private static List<Integer> table7StartRows(List<DatedValue> t6) {
        List<Integer> idx = new ArrayList<>();
        for (String since : List.of("1945", "1961", "1984", "1997", "2007-08", "2011-03", "2015-01")) {
            for (int i = 0; i < t6.size(); i++) {
                if (t6.get(i).printed().equals(since)) {
                    idx.add(i);
                    break;
                }
            }
        }
        return idx;
    }

    /**
     * Seed 000 Table 7 (annual compound decline of 2022-dollar cost per GFLOPS, since each year, to the RX 7600 row
     * of 2023-05) recomputed from Table 6. Reading every partial date as the END of its period (1945 → 1945-12-31,
     * 2023-05 → 2023-05-31) and counting exact days ÷ 365.25 reproduces all seven printed declines within 0.1 pp;
     * that is the convention the report evidently used. Reading them as the start of the period misses the four
     * year-only rows by 0.37-1.25 pp, and a plain calendar-year difference misses by up to 0.87 pp.
     */
    @Test
    void reproducesSeed000Table7FromTable6WithPeriodEndDates() {
        List<DatedValue> t6 = table6();
        List<Map<String, String>> t7 = SeedTable.rows("S000-T7_gflops_compound_decline.csv");
        List<Integer> starts = table7StartRows(t6);
        assertThat(starts).hasSize(7);

        List<Figure> end = GrowthRate.declinesToLast(t6, starts, YearSpan.DAYS_FROM_PERIOD_END, "seed 000 Table 6");
        List<Figure> start = GrowthRate.declinesToLast(t6, starts, YearSpan.DAYS_FROM_PERIOD_START, "seed 000 Table 6");
        List<Figure> calendar = GrowthRate.declinesToLast(t6, starts, YearSpan.CALENDAR, "seed 000 Table 6");
        double worstStart = 0, worstCalendar = 0;
        for (int i = 0; i < 7; i++) {
            double printed = SeedTable.num(t7.get(i), "annual_cost_decline_pct");
            assertThat(end.get(i).value()).as("since %s", t7.get(i).get("since_year")).isCloseTo(printed, within(0.1));
            worstStart = Math.max(worstStart, Math.abs(start.get(i).value() - printed));
            worstCalendar = Math.max(worstCalendar, Math.abs(calendar.get(i).value() - printed));
            assertThat(end.get(i).inputs().get("year convention").toString()).contains("end of their year/month");
        }
        assertThat(worstStart).isGreaterThan(1.0);
        assertThat(worstCalendar).isGreaterThan(0.8);

        // the printed year column agrees with that convention within 0.06 year (15.748 printed as 15.8) except
        // for 1997, where 1997-12-31 → 2023-05-31 is 25.41 years but the report prints 25.3
        for (int i = 0; i < 7; i++) {
            double years = (double) end.get(i).inputs().get("years");
            double printedYears = SeedTable.num(t7.get(i), "years");
            if (t7.get(i).get("since_year").equals("1997")) {
                assertThat(printedYears).isEqualTo(REPORT_YEARS_SINCE_1997);
                assertThat(years).isCloseTo(25.41, within(0.01));
            } else {
                assertThat(years).as("since %s", t7.get(i).get("since_year")).isCloseTo(printedYears, within(0.06));
            }
        }
    }

    /** With the printed year counts of Table 7, the printed declines follow within 0.1 pp (S000-T7R). */
    @Test
    void table7DeclinesFollowFromItsOwnYearColumn() {
        for (Map<String, String> r : SeedTable.rows("S000-T7R_recomputed.csv")) {
            double d = 100 * (1 - Math.pow(SeedTable.num(r, "end_cost_2022usd") / SeedTable.num(r, "start_cost_2022usd"),
                    1 / SeedTable.num(r, "stated_years")));
            assertThat(d).isCloseTo(SeedTable.num(r, "stated_decline_pct"), within(0.1));
            assertThat(d).isCloseTo(SeedTable.num(r, "decline_pct_with_stated_years"), within(0.001));
        }
    }

    /**
     * Seed 002: China's AI-server market 35.0 bn CNY (2021) → 108.94 bn CNY (2026). Five compounding years give
     * 25.49%/year; the printed 20.83% only comes out with six periods (counting the years 2021..2026 inclusive).
     */
    @Test
    void seed002AiServerCagrNeedsFivePeriodsNotSix() {
        List<Map<String, String>> x5 = SeedTable.rows("S002-X5_china_ai_server_market.csv");
        DatedValue from = DatedValue.of(x5.get(0).get("year"), SeedTable.num(x5.get(0), "market_cny"));
        DatedValue to = DatedValue.of(x5.get(1).get("year"), SeedTable.num(x5.get(1), "market_cny"));
        Figure correct = GrowthRate.cagr(from, to, YearSpan.CALENDAR, 1, "seed 002");
        assertThat(correct.value()).isCloseTo(25.49, within(0.01));
        assertThat(correct.inputs()).containsEntry("years", 5.0);
        Figure sixPeriods = GrowthRate.cagr(from.value(), to.value(), 6, "seed 002");
        assertThat(sixPeriods.value()).isCloseTo(REPORT_CAGR_2021_2026_PCT, within(0.005));
        assertThat(correct.value()).isNotCloseTo(REPORT_CAGR_2021_2026_PCT, within(1.0));
    }

    /** Seed 000: a 60%/year price fall halves prices about every 9 months; 30%/year about every two years. */
    @Test
    void halvingTimesMatchSeed000sRulesOfThumb() {
        assertThat(GrowthRate.halvingTime(0.60, "seed 000").value() * 12).isCloseTo(9.1, within(0.1));
        assertThat(GrowthRate.halvingTime(0.30, "seed 000").value()).isCloseTo(1.94, within(0.01));
        assertThat(GrowthRate.doublingTime(1.0, "t").value()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void rowConventionCountsTableSteps() {
        List<DatedValue> rows = List.of(DatedValue.of("2020", 100), DatedValue.of("2021-06", 150), DatedValue.of("2023", 200));
        Figure f = GrowthRate.declinesToLast(rows, List.of(0), YearSpan.ROWS, "t").get(0);
        assertThat(f.inputs()).containsEntry("years", 2.0);
        assertThat(f.value()).isCloseTo(100 * (1 - Math.sqrt(2)), within(1e-9));
    }

    /**
     * Seed 000 (bitcoin section; S000-X3): hash rate 172 MH/s (2010-07) → 751 EH/s (2024-12), "4.4e12 times in 14
     * years", growth "6.4×" a year (i.e. +640%: a factor 7.4), doubling every 4.1 months. The multiple is 4.37e12.
     * The printed growth needs 14.5 years (start of July 2010 to end of December 2024); a plain 14-year count gives
     * a factor 8.0 (+700%), and period-end dates (14.42 years) give +652%. All give a doubling time of 4.0-4.1 months.
     */
    @Test
    void bitcoinHashRateGrowthDependsOnTheYearCount() {
        List<Map<String, String>> x3 = SeedTable.rows("S000-X3_bitcoin_hashrate.csv");
        DatedValue from = DatedValue.of(x3.get(0).get("date"), SeedTable.num(x3.get(0), "hashrate_h_per_s"));
        DatedValue to = DatedValue.of(x3.get(1).get("date"), SeedTable.num(x3.get(1), "hashrate_h_per_s"));
        assertThat(to.value() / from.value()).isCloseTo(4.37e12, within(0.01e12));
        double printedGrowthPct = 640; // "每年复合增速 6.4 倍"
        assertThat(GrowthRate.cagr(from.value(), to.value(), 14.5, "seed 000").value()).isCloseTo(printedGrowthPct, within(5.0));
        assertThat(GrowthRate.cagr(from, to, YearSpan.CALENDAR, 1, "seed 000").value()).isCloseTo(700, within(2.0));
        Figure periodEnd = GrowthRate.cagr(from, to, YearSpan.DAYS_FROM_PERIOD_END, 1, "seed 000");
        assertThat(periodEnd.value()).isCloseTo(652, within(2.0));
        double months = 12 * GrowthRate.doublingTime(periodEnd.value() / 100, "seed 000").value();
        assertThat(months).isCloseTo(4.1, within(0.05));
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> GrowthRate.cagr(DatedValue.of("2023", 1), DatedValue.of("2020", 2), YearSpan.CALENDAR, 1, "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must come after");
        assertThatThrownBy(() -> DatedValue.of("May 2023", 1)).hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> GrowthRate.cagr(-1, 2, 3, "t")).hasMessageContaining("start value must be a positive");
        assertThatThrownBy(() -> YearSpan.parse("fiscal")).hasMessageContaining("days-end");
    }
}
