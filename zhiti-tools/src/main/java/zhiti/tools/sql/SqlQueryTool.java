package zhiti.tools.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Citation;
import zhiti.tools.econ.CatalogNames;

/**
 * sql_query: one read-only DuckDB SELECT over the catalog tables and the user's files in allowed directories. The
 * result's data holds every returned row; figures are drawn from small results only ({@link ResultFigures}).
 */
public final class SqlQueryTool implements Tool {

    private final Supplier<CatalogSql> sql;
    private final List<String> directories;

    /**
     * @param sql         the engine, made on first call so that a bad setting is reported as a call's error
     * @param directories the allowed directories as configured, for the description
     */
    public SqlQueryTool(Supplier<CatalogSql> sql, List<String> directories) {
        this.sql = sql;
        this.directories = List.copyOf(directories);
    }

    @Override
    public String name() {
        return ToolName.SQL_QUERY.id();
    }

    @Override
    public String description() {
        String files = directories.isEmpty() ? ""
                : " and CSV/Parquet files under " + String.join(", ", directories)
                + " via read_csv('/abs/path') or read_parquet";
        return "One read-only SELECT (DuckDB SQL; WITH and VALUES fine) over Zhiti's catalogs" + files
                + ". NULL = not catalogued. Units in column names (tflops = dense peak TFLOP/s, gb GB, tb_per_s "
                + "TB/s, w W, usd USD, per_h per hour); tpp = TFLOPS × bit width, perf_density = TPP/mm²; "
                + "export_class '3A090', 'not 3A090' or 'undetermined' (systems: '4A090'…), eccn adds .a/.b; "
                + "training_flop = 6 × active params × tokens; series: one row per dated point, unit per row. "
                + "Tables:\n" + CatalogSql.describe();
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("sql", "one SELECT, e.g. SELECT name, fp8_tflops / tdp_w AS fp8_tflops_per_w FROM accelerators "
                        + "ORDER BY 2 DESC NULLS LAST LIMIT 5")
                .integer("limit", "most rows to return, 1-" + CatalogSql.MAX_LIMIT + "; default "
                        + CatalogSql.DEFAULT_LIMIT)
                .required("sql").build();
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        String text = args.path("sql").asText("");
        int limit = CatalogSql.DEFAULT_LIMIT;
        if (args.hasNonNull("limit")) {
            double l = args.get("limit").asDouble();
            if (l != Math.rint(l) || l < 1 || l > CatalogSql.MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be a whole number from 1 to " + CatalogSql.MAX_LIMIT
                        + ", got " + args.get("limit"));
            }
            limit = (int) l;
        }
        Result r = sql.get().query(text, limit);
        return new ToolResult(r.toJson(), ResultPreview.of(r), ResultFigures.of(r), citations(r));
    }

    /** The catalog source of each row a figure came from. */
    private static List<Citation> citations(Result r) {
        int source = r.columnIndex(CatalogTables.SOURCE);
        int name = r.columnIndex("name") >= 0 ? r.columnIndex("name") : r.columnIndex("series");
        if (source < 0 || r.rowCount() > ResultFigures.MAX_ROWS) {
            return List.of();
        }
        Set<Citation> out = new LinkedHashSet<>();
        for (List<Object> row : r.rows()) {
            if (row.get(source) != null) {
                String locator = name >= 0 && row.get(name) != null ? row.get(name).toString() : "row";
                out.add(CatalogNames.cite(locator, row.get(source).toString()));
            }
        }
        return new ArrayList<>(out);
    }
}
