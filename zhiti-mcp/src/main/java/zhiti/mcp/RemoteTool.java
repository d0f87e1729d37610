package zhiti.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolArgumentsException;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.service.tool.ToolExecutionResult;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import zhiti.agent.Tool;
import zhiti.agent.ToolResult;

/**
 * A tool of an external MCP server, mounted as {@code server__tool}. What it returns is the other server's text,
 * so it is marked as untrusted data — in the summary a brain reads and in the data ({@code "untrusted": true}) —
 * and never read as instructions. The call's timeout is the client's.
 */
final class RemoteTool implements Tool {

    static final String SEPARATOR = "__";
    /** The longest text kept from one call; a tool's output is data for a model's context, not a download. */
    static final int MAX_TEXT_CHARS = 64 * 1024;
    private static final int MAX_SUMMARY_CHARS = 600;
    private static final int MAX_DESCRIPTION_CHARS = 1024;
    private static final Pattern NOT_NAME = Pattern.compile("[^A-Za-z0-9_-]");

    private final String server;
    private final McpClient client;
    private final String remoteName;
    private final String name;
    private final String description;
    private final ObjectNode parameters;

    RemoteTool(String server, McpClient client, ToolSpecification spec) {
        this.server = server;
        this.client = client;
        this.remoteName = spec.name();
        this.name = localName(server, spec.name());
        this.description = clip("[MCP server " + server + "] " + (spec.description() == null ? "" : spec.description()),
                MAX_DESCRIPTION_CHARS);
        this.parameters = schema(spec);
    }

    /** {@code server__tool} with every character a model provider refuses replaced, at most 64 characters. */
    static String localName(String server, String tool) {
        String n = NOT_NAME.matcher(server + SEPARATOR + tool).replaceAll("_");
        return n.length() > 64 ? n.substring(0, 64) : n;
    }

    /** The remote input schema as LangChain4j read it, in standard JSON-schema form. */
    private static ObjectNode schema(ToolSpecification spec) {
        JsonNode p = JsonMaps.parse(spec.toJson()).path("parameters");
        if (p instanceof ObjectNode o) return o;
        ObjectNode empty = JsonMaps.MAPPER.createObjectNode().put("type", "object");
        empty.putObject("properties");
        return empty;
    }

    String marker() {
        return "[untrusted output of MCP server " + server + "]";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ObjectNode parameters() {
        return parameters.deepCopy();
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        ToolExecutionRequest request = ToolExecutionRequest.builder().id(UUID.randomUUID().toString())
                .name(remoteName).arguments(args.toString()).build();
        ToolExecutionResult r;
        // every message below is the other server's text too, so it carries the marker
        try {
            r = client.executeTool(request);
        } catch (ToolArgumentsException e) {
            throw new IllegalArgumentException(marker() + " " + remoteName + " refused the arguments: " + clip(e));
        } catch (ToolExecutionException e) {
            throw new IllegalArgumentException(marker() + " " + remoteName + " reported an error: " + clip(e));
        } catch (RuntimeException e) {
            throw new IllegalStateException(marker() + " the call to " + remoteName + " failed: " + clip(e));
        }
        String text = r.resultText() == null ? "" : r.resultText();
        if (r.isError()) {
            throw new IllegalArgumentException(marker() + " " + remoteName + " reported an error: "
                    + clip(text, MAX_SUMMARY_CHARS));
        }
        ObjectNode data = JsonMaps.MAPPER.createObjectNode().put("server", server).put("tool", remoteName)
                .put("untrusted", true).put("text", clip(text, MAX_TEXT_CHARS));
        // a result with structured content reaches us as that JSON (LangChain4j drops the text content then)
        if (r.result() != null && !(r.result() instanceof String) && text.length() <= MAX_TEXT_CHARS) {
            data.set("structured", JsonMaps.MAPPER.valueToTree(r.result()));
        }
        return new ToolResult(data, marker() + " " + clip(text.strip(), MAX_SUMMARY_CHARS), List.of(), List.of());
    }

    private static String clip(RuntimeException e) {
        return clip(String.valueOf(e.getMessage()), MAX_SUMMARY_CHARS);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + " …[cut at " + max + " characters]";
    }
}
