package zhiti.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import zhiti.brain.offline.SlotFeatures;
import zhiti.brain.offline.SlotReader;
import zhiti.brain.offline.SubjectReflector;
import zhiti.memory.stream.HeuristicImportanceScorer;
import zhiti.memory.stream.MemoryJournal;
import zhiti.memory.stream.MemoryStream;
import zhiti.memory.stream.StreamSettings;
import java.time.Clock;
import zhiti.brain.route.IntentExamples;
import zhiti.brain.route.IntentRouter;
import zhiti.brain.route.RouterCache;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.memory.kb.BgeSmallZhEmbedder;
import zhiti.memory.kb.Embedder;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.StoreLocation;

/**
 * The user's Zhiti home ({@code $ZHITI_HOME}, else {@code ~/.zhiti}): configuration, the knowledge-base store and
 * caches. Heavy parts (the embedding model, the store, the router) are opened on first use and closed together.
 */
final class Workspace implements AutoCloseable {

    private final Path home;
    private final Path storeDir;
    private final Path memoryDir;
    private Embedder embedder;
    private EmbeddedStore store;
    private IntentRouter router;
    private MemoryJournal journal;
    private MemoryStream stream;

    Workspace(Map<String, String> env, Path storeOverride) {
        this(env, storeOverride, null);
    }

    /** @param memoryOverride where the memory journal lives instead of $ZHITI_HOME/memory (the demo keeps its own) */
    Workspace(Map<String, String> env, Path storeOverride, Path memoryOverride) {
        this.home = homeOf(env);
        this.memoryDir = memoryOverride != null ? memoryOverride : home.resolve("memory");
        this.storeDir = StoreLocation.resolve(storeOverride == null ? null : storeOverride.toString(), env,
                System.getProperty("user.home"));
    }

    static Path homeOf(Map<String, String> env) {
        String h = env.get("ZHITI_HOME");
        return h != null && !h.isBlank() ? Path.of(h) : Path.of(System.getProperty("user.home"), ".zhiti");
    }

    Path home() {
        return home;
    }

    Path configFile() {
        return home.resolve("config.properties");
    }

    /** One model per process: loading it takes about a second, and it is thread-safe. */
    synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = SharedEmbedder.INSTANCE;
        }
        return embedder;
    }

    /** Loaded on first use (class initialisation is lazy and thread-safe). */
    private static final class SharedEmbedder {
        static final Embedder INSTANCE = new BgeSmallZhEmbedder();
    }

    /** The store, created if needed. */
    synchronized EmbeddedStore store() {
        if (store == null) {
            store = new EmbeddedStore(storeDir, embedder());
        }
        return store;
    }

    /** The store if one has been created here before; asking a question never creates an empty one. */
    synchronized Optional<EmbeddedStore> existingStore() {
        return store != null || Files.isDirectory(storeDir) ? Optional.of(store()) : Optional.empty();
    }

    /** The long-term memory stream, kept in a journal under the home so it survives restarts and crashes. */
    synchronized MemoryStream memoryStream() {
        if (stream == null) {
            journal = new MemoryJournal(memoryDir.resolve("journal.jsonl"));
            stream = new MemoryStream(embedder(), new HeuristicImportanceScorer(),
                    new SubjectReflector(new SlotReader(Catalog.builtIn(), SeriesCatalog.builtIn())), Clock.systemUTC(),
                    StreamSettings.defaults(), journal);
        }
        return stream;
    }

    synchronized IntentRouter router() {
        if (router == null) {
            router = IntentRouter.train(embedder(), IntentExamples.builtIn(),
                    SlotFeatures.standard(new SlotReader(Catalog.builtIn(), SeriesCatalog.builtIn())),
                    RouterCache.in(home.resolve("cache"), m -> System.err.println("zhiti: " + m + " …")));
        }
        return router;
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
        }
        if (journal != null) {
            journal.close();
        }
    }
}
