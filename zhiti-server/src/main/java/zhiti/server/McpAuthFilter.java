package zhiti.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import zhiti.runtime.Json;

/**
 * The API key check in front of the MCP servlet at /mcp. The servlet is mounted beside Javalin's, so Javalin's
 * before-handlers never see its requests; this filter asks for the same keys, and refuses in the same JSON.
 */
final class McpAuthFilter implements Filter {

    private final ApiKeys keys;

    McpAuthFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String authorization = request.getHeader("Authorization");
        if (request.getMethod().equals("OPTIONS") || keys.caller(authorization).isPresent()) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String message = authorization == null
                ? "/mcp needs an API key: send the header \"Authorization: Bearer KEY\" (zhiti serve prints the key file on start)"
                : "the API key was refused; use a key from " + keys.origin();
        response.getOutputStream().write(Json.MAPPER.writeValueAsString(Map.of("error", "unauthorized", "message", message))
                .getBytes(StandardCharsets.UTF_8));
    }
}
