package zhiti.memory.kb;

import java.nio.file.Path;
import java.util.List;

/**
 * Child-process entry point for the crash test: ingests SRC into STORE with an embedder slowed by DELAY_MS per
 * batch (so the parent can kill it mid-run), printing "done N" after every file.
 */
public final class IngestChild {
    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        Path src = Path.of(args[1]);
        long delay = Long.parseLong(args[2]);
        Embedder slow = new Embedder() {
            private final Embedder inner = IngestorTest.EMBEDDER;

            @Override public int dimension() { return inner.dimension(); }

            @Override public String name() { return inner.name(); }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return inner.embedAll(texts);
            }
        };
        try (EmbeddedStore s = new EmbeddedStore(store, slow)) {
            new Ingestor(s, IngestorTest.OPTIONS).ingest(List.of(src), new IngestListener() {
                @Override
                public void fileDone(int done, int total, FileOutcome o) {
                    System.out.println("done " + done);
                    System.out.flush();
                }
            });
        }
    }
}
