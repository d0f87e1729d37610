package zhiti.tools.fx;

import zhiti.agent.ToolContext;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;

/** Registers fx_convert, with the online rate provider when {@code fx.url} is configured. */
public final class FxToolProvider implements ToolProvider {

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void register(ToolRegistry tools, ToolContext context) {
        tools.register(FxConvertTool.create(context.settings()));
    }
}
