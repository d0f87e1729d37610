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

/** An array argument reaches the model as an array of its item type, not as a string it would have to format. */
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
}
