package zhiti.tools.sql;

import java.util.function.Supplier;
import zhiti.agent.ToolContext;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;

/** sql_query, reading files under the directories of setting {@value CatalogSql#DIRS_SETTING}. */
public final class SqlToolProvider implements ToolProvider {

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void register(ToolRegistry tools, ToolContext context) {
        Supplier<CatalogSql> engine = new Supplier<>() {
            private volatile CatalogSql made;

            @Override
            public CatalogSql get() {
                CatalogSql s = made;
                if (s == null) {
                    made = s = CatalogSql.fromSettings(context.settings());
                }
                return s;
            }
        };
        tools.register(new SqlQueryTool(engine, context.settings().list(CatalogSql.DIRS_SETTING)));
    }
}
