package zhiti.tools.code;

import zhiti.agent.ToolContext;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;

/**
 * Registers {@code run_code}. The worker process is shared by every registry of this JVM with the same settings,
 * and starts on the first call, not here: most runs never execute code, and a JVM per registration would be waste.
 */
public final class CodeToolProvider implements ToolProvider {

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void register(ToolRegistry tools, ToolContext context) {
        tools.register(new RunCodeTool(JsSandbox.shared(SandboxConfig.from(context.settings()))));
    }
}
