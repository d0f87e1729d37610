package zhiti.tools.econ;

import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;

/** Registers the compute-economics tools on a registry. */
public final class EconTools {

    private EconTools() {
    }

    /** Every econ tool, reading names from {@code catalog} and the bundled time series. */
    public static ToolRegistry register(ToolRegistry registry, Catalog catalog) {
        return register(registry, catalog, SeriesCatalog.builtIn());
    }

    public static ToolRegistry register(ToolRegistry registry, Catalog catalog, SeriesCatalog series) {
        CatalogNames names = new CatalogNames(catalog, series);
        return registry.register(new CatalogLookupTool(catalog, series))
                .register(new TrainingComputeTool(catalog))
                .register(new TrainingClusterTool(catalog))
                .register(new TrainingCostTool(names))
                .register(new TrainingEnergyTool(names))
                .register(new InferenceComputeTool(names))
                .register(new InferenceMemoryTool(names))
                .register(new ChipMetricsTool(names))
                .register(new TrendGrowthTool(names))
                .register(new TrendFitTool(names))
                .register(new ScalingLawTool(names))
                .register(new TrainingPlanTool(names))
                .register(new VideoComputeTool(names))
                .register(new CatalogListTool(catalog));
    }
}
