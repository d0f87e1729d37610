package zhiti.memory.kb;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLocationTest {
    @Test
    void optionBeatsEnvironmentBeatsHome() {
        assertThat(StoreLocation.resolve("/data/kb", Map.of("ZHITI_HOME", "/z"), "/home/u")).isEqualTo(Path.of("/data/kb"));
        assertThat(StoreLocation.resolve(null, Map.of("ZHITI_HOME", "/z"), "/home/u")).isEqualTo(Path.of("/z/store"));
        assertThat(StoreLocation.resolve(" ", Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.zhiti/store"));
        assertThatThrownBy(() -> StoreLocation.resolve(null, Map.of(), "")).hasMessageContaining("--store");
    }
}
