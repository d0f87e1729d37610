package zhiti.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhiti.agent.Settings;

/** Reading the configured servers: commands split without a shell, URLs limited to http(s) and public hosts. */
class McpServerSettingsTest {

    @Test
    void aCommandIsSplitIntoWordsWithQuotesAndNothingElseAShellDoes() {
        assertThat(CommandWords.split("node  '/opt/my servers/index.js' stdio")).containsExactly("node",
                "/opt/my servers/index.js", "stdio");
        assertThat(CommandWords.split("run \"a \\\"b\\\" c\" d\\ e ''")).containsExactly("run", "a \"b\" c", "d e", "");
        assertThat(CommandWords.split("echo $HOME; rm -rf / | tee `x`")).containsExactly("echo", "$HOME;", "rm", "-rf",
                "/", "|", "tee", "`x`");
        assertThatThrownBy(() -> CommandWords.split("node 'unclosed")).hasMessageContaining("unclosed ' quote");
    }

    @Test
    void aStdioServerTakesItsCommandArgsAndTimeout() {
        Settings s = Settings.none().with("mcp.servers", "calc").with("mcp.calc.command", "python3 -m calc")
                .with("mcp.calc.args", "--stdio 'two words'").with("mcp.calc.timeout", "2.5");
        McpServerSettings c = McpServerSettings.read(s, McpServerSettings.names(s).get(0));
        assertThat(c.stdio()).isTrue();
        assertThat(c.command()).containsExactly("python3", "-m", "calc", "--stdio", "two words");
        assertThat(c.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(c.key()).isEmpty();
    }

    @Test
    void settingsThatCannotWorkSayWhichKeyToFix() {
        Settings s = Settings.none();
        assertThatThrownBy(() -> McpServerSettings.read(s, "x")).hasMessageContaining("mcp.x.command")
                .hasMessageContaining("mcp.x.url");
        assertThatThrownBy(() -> McpServerSettings.read(s.with("mcp.x.command", "a").with("mcp.x.url", "https://e.com"), "x"))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> McpServerSettings.read(s, "a.b")).hasMessageContaining("server name");
        assertThatThrownBy(() -> McpServerSettings.read(s.with("mcp.x.url", "file:///etc/passwd"), "x"))
                .hasMessageContaining("must be an http(s) URL");
        assertThatThrownBy(() -> McpServerSettings.read(s.with("mcp.x.url", "ftp://example.com/mcp"), "x"))
                .hasMessageContaining("must be an http(s) URL");
        assertThatThrownBy(() -> McpServerSettings.read(s.with("mcp.x.url", "https://u:p@example.com/mcp"), "x"))
                .hasMessageContaining("mcp.x.key");
        assertThatThrownBy(() -> McpServerSettings.read(s.with("mcp.x.command", "a").with("mcp.x.timeout", "0"), "x"))
                .hasMessageContaining("mcp.x.timeout");
    }

    @Test
    void aLoopbackOrPrivateUrlNeedsAllowPrivate() {
        for (String url : List.of("http://127.0.0.1:9/mcp", "http://localhost/mcp", "http://10.1.2.3/mcp",
                "http://192.168.0.7/mcp", "http://169.254.169.254/latest", "http://[::1]:8080/mcp", "http://[fd00::1]/",
                "http://100.64.0.1/", "http://0.0.0.0/")) {
            McpServerSettings c = McpServerSettings.read(Settings.none().with("mcp.p.url", url), "p");
            assertThatThrownBy(() -> PrivateAddresses.check(c)).as(url).hasMessageContaining("mcp.p.allow_private=true");
            McpServerSettings allowed = McpServerSettings.read(Settings.none().with("mcp.p.url", url)
                    .with("mcp.p.allow_private", "true"), "p");
            PrivateAddresses.check(allowed);
        }
        PrivateAddresses.check(McpServerSettings.read(Settings.none().with("mcp.p.url", "https://8.8.8.8/mcp"), "p"));
    }

    @Test
    void aRejectedUrlLeavesThatServerOutWithoutStartingAnything() {
        List<String> warned = new ArrayList<>();
        Settings s = Settings.none().with("mcp.servers", "local").with("mcp.local.url", "http://127.0.0.1:9/mcp");
        try (McpMounts m = McpMounts.configured(s, warned::add)) {
            assertThat(m.tools()).isEmpty();
            assertThat(warned).singleElement().asString().contains("mcp.local.allow_private");
        }
    }
}
