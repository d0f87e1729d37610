package zhiti.econ.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.econ.units.CalendarDate;

/** The bundled series must hold exactly the seed tables' numbers (../shared/seed-tables), in date order. */
class SeriesCatalogTest {

    private final SeriesCatalog series = SeriesCatalog.builtIn();

    private static List<Map<String, String>> seed(String file) throws IOException {
        return SeedChipTableTest.readCsv(Path.of(System.getProperty("zhiti.shared"), "seed-tables", file));
    }

    @Test
    void everySeriesLoadsWithUnitSourceAndDateConvention() {
        assertThat(series.all()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(series.all()).allSatisfy(s -> {
            assertThat(s.unit()).isNotBlank();
            assertThat(s.source()).isNotBlank();
            assertThat(s.dateConvention()).isNotBlank();
            assertThat(s.points()).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        });
    }

    @Test
    void costPerGflopsMatchesSeed000Table6RowByRow() throws IOException {
        // seed 000 Table 6: ENIAC 1945 at $1.3e14 per GFLOPS (130 万亿美元) down to RX 7600 2023-05 at $0.01
        List<Map<String, String>> rows = seed("S000-T6_gflops_cost.csv");
        Series nominal = series.get("cost per GFLOPS");
        Series real = series.get("cost per GFLOPS (2022 USD)");
        assertThat(nominal.points()).hasSameSizeAs(rows).hasSize(21);
        for (int i = 0; i < rows.size(); i++) {
            var p = nominal.points().get(i);
            assertThat(p.date()).isEqualTo(CalendarDate.parse(rows.get(i).get("date")));
            assertThat(p.value()).isEqualTo(Double.parseDouble(rows.get(i).get("cost_per_gflops_usd_nominal")));
            assertThat(p.note()).isEqualTo(rows.get(i).get("platform"));
            assertThat(real.points().get(i).value())
                    .isEqualTo(Double.parseDouble(rows.get(i).get("cost_per_gflops_usd_2022")));
        }
        assertThat(nominal.first().value()).isEqualTo(1.3e14);
        assertThat(nominal.at("2020-11")).hasSize(3);
        assertThat(nominal.last().date().toString()).isEqualTo("2023-05");
    }

    @Test
    void proseSeriesHoldTheSeedFigures() throws IOException {
        // seed 000: 172 M h/s in 2010-07 and 751 E h/s in 2024-12
        Series btc = series.get("比特币算力");
        assertThat(btc.unit()).isEqualTo("H/s");
        assertThat(btc.first().value()).isEqualTo(172e6);
        assertThat(btc.last().value()).isEqualTo(751e18);
        assertThat(btc.last().date()).isEqualTo(CalendarDate.ofMonth(2024, 12));

        // seed 000 battery section: 3000-4000 $/kWh in 1997, 139 in 2023, 80 forecast for 2030
        Series battery = series.get("battery cost");
        assertThat(battery.first().low().orElseThrow()).isEqualTo(3000);
        assertThat(battery.first().high().orElseThrow()).isEqualTo(4000);
        assertThat(battery.observed()).extracting(p -> p.date().year()).containsExactly(1997, 2002, 2016, 2023);
        assertThat(battery.last().kind()).isEqualTo("forecast");

        for (Map<String, String> r : seed("S000-X1_cloud_market.csv")) {
            if (r.get("segment").equals("total")) {
                assertThat(series.get("cloud market").at(r.get("year")).getFirst().value())
                        .isEqualTo(Double.parseDouble(r.get("market_usd")));
            }
        }
        assertThat(series.get("IaaS market").first().value()).isEqualTo(182e9);

        // seed 000 NEV section: China 31.4% (domestic data) and 38% (summary) for 2023; 41.1% in June 2024
        Series nev = series.get("新能源车渗透率");
        assertThat(nev.at("2023")).extracting(Series.Point::value).containsExactlyInAnyOrder(31.4, 38.0);
        assertThat(nev.observed()).extracting(Series.Point::value).containsExactly(31.4, 41.1);
        assertThat(series.get("world NEV share").first().value()).isEqualTo(18);

        // seed 002: China AI server market 350亿元 (2021) → 1089.4亿元 (2026 forecast)
        Series server = series.get("中国AI服务器市场");
        assertThat(server.first().value()).isEqualTo(35e9);
        assertThat(server.last().value()).isCloseTo(108.94e9, within(1.0));
        assertThat(series.get("中国AI服务器出货量").first().value()).isEqualTo(645_000);
    }

    @Test
    void modelParameterHistoryKeepsEveryGpt4Estimate() throws IOException {
        List<Map<String, String>> rows = seed("S004-X2_model_parameter_history.csv");
        Series params = series.get("model parameter history");
        assertThat(params.points()).hasSameSizeAs(rows);
        assertThat(params.at("2023")).extracting(Series.Point::value).contains(1.76e12, 1.8e12, 1e12);
        assertThat(params.first().value()).isEqualTo(1e8); // Transformer 2017
    }

    @Test
    void unknownSeriesSuggestNeighbours() {
        assertThatThrownBy(() -> series.get("bitcoin hashrat"))
                .isInstanceOf(UnknownNameException.class).hasMessageContaining("bitcoin hash rate");
        // a prefix of a longer name is a hint too
        assertThatThrownBy(() -> series.get("cloud")).hasMessageContaining("cloud market (total)");
    }
}
