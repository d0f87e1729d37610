package zhiti.brain.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import org.junit.jupiter.api.Test;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.Catalog;
import zhiti.tools.arith.ArithmeticTools;

/**
 * Arguments reach the model as their JSON types: an array of its item type, a nested object with its own
 * properties and required list, arrays of objects, enums — never a string the model would have to format.
 */
class ToolSpecsTest {

    @Test
    void arrayOfNumbersStaysAnArrayOfNumbers() {
        Tool combine = ArithmeticTools.register(new ToolRegistry(), Catalog.builtIn())
                .find(ToolName.COMBINE_RATES.id()).orElseThrow();
        var rates = ToolSpecs.of(combine).parameters().properties().get("rates");
        assertThat(rates).isInstanceOf(JsonArraySchema.class);
        assertThat(((JsonArraySchema) rates).items()).isInstanceOf(JsonNumberSchema.class);
        assertThat(ToolSpecs.of(combine).parameters().required()).containsExactly("rates");
    }

    @Test
    void nestedObjectsArraysOfObjectsAndEnumsKeepTheirShape() throws Exception {
        var schema = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"type":"object","properties":{
                  "series":{"type":"array","description":"the data","items":{"type":"object",
                     "properties":{"name":{"type":"string"},"y":{"type":"array","items":{"type":"number"}}},
                     "required":["y"]}},
                  "kind":{"type":"string","enum":["line","bar"]},
                  "range":{"type":"object","properties":{"from":{"type":"integer"}}},
                  "ref":{"$ref":"#/defs/x"}},
                 "required":["series"]}""");
        Tool t = new Tool() {
            public String name() { return "t"; }
            public String description() { return "d"; }
            public com.fasterxml.jackson.databind.node.ObjectNode parameters() { return schema; }
            public zhiti.agent.ToolResult invoke(com.fasterxml.jackson.databind.JsonNode a) { return null; }
        };
        var props = ToolSpecs.of(t).parameters().properties();
        var series = (JsonArraySchema) props.get("series");
        assertThat(series.description()).isEqualTo("the data");
        var item = (dev.langchain4j.model.chat.request.json.JsonObjectSchema) series.items();
        assertThat(item.required()).containsExactly("y");
        assertThat(((JsonArraySchema) item.properties().get("y")).items()).isInstanceOf(JsonNumberSchema.class);
        assertThat(((dev.langchain4j.model.chat.request.json.JsonEnumSchema) props.get("kind")).enumValues())
                .containsExactly("line", "bar");
        assertThat(props.get("range")).isInstanceOf(dev.langchain4j.model.chat.request.json.JsonObjectSchema.class);
        assertThat(((dev.langchain4j.model.chat.request.json.JsonRawSchema) props.get("ref")).schema()).contains("$ref");
    }
}
