package zhiti.tools.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statement boundaries outside strings and comments, first keywords, and units read from column names. */
class SqlTextTest {

    @Test
    void statementsEndAtSemicolonsOutsideStringsAndComments() {
        assertThat(SqlText.statements("SELECT 1; DROP TABLE x")).containsExactly("SELECT 1", " DROP TABLE x");
        assertThat(SqlText.statements("SELECT ';' AS s, \"a;b\" FROM t; -- done;\n")).hasSize(1);
        assertThat(SqlText.statements("SELECT 1 /* ; */ ;; ")).containsExactly("SELECT 1 /* ; */ ");
        assertThat(SqlText.statements("SELECT $$a;b$$, $t$;$t$, 'it''s;'")).hasSize(1);
        assertThat(SqlText.statements("SELECT $1; SELECT 2")).hasSize(2);
        assertThat(SqlText.statements("-- nothing\n/* here */")).isEmpty();
    }

    @Test
    void firstKeywordSkipsCommentsAndParentheses() {
        assertThat(SqlText.firstKeyword("/* x */ -- y\n (select 1)")).isEqualTo("SELECT");
        assertThat(SqlText.firstKeyword("  attach 'a.db'")).isEqualTo("ATTACH");
        assertThat(SqlText.firstKeyword("'text'")).isEmpty();
    }

    @Test
    void unitsComeFromColumnNames() {
        assertThat(ColumnUnits.of("fp8_tflops")).isEqualTo("TFLOP/s");
        assertThat(ColumnUnits.of("avg(bf16_tflops)")).isEqualTo("TFLOP/s");
        assertThat(ColumnUnits.of("(fp8_tflops / tdp_w)")).isEqualTo("TFLOP/s per W");
        assertThat(ColumnUnits.of("fp8_tflops / bf16_tflops")).isEqualTo("×");
        assertThat(ColumnUnits.of("usd_per_bf16_tflops")).isEqualTo("USD per TFLOP/s");
        assertThat(ColumnUnits.of("rental_usd_per_h")).isEqualTo("USD/accelerator-hour");
        assertThat(ColumnUnits.of("total_memory_gb")).isEqualTo("GB");
        assertThat(ColumnUnits.of("count_star()")).isEqualTo("count");
        assertThat(ColumnUnits.of("sum(params)")).isEqualTo("parameters");
        assertThat(ColumnUnits.of("x")).isEmpty();
    }
}
