package zhiti.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file a tool made for the answer (a chart, a recording, a query's result): what it is, where it was written,
 * its media type and a title a reader sees.
 */
public record Artifact(Kind kind, Path path, String mime, String title) {

    public enum Kind {
        IMAGE, AUDIO, TABLE, FILE;

        /** The name in JSON: "image", "audio" … */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Artifact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mime, "mime");
        title = title == null ? path.getFileName().toString() : title;
    }
}
