package zhiti.app.econ;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zhiti.runtime.Json;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.ServerSystem;
import zhiti.econ.units.Formats;
import zhiti.core.Lang;

/** {@code zhiti econ catalog}: lists the bundled catalogs, or shows one entry with every fact and its source. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Show the catalogs: accelerators, systems, models (with every estimate), series.",
                "Examples: zhiti econ catalog accelerators; zhiti econ catalog models GPT-4 --json"})
public final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND",
            description = "accelerators|systems|models|series (singular forms accepted); omit for a summary")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "an entry's name or alias, e.g. H100, 昇腾910B, GPT-4")
    String name;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--lang", defaultValue = "en", description = "zh|en for human output; default ${DEFAULT-VALUE}")
    String lang;

    @Override
    public Integer call() {
        Catalog c = Catalog.builtIn();
        SeriesCatalog s = SeriesCatalog.builtIn();
        Lang l = Lang.parse(lang);
        Map<String, Object> out = new LinkedHashMap<>();
        if (kind == null) {
            out.put("accelerators", c.accelerators().all().size());
            out.put("systems", c.systems().all().size());
            out.put("models", c.models().all().size());
            out.put("series", s.all().size());
            return print(out, l);
        }
        String k = normalizeKind(kind);
        out.put("kind", k);
        if (name == null) {
            List<Map<String, Object>> entries = switch (k) {
                case "accelerators" -> c.accelerators().all().stream().map(CatalogCommand::accelerator).toList();
                case "systems" -> c.systems().all().stream().map(CatalogCommand::system).toList();
                case "models" -> c.models().all().stream().map(CatalogCommand::model).toList();
                default -> s.all().stream().map(x -> series(x, false)).toList();
            };
            out.put("entries", entries);
            return print(out, l);
        }
        switch (k) {
            case "accelerators" -> out.put("entry", accelerator(c.accelerators().get(name)));
            case "systems" -> out.put("entry", system(c.systems().get(name)));
            case "models" -> {
                List<ModelCard> estimates = c.models().variants(name);
                if (json || estimates.size() == 1) { // people read the primary once, as the first estimate
                    out.put("entry", model(c.models().get(name)));
                }
                out.put("estimates", estimates.stream().map(CatalogCommand::model).toList());
            }
            default -> out.put("entry", series(s.get(name), true));
        }
        return print(out, l);
    }

    private static String normalizeKind(String k) {
        String v = k.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "accelerators", "accelerator", "chips", "chip", "gpus", "gpu" -> "accelerators";
            case "systems", "system", "servers", "server" -> "systems";
            case "models", "model" -> "models";
            case "series", "timeseries" -> "series";
            default -> throw new IllegalArgumentException("unknown catalog '" + k
                    + "': use accelerators, systems, models or series");
        };
    }

    static Map<String, Object> accelerator(Accelerator a) {
        return a.facts();
    }

    static Map<String, Object> system(ServerSystem s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("aliases", s.aliases());
        m.put("accelerator", s.accelerator().name());
        m.put("accelerators_per_server", s.acceleratorsPerServer());
        m.put("list_price_usd", opt(s.listPriceUsd()));
        m.put("price_date", s.priceDate());
        m.put("power_kw", opt(s.powerKw()));
        m.put("notes", s.notes());
        m.put("source", s.source());
        return m;
    }

    static Map<String, Object> model(ModelCard c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("aliases", c.aliases());
        m.put("estimate_of", c.estimateOf());
        m.put("primary", c.primary());
        m.put("arch", c.arch());
        m.put("params", c.params());
        m.put("active_params", opt(c.activeParams()));
        var s = c.shape();
        m.put("layers", opt(s.layers()));
        m.put("hidden", opt(s.hidden()));
        m.put("heads", opt(s.heads()));
        m.put("kv_heads", opt(s.kvHeads()));
        m.put("vocab", opt(s.vocab()));
        m.put("seq_len", opt(s.seqLen()));
        m.put("experts", opt(s.experts()));
        m.put("experts_per_token", opt(s.expertsPerToken()));
        m.put("training_tokens", opt(c.trainingTokens()));
        m.put("released", c.released());
        m.put("notes", c.notes());
        m.put("source", c.source());
        return m;
    }

    static Map<String, Object> series(Series s, boolean withPoints) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("aliases", s.aliases());
        m.put("unit", s.unit());
        m.put("date_convention", s.dateConvention());
        m.put("notes", s.notes());
        m.put("source", s.source());
        m.put("count", s.points().size());
        if (withPoints) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (Series.Point p : s.points()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("date", p.date().toString());
                pm.put("value", p.value());
                pm.put("note", p.note());
                pm.put("kind", p.kind());
                p.low().ifPresent(v -> pm.put("low", v));
                p.high().ifPresent(v -> pm.put("high", v));
                points.add(pm);
            }
            m.put("points", points);
        }
        return m;
    }

    private static Double num(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static Double opt(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static Integer opt(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    private int print(Map<String, Object> out, Lang l) {
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Json.print(w, out);
        } else {
            printHuman(w, out, "", l);
            w.flush();
        }
        return 0;
    }

    /** Key: value lines, nested maps indented, lists of entries separated; empty cells are left out. */
    @SuppressWarnings("unchecked")
    private static void printHuman(PrintWriter w, Map<String, Object> m, String indent, Lang l) {
        for (var e : m.entrySet()) {
            Object v = e.getValue();
            if (v == null || (v instanceof String str && str.isEmpty()) || (v instanceof List<?> li && li.isEmpty())) {
                continue;
            }
            if (v instanceof Map<?, ?> sub) {
                w.println(indent + e.getKey() + ":");
                printHuman(w, (Map<String, Object>) sub, indent + "  ", l);
            } else if (v instanceof List<?> list && list.getFirst() instanceof Map) {
                w.println(indent + e.getKey() + ":");
                for (Object item : list) {
                    printHuman(w, (Map<String, Object>) item, indent + "  ", l);
                    w.println();
                }
            } else if (v instanceof List<?> list) {
                w.println(indent + e.getKey() + ": " + String.join(" | ", list.stream().map(String::valueOf).toList()));
            } else if (v instanceof Double d) {
                w.println(indent + e.getKey() + ": " + Formats.human(d, l));
            } else {
                w.println(indent + e.getKey() + ": " + v);
            }
        }
    }
}
