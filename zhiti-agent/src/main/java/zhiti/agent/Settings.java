package zhiti.agent;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's configuration as tools read it: a key such as {@code search.url} comes from the environment variable
 * {@code ZHITI_SEARCH_URL} if set, else from the properties file ({@code $ZHITI_HOME/config.properties}).
 */
public final class Settings {

    private final Map<String, String> env;
    private final Properties file;

    private Settings(Map<String, String> env, Properties file) {
        this.env = Map.copyOf(env);
        this.file = file;
    }

    public static Settings none() {
        return new Settings(Map.of(), new Properties());
    }

    /** @param configFile may be null or absent: then only the environment counts */
    public static Settings load(Map<String, String> env, Path configFile) {
        Properties p = new Properties();
        if (configFile != null && Files.isRegularFile(configFile)) {
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + configFile + ": " + e.getMessage());
            }
        }
        return new Settings(env, p);
    }

    /** Settings with these keys set (tests, and callers that configure in code). */
    public Settings with(String key, String value) {
        Properties p = new Properties();
        p.putAll(file);
        p.setProperty(key, value);
        return new Settings(env, p);
    }

    public Optional<String> get(String key) {
        String v = env.get(envName(key));
        if (v == null || v.isBlank()) {
            v = file.getProperty(key);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    public double number(String key, double fallback) {
        Optional<String> v = get(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " (" + envName(key) + ") must be a number, got '" + v.get() + "'");
        }
    }

    /** A comma-separated list; empty when unset. */
    public List<String> list(String key) {
        return get(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Keys beginning with {@code prefix} (e.g. "mcp.servers."), from both sources. */
    public List<String> keysUnder(String prefix) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        file.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
        String envPrefix = envName(prefix);
        env.keySet().stream().filter(k -> k.startsWith(envPrefix))
                .map(k -> prefix + k.substring(envPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'))
                .forEach(keys::add);
        return List.copyOf(keys);
    }

    public static String envName(String key) {
        return "ZHITI_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
