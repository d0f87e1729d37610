package zhiti.memory.kb;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressPrinterTest {
    private static String print(boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressPrinter p = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal);
        FileOutcome ok = new FileOutcome("a.md", FileOutcome.Status.ADDED, 3, 3, null);
        FileOutcome skip = FileOutcome.skipped("b.bin", "binary content");
        p.embedding(0, 2, "a.md", 2, 3);
        p.fileDone(1, 2, ok);
        p.fileDone(2, 2, skip);
        p.finished(new IngestReport(List.of(ok, skip), 12));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainOutputHasOneLinePerFileAndNoCarriageReturns() {
        String out = print(false);
        assertThat(out).doesNotContain("\r");
        assertThat(out.lines()).containsExactly("1/2 added a.md (3 chunks)", "2/2 skipped b.bin: binary content",
                "ingested 1 new, 0 changed, 0 unchanged, 1 skipped; 3 chunks in 12 ms");
    }

    @Test
    void terminalOutputRedrawsABarAndKeepsSkipReasons() {
        String out = print(true);
        assertThat(out).contains("[##########                    ] 0/2  a.md: 2/3 passages")
                .contains("\r\033[K[###############               ] 1/2").contains("skipped b.bin: binary content")
                .contains("[##############################] 2/2");
    }
}
