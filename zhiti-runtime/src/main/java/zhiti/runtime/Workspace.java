package zhiti.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import zhiti.agent.Settings;
import zhiti.agent.ToolContext;
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
import zhiti.memory.kb.BackgroundEmbedder;
import zhiti.memory.kb.CachingEmbedder;
import zhiti.memory.kb.Embedder;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.StoreLocation;

/**
 * The user's Zhiti home ({@code $ZHITI_HOME}, else {@code ~/.zhiti}): configuration, the knowledge-base store and
 * caches. Heavy parts (the embedding model, the store, the router) are opened on first use and closed together.
 */
public final class Workspace implements AutoCloseable {

    private final Path home;
    private final Path storeDir;
    private final Path memoryDir;
    private final Path cacheDir;
    /** The environment the tools' settings are read from, over the home's config.properties. */
    private final Map<String, String> env;
    /** The workspace whose store and router this one uses, when it is a view with a memory of its own. */
    private final Workspace shared;
    private Embedder embedder;
    private EmbeddedStore store;
    private StoreLock storeLock;
    /** What this process does with the store, written into its lock for whoever has to wait. */
    private String purpose = "zhiti";
    /** How long a second process waits for the store before it says who holds it. */
    static final java.time.Duration STORE_WAIT = java.time.Duration.ofSeconds(5);
    private IntentRouter router;
    private MemoryJournal journal;
    private MemoryStream stream;

    public Workspace(Map<String, String> env, Path storeOverride) {
        this(env, storeOverride, null);
    }

    /** @param memoryOverride where the memory journal lives instead of $ZHITI_HOME/memory (the demo keeps its own) */
    public Workspace(Map<String, String> env, Path storeOverride, Path memoryOverride) {
        this(homeOf(env), StoreLocation.resolve(storeOverride == null ? null : storeOverride.toString(), env,
                System.getProperty("user.home")), memoryOverride, null, null, env);
    }

    private Workspace(Path home, Path storeDir, Path memoryOverride, Path cacheOverride, Workspace shared,
                      Map<String, String> env) {
        this.home = home;
        this.env = Map.copyOf(env);
        this.storeDir = storeDir;
        this.memoryDir = memoryOverride != null ? memoryOverride : home.resolve("memory");
        this.cacheDir = cacheOverride != null ? cacheOverride : home.resolve("cache");
        this.shared = shared;
    }

    /**
     * A workspace for a benchmark run: its own home (configuration, memory) and store, but the router cache of
     * the user's home. The cache holds only derived data keyed by its inputs, and sharing it saves retraining
     * the router (about 20 s) on every run.
     */
    public static Workspace isolated(Path home, Path storeDir, Path routerCacheDir) {
        return new Workspace(home, storeDir, null, routerCacheDir, null, Map.of());
    }

    /**
     * A view of this workspace with a long-term memory of its own under {@code memoryDir}: the store, the router
     * and the embedder are this one's, so labelled questions do not see each other's memories without reopening
     * the knowledge base each time. Closing the view closes only its memory journal.
     */
    public Workspace withMemory(Path memoryDir) {
        return new Workspace(home, storeDir, memoryDir, cacheDir, shared != null ? shared : this, env);
    }

    public static Path homeOf(Map<String, String> env) {
        String h = env.get("ZHITI_HOME");
        return h != null && !h.isBlank() ? Path.of(h) : Path.of(System.getProperty("user.home"), ".zhiti");
    }

    public Path home() {
        return home;
    }

    public Path configFile() {
        return home.resolve("config.properties");
    }

    /** What tool providers read: the settings (environment over config.properties) and $ZHITI_HOME/artifacts. */
    public ToolContext toolContext() {
        return new ToolContext(Settings.load(env, configFile()), home, home.resolve("artifacts"));
    }

    /**
     * One model per process: loading it takes about a second, so it loads in the background from the first call
     * while the caller opens the store; it is thread-safe.
     */
    public synchronized Embedder embedder() {
        if (shared != null) {
            return shared.embedder();
        }
        if (embedder == null) {
            embedder = SharedEmbedder.INSTANCE;
        }
        return embedder;
    }

    /** Loaded on first use (class initialisation is lazy and thread-safe). */
    private static final class SharedEmbedder {
        static final Embedder INSTANCE = new CachingEmbedder(BackgroundEmbedder.bgeSmallZh(), 1024);
    }

    /** The store, created if needed. */
    public synchronized EmbeddedStore store() {
        if (shared != null) {
            return shared.store();
        }
        if (store == null) {
            storeLock = StoreLock.acquire(storeDir, STORE_WAIT, purpose);
            try {
                store = new EmbeddedStore(storeDir, embedder());
            } catch (RuntimeException e) {
                storeLock.close();
                storeLock = null;
                throw e;
            }
        }
        return store;
    }

    /** Names what this process does ("zhiti serve on http://…"), for the lock of the store it opens. */
    public synchronized Workspace purpose(String what) {
        this.purpose = what;
        return this;
    }

    /** The store if one has been created here before; asking a question never creates an empty one. */
    public synchronized Optional<EmbeddedStore> existingStore() {
        if (shared != null) {
            return shared.existingStore();
        }
        return store != null || Files.isDirectory(storeDir) ? Optional.of(store()) : Optional.empty();
    }

    /** The long-term memory stream, kept in a journal under the home so it survives restarts and crashes. */
    public synchronized MemoryStream memoryStream() {
        if (stream == null) {
            journal = new MemoryJournal(memoryDir.resolve("journal.jsonl"));
            stream = new MemoryStream(embedder(), new HeuristicImportanceScorer(),
                    new SubjectReflector(new SlotReader(Catalog.builtIn(), SeriesCatalog.builtIn())), Clock.systemUTC(),
                    StreamSettings.defaults(), journal);
        }
        return stream;
    }

    public synchronized IntentRouter router() {
        if (shared != null) {
            return shared.router();
        }
        if (router == null) {
            router = IntentRouter.train(embedder(), IntentExamples.builtIn(),
                    SlotFeatures.standard(new SlotReader(Catalog.builtIn(), SeriesCatalog.builtIn())),
                    RouterCache.in(cacheDir, m -> System.err.println("zhiti: " + m + " …")));
        }
        return router;
    }

    /** Closes what this workspace opened itself; a view leaves the shared store to its owner. */
    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
        }
        if (storeLock != null) {
            storeLock.close();
        }
        if (journal != null) {
            journal.close();
        }
    }
}
