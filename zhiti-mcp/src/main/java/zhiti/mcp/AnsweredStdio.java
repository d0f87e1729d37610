package zhiti.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The streams of one stdio session, counting the requests read and the answers written. The SDK closes the session
 * as soon as its reader sees the end of input, which would drop the answers to requests a client sent just before
 * closing (`printf … | zhiti mcp`); here the end of input is passed on once every request read has its answer — or
 * when nothing has moved for {@link #IDLE_NANOS} with no tool call running (a request the SDK will not answer, such
 * as one sent before the handshake), and at the latest after {@link #MAX_WAIT_NANOS}.
 */
final class AnsweredStdio {

    static final long IDLE_NANOS = 2_000_000_000L;
    static final long MAX_WAIT_NANOS = 120_000_000_000L;

    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicInteger running = new AtomicInteger();
    private volatile long lastActivity = System.nanoTime();
    private final CountDownLatch ended = new CountDownLatch(1);

    InputStream input(InputStream in) {
        return new Input(in);
    }

    OutputStream output(OutputStream out) {
        return new Output(out);
    }

    /** Blocks until the input has ended and the requests read were answered. */
    void awaitEnd() throws InterruptedException {
        ended.await();
    }

    /** Runs one tool call, so the end of input waits for it however long it takes (up to the maximum). */
    <T> T track(Supplier<T> call) {
        running.incrementAndGet();
        try {
            return call.get();
        } finally {
            running.decrementAndGet();
            lastActivity = System.nanoTime();
        }
    }

    private void waitForAnswers() {
        long deadline = System.nanoTime() + MAX_WAIT_NANOS;
        while (answered.get() < asked.get() && System.nanoTime() < deadline) {
            if (running.get() == 0 && System.nanoTime() - lastActivity > IDLE_NANOS) return;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A JSON-RPC message line: what kind it is decides the counts; anything unreadable counts for nothing. */
    private static JsonNode message(byte[] line, int length) {
        try {
            return JsonMaps.MAPPER.readTree(line, 0, length);
        } catch (IOException | RuntimeException e) {
            return JsonMaps.MAPPER.nullNode();
        }
    }

    /** Hands the client's bytes on line by line, counting the requests (messages with a method and an id). */
    private final class Input extends InputStream {
        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private byte[] buffer = new byte[0];
        private int pos;

        Input(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) return -1;
            return buffer[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (!fill()) return -1;
            int n = Math.min(len, buffer.length - pos);
            System.arraycopy(buffer, pos, b, off, n);
            pos += n;
            return n;
        }

        /** The next line into the buffer; false at the end of input, once the requests read are answered. */
        private boolean fill() throws IOException {
            if (pos < buffer.length) return true;
            line.reset();
            try {
                int c;
                while ((c = in.read()) >= 0) {
                    line.write(c);
                    if (c == '\n') break;
                }
            } catch (IOException e) {
                ended.countDown();
                throw e;
            }
            if (line.size() == 0) {
                waitForAnswers();
                ended.countDown();
                return false;
            }
            buffer = line.toByteArray();
            pos = 0;
            JsonNode m = message(buffer, buffer.length);
            if (m.hasNonNull("method") && m.hasNonNull("id")) asked.incrementAndGet();
            lastActivity = System.nanoTime();
            return true;
        }

        @Override
        public void close() throws IOException {
            ended.countDown();
            in.close();
        }
    }

    /** Passes the server's bytes through, counting the answers (messages with an id and a result or an error). */
    private final class Output extends FilterOutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Output(OutputStream out) {
            super(out);
        }

        @Override
        public synchronized void write(int b) throws IOException {
            out.write(b);
            note(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            for (int i = off; i < off + len; i++) note(b[i]);
        }

        private void note(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            JsonNode m = message(line.toByteArray(), line.size());
            if (m.hasNonNull("id") && (m.has("result") || m.has("error"))) answered.incrementAndGet();
            lastActivity = System.nanoTime();
            line.reset();
        }
    }
}
