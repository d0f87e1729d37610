package zhiti.tools.econ;

import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.Catalog;

/** The compute-economics calculators over the built-in catalogs. */
public final class EconToolProvider implements ToolProvider {
    @Override public int order() { return 10; }

    @Override public void register(ToolRegistry tools) { EconTools.register(tools, Catalog.builtIn()); }
}
