package zhiti.tools.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;

/**
 * Decides, before anything runs, that a text is exactly one read-only SELECT (a WITH … SELECT or VALUES query is
 * one): JSqlParser must not find another kind of statement, a second statement or SELECT … INTO; the text must hold
 * one statement outside strings and comments ({@link SqlText}); and DuckDB's own parser, asked only to serialize
 * the text ({@code json_serialize_sql}, which accepts SELECT statements alone), must see one SELECT. JSqlParser does
 * not know all of DuckDB's dialect (FROM-first queries, {@code **}); when it cannot parse a text, DuckDB's parser,
 * the one that will run it, decides.
 */
final class QueryGuard {

    static final int MAX_SQL_CHARS = 20_000;
    private static final long PARSE_TIMEOUT_MS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why a text was turned away: not one read-only SELECT, or not valid SQL. */
    static final class Rejected extends Exception {
        final boolean syntax;

        Rejected(String reason, boolean syntax) {
            super(reason, null, false, false);
            this.syntax = syntax;
        }
    }

    /**
     * A text that passed.
     *
     * @param statement the statement without its terminator or trailing comments
     * @param tables    catalog tables it names
     * @param files     the files it reads, as the table function and its string arguments: "read_csv('/path')"
     */
    record Checked(String statement, List<String> tables, List<String> files) {
    }

    private QueryGuard() {
    }

    static Checked check(String sql, Connection c) throws Rejected, SQLException {
        if (sql == null || sql.isBlank()) {
            throw new Rejected("the sql is empty", false);
        }
        if (sql.length() > MAX_SQL_CHARS) {
            throw new Rejected("the sql has " + sql.length() + " characters; at most " + MAX_SQL_CHARS
                    + " are accepted", false);
        }
        checkWithJSqlParser(sql);
        List<String> parts = SqlText.statements(sql);
        if (parts.isEmpty()) {
            throw new Rejected("the sql holds only comments", false);
        }
        if (parts.size() > 1) {
            throw new Rejected(several(parts.stream().map(SqlText::firstKeyword).toList()), false);
        }
        JsonNode ast = duckdbParse(sql, parts, c);
        Set<String> tables = new LinkedHashSet<>();
        Set<String> files = new LinkedHashSet<>();
        collect(ast, tables, files);
        return new Checked(parts.getFirst(), List.copyOf(tables), List.copyOf(files));
    }

    /**
     * Checks the text that will actually run (the checked statement inside the runner's LIMIT wrapper) with the
     * lexer and DuckDB's parser again, so that no slip in cutting the terminator can let anything else through.
     */
    static void checkRunnable(String sql, Connection c) throws Rejected, SQLException {
        List<String> parts = SqlText.statements(sql);
        if (parts.size() != 1) {
            throw new Rejected(several(parts.stream().map(SqlText::firstKeyword).toList()), false);
        }
        duckdbParse(sql, parts, c);
    }

    /** Refuses what JSqlParser can read as anything but one SELECT; a text it cannot read passes on to DuckDB. */
    private static void checkWithJSqlParser(String sql) throws Rejected {
        Statements statements;
        try {
            statements = CCJSqlParserUtil.parseStatements(sql, p -> p.withTimeOut(PARSE_TIMEOUT_MS));
        } catch (JSQLParserException e) {
            return; // DuckDB dialect JSqlParser lacks, or a syntax error DuckDB will name
        }
        List<Statement> list = statements.stream().filter(s -> s != null).toList();
        if (list.size() > 1) {
            throw new Rejected(several(list.stream().map(s -> SqlText.firstKeyword(s.toString())).toList()), false);
        }
        if (list.isEmpty()) {
            return;
        }
        Statement s = list.getFirst();
        if (!(s instanceof Select select)) {
            throw new Rejected(notSelect(SqlText.firstKeyword(sql)), false);
        }
        if (hasInto(select)) {
            throw new Rejected("SELECT … INTO creates a table; remove INTO and its table name", false);
        }
    }

    private static boolean hasInto(Select s) {
        return switch (s) {
            case PlainSelect p -> p.getIntoTables() != null && !p.getIntoTables().isEmpty();
            case SetOperationList l -> l.getSelects().stream().anyMatch(QueryGuard::hasInto);
            case ParenthesedSelect p -> p.getSelect() != null && hasInto(p.getSelect());
            default -> false;
        };
    }

    /** DuckDB's parse tree of the text, which DuckDB produces only for SELECT statements. */
    private static JsonNode duckdbParse(String sql, List<String> parts, Connection c) throws Rejected, SQLException {
        String json;
        try (PreparedStatement ps = c.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            ps.setString(1, sql);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                json = r.getString(1);
            }
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("DuckDB's parse tree is not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree.path("error").asBoolean(false)) {
            String message = tree.path("error_message").asText("");
            if (tree.path("error_type").asText("").equals("parser")) {
                String at = tree.path("position").asText("");
                throw new Rejected("Parser Error: " + message + (at.isEmpty() ? "" : " (at character " + at + ")"), true);
            }
            throw new Rejected(notSelect(SqlText.firstKeyword(parts.getFirst())), false);
        }
        int n = tree.path("statements").size();
        if (n != 1) {
            throw new Rejected(n == 0 ? "DuckDB found no statement in the sql" : "DuckDB found " + n
                    + " statements; send one", false);
        }
        return tree.path("statements").get(0);
    }

    private static String notSelect(String keyword) {
        return switch (keyword) {
            case "SELECT", "WITH", "VALUES", "FROM", "TABLE", "" -> "this is not a single SELECT statement";
            default -> keyword + " statements are not allowed";
        };
    }

    private static String several(List<String> keywords) {
        return "the sql holds " + keywords.size() + " statements (" + String.join("; ", keywords)
                + "); send one SELECT and nothing after its ';'";
    }

    /** Catalog tables (BASE_TABLE nodes) and file reads (table functions with a string argument) in the tree. */
    private static void collect(JsonNode n, Set<String> tables, Set<String> files) {
        if (n.isObject()) {
            String type = n.path("type").asText("");
            if (type.equals("BASE_TABLE")) {
                String t = n.path("table_name").asText("").toLowerCase(Locale.ROOT);
                if (CatalogTables.names().contains(t)) {
                    tables.add(t);
                }
            } else if (type.equals("TABLE_FUNCTION")) {
                JsonNode f = n.path("function");
                String name = f.path("function_name").asText("").toLowerCase(Locale.ROOT);
                String args = stringArguments(f.path("arguments"));
                if (readsFiles(name) && !args.isEmpty()) {
                    files.add(name + "(" + args + ")");
                }
            }
        }
        n.forEach(child -> collect(child, tables, files));
    }

    /** DuckDB's table functions that read or list files: read_csv, read_parquet, parquet_scan, glob, … */
    private static boolean readsFiles(String function) {
        return function.startsWith("read_") || function.startsWith("parquet_") || function.endsWith("_csv")
                || function.equals("glob");
    }

    private static String stringArguments(JsonNode args) {
        Set<String> out = new LinkedHashSet<>();
        args.forEach(a -> {
            JsonNode e = a.has("expression") ? a.path("expression") : a;
            JsonNode lit = e.path("literal");
            if (a.path("name").asText("").isEmpty() && lit.path("kind").asText("").equals("STRING")) {
                out.add("'" + lit.path("text").asText() + "'");
            }
        });
        return out.stream().collect(Collectors.joining(", "));
    }
}
