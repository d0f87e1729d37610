package zhiti.tools.media;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The one outbound call the media tools make: a POST to a configured speech or image API. An interface, so the
 * provider binds it to the project's guarded client ({@link zhiti.tools.net.Outbound}) and tests to a fake server.
 */
public interface MediaHttp {

    /** Sends {@code body} and returns the whole answer, whatever its status; IOException if none came in time. */
    Response post(URI uri, Map<String, String> headers, String contentType, byte[] body) throws IOException;

    /** @param contentType the Content-Type header, "" when absent */
    record Response(int status, String contentType, byte[] body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
