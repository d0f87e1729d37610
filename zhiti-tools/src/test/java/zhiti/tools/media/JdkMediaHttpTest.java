package zhiti.tools.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default client's limits; the refusals happen before any connection is opened. */
class JdkMediaHttpTest {

    @Test
    void internalAddressesAndPlainHttpAreRefused() {
        JdkMediaHttp http = new JdkMediaHttp(false);
        assertThatThrownBy(() -> post(http, "https://10.1.2.3/v1/audio/speech"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private");
        assertThatThrownBy(() -> post(http, "https://169.254.169.254/latest/meta-data"))
                .hasMessageContaining("private, link-local");
        assertThatThrownBy(() -> post(http, "https://[fd00::1]/v1")).hasMessageContaining("private");
        assertThatThrownBy(() -> post(http, "https://127.0.0.1/v1")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> post(http, "http://93.184.216.34/v1")).hasMessageContaining("use an https URL");
        assertThatThrownBy(() -> post(http, "file:///etc/passwd")).hasMessageContaining("only http(s)");
    }

    @Test
    void anAnswerOverTheCapIsRefusedAndAnErrorStatusIsReturned() throws IOException {
        try (FakeApi api = new FakeApi().answer(200, "audio/wav", new byte[5_000])) {
            JdkMediaHttp small = new JdkMediaHttp(true, Duration.ofSeconds(10), 1_000);
            assertThatThrownBy(() -> post(small, api.baseUrl() + "/audio/speech"))
                    .isInstanceOf(IOException.class).hasMessageContaining("larger than 1000 bytes");
            api.answer(503, "text/plain", "overloaded".getBytes());
            MediaHttp.Response r = post(new JdkMediaHttp(true), api.baseUrl() + "/audio/speech");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.ok()).isFalse();
            assertThat(MediaApi.reason(r)).isEqualTo("overloaded");
        }
    }

    private static MediaHttp.Response post(MediaHttp http, String url) throws IOException {
        return http.post(URI.create(url), Map.of(), "application/json", "{}".getBytes());
    }
}
