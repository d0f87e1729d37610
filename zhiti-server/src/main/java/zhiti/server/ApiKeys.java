package zhiti.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys the server accepts: {@code ZHITI_API_KEYS} (comma-separated) if set, else the key file
 * ({@code $ZHITI_HOME/api-keys}, one per line), and if neither has one a key is generated into the key file and
 * reported once. Keys are compared in constant time; a caller is known by a short hash of its key, never the key.
 */
public final class ApiKeys {

    public static final String ENV = "ZHITI_API_KEYS";
    private static final int MIN_LENGTH = 16;

    private final List<byte[]> keys;
    private final Optional<String> generated;
    private final String origin;

    private ApiKeys(List<byte[]> keys, Optional<String> generated, String origin) {
        this.keys = keys;
        this.generated = generated;
        this.origin = origin;
    }

    public static ApiKeys load(Map<String, String> env, Path keyFile) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new ApiKeys(parse(List.of(fromEnv.split(",")), ENV), Optional.empty(), ENV);
        }
        try {
            if (Files.isRegularFile(keyFile)) {
                List<byte[]> k = parse(Files.readAllLines(keyFile, StandardCharsets.UTF_8), keyFile.toString());
                if (!k.isEmpty()) return new ApiKeys(k, Optional.empty(), keyFile.toString());
            }
            String key = "zk-" + HexFormat.of().formatHex(random(24));
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, key + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no owner-only mode; the key still works
            }
            return new ApiKeys(List.of(key.getBytes(StandardCharsets.UTF_8)), Optional.of(key), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API key file " + keyFile, e);
        }
    }

    /** Keys given directly (tests, embedding). */
    public static ApiKeys of(String... keys) {
        return new ApiKeys(parse(List.of(keys), "the given keys"), Optional.empty(), "the given keys");
    }

    private static List<byte[]> parse(List<String> lines, String where) {
        List<byte[]> out = new ArrayList<>();
        for (String l : lines) {
            String k = l.strip();
            if (k.isEmpty() || k.startsWith("#")) continue;
            if (k.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("an API key in " + where + " has " + k.length()
                        + " characters; use at least " + MIN_LENGTH + " (random, e.g. `openssl rand -hex 24`)");
            }
            out.add(k.getBytes(StandardCharsets.UTF_8));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(where + " holds no API key");
        return out;
    }

    /** The key made on this start, to print once; empty when the keys were configured. */
    public Optional<String> generated() {
        return generated;
    }

    public String origin() {
        return origin;
    }

    /** The caller's name (a hash of its key) if {@code authorization} is "Bearer KEY" with a known key. */
    public Optional<String> caller(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        boolean ok = false;
        for (byte[] k : keys) ok |= MessageDigest.isEqual(k, given); // every key compared, whatever matches
        return ok ? Optional.of(fingerprint(given)) : Optional.empty();
    }

    private static String fingerprint(byte[] key) {
        try {
            return "key-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
