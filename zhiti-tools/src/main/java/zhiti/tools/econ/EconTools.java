package zhiti.tools.econ;

import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.Catalog;

/** Registers the compute-economics tools on a registry. */
public final class EconTools {

    private EconTools() {
    }

    public static ToolRegistry register(ToolRegistry registry, Catalog catalog) {
        return registry.register(new CatalogLookupTool(catalog))
                .register(new TrainingComputeTool(catalog))
                .register(new TrainingClusterTool(catalog));
    }
}
