package zhiti.tools.code;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A program's console: keeps the first {@code cap} bytes and counts the rest, so printing gigabytes costs time (the
 * deadline stops it) but never memory.
 */
final class BoundedOutput extends OutputStream {

    private final int cap;
    private final ByteArrayOutputStream kept;
    private long dropped;

    BoundedOutput(int cap) {
        this.cap = cap;
        this.kept = new ByteArrayOutputStream(Math.min(cap, 4096));
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < cap) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, Math.min(len, cap - kept.size()));
        kept.write(b, off, room);
        dropped += len - room;
    }

    synchronized long dropped() {
        return dropped;
    }

    /** The kept text; a character cut at the cap is dropped rather than shown broken. */
    synchronized String text() {
        byte[] bytes = kept.toByteArray();
        int end = bytes.length;
        if (dropped > 0) {
            int start = end;
            while (start > 0 && (bytes[start - 1] & 0xC0) == 0x80) {
                start--;  // continuation bytes
            }
            if (start > 0 && (bytes[start - 1] & 0x80) != 0 && end - start + 1 < utf8Length(bytes[start - 1])) {
                end = start - 1;
            }
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private static int utf8Length(byte lead) {
        if ((lead & 0xE0) == 0xC0) {
            return 2;
        }
        if ((lead & 0xF0) == 0xE0) {
            return 3;
        }
        return 4;
    }
}
