package zhiti.server;

import io.javalin.http.Context;

/** Every API route but the health check needs a known key; the caller it names is kept on the request. */
final class Auth {

    private static final String CALLER = "zhiti.caller";

    private Auth() {
    }

    static void check(Context ctx, ApiKeys keys) {
        String path = ctx.path();
        boolean open = path.equals("/api/health") || !(path.startsWith("/api/") || path.startsWith("/v1/") || path.equals("/v1"));
        if (open || ctx.method().name().equals("OPTIONS")) return;
        String caller = keys.caller(ctx.header("Authorization")).orElseThrow(() -> new ApiError(401, "unauthorized",
                ctx.header("Authorization") == null
                        ? "this route needs an API key: send the header \"Authorization: Bearer KEY\" (zhiti serve prints the key file on start)"
                        : "the API key was refused; use a key from " + keys.origin()));
        ctx.attribute(CALLER, caller);
    }

    static String caller(Context ctx) {
        return ctx.attribute(CALLER);
    }
}
