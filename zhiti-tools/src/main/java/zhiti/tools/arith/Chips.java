package zhiti.tools.arith;

import java.util.List;
import zhiti.core.Citation;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.Hardware;
import zhiti.tools.econ.CatalogNames;

/**
 * The catalog as the chain-link tools use it: a hardware name (H100, 英伟达 H20, DGX A100) resolved to its
 * accelerator, with every row read added to the citations. Unknown names fail with the catalog's suggestions.
 */
final class Chips {

    private final Catalog catalog;

    Chips(Catalog catalog) {
        this.catalog = catalog;
    }

    Accelerator accelerator(String name, List<Citation> citations) {
        Hardware hw = catalog.hardware(name);
        citations.addAll(CatalogNames.cite(hw));
        return hw.accelerator();
    }

    /** A figure's source when stated values meet a catalog row. */
    static String mixed(Accelerator acc) {
        return Stated.SOURCE + "; " + acc.source();
    }
}
