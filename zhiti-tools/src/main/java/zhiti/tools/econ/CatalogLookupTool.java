package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import zhiti.core.Citation;
import zhiti.agent.Tool;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.ServerSystem;

/** Looks a model, accelerator or server up in the econ catalog and returns its facts with their source. */
public final class CatalogLookupTool implements Tool {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog;
    private final SeriesCatalog series;

    public CatalogLookupTool(Catalog catalog) {
        this(catalog, SeriesCatalog.builtIn());
    }

    public CatalogLookupTool(Catalog catalog, SeriesCatalog series) {
        this.catalog = catalog;
        this.series = series;
    }

    @Override
    public String name() {
        return "catalog_lookup";
    }

    @Override
    public String description() {
        return "Look up a model (parameters, training tokens), an accelerator (dense peak TFLOP/s per precision, "
                + "memory, TDP, prices) or a server system (GPUs per server) in Zhiti's catalog, or a time series (cost per GFLOPS, "
                + "bitcoin hash rate, battery cost, cloud market, NEV share …: dated points, unit, source). Returns facts with sources; "
                + "unknown names return the nearest known names.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .oneOf("kind", "what to look up", "model", "accelerator", "system", "series")
                .string("name", "name or alias, e.g. GPT-3, H100, DGX A100, 英伟达 A100, cost per GFLOPS")
                .required("kind", "name").build();
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        String name = args.get("name").asText();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        List<Figure> figures = new ArrayList<>();
        String source;
        switch (args.get("kind").asText()) {
            case "model" -> {
                ModelCard m = catalog.models().get(name);
                source = m.source();
                data.put("name", m.name()).put("params", m.params()).put("source", source);
                figures.add(fact(m.name() + " parameters", m.params(), "parameter", source));
                if (m.activeParams().isPresent()) {
                    data.put("active_params", m.activeParams().getAsDouble());
                    figures.add(fact(m.name() + " active parameters", m.activeParams().getAsDouble(), "parameter", source));
                }
                if (m.trainingTokens().isPresent()) {
                    data.put("training_tokens", m.trainingTokens().getAsDouble());
                    figures.add(fact(m.name() + " training tokens", m.trainingTokens().getAsDouble(), "token", source));
                }
            }
            case "accelerator" -> {
                Accelerator a = catalog.accelerators().get(name);
                source = a.source();
                accelerator(data, a);
                a.denseTflops(Precision.BF16).ifPresent(t ->
                        figures.add(fact(a.name() + " dense BF16 peak", t, "TFLOP/s", a.source())));
            }
            case "system" -> {
                ServerSystem s = catalog.systems().get(name);
                source = s.source();
                data.put("name", s.name()).put("accelerators_per_server", s.acceleratorsPerServer())
                        .put("source", source);
                accelerator(data.putObject("accelerator"), s.accelerator());
                figures.add(fact(s.name() + " GPUs per server", s.acceleratorsPerServer(), "GPU", source));
            }
            case "series" -> {
                Series s = series.get(name);
                source = s.source();
                data.put("name", s.name()).put("unit", s.unit()).put("source", source)
                        .put("date_convention", s.dateConvention());
                var points = data.putArray("points");
                for (Series.Point p : s.points()) {
                    ObjectNode o = points.addObject().put("date", p.date().toString()).put("value", p.value())
                            .put("kind", p.kind());
                    if (!p.note().isBlank()) {
                        o.put("note", p.note());
                    }
                }
                Series.Point last = s.observed().isEmpty() ? s.last() : s.observed().getLast();
                figures.add(fact(s.name() + " at " + last.date(), last.value(), s.unit(), source));
            }
            default -> throw new IllegalArgumentException("kind must be model, accelerator, system or series");
        }
        String summary = data.get("name").asText() + " (" + source + ")";
        return new ToolResult(data, summary, figures, List.of(new Citation("zhiti catalog", data.get("name").asText(), source)));
    }

    /** The catalog's one view of an accelerator row, as JSON. */
    private static void accelerator(ObjectNode data, Accelerator a) {
        data.setAll((ObjectNode) JSON.valueToTree(a.facts()));
    }

    private static Figure fact(String name, double v, String unit, String source) {
        return new Figure(name, v, unit, "catalog value", java.util.Map.of(), source);
    }
}
