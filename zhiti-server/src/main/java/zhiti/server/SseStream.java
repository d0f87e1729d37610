package zhiti.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import zhiti.runtime.Json;

/**
 * Server-sent events written straight to the response, so a POST (the OpenAI streaming API) can stream as well as a
 * GET. Each message is flushed at once; a write failing means the client went away.
 */
final class SseStream {

    private final OutputStream out;

    SseStream(Context ctx) throws IOException {
        ctx.status(200);
        ctx.res().setContentType("text/event-stream;charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        this.out = ctx.res().getOutputStream();
        out.flush();
    }

    /** {@code event: NAME} (omitted if null) and {@code data: JSON}. */
    void send(String event, Object data) throws IOException {
        String json;
        try {
            json = data instanceof String s ? s : Json.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an event as JSON", e);
        }
        StringBuilder m = new StringBuilder();
        if (event != null) m.append("event: ").append(event).append('\n');
        m.append("data: ").append(json).append("\n\n");
        write(m.toString());
    }

    /** A comment line: keeps idle connections open through proxies. */
    void keepAlive() throws IOException {
        write(": keep-alive\n\n");
    }

    private void write(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
