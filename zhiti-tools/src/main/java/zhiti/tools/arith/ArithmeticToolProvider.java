package zhiti.tools.arith;

import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.Catalog;

/** Arithmetic over the numbers a question states (ratios, growth, compounding, conversions). */
public final class ArithmeticToolProvider implements ToolProvider {
    @Override public int order() { return 20; }

    @Override public void register(ToolRegistry tools) { ArithmeticTools.register(tools, Catalog.builtIn()); }
}
