package zhiti.agent;

import java.util.Comparator;
import java.util.ServiceLoader;

/**
 * A module's tools, found with {@link ServiceLoader}: a tool module lists its provider in
 * {@code META-INF/services/zhiti.agent.ToolProvider} and the runtime mounts it without its wiring being edited.
 * Tools bound to one workspace (its knowledge base, its memory) are registered by the runtime itself.
 */
public interface ToolProvider {

    /** Providers register in this order (lower first), so the registry, and the tool list a model sees, is stable. */
    default int order() {
        return 100;
    }

    /** Registers tools that need no configuration. */
    default void register(ToolRegistry tools) {
    }

    /** Registers this module's tools; providers whose tools read settings or write files override this one. */
    default void register(ToolRegistry tools, ToolContext context) {
        register(tools);
    }

    /** Every provider on the class path, registered into {@code tools} in their order, with no configuration. */
    static ToolRegistry discover(ToolRegistry tools) {
        return discover(tools, ToolContext.defaults());
    }

    static ToolRegistry discover(ToolRegistry tools, ToolContext context) {
        Found.ALL.forEach(p -> p.register(tools, context));
        return tools;
    }

    /** The providers, looked up once: the class path does not change, and every run registers them anew. */
    final class Found {
        static final java.util.List<ToolProvider> ALL = ServiceLoader.load(ToolProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(ToolProvider::order).thenComparing(p -> p.getClass().getName()))
                .toList();

        private Found() {
        }
    }
}
