package zhiti.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four seed reports (../shared/seeds), audited together: the errors the econ tests and our own reading recorded
 * are flagged, every flag carries its formula and arithmetic, and the whole audit takes well under a minute.
 */
class SeedAuditTest {
    private static AuditReport report;

    @BeforeAll
    static void auditSeeds() throws Exception {
        Path seeds = Path.of(System.getProperty("zhiti.shared"), "seeds");
        List<AuditDocument> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.sorted().toList()) docs.add(AuditDocument.read(p));
        }
        report = new Auditor().audit(docs);
    }

    private static Claim flagged(String docPrefix, String text) {
        return report.flagged().stream().filter(c -> c.doc().startsWith(docPrefix) && c.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not flagged: " + docPrefix + " " + text));
    }

    @Test
    void theCagrOverSixPeriodsForAFiveYearSpan() {
        Claim c = flagged("002", "20.83%");
        assertThat(c.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(c.computed()).isBetween(25.48, 25.50);
        assertThat(c.explanation()).contains("6 periods");
    }

    @Test
    void anAnnualFactorThatDoesNotFollowFromTheTwoMultiples() {
        Claim c = flagged("000", "1.7 倍");
        assertThat(c.computed()).isBetween(1.14, 1.15); // (20 / 4)^(1/12)
    }

    @Test
    void oneFactStatedTwoWays() {
        assertThat(flagged("000", "3.2×10^{12}").verdict()).isEqualTo(Verdict.INCONSISTENT); // hash-rate multiple: 3.2e12 vs 4.4e12
        assertThat(flagged("002", "一万亿").explanation()).contains("1.76 万亿", "1.8万亿"); // GPT-4's parameters, three ways
        assertThat(flagged("002", "30B").explanation()).contains("Sora");
        assertThat(report.flagged()).anySatisfy(c -> assertThat(c.explanation()).contains("GPT-4 is dated 2023-04"));
        assertThat(report.flagged()).anySatisfy(c -> assertThat(c.explanation()).contains("Ampere is dated 2020"));
    }

    @Test
    void aTableCellOffTheRelationItsColumnFollows() {
        assertThat(report.flagged()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.TABLE);
            assertThat(c.text()).isEqualTo("1.2");
            assertThat(c.computed()).isBetween(1.11, 1.12); // 308 / 276
        });
    }

    @Test
    void everyFlagShowsItsArithmeticAndTheAuditIsFast() {
        assertThat(report.flagged()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.formula()).isNotBlank();
            assertThat(c.explanation()).isNotBlank();
            assertThat(c.inputs()).isNotEmpty();
        });
        assertThat(report.seconds()).isLessThan(60);
    }
}
