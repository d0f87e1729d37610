package zhiti.tools.arith;

import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.Catalog;

/**
 * Registers the arithmetic tools (ratio, change, compounding, rates, doubling time, target year, currency) and the
 * chain links the coarse econ tools do not expose one by one (inference FLOP, serving volume, server count,
 * GPU-hours, rental cost, purchase cost, power draw, cost per million tokens, decode speed, weight memory, equivalent accelerators, KV caches that fit), each with typed signatures for a
 * planner.
 */
public final class ArithmeticTools {

    private ArithmeticTools() {
    }

    public static ToolRegistry register(ToolRegistry registry, Catalog catalog) {
        Chips chips = new Chips(catalog);
        return registry.register(new RatioTool())
                .register(new ChangeTool())
                .register(new CompoundTool())
                .register(new CombineRatesTool())
                .register(new DoublingTimeTool())
                .register(new TargetYearTool())
                .register(new CurrencyConvertTool())
                .register(new InferenceFlopTool())
                .register(new ServingVolumeTool())
                .register(new ServerCountTool())
                .register(new GpuHoursTool(chips))
                .register(new RentalCostTool())
                .register(new DecodeThroughputTool(chips))
                .register(new ModelMemoryTool(chips))
                .register(new EquivalentAcceleratorsTool(chips))
                .register(new FleetThroughputTool())
                .register(new ImpliedUtilisationTool())
                .register(new PurchaseCostTool())
                .register(new PowerDrawTool())
                .register(new TokenCostTool())
                .register(new CacheCapacityTool());
    }
}
