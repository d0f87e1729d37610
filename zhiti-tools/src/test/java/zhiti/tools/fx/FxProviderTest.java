package zhiti.tools.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static zhiti.tools.fx.FxConvertToolTest.failure;
import static zhiti.tools.fx.FxConvertToolTest.ok;

import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.agent.Settings;
import zhiti.agent.ToolRegistry;
import zhiti.tools.net.FakeServer;
import zhiti.tools.net.FakeServer.Reply;
import zhiti.tools.net.Outbound;

/** fx_convert with a configured Frankfurter-compatible provider: a fake one on 127.0.0.1. */
class FxProviderTest {

    private static ToolRegistry tools(FakeServer s) {
        Settings cfg = Settings.none().with(Outbound.ALLOW_HOSTS, "127.0.0.1:" + s.port())
                .with(FrankfurterRates.URL, s.base() + "/v1");
        return new ToolRegistry().register(FxConvertTool.create(cfg));
    }

    @Test
    void theLatestRateComesFromTheProvider() {
        try (FakeServer s = FakeServer.start()) {
            s.on("/v1/latest", r -> Reply.json("{\"amount\":1.0,\"base\":\"USD\",\"date\":\"2025-06-13\","
                    + "\"rates\":{\"CNY\":7.1823}}"));
            Observation o = ok(tools(s), "{\"amount\":10,\"from\":\"美元\",\"to\":\"人民币\"}");
            assertThat(s.requests().get(0).uri().getQuery()).isEqualTo("from=USD&to=CNY");
            assertThat(o.data().get("rate").asDouble()).isEqualTo(7.1823);
            assertThat(o.data().get("converted").asDouble()).isEqualTo(71.823);
            assertThat(o.data().get("basis").asText()).isEqualTo("provider");
            assertThat(o.data().get("date_used").asText()).isEqualTo("2025-06-13");
            assertThat(o.figures().get(0).source()).contains(s.base() + "/v1").contains("2025-06-13");
            assertThat(o.summary()).doesNotContain("stale");
        }
    }

    @Test
    void aDateAfterTheBundledHistoryIsAskedOfTheProviderAndOneInsideItIsNot() {
        try (FakeServer s = FakeServer.start()) {
            s.on("/v1/2024-05-11", r -> Reply.json("{\"amount\":1.0,\"base\":\"EUR\",\"date\":\"2024-05-10\","
                    + "\"rates\":{\"USD\":1.0772}}"));
            ToolRegistry t = tools(s);
            Observation o = ok(t, "{\"from\":\"EUR\",\"to\":\"USD\",\"date\":\"2024-05-11\"}");
            assertThat(o.data().get("rate").asDouble()).isEqualTo(1.0772);
            assertThat(o.summary()).contains("the provider has no rate for 2024-05-11").contains("2024-05-10");
            Observation bundled = ok(t, "{\"from\":\"EUR\",\"to\":\"USD\",\"date\":\"2020-03-06\"}");
            assertThat(bundled.data().get("basis").asText()).isEqualTo("ecb");
            assertThat(s.requests()).hasSize(1);
        }
    }

    @Test
    void aFailingProviderFallsBackForTheLatestAndIsAnErrorForALaterDate() {
        try (FakeServer s = FakeServer.start()) {
            s.on("/v1", r -> Reply.of(503, "text/plain", new byte[]{'x'}, false));
            ToolRegistry t = tools(s);
            Observation o = ok(t, "{\"from\":\"USD\",\"to\":\"CNY\"}");
            assertThat(o.data().get("basis").asText()).isEqualTo("ecb");
            assertThat(o.data().get("date_used").asText()).isEqualTo("2023-02-21");
            assertThat(o.summary()).contains("failed (the fx provider").contains("HTTP 503").contains("may be stale");
            assertThat(failure(t, "{\"from\":\"USD\",\"to\":\"CNY\",\"date\":\"2024-01-02\"}"))
                    .contains("after the bundled ECB history").contains("HTTP 503").contains("state the rate");
        }
    }
}
