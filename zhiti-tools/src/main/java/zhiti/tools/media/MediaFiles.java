package zhiti.tools.media;

import java.nio.file.Path;
import java.util.UUID;

/** Names for the files the media tools write: unique, so calls never overwrite each other's artifacts. */
final class MediaFiles {

    private MediaFiles() {
    }

    static Path fresh(Path dir, String prefix, String extension) {
        return dir.resolve(prefix + "-" + UUID.randomUUID() + "." + extension);
    }
}
