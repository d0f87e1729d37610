package zhiti.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Array arguments: the schema names the item type and the registry checks every item against it. */
class ToolSchemaArrayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode SCHEMA = ToolSchema.object()
            .array("rates", "yearly rates as fractions, e.g. [-0.53, -0.47]", "number").required("rates").build();

    @Test
    void arrayPropertyCarriesItsItemType() {
        assertThat(SCHEMA.at("/properties/rates/type").asText()).isEqualTo("array");
        assertThat(SCHEMA.at("/properties/rates/items/type").asText()).isEqualTo("number");
        assertThatThrownBy(() -> ToolSchema.object().array("x", "d", "object"))
                .hasMessageContaining("number, integer, string or boolean");
    }

    @Test
    void registryAcceptsArraysOfTheItemTypeOnly() throws Exception {
        assertThat(ToolRegistry.argumentProblems(SCHEMA, JSON.readTree("{\"rates\":[-0.53,-0.47]}"))).isEmpty();
        assertThat(ToolRegistry.argumentProblems(SCHEMA, JSON.readTree("{\"rates\":[-0.53,\"47%\"]}")))
                .singleElement().asString().contains("array of number").contains("\"47%\"");
        assertThat(ToolRegistry.argumentProblems(SCHEMA, JSON.readTree("{\"rates\":\"-0.53, -0.47\"}")))
                .singleElement().asString().contains("should be array");
    }
}
