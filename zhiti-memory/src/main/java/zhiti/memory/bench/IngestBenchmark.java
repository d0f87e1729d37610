package zhiti.memory.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import zhiti.memory.kb.BgeSmallZhEmbedder;
import zhiti.memory.kb.Chunk;
import zhiti.memory.kb.Chunker;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.IngestListener;
import zhiti.memory.kb.IngestReport;
import zhiti.memory.kb.Ingestor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Ingestion throughput on real files with the bge-small-zh model: (1) our pipeline (read, chunk, embed, commit to
 * H2 + Lucene per file), (2) LangChain4j's recursive document splitter + the same model + InMemoryEmbeddingStore,
 * (3) the model alone embedding our chunk texts in batches of 64 (the ceiling). Both pipelines use 500-character
 * chunks with 80 characters of overlap and the same thread count. The model embeds texts one by one (its batches
 * only spread texts over threads), so throughput is set by text length: chunks/s is only comparable on the same
 * chunks, and pipelines are compared on source characters per second. A fourth measurement appends a paragraph to
 * every file and ingests again: Zhiti re-embeds only passages whose text changed, while the LangChain4j pipeline has
 * no notion of a stored document and embeds every file again.
 */
public final class IngestBenchmark {
    public record Result(int files, long source_chars, int chunks, double chunks_per_s, double chars_per_s,
                         int langchain4j_chunks, double langchain4j_chunks_per_s, double langchain4j_chars_per_s,
                         double raw_embed_per_s, double ratio_vs_langchain4j, double fraction_of_raw,
                         double append_reingest_s, int append_embedded_chunks, double langchain4j_append_s,
                         double append_speedup, int threads, int repeats) {}

    /** Appended to every file in the re-ingestion measurement. */
    static final String APPENDED = "\n\n补记：本段为基准测试追加的新段落，用于检验增量摄取只重新嵌入变化的文字。\n";

    /**
     * Each measurement is repeated and the best run kept, because the machine is shared and a single run mostly
     * measures the neighbours. Ratios compare source characters per second (the chunkers cut different numbers of
     * chunks from the same text); fraction_of_raw compares chunks per second on the very same chunk texts.
     */
    public static Result run(List<Path> sources, Path workDir, int threads, int repeats) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : sources) {
            if (Files.isDirectory(p)) try (Stream<Path> s = Files.walk(p)) { s.filter(Files::isRegularFile).sorted().forEach(files::add); }
            else files.add(p);
        }
        long sourceChars = 0;
        for (Path f : files) sourceChars += Files.readString(f).length();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (BgeSmallZhEmbedder bge = new BgeSmallZhEmbedder(threads)) {
            BgeSmallZhV15QuantizedEmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel(pool);
            bge.embedAll(List.of("预热", "warm-up")); // load the models outside the timings
            model.embed("warm-up");
            var splitter = DocumentSplitters.recursive(500, 80);
            double oursSeconds = Double.MAX_VALUE, lcSeconds = Double.MAX_VALUE, rawSeconds = Double.MAX_VALUE;
            int chunks = 0, lcChunks = 0;
            List<String> ourTexts = new ArrayList<>();
            // rounds interleave the three measurements so drifting load on the shared machine hits all alike
            for (int rep = 0; rep < repeats; rep++) {
                Path dir = Files.createTempDirectory(Files.createDirectories(workDir), "bench-ingest");
                try (EmbeddedStore store = new EmbeddedStore(dir, bge)) {
                    Ingestor ing = new Ingestor(store, new Ingestor.Options(new Chunker(500, 80), 64L << 20, 64));
                    IngestReport report = ing.ingest(files, IngestListener.NONE);
                    chunks = report.chunksWritten();
                    oursSeconds = Math.min(oursSeconds, report.elapsedMillis() / 1000.0);
                    ourTexts.clear();
                    store.documents().forEach(d -> store.chunks(d.docId()).stream().map(Chunk::text).forEach(ourTexts::add));
                } finally {
                    MemoryBenchmark.deleteTree(dir);
                }

                InMemoryEmbeddingStore<TextSegment> lcStore = new InMemoryEmbeddingStore<>();
                lcChunks = 0;
                long t0 = System.nanoTime();
                for (Path f : files) {
                    List<TextSegment> segs = splitter.split(Document.from(Files.readString(f)));
                    List<Embedding> es = model.embedAll(segs).content();
                    lcStore.addAll(es, segs);
                    lcChunks += segs.size();
                }
                lcSeconds = Math.min(lcSeconds, (System.nanoTime() - t0) / 1e9);

                long t1 = System.nanoTime();
                for (int i = 0; i < ourTexts.size(); i += 64) bge.embedAll(ourTexts.subList(i, Math.min(ourTexts.size(), i + 64)));
                rawSeconds = Math.min(rawSeconds, (System.nanoTime() - t1) / 1e9);
            }
            double ours = chunks / oursSeconds, raw = ourTexts.size() / rawSeconds;
            Append append = appendAndReingest(files, workDir, bge, model, splitter);
            return new Result(files.size(), sourceChars, chunks, round(ours), round(sourceChars / oursSeconds), lcChunks,
                    round(lcChunks / lcSeconds), round(sourceChars / lcSeconds), round(raw),
                    round(lcSeconds / oursSeconds), round(ours / raw), round(append.oursSeconds), append.embedded,
                    round(append.lcSeconds), round(append.lcSeconds / append.oursSeconds), threads, repeats);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Append(double oursSeconds, int embedded, double lcSeconds) {}

    /** Ingests copies of the files, appends {@link #APPENDED} to each, and times ingesting them again. */
    private static Append appendAndReingest(List<Path> files, Path workDir, BgeSmallZhEmbedder bge,
                                            BgeSmallZhV15QuantizedEmbeddingModel model, DocumentSplitter splitter)
            throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(workDir), "bench-append");
        try (EmbeddedStore store = new EmbeddedStore(dir.resolve("store"), bge)) {
            List<Path> copies = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path c = dir.resolve(i + "-" + files.get(i).getFileName());
                Files.copy(files.get(i), c);
                copies.add(c);
            }
            Ingestor ing = new Ingestor(store, new Ingestor.Options(new Chunker(500, 80), 64L << 20, 64));
            ing.ingest(copies, IngestListener.NONE);
            for (Path c : copies) Files.writeString(c, APPENDED, StandardOpenOption.APPEND);
            IngestReport again = ing.ingest(copies, IngestListener.NONE);
            long t0 = System.nanoTime();
            for (Path c : copies) {
                List<TextSegment> segs = splitter.split(Document.from(Files.readString(c)));
                new InMemoryEmbeddingStore<TextSegment>().addAll(model.embedAll(segs).content(), segs);
            }
            return new Append(again.elapsedMillis() / 1000.0, again.chunksEmbedded(), (System.nanoTime() - t0) / 1e9);
        } finally {
            MemoryBenchmark.deleteTree(dir);
        }
    }

    private static double round(double x) { return Math.round(x * 100) / 100.0; }

    /** Usage: {@code IngestBenchmark PATH... }; prints one JSON object. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) throw new IllegalArgumentException("usage: IngestBenchmark PATH... (files or directories)");
        List<Path> paths = Stream.of(args).map(Path::of).toList();
        Result r = run(paths, Path.of(System.getProperty("java.io.tmpdir")), Runtime.getRuntime().availableProcessors(), 3);
        System.out.println(new ObjectMapper().writeValueAsString(r));
    }
}
