package zhiti.mcp;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import zhiti.agent.Settings;

/**
 * One external MCP server as the settings describe it. {@code mcp.servers} lists the names; for each name
 * {@code mcp.NAME.command} (a program and its arguments, split without a shell; {@code mcp.NAME.args} adds more)
 * or {@code mcp.NAME.url} (streamable HTTP), optionally {@code mcp.NAME.key} (sent as a bearer token),
 * {@code mcp.NAME.timeout} (seconds a call may take, default 30) and {@code mcp.NAME.allow_private=true} (lets a
 * URL reach a loopback or private address: tests, a server of one's own).
 */
record McpServerSettings(String name, List<String> command, URI url, Optional<String> key, boolean allowPrivate,
                         Duration timeout) {

    static final String SERVERS = "mcp.servers";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    McpServerSettings {
        command = List.copyOf(command);
    }

    boolean stdio() {
        return url == null;
    }

    static List<String> names(Settings s) {
        return s.list(SERVERS);
    }

    /** The server called {@code name}, or IllegalArgumentException saying which setting is wrong and how. */
    static McpServerSettings read(Settings s, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(SERVERS + " names '" + name + "': a server name is 1-32 letters, digits, "
                    + "'_' or '-' (it prefixes its tools' names and its settings' keys)");
        }
        Optional<String> command = s.get(key(name, "command"));
        Optional<String> url = s.get(key(name, "url"));
        if (command.isPresent() == url.isPresent()) {
            throw new IllegalArgumentException("MCP server '" + name + "' needs exactly one of " + key(name, "command")
                    + " (a program to start, e.g. `node server.js stdio`) or " + key(name, "url")
                    + " (streamable HTTP, e.g. https://host/mcp)");
        }
        boolean allowPrivate = s.get(key(name, "allow_private")).map(v -> v.toLowerCase(Locale.ROOT))
                .map(v -> v.equals("true") || v.equals("yes") || v.equals("1")).orElse(false);
        double seconds = s.number(key(name, "timeout"), DEFAULT_TIMEOUT.toSeconds());
        if (!(seconds >= 1) || seconds > MAX_TIMEOUT.toSeconds()) {
            throw new IllegalArgumentException(key(name, "timeout") + " must be 1-" + MAX_TIMEOUT.toSeconds()
                    + " seconds, got " + seconds);
        }
        Duration timeout = Duration.ofMillis((long) (seconds * 1000));
        Optional<String> bearer = s.get(key(name, "key"));
        if (command.isPresent()) {
            List<String> words = new ArrayList<>(CommandWords.split(command.get()));
            s.get(key(name, "args")).ifPresent(a -> words.addAll(CommandWords.split(a)));
            if (words.isEmpty()) throw new IllegalArgumentException(key(name, "command") + " is empty");
            return new McpServerSettings(name, words, null, bearer, allowPrivate, timeout);
        }
        return new McpServerSettings(name, List.of(), parseUrl(name, url.get()), bearer, allowPrivate, timeout);
    }

    static String key(String name, String what) {
        return "mcp." + name + "." + what;
    }

    private static URI parseUrl(String name, String text) {
        try {
            URI u = new URI(text);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException(key(name, "url") + " must be an http(s) URL, got '" + text + "'");
            }
            if (u.getHost() == null || u.getHost().isBlank()) {
                throw new IllegalArgumentException(key(name, "url") + " has no host: '" + text + "'");
            }
            if (u.getUserInfo() != null) {
                throw new IllegalArgumentException(key(name, "url") + " must not carry a user or password; put a "
                        + "token into " + key(name, "key"));
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key(name, "url") + " is not a URL: " + e.getMessage());
        }
    }
}
