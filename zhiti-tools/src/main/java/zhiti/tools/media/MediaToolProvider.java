package zhiti.tools.media;

import java.time.Duration;
import zhiti.agent.Settings;
import zhiti.agent.ToolContext;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.tools.net.Outbound;

/**
 * The media tools: chart (offline), speak (espeak-ng offline, or the speech API) and image_generate (the image API
 * only). They read their settings at each call, so a wrong URL is a message on use, not a failure to start.
 */
public final class MediaToolProvider implements ToolProvider {

    @Override
    public int order() {
        return 40;
    }

    /** Posts through the project's guarded client, with room for a long recording or a large image. */
    static MediaHttp http(Settings settings) {
        Outbound out = Outbound.fromSettings(settings).withLimits(Duration.ofSeconds(120), 32L << 20);
        return (uri, headers, contentType, body) -> {
            Outbound.Response r = out.post(uri, headers, contentType, body);
            return new MediaHttp.Response(r.status(), r.contentType(), r.body());
        };
    }

    @Override
    public void register(ToolRegistry tools, ToolContext context) {
        MediaHttp http = http(context.settings());
        tools.register(new ChartTool(context, SeriesCatalog.builtIn()));
        tools.register(new SpeakTool(context, http));
        tools.register(new ImageGenerateTool(context, http));
    }
}
