package zhiti.tools.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into bytes and gives up as soon as it grows past a limit, cancelling the transfer, so
 * a huge or endless response never fills the heap.
 */
final class LimitedBody implements BodySubscriber<byte[]> {

    private final long limit;
    private final String what;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private final long declared;

    /**
     * @param what     names the response in the error, e.g. "the response from example.com"
     * @param declared the Content-Length the server announced, or -1: a body announced too large is refused unread
     */
    LimitedBody(long limit, String what, long declared) {
        this.limit = limit;
        this.what = what;
        this.declared = declared;
    }

    static String tooLarge(String what, long limit) {
        return what + " exceeds the limit of " + Outbound.size(limit) + " (net.max_bytes); stopped reading";
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > limit) {
            s.cancel();
            result.completeExceptionally(new IOException(tooLarge(what, limit)));
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new IOException(tooLarge(what, limit)));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
