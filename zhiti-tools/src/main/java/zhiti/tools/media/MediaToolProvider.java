package zhiti.tools.media;

import zhiti.agent.ToolContext;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.SeriesCatalog;

/**
 * The media tools: chart (offline), speak (espeak-ng offline, or the speech API) and image_generate (the image API
 * only). They read their settings at each call, so a wrong URL is a message on use, not a failure to start.
 */
public final class MediaToolProvider implements ToolProvider {

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void register(ToolRegistry tools, ToolContext context) {
        boolean loopback = context.settings().get(JdkMediaHttp.ALLOW_LOOPBACK).map(Boolean::parseBoolean).orElse(false);
        MediaHttp http = new JdkMediaHttp(loopback);
        tools.register(new ChartTool(context, SeriesCatalog.builtIn()));
        tools.register(new SpeakTool(context, http));
        tools.register(new ImageGenerateTool(context, http));
    }
}
