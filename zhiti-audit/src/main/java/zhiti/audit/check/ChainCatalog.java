package zhiti.audit.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import zhiti.audit.Input;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.NameIndex.Mention;
import zhiti.econ.catalog.ServerSystem;

/**
 * The catalog facts the chain checks may fall back on when a report names a chip, a server or a model without
 * printing the number: each comes back as an {@link Input} whose source names the catalog row, never as a bare
 * number.
 */
final class ChainCatalog {
    private ChainCatalog() {
    }

    /** A chip or server named in a text, and where. */
    record Named(Accelerator chip, ServerSystem server, int position, int length) {
        int perServer() {
            return server == null ? 1 : server.acceleratorsPerServer();
        }

        String name() {
            return server != null ? server.name() : chip.name();
        }
    }

    /** Every chip or server named in the text, longest names first, none inside another. */
    static List<Named> hardware(String text) {
        Catalog c = Catalog.builtIn();
        List<Named> out = new ArrayList<>();
        for (Mention<ServerSystem> m : c.systems().mentions(text))
            add(out, new Named(m.entry().accelerator(), m.entry(), m.position(), m.length()));
        for (Mention<Accelerator> m : c.accelerators().mentions(text))
            add(out, new Named(m.entry(), null, m.position(), m.length()));
        out.sort(Comparator.comparingInt(Named::position));
        return out;
    }

    private static void add(List<Named> out, Named n) {
        for (Named o : out)
            if (n.position() < o.position() + o.length() && o.position() < n.position() + n.length()) return;
        out.add(n);
    }

    /** The one chip the text names (servers count as their chip), or null when it names none or several. */
    static Accelerator onlyChip(String text) {
        Set<String> names = new LinkedHashSet<>();
        Accelerator only = null;
        for (Named n : hardware(text)) {
            names.add(n.chip().name());
            only = n.chip();
        }
        return names.size() == 1 ? only : null;
    }

    static List<ModelCard> models(String text) {
        List<ModelCard> out = new ArrayList<>();
        for (Mention<ModelCard> m : Catalog.builtIn().models().mentions(text))
            if (out.stream().noneMatch(o -> o.estimateOf().equals(m.entry().estimateOf()))) out.add(m.entry());
        return out;
    }

    static Input peak(Accelerator a, Precision p) {
        return Input.constant(a.name() + " peak (dense " + p.label() + ")", a.peakFlops(p), "FLOP/s",
                "catalog accelerators.csv row '" + a.name() + "' (" + p.label() + "_tflops " + fmt(a.peakFlops(p) / 1e12) + "; " + a.source() + ")");
    }

    static Input perServer(ServerSystem s) {
        return Input.constant("GPUs per " + s.name(), s.acceleratorsPerServer(), "GPU",
                "catalog systems.csv row '" + s.name() + "' (accelerators_per_server " + s.acceleratorsPerServer() + "; " + s.source() + ")");
    }

    static Input params(ModelCard m) {
        boolean moe = m.isMixtureOfExperts();
        return Input.constant(moe ? "N (active parameters of " + m.name() + ")" : "N (parameters of " + m.name() + ")",
                m.paramsPerToken(), "parameters", "catalog models.csv row '" + m.name() + "' ("
                        + (moe ? "active_params " : "params ") + fmt(m.paramsPerToken()) + "; " + m.source() + ")");
    }

    static Input tokens(ModelCard m) {
        return Input.constant("D (training tokens of " + m.name() + ")", m.trainingTokens().getAsDouble(), "tokens",
                "catalog models.csv row '" + m.name() + "' (training_tokens " + fmt(m.trainingTokens().getAsDouble()) + "; " + m.source() + ")");
    }

    /** The precisions a chip lists, lowest peak first (fp32 and tf32 left out: no one trains at them any more). */
    static List<Precision> trainingPrecisions(Accelerator a) {
        List<Precision> out = new ArrayList<>();
        for (Precision p : List.of(Precision.BF16, Precision.FP16, Precision.FP8))
            if (a.denseTflops(p).isPresent()) out.add(p);
        out.sort(Comparator.comparingDouble(a::peakFlops));
        return out;
    }

    private static String fmt(double v) {
        return Judge.fmt(v).toLowerCase(Locale.ROOT);
    }
}
