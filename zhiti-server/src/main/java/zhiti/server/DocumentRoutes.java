package zhiti.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import zhiti.memory.kb.Hit;
import zhiti.runtime.RunEvent;
import zhiti.runtime.Zhiti;

/** {@code /api/documents} (upload, progress, list) and {@code /api/search}. */
final class DocumentRoutes {

    private static final long WAIT_MS = 15_000;
    private final Zhiti zhiti;
    private final IngestJobs jobs;
    private final long maxUploadBytes;

    DocumentRoutes(Zhiti zhiti, IngestJobs jobs, long maxUploadBytes) {
        this.zhiti = zhiti;
        this.jobs = jobs;
        this.maxUploadBytes = maxUploadBytes;
    }

    void register(RoutesConfig r) {
        r.post("/api/documents", this::upload);
        r.get("/api/documents", this::list);
        r.get("/api/documents/jobs/{job}/events", this::events);
        r.get("/api/search", this::search);
    }

    private void upload(Context ctx) throws IOException {
        if (ctx.contentType() == null || !ctx.contentType().toLowerCase().startsWith("multipart/form-data")) {
            throw ApiError.badRequest("send the document as multipart/form-data with the field \"file\"");
        }
        // the declared length is checked first, so an oversize upload is refused before it is read
        if (ctx.req().getContentLengthLong() > maxUploadBytes + (1 << 16)) throw refuse(ctx, maxUploadBytes);
        UploadedFile f;
        try {
            f = ctx.uploadedFile("file");
        } catch (RuntimeException e) {
            throw ApiError.badRequest("the multipart body could not be read (" + e.getMessage() + "); uploads are limited to "
                    + (maxUploadBytes >> 20) + " MiB");
        }
        if (f == null) throw ApiError.badRequest("the form has no \"file\" field; send the document as file=@report.pdf");
        try (InputStream in = f.content()) {
            IngestJobs.Job job = jobs.submit(f.filename(), in);
            ctx.status(202).json(RunEvent.map("job", job.id, "file", job.name, "events", "/api/documents/jobs/" + job.id + "/events"));
        }
    }

    /** Most bytes of an oversize body read and dropped, so the client, still sending, gets the 413 instead of a reset. */
    private static final long DRAIN_LIMIT = 64L << 20;

    /**
     * The 413 for a body whose declared length is over the limit. The body is read and discarded first (up to
     * {@link #DRAIN_LIMIT}): closing on a client that is still sending makes it see a broken connection, not the answer.
     */
    static ApiError refuse(Context ctx, long maxUploadBytes) {
        drain(ctx);
        return tooLarge(maxUploadBytes);
    }

    /** Reads and drops a request body of up to {@link #DRAIN_LIMIT} bytes, so a 413 reaches a client still sending. */
    static void drain(Context ctx) {
        if (ctx.req().getContentLengthLong() <= DRAIN_LIMIT) {
            try (InputStream in = ctx.req().getInputStream()) {
                byte[] buf = new byte[1 << 16];
                long read = 0;
                for (int n; read < DRAIN_LIMIT && (n = in.read(buf)) > 0; ) read += n;
            } catch (IOException e) {
                // the client went away: nothing more to tell it
            }
        }
    }

    static ApiError tooLarge(long maxUploadBytes) {
        return new ApiError(413, "too_large", "the upload is larger than the limit of " + Math.max(1, maxUploadBytes >> 20)
                + " MiB (" + maxUploadBytes + " bytes); split the document or start the server with a larger --max-upload-mb");
    }

    private void events(Context ctx) throws IOException, InterruptedException {
        IngestJobs.Job job = jobs.job(ctx.pathParam("job"));
        SseStream sse = new SseStream(ctx);
        try {
            for (int i = 0; ; ) {
                RunEvent e = job.await(i, WAIT_MS);
                if (e == null) {
                    sse.keepAlive();
                    continue;
                }
                sse.send(e.event(), e.data());
                i++;
                if (e.event().equals("finished")) return;
            }
        } catch (IOException clientGone) {
            // the ingestion goes on without a listener
        }
    }

    private void list(Context ctx) {
        var docs = zhiti.workspace().existingStore().map(s -> s.documents()).orElse(java.util.List.of());
        ctx.json(Map.of("documents", docs.stream().map(d -> RunEvent.map("id", d.docId(), "path", d.path(),
                "title", title(d.path()), "format", d.format(), "chunks", d.chunkCount(),
                "ingested", Instant.ofEpochMilli(d.time()).toString())).toList()));
    }

    private static String title(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw ApiError.badRequest("give the query as ?q=…, e.g. /api/search?q=MemGPT");
        int k = Requests.intParam(ctx, "k", 5, 1, 50);
        ctx.json(Map.of("hits", zhiti.search(q, k).stream().map(DocumentRoutes::hit).toList()));
    }

    private static Map<String, Object> hit(Hit h) {
        var c = h.citation();
        return RunEvent.map("doc", c.doc(), "locator", c.locator(), "text", c.text(), "score", h.score());
    }
}
