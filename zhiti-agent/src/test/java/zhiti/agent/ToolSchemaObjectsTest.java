package zhiti.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Arrays of objects: each item's own schema (properties, required) is nested under "items". */
class ToolSchemaObjectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode SCHEMA = ToolSchema.object()
            .objects("series", "one object per line of the chart", ToolSchema.object()
                    .string("name", "legend label")
                    .array("y", "values", "number")
                    .required("y"))
            .required("series").build();

    @Test
    void itemsCarryTheirOwnPropertiesAndRequiredKeys() {
        assertThat(SCHEMA.at("/properties/series/type").asText()).isEqualTo("array");
        assertThat(SCHEMA.at("/properties/series/description").asText()).isEqualTo("one object per line of the chart");
        assertThat(SCHEMA.at("/properties/series/items/type").asText()).isEqualTo("object");
        assertThat(SCHEMA.at("/properties/series/items/properties/y/items/type").asText()).isEqualTo("number");
        assertThat(SCHEMA.at("/properties/series/items/required/0").asText()).isEqualTo("y");
    }

    @Test
    void registryAcceptsObjectsAndRefusesOtherItems() throws Exception {
        assertThat(ToolRegistry.argumentProblems(SCHEMA, JSON.readTree("{\"series\":[{\"name\":\"a\",\"y\":[1,2]}]}")))
                .isEmpty();
        assertThat(ToolRegistry.argumentProblems(SCHEMA, JSON.readTree("{\"series\":[[1,2]]}")))
                .singleElement().asString().contains("array of object");
    }
}
