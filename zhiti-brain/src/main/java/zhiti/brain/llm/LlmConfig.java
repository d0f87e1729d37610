package zhiti.brain.llm;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which model to use and within what limits. Read from {@code ZHITI_LLM_*} environment variables, which override
 * the keys of a properties file ({@code llm.provider}, {@code llm.base_url}, …; by default
 * {@code $ZHITI_HOME/config.properties}).
 *
 * @param provider   openai (any OpenAI-compatible endpoint), anthropic or ollama
 * @param maxRetries retries after a 429, a 5xx or a timeout, with exponential backoff
 * @param record     if set, every model call and reply is appended to this JSON Lines file
 * @param replay     if set, replies come from this recording instead of the network
 */
public record LlmConfig(String provider, String baseUrl, String apiKey, String model, Duration timeout,
                        int maxRetries, boolean stream, boolean reflect, long maxTokens, double maxUsd,
                        Optional<Double> priceInputPerMtok, Optional<Double> priceOutputPerMtok,
                        Optional<Path> record, Optional<Path> replay) {

    public static final String[] PROVIDERS = {"openai", "anthropic", "ollama"};

    public LlmConfig {
        provider = provider.toLowerCase(Locale.ROOT);
        if (!java.util.List.of(PROVIDERS).contains(provider)) {
            throw new IllegalArgumentException("unknown LLM provider '" + provider
                    + "': set ZHITI_LLM_PROVIDER to openai (any OpenAI-compatible API), anthropic or ollama");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("no model named: set ZHITI_LLM_MODEL (e.g. gpt-4o-mini, "
                    + "claude-3-5-haiku-20241022, qwen2.5:7b)");
        }
        if (!provider.equals("ollama") && replay.isEmpty() && (apiKey == null || apiKey.isBlank())) {
            throw new IllegalArgumentException("no API key for " + provider + ": set ZHITI_LLM_API_KEY");
        }
        if (maxRetries < 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("retries must be >= 0 and the timeout positive");
        }
    }

    /** The configuration if one is given, or empty when no provider is set (then Zhiti runs offline). */
    public static Optional<LlmConfig> load(Map<String, String> env, Path configFile) {
        Properties file = new Properties();
        if (configFile != null && Files.isRegularFile(configFile)) {
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                file.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + configFile + ": " + e.getMessage());
            }
        }
        Settings s = new Settings(env, file);
        Optional<String> provider = s.get("provider");
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LlmConfig(provider.get(), s.get("base_url").orElse(null), s.get("api_key").orElse(null),
                s.get("model").orElse(null), Duration.ofMillis((long) (s.number("timeout_s", 60) * 1000)),
                (int) s.number("max_retries", 3), s.flag("stream", false), s.flag("reflect", true),
                (long) s.number("max_tokens", 200_000), s.number("max_usd", 1.0),
                s.get("price_in").map(Double::parseDouble), s.get("price_out").map(Double::parseDouble),
                s.get("record").map(Path::of), s.get("replay").map(Path::of)));
    }

    /** Environment first ({@code ZHITI_LLM_MODEL}), then the file ({@code llm.model}). */
    private record Settings(Map<String, String> env, Properties file) {

        Optional<String> get(String key) {
            String v = env.get("ZHITI_LLM_" + key.toUpperCase(Locale.ROOT));
            if (v == null || v.isBlank()) {
                v = file.getProperty("llm." + key);
            }
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
        }

        double number(String key, double dflt) {
            Optional<String> v = get(key);
            try {
                return v.map(Double::parseDouble).orElse(dflt);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ZHITI_LLM_" + key.toUpperCase(Locale.ROOT) + " must be a number, got '"
                        + v.get() + "'");
            }
        }

        boolean flag(String key, boolean dflt) {
            return get(key).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                    .orElse(dflt);
        }
    }
}
