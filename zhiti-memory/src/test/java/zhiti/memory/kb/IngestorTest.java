package zhiti.memory.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class IngestorTest {
    static final Embedder EMBEDDER = new HashingEmbedder(128);
    static final Ingestor.Options OPTIONS = new Ingestor.Options(new Chunker(120, 20), 4_000, 8);

    @TempDir
    Path tmp;

    private Path src() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("a.txt"), "液冷机柜的功率密度更高。风冷机柜更便宜。");
        Files.writeString(src.resolve("b.md"), "# Power\nRack power is rising.\n# Cooling\nLiquid cooling wins.\n");
        Files.writeString(src.resolve("chat.jsonl"),
                "{\"id\":\"D1:1\",\"speaker\":\"Ann\",\"text\":\"I bought a kayak\"}\n{\"id\":\"D1:2\",\"speaker\":\"Bob\",\"text\":\"去哪里划？\"}\n");
        Files.write(src.resolve("bin.txt"), new byte[]{1, 2, 0, 3});
        Files.writeString(src.resolve("big.txt"), "x".repeat(5_000));
        Files.writeString(src.resolve("image.png"), "not really");
        return src;
    }

    @Test
    void ingestsSupportedFilesAndSkipsOthersWithReasons() throws Exception {
        Path src = src();
        try (EmbeddedStore s = new EmbeddedStore(tmp.resolve("store"), EMBEDDER)) {
            IngestReport r = new Ingestor(s, OPTIONS).ingest(List.of(src), IngestListener.NONE);
            assertThat(r.count(FileOutcome.Status.ADDED)).isEqualTo(3);
            assertThat(r.skipped()).extracting(FileOutcome::path).containsExactlyInAnyOrder("bin.txt", "big.txt", "image.png");
            assertThat(r.skipped()).extracting(FileOutcome::reason).anyMatch(x -> x.contains("binary"))
                    .anyMatch(x -> x.contains("too large")).anyMatch(x -> x.contains("unsupported"));
            String chat = Ingestor.docId(src.resolve("chat.jsonl"));
            assertThat(s.chunks(chat)).extracting(Chunk::recordId).containsExactly(chat + "#D1:1", chat + "#D1:2");
            assertThat(s.chunks(chat)).extracting(c -> c.locator().turn()).containsExactly("D1:1", "D1:2");
            List<Chunk> md = s.chunks(Ingestor.docId(src.resolve("b.md")));
            assertThat(md).extracting(c -> c.locator().heading()).containsExactly("Power", "Cooling");
            assertThat(md.get(1).locator().file()).isEqualTo("b.md");
            Hit top = s.search(SearchRequest.of("kayak", 1)).get(0);
            assertThat(top.chunk().locator().turn()).isEqualTo("D1:1");
        }
    }

    /** Counts the texts that reach the model. */
    private static final class CountingEmbedder implements Embedder {
        final java.util.concurrent.atomic.AtomicInteger texts = new java.util.concurrent.atomic.AtomicInteger();

        @Override public int dimension() { return EMBEDDER.dimension(); }

        @Override public String name() { return EMBEDDER.name(); }

        @Override public List<float[]> embedAll(List<String> t) {
            texts.addAndGet(t.size());
            return EMBEDDER.embedAll(t);
        }
    }

    @Test
    void editingOneParagraphEmbedsOnlyThatParagraphAgain() throws Exception {
        Path file = Files.createDirectories(tmp.resolve("src")).resolve("notes.txt");
        String a = "训练算力按六倍参数乘以词元数估算。", b = "推理成本主要取决于显存带宽和批大小。", c = "液冷机柜的功率密度更高。";
        // 20-character chunks without overlap put each sentence in its own chunk
        Ingestor.Options opts = new Ingestor.Options(new Chunker(20, 0), 4_000, 8);
        CountingEmbedder counting = new CountingEmbedder();
        try (EmbeddedStore s = new EmbeddedStore(tmp.resolve("store"), counting)) {
            Ingestor ing = new Ingestor(s, opts);
            Files.writeString(file, a + "\n\n" + b + "\n\n" + c);
            assertThat(ing.ingest(List.of(file), IngestListener.NONE).chunksEmbedded()).isEqualTo(3);
            assertThat(counting.texts.get()).isEqualTo(3);

            String edited = "推理成本取决于带宽和量化精度。";
            Files.writeString(file, a + "\n\n" + edited + "\n\n" + c);
            IngestReport r = ing.ingest(List.of(file), IngestListener.NONE);
            assertThat(r.count(FileOutcome.Status.REPLACED)).isEqualTo(1);
            assertThat(r.chunksWritten()).isEqualTo(3);
            assertThat(r.chunksEmbedded()).isEqualTo(1);
            assertThat(counting.texts.get()).isEqualTo(4);
            // the reused vectors are the ones the model gives, so search behaves as after a full re-embedding
            List<Chunk> chunks = s.chunks(Ingestor.docId(file));
            assertThat(chunks).extracting(Chunk::text).containsExactly(a, edited, c);
            List<float[]> vectors = s.vectors(Ingestor.docId(file));
            for (int i = 0; i < chunks.size(); i++) assertThat(vectors.get(i)).containsExactly(EMBEDDER.embed(chunks.get(i).text()));
        }
    }

    @Test
    void aConversationTurnIsEmbeddedAfterTheTurnBeforeIt() throws Exception {
        Path src = src();
        try (EmbeddedStore s = new EmbeddedStore(tmp.resolve("store"), EMBEDDER)) {
            new Ingestor(s, OPTIONS).ingest(List.of(src.resolve("chat.jsonl")), IngestListener.NONE);
            String chat = Ingestor.docId(src.resolve("chat.jsonl"));
            List<Chunk> turns = s.chunks(chat);
            List<float[]> vectors = s.vectors(chat);
            assertThat(vectors.get(0)).containsExactly(EMBEDDER.embed(turns.get(0).text()));
            assertThat(vectors.get(1)).containsExactly(EMBEDDER.embed(turns.get(0).text() + "\n" + turns.get(1).text()));
            // BM25 still sees the turn alone
            assertThat(s.search(SearchRequest.of("kayak", 5).withMode(SearchMode.BM25))).extracting(Hit::recordId)
                    .containsExactly(chat + "#D1:1");
        }
    }

    @Test
    void reportsProgressInsideALargeFileBatchByBatch() throws Exception {
        Path file = Files.createDirectories(tmp.resolve("src")).resolve("long.txt");
        Files.writeString(file, "显存带宽决定解码速度。".repeat(100)); // 1,100 characters (3,300 bytes): about 10 passages
        List<String> seen = new ArrayList<>();
        IngestListener l = new IngestListener() {
            @Override public void embedding(int filesDone, int totalFiles, String f, int embedded, int toEmbed) {
                seen.add(f + " " + embedded + "/" + toEmbed);
            }
        };
        try (EmbeddedStore s = new EmbeddedStore(tmp.resolve("store"), EMBEDDER)) {
            int chunks = new Ingestor(s, OPTIONS).ingest(List.of(file), l).chunksWritten();
            assertThat(seen).hasSize((chunks + 7) / 8).first().isEqualTo("long.txt 8/" + chunks);
            assertThat(seen).last().isEqualTo("long.txt " + chunks + "/" + chunks);
        }
    }

    @Test
    void turnContextNeverCrossesASessionOrALongPause() throws Exception {
        Path file = Files.createDirectories(tmp.resolve("src")).resolve("log.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a\",\"session\":\"1\",\"time\":\"2024-05-01T10:00:00Z\",\"text\":\"first\"}",
                "{\"id\":\"b\",\"session\":\"1\",\"time\":\"2024-05-01T10:05:00Z\",\"text\":\"second\"}",
                "{\"id\":\"c\",\"session\":\"2\",\"time\":\"2024-05-01T10:06:00Z\",\"text\":\"new session\"}",
                "{\"id\":\"d\",\"session\":\"2\",\"time\":\"2024-05-03T09:00:00Z\",\"text\":\"two days later\"}"));
        try (EmbeddedStore s = new EmbeddedStore(tmp.resolve("store"), EMBEDDER)) {
            new Ingestor(s, OPTIONS).ingest(List.of(file), IngestListener.NONE);
            List<float[]> v = s.vectors(Ingestor.docId(file));
            assertThat(v.get(1)).containsExactly(EMBEDDER.embed("first\nsecond"));
            assertThat(v.get(2)).containsExactly(EMBEDDER.embed("new session"));
            assertThat(v.get(3)).containsExactly(EMBEDDER.embed("two days later"));
            assertThat(s.chunks(Ingestor.docId(file)).get(2).locator().heading()).isEqualTo("2");
        }
    }

    @Test
    void rerunSkipsUnchangedAndReplacesChanged() throws Exception {
        Path src = src();
        try (EmbeddedStore s = new EmbeddedStore(tmp.resolve("store"), EMBEDDER)) {
            Ingestor ing = new Ingestor(s, OPTIONS);
            ing.ingest(List.of(src), IngestListener.NONE);
            long chunks = s.chunkCount();
            IngestReport again = ing.ingest(List.of(src), IngestListener.NONE);
            assertThat(again.count(FileOutcome.Status.UNCHANGED)).isEqualTo(3);
            assertThat(again.chunksWritten()).isZero();
            assertThat(s.chunkCount()).isEqualTo(chunks);

            Files.writeString(src.resolve("a.txt"), "新的内容：推理芯片。");
            IngestReport changed = ing.ingest(List.of(src), IngestListener.NONE);
            assertThat(changed.count(FileOutcome.Status.REPLACED)).isEqualTo(1);
            assertThat(s.chunks(Ingestor.docId(src.resolve("a.txt")))).extracting(Chunk::text).containsExactly("新的内容：推理芯片。");
            assertThat(s.search(SearchRequest.of("液冷", 10).withMode(SearchMode.BM25))).isEmpty();
            assertThat(s.indexedCount()).isEqualTo(s.chunkCount());

            // other chunking settings make the same bytes a new version
            IngestReport rechunked = new Ingestor(s, new Ingestor.Options(new Chunker(60, 10), 4_000, 8))
                    .ingest(List.of(src.resolve("b.md")), IngestListener.NONE);
            assertThat(rechunked.count(FileOutcome.Status.REPLACED)).isEqualTo(1);
        }
    }

    @Test
    void recoversARecordCommitThatNeverReachedTheIndex() {
        Path dir = tmp.resolve("store");
        new EmbeddedStore(dir, EMBEDDER).close();
        // simulate a crash between the H2 commit and the Lucene commit
        try (RecordDatabase db = new RecordDatabase(dir)) {
            List<Chunk> cs = StoreContract.chunks("d", "passage", 0, "orphan text about HBM");
            db.replace(new DocumentInfo("d", "/d", "h", "txt", 0, 1), cs, EMBEDDER.embedAll(List.of(cs.get(0).text())));
        }
        try (EmbeddedStore s = new EmbeddedStore(dir, EMBEDDER)) {
            assertThat(s.indexedCount()).isEqualTo(1);
            assertThat(s.search(SearchRequest.of("HBM", 1).withMode(SearchMode.BM25)).get(0).recordId()).isEqualTo("d#0");
        }
    }

    @Test
    void killedIngestionResumesWithoutDuplicates() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 24; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 6; j++) b.append("文件").append(i).append("的第").append(j).append("句话，").append(word(i)).append("。");
            Files.writeString(src.resolve(String.format("f%02d.txt", i)), b.toString());
        }
        Path storeDir = tmp.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                storeDir.toString(), src.toString(), "40").redirectErrorStream(true).start();
        int seen = 0;
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("done ")) seen = Integer.parseInt(line.substring(5));
                if (seen >= 5) break;
            }
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).as("child must have ingested some files before the kill; its output:\n%s", output).isBetween(5, 23);

        try (EmbeddedStore s = new EmbeddedStore(storeDir, EMBEDDER);
             EmbeddedStore ref = new EmbeddedStore(tmp.resolve("reference"), EMBEDDER)) {
            assertThat(s.documents().size()).isBetween(5, 23);
            IngestReport rerun = new Ingestor(s, OPTIONS).ingest(List.of(src), IngestListener.NONE);
            assertThat(rerun.count(FileOutcome.Status.UNCHANGED)).isGreaterThanOrEqualTo(5);
            assertThat(rerun.skipped()).isEmpty();
            new Ingestor(ref, OPTIONS).ingest(List.of(src), IngestListener.NONE);

            assertThat(s.documents()).hasSize(24);
            assertThat(s.chunkCount()).isEqualTo(ref.chunkCount());
            assertThat(s.indexedCount()).isEqualTo(ref.chunkCount());
            assertThat(recordIds(s)).isEqualTo(recordIds(ref));
            // every file's unique token is found exactly in its own chunks, once
            for (int i = 0; i < 24; i++) {
                String doc = Ingestor.docId(src.resolve(String.format("f%02d.txt", i)));
                List<Hit> hits = s.search(SearchRequest.of(word(i), 50).withMode(SearchMode.BM25));
                assertThat(hits).extracting(h -> h.chunk().docId()).containsOnly(doc);
                assertThat(hits).extracting(Hit::recordId).doesNotHaveDuplicates().hasSize(s.chunks(doc).size());
            }
        }
    }

    /** A Latin word unique to file i (digits would be split off by the analyzer). */
    private static String word(int i) {
        return "kw" + (char) ('a' + i) + (char) ('a' + i) + "z";
    }

    private static Set<String> recordIds(Store s) {
        Set<String> ids = new TreeSet<>();
        List<String> all = new ArrayList<>();
        for (DocumentInfo d : s.documents())
            for (Chunk c : s.chunks(d.docId())) {
                all.add(c.recordId().substring(c.recordId().lastIndexOf(File.separatorChar) + 1));
                ids.add(all.get(all.size() - 1));
            }
        assertThat(all).doesNotHaveDuplicates();
        return ids;
    }
}
