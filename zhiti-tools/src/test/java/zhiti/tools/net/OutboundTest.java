package zhiti.tools.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zhiti.agent.Settings;
import zhiti.tools.net.FakeServer.Reply;

/**
 * The guarded client. Address checks use literal IPs and an injected resolver, so they never touch the network;
 * the fake servers listen on 127.0.0.1, which a test reaches only through an explicit exemption (net.allow_hosts
 * for exactly that host and port, or net.allow_private).
 */
class OutboundTest {

    private static final Outbound STRICT = Outbound.fromSettings(Settings.none());

    private static Outbound allowing(FakeServer s, Settings more) {
        return Outbound.fromSettings(more.with(Outbound.ALLOW_HOSTS, "127.0.0.1:" + s.port()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1/|loopback",
            "http://127.8.9.10:8080/x|loopback",
            "http://localhost:8080/|loopback",
            "http://10.1.2.3/|private",
            "http://172.16.5.4/|private",
            "http://172.31.255.255/|private",
            "https://192.168.1.1/admin|private",
            "http://169.254.169.254/latest/meta-data/|cloud metadata",
            "http://100.64.0.1/|carrier-grade NAT",
            "http://224.0.0.251/|multicast",
            "http://0.0.0.0:8080/|unspecified",
            "http://255.255.255.255/|broadcast",
            "http://[::1]:8080/|loopback",
            "http://[::]/|unspecified",
            "http://[fd12:3456::1]/|unique-local",
            "http://[fe80::1]/|link-local",
            "http://[ff02::1]/|multicast",
            "http://[::ffff:127.0.0.1]/|loopback",
            "http://[::ffff:a9fe:a9fe]/|link-local",
            "http://[64:ff9b::a00:1]/|private",
            "http://[::10.0.0.1]/|private"})
    void refusesWhatIsNotThePublicInternet(String url, String reason) {
        assertThatThrownBy(() -> STRICT.check(URI.create(url))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refused").hasMessageContaining(reason).hasMessageContaining("net.allow_hosts");
    }

    @ParameterizedTest
    @CsvSource({"http://172.32.0.1/", "http://100.128.0.1/", "https://8.8.8.8/", "http://[2001:4860:4860::8888]/",
            "http://11.0.0.1/", "http://169.253.1.1/"})
    void letsPublicAddressesThrough(String url) {
        assertThatCode(() -> STRICT.check(URI.create(url))).doesNotThrowAnyException();
    }

    @Test
    void refusesOtherSchemesAndMissingHosts() {
        assertThatThrownBy(() -> STRICT.check(URI.create("ftp://example.com/x"))).hasMessageContaining("only http");
        assertThatThrownBy(() -> STRICT.check(URI.create("file:///etc/passwd"))).hasMessageContaining("only http");
        assertThatThrownBy(() -> STRICT.check(URI.create("/relative"))).hasMessageContaining("not an absolute URL");
        assertThatThrownBy(() -> STRICT.check(URI.create("http:///nohost"))).hasMessageContaining("no host");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefused() throws Exception {
        Map<String, InetAddress[]> dns = Map.of(
                "rebind.example", new InetAddress[]{InetAddress.getByName("127.0.0.1")},
                "mixed.example", new InetAddress[]{InetAddress.getByName("93.184.215.14"),
                        InetAddress.getByName("10.0.0.7")},
                "public.example", new InetAddress[]{InetAddress.getByName("93.184.215.14")});
        Outbound o = Outbound.fromSettings(Settings.none(), host -> {
            InetAddress[] a = dns.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            return a;
        });
        assertThatThrownBy(() -> o.check(URI.create("https://rebind.example/"))).hasMessageContaining(
                "rebind.example resolves to 127.0.0.1, a loopback address");
        // every address counts, not only the first
        assertThatThrownBy(() -> o.check(URI.create("https://mixed.example/"))).hasMessageContaining("10.0.0.7");
        assertThatCode(() -> o.check(URI.create("https://public.example/"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> o.check(URI.create("https://nowhere.example/"))).hasMessageContaining("cannot resolve");
    }

    @Test
    void theExemptionsAreExplicit() {
        URI local = URI.create("http://127.0.0.1:4711/");
        assertThatCode(() -> Outbound.fromSettings(Settings.none().with(Outbound.ALLOW_PRIVATE, "true")).check(local))
                .doesNotThrowAnyException();
        Outbound onePort = Outbound.fromSettings(Settings.none().with(Outbound.ALLOW_HOSTS, "127.0.0.1:4711"));
        assertThatCode(() -> onePort.check(local)).doesNotThrowAnyException();
        assertThatThrownBy(() -> onePort.check(URI.create("http://127.0.0.1:4712/"))).hasMessageContaining("loopback");
        assertThatThrownBy(() -> Outbound.fromSettings(Settings.none().with(Outbound.ALLOW_PRIVATE, "maybe")))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> Outbound.fromSettings(Settings.none().with(Outbound.TIMEOUT_S, "0")))
                .hasMessageContaining("net.timeout_s");
    }

    @Test
    void getsAndPostsThroughTheGuard() throws Exception {
        try (FakeServer s = FakeServer.start()) {
            s.on("/echo", r -> Reply.of(200, "text/plain; charset=GBK", (r.method() + " " + r.text() + " 人民币")
                    .getBytes(Charset.forName("GBK")), false));
            Outbound o = allowing(s, Settings.none());
            Outbound.Response get = o.get(s.uri("/echo"), Map.of("Accept", "text/plain"));
            assertThat(get.status()).isEqualTo(200);
            assertThat(get.text()).isEqualTo("GET  人民币");
            Outbound.Response post = o.post(s.uri("/echo"), Map.of(), "text/plain", FakeServer.bytes("汇率"));
            assertThat(post.text()).isEqualTo("POST 汇率 人民币");
            assertThat(s.requests().get(1).headers().getFirst("Content-Type")).isEqualTo("text/plain");
            // without the exemption the same server is out of reach
            assertThatThrownBy(() -> STRICT.get(s.uri("/echo"), Map.of())).hasMessageContaining("loopback");
        }
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeAnyRequestIsSent() {
        try (FakeServer first = FakeServer.start(); FakeServer inside = FakeServer.start()) {
            inside.on("/", r -> Reply.json("{\"secret\":true}"));
            first.on("/to-inside", r -> Reply.redirect(302, inside.uri("/admin").toString()));
            first.on("/to-metadata", r -> Reply.redirect(307, "http://169.254.169.254/latest/meta-data/iam"));
            first.on("/to-v6", r -> Reply.redirect(301, "http://[::1]:" + inside.port() + "/"));
            // only the first hop is exempt: exactly 127.0.0.1 on the first server's port
            Outbound o = allowing(first, Settings.none());
            assertThatThrownBy(() -> o.get(first.uri("/to-inside"), Map.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused " + inside.uri("/admin"))
                    .hasMessageContaining("loopback");
            assertThatThrownBy(() -> o.get(first.uri("/to-metadata"), Map.of())).hasMessageContaining("link-local");
            assertThatThrownBy(() -> o.get(first.uri("/to-v6"), Map.of())).hasMessageContaining("::1");
            assertThat(inside.requests()).isEmpty();
            assertThat(first.requests()).hasSize(3);
        }
    }

    @Test
    void redirectsAreFollowedAtMostThreeTimes() throws Exception {
        try (FakeServer s = FakeServer.start()) {
            s.on("/hop", r -> {
                int n = Integer.parseInt(r.uri().getQuery().substring(2));
                return n == 0 ? Reply.json("{\"arrived\":true}") : Reply.redirect(302, "/hop?n=" + (n - 1));
            });
            Outbound o = allowing(s, Settings.none());
            assertThat(o.get(s.uri("/hop?n=3"), Map.of()).text()).isEqualTo("{\"arrived\":true}");
            assertThatThrownBy(() -> o.get(s.uri("/hop?n=4"), Map.of())).isInstanceOf(IOException.class)
                    .hasMessageContaining("after 3 redirects");
        }
    }

    @Test
    void aSeeOtherAfterAPostBecomesAGetAndCredentialsStayWithTheirOrigin() throws Exception {
        try (FakeServer api = FakeServer.start(); FakeServer other = FakeServer.start()) {
            other.on("/done", r -> Reply.json("{}"));
            api.on("/search", r -> Reply.redirect(303, other.uri("/done").toString()));
            Outbound o = Outbound.fromSettings(Settings.none().with(Outbound.ALLOW_PRIVATE, "true"));
            o.post(api.uri("/search"), Map.of("X-Subscription-Token", "secret-key", "Accept", "application/json"),
                    "application/json", FakeServer.bytes("{\"q\":1}"));
            FakeServer.Request second = other.requests().get(0);
            assertThat(second.method()).isEqualTo("GET");
            assertThat(second.body()).isEmpty();
            assertThat(second.headers().getFirst("X-Subscription-Token")).isNull();
            assertThat(second.headers().getFirst("Accept")).isEqualTo("application/json");
            assertThat(api.requests().get(0).headers().getFirst("X-Subscription-Token")).isEqualTo("secret-key");
        }
    }

    @Test
    void aBodyPastTheLimitIsNotRead() {
        byte[] big = new byte[64 * 1024];
        try (FakeServer s = FakeServer.start()) {
            s.on("/sized", r -> Reply.of(200, "application/octet-stream", big, false));
            s.on("/chunked", r -> Reply.of(200, "application/octet-stream", big, true));
            Outbound o = allowing(s, Settings.none().with(Outbound.MAX_BYTES, "1024"));
            assertThatThrownBy(() -> o.get(s.uri("/sized"), Map.of())).isInstanceOf(IOException.class)
                    .hasMessageContaining("exceeds the limit of 1 KiB (net.max_bytes)");
            // no Content-Length: the limit is enforced while reading
            assertThatThrownBy(() -> o.get(s.uri("/chunked"), Map.of())).isInstanceOf(IOException.class)
                    .hasMessageContaining("exceeds the limit of 1 KiB");
        }
    }

    @Test
    void theTimeoutBoundsTheWholeExchange() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (FakeServer s = FakeServer.start()) {
            s.on("/silent", r -> {
                await(release);
                return Reply.json("{}");
            });
            s.onRaw("/dribble", ex -> {
                // headers at once, then the body never finishes: a per-request header timeout would not catch it
                ex.sendResponseHeaders(200, 0);
                OutputStream out = ex.getResponseBody();
                out.write('{');
                out.flush();
                await(release);
            });
            Outbound o = allowing(s, Settings.none().with(Outbound.TIMEOUT_S, "0.5"));
            assertThatThrownBy(() -> o.get(s.uri("/silent"), Map.of())).isInstanceOf(HttpTimeoutException.class)
                    .hasMessageContaining("within 0.5 s (net.timeout_s)");
            assertThatThrownBy(() -> o.get(s.uri("/dribble"), Map.of())).isInstanceOf(HttpTimeoutException.class)
                    .hasMessageContaining("within 0.5 s");
        } finally {
            release.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
