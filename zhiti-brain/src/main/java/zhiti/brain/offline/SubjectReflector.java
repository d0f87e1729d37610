package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.memory.stream.MemoryRecord;
import zhiti.memory.stream.Reflector;

/**
 * Reflection without a language model: when recent memories keep naming the same model or chip, that recurring
 * subject becomes an insight citing the memories it came from.
 */
public final class SubjectReflector implements Reflector {

    private static final int MIN_MENTIONS = 3;

    private final SlotReader reader;

    public SubjectReflector(SlotReader reader) {
        this.reader = reader;
    }

    @Override
    public List<Insight> reflect(List<MemoryRecord> recent) {
        Map<String, List<String>> bySubject = new LinkedHashMap<>();
        for (MemoryRecord r : recent) {
            Slots s = reader.read(r.text());
            List<String> subjects = new ArrayList<>(s.models());
            subjects.addAll(s.hardware());
            subjects.stream().distinct().forEach(x -> bySubject.computeIfAbsent(x, k -> new ArrayList<>()).add(r.id()));
        }
        List<Insight> out = new ArrayList<>();
        bySubject.forEach((subject, ids) -> {
            if (ids.size() >= MIN_MENTIONS) {
                out.add(new Insight("Recent questions keep returning to " + subject + " (" + ids.size() + " of "
                        + recent.size() + " recent memories)", Math.min(10, 3 + ids.size()), ids));
            }
        });
        return out;
    }
}
