package zhiti.brain.offline;

import java.util.HashMap;
import java.util.Map;
import zhiti.brain.route.FeatureSource;

/** The question's slots as router features: which kinds of entity and quantity it names ("slot:model" = 1 …). */
public final class SlotFeatures implements FeatureSource {

    private final SlotReader reader;

    public SlotFeatures(SlotReader reader) {
        this.reader = reader;
    }

    @Override
    public Map<String, Double> features(String question) {
        Slots s = reader.read(question);
        Map<String, Double> f = new HashMap<>();
        flag(f, "slot:model", !s.models().isEmpty());
        flag(f, "slot:models2", s.models().size() > 1);
        flag(f, "slot:hardware", !s.hardware().isEmpty());
        flag(f, "slot:series", !s.series().isEmpty());
        flag(f, "slot:params", s.params().isPresent());
        flag(f, "slot:tokens", s.tokens().isPresent());
        flag(f, "slot:days", s.days().isPresent());
        flag(f, "slot:gpus", s.gpus().isPresent());
        flag(f, "slot:price", s.usdPerGpuHour().isPresent());
        flag(f, "slot:compute", s.computeFlop().isPresent());
        flag(f, "slot:utilisation", s.utilisation().isPresent());
        flag(f, "slot:none", f.isEmpty());
        return f;
    }

    private static void flag(Map<String, Double> f, String name, boolean on) {
        if (on) {
            f.put(name, 1.0);
        }
    }

    /** The standard router features: keywords and slots. */
    public static java.util.List<FeatureSource> standard(SlotReader reader) {
        return java.util.List.of(new zhiti.brain.route.KeywordEvidence(), new SlotFeatures(reader));
    }
}
