package zhiti.econ.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import zhiti.econ.Precision;

class CatalogTest {

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void everyRowHasASource() {
        assertThat(catalog.accelerators().all()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
        assertThat(catalog.systems().all()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThat(catalog.models().all()).allSatisfy(m -> assertThat(m.source()).isNotBlank());
    }

    @Test
    void namesMatchIgnoringCaseSpacesAndHyphens() {
        assertThat(catalog.systems().get("dgx-a100").acceleratorsPerServer()).isEqualTo(8);
        assertThat(catalog.models().get("gpt 3").params()).isEqualTo(175e9);
        assertThat(catalog.accelerators().get("英伟达 H100").peakFlops(Precision.BF16)).isEqualTo(989.4e12);
    }

    @Test
    void unknownNamesSuggestTheNearestKnownOnes() {
        assertThatThrownBy(() -> catalog.accelerators().get("H1000"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessageContaining("did you mean").hasMessageContaining("H100");
    }

    @Test
    void mentionsPreferTheLongestNameAndRespectDigitBoundaries() {
        var systems = catalog.systems().mentions("How many DGX A100 servers for GPT-3?");
        assertThat(systems).first().extracting(m -> m.entry().name()).isEqualTo("DGX A100");
        assertThat(catalog.accelerators().mentions("an A1000 card")).isEmpty();
        assertThat(catalog.models().mentions("训练GPT-3需要多少算力")).first()
                .extracting(m -> m.entry().name()).isEqualTo("GPT-3");
    }
}
