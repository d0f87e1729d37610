package zhiti.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One process at a time on a knowledge base. The embedded database takes one writer; without this lock a second
 * {@code zhiti ingest} ended in H2's "database may be already in use". The lock file names its holder (pid and
 * command), so the process that waits in vain can say who has the store. The operating system releases the lock
 * when its holder dies, so a crash never leaves the store locked.
 */
public final class StoreLock implements AutoCloseable {

    /** The store is held by another process; the message says which and what to do. */
    public static final class Busy extends IllegalArgumentException {
        public Busy(String message) {
            super(message);
        }
    }

    private static final String FILE = "zhiti.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the store in {@code dir}, waiting up to {@code wait} for another holder to let go. */
    public static StoreLock acquire(Path dir, Duration wait, String purpose) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long end = System.nanoTime() + wait.toNanos();
            while (true) {
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException sameProcess) {
                    l = null;
                }
                if (l != null) {
                    ch.truncate(0);
                    ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " " + purpose + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                    ch.force(false);
                    return new StoreLock(ch, l);
                }
                if (System.nanoTime() > end) {
                    String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                    ch.close();
                    throw new Busy("the knowledge base at " + dir + " is in use by another Zhiti process"
                            + (holder.isEmpty() ? "" : " (pid " + holder + ")") + "; wait for it to finish, "
                            + (holder.contains("serve") ? "send the question to that server (zhiti serve), " : "")
                            + "or use another store with --store DIR");
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the knowledge base at " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the knowledge base lock", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the channel; nothing is left to undo
        }
    }
}
