package zhiti.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondHolderWaitsThenIsToldWhoHasTheStoreAndGetsItOnceReleased() {
        StoreLock first = StoreLock.acquire(dir, Duration.ZERO, "zhiti serve on http://127.0.0.1:8080/");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> StoreLock.acquire(dir, Duration.ofMillis(300), "zhiti ingest"))
                .isInstanceOf(StoreLock.Busy.class)
                .hasMessageContaining(String.valueOf(ProcessHandle.current().pid()))
                .hasMessageContaining("zhiti serve")
                .hasMessageContaining("--store");
        assertThat((System.nanoTime() - t0) / 1e6).isGreaterThanOrEqualTo(250);
        first.close();
        StoreLock.acquire(dir, Duration.ZERO, "zhiti ingest").close();
    }
}
