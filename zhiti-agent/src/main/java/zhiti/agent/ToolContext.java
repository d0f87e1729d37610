package zhiti.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a tool provider is given when it registers its tools: the user's settings (provider URLs and keys, allowed
 * directories) and the directory where tools write the files they return as artifacts.
 */
public record ToolContext(Settings settings, Path home, Path artifacts) {

    /** No configuration; files go to a directory under the system's temporary directory. */
    public static ToolContext defaults() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "zhiti");
        return new ToolContext(Settings.none(), tmp, tmp.resolve("artifacts"));
    }

    /** The artifacts directory, created on first use. */
    public Path artifactDir() {
        try {
            return Files.createDirectories(artifacts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + artifacts, e);
        }
    }
}
