package zhiti.server;

import java.util.Map;

/** An error a client caused or must act on: the HTTP status, a stable code and a message that says what to fix. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, "not_found", what);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        return Map.of("error", code, "message", getMessage());
    }
}
