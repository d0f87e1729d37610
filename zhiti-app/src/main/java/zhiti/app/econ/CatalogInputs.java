package zhiti.app.econ;

import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.ServerSystem;

/**
 * Catalog names given on the command line (--chip/--gpu/--hardware, --model, --series) turned into the numbers the
 * calculators take. Unknown names raise {@link zhiti.econ.catalog.UnknownNameException}, which the root command maps to exit 2.
 */
final class CatalogInputs {

    private CatalogInputs() {
    }

    /** A server system (DGX H100) or null when the name is an accelerator. */
    static ServerSystem system(String name) {
        return Catalog.builtIn().systems().find(name).orElse(null);
    }

    /** An accelerator by its own name, or the accelerator inside a named server system. */
    static Accelerator accelerator(String name) {
        return Catalog.builtIn().accelerator(name);
    }

    static ModelCard model(String name) {
        return Catalog.builtIn().models().get(name);
    }

    static Series series(String name) {
        return SeriesCatalog.builtIn().get(name);
    }


    /** Fails with a message when a number given on the command line is not above zero. */
    static double positive(String option, double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException(option + " must be greater than 0, got " + v);
        }
        return v;
    }
}
