package zhiti.memory.stream;

import org.junit.jupiter.api.Test;
import zhiti.memory.kb.Embedder;
import zhiti.memory.kb.HashingEmbedder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MemoryStreamTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advanceHours(double h) { now = now.plus(Duration.ofMillis((long) (h * 3_600_000))); }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    /** Fixed 2-D unit vectors so relevance is known exactly. */
    static final Embedder VECTORS = new Embedder() {
        final Map<String, float[]> table = Map.of("A", new float[]{1, 0}, "B", new float[]{0, 1},
                "C", new float[]{0.6f, 0.8f}, "q", new float[]{1, 0});

        @Override public int dimension() { return 2; }

        @Override public String name() { return "table"; }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(t -> table.getOrDefault(t, new float[]{0.6f, 0.8f})).toList();
        }
    };

    private static MemoryStream stream(ManualClock clock, StreamSettings s) {
        return new MemoryStream(VECTORS, (k, t) -> 5, Reflector.NONE, clock, s);
    }

    /**
     * Hand computation (Park et al. 2023 scoring, weights 1/1/1, decay 0.995/h), at query time:
     * A: last access 0 h ago, importance 2, cos 1.0 | B: 10 h, 8, cos 0 | C: 100 h, 5, cos 0.6.
     * recency 0.995^h: A 1, B 0.951110, C 0.605770 → min-max: A 1, B 0.345340/0.394230 = 0.875986, C 0.
     * importance → A 0, B 1, C 0.5; relevance → A 1, B 0, C 0.6.
     * totals: A 2.0, B 1.875986, C 1.1.
     */
    @Test
    void scoresMatchHandComputedValues() {
        ManualClock clock = new ManualClock();
        MemoryStream s = stream(clock, StreamSettings.defaults());
        s.add(MemoryKind.OBSERVATION, "C", 5, List.of());
        clock.advanceHours(90);
        s.add(MemoryKind.FACT, "B", 8, List.of());
        clock.advanceHours(10);
        s.add(MemoryKind.PLAN, "A", 2, List.of());

        List<ScoredMemory> r = s.retrieve("q", 3);
        assertThat(r).extracting(m -> m.record().text()).containsExactly("A", "B", "C");
        assertThat(r.get(0).score()).isCloseTo(2.0, within(1e-6));
        assertThat(r.get(1).score()).isCloseTo(1.875986, within(1e-5));
        assertThat(r.get(1).recency()).isCloseTo(0.875986, within(1e-5));
        assertThat(r.get(2).score()).isCloseTo(1.1, within(1e-6));
        assertThat(r.get(2).relevance()).isCloseTo(0.6, within(1e-6));
    }

    @Test
    void weightsChangeTheWinnerAndRetrievalRefreshesLastAccess() {
        ManualClock clock = new ManualClock();
        MemoryStream s = stream(clock, StreamSettings.defaults().withWeights(0, 1, 0));
        MemoryRecord c = s.add(MemoryKind.OBSERVATION, "C", 5, List.of());
        s.add(MemoryKind.FACT, "B", 8, List.of());
        clock.advanceHours(5);
        List<ScoredMemory> r = s.retrieve("q", 1);
        assertThat(r.get(0).record().text()).isEqualTo("B");
        assertThat(s.get(r.get(0).record().id()).lastAccess()).isEqualTo(clock.now);
        assertThat(s.get(c.id()).lastAccess()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));

        // recency only: B was just touched, so it is now the most recent
        MemoryStream rs = stream(clock, StreamSettings.defaults().withWeights(1, 0, 0));
        rs.add(MemoryKind.OBSERVATION, "A", 1, List.of());
        clock.advanceHours(1);
        rs.add(MemoryKind.OBSERVATION, "B", 1, List.of());
        clock.advanceHours(1);
        assertThat(rs.retrieve("q", 1).get(0).record().text()).isEqualTo("B");
    }

    @Test
    void equalComponentsNormaliseToOneHalf() {
        double[] v = {3, 3, 3};
        MemoryStream.minMax(v);
        assertThat(v).containsExactly(0.5, 0.5, 0.5);
    }

    @Test
    void filtersByKind() {
        MemoryStream s = stream(new ManualClock(), StreamSettings.defaults());
        s.add(MemoryKind.OBSERVATION, "A", 5, List.of());
        s.add(MemoryKind.PLAN, "B", 5, List.of());
        assertThat(s.retrieve(new float[]{1, 0}, 5, Set.of(MemoryKind.PLAN))).extracting(m -> m.record().text()).containsExactly("B");
    }

    @Test
    void reflectionFiresExactlyWhenImportanceReachesTheThreshold() {
        List<List<String>> calls = new ArrayList<>();
        Reflector reflector = recent -> {
            calls.add(recent.stream().map(MemoryRecord::id).toList());
            return List.of(new Reflector.Insight("insight " + calls.size(), 7, List.of(recent.get(0).id(), recent.get(1).id())));
        };
        MemoryStream s = new MemoryStream(new HashingEmbedder(32), (k, t) -> 5, reflector, new ManualClock(),
                StreamSettings.defaults().withReflectionThreshold(20));
        for (int i = 0; i < 3; i++) s.add(MemoryKind.OBSERVATION, "obs " + i);
        assertThat(calls).isEmpty();
        assertThat(s.importanceSinceReflection()).isEqualTo(15);
        s.add(MemoryKind.OBSERVATION, "obs 3"); // 4 × 5 = 20 reaches the threshold
        assertThat(calls).containsExactly(List.of("m1", "m2", "m3", "m4"));
        assertThat(s.importanceSinceReflection()).isZero();
        MemoryRecord insight = s.all().get(4);
        assertThat(insight.kind()).isEqualTo(MemoryKind.REFLECTION);
        assertThat(insight.evidenceIds()).containsExactly("m1", "m2");
        assertThat(insight.importance()).isEqualTo(7);
        for (int i = 0; i < 3; i++) s.add(MemoryKind.OBSERVATION, "more " + i);
        assertThat(calls).hasSize(1);
    }

    @Test
    void journalRestoresRecordsAccessTimesAndReflectionState(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("stream.jsonl");
        ManualClock clock = new ManualClock();
        Reflector reflector = recent -> List.of(new Reflector.Insight("summary", 8, List.of(recent.get(0).id())));
        StreamSettings settings = StreamSettings.defaults().withReflectionThreshold(12);
        String touched;
        try (MemoryJournal j = new MemoryJournal(file)) {
            MemoryStream s = new MemoryStream(new HashingEmbedder(32), (k, t) -> 5, reflector, clock, settings, j);
            s.add(MemoryKind.FACT, "alpha fact");
            s.add(MemoryKind.FACT, "beta fact");
            s.add(MemoryKind.FACT, "gamma fact"); // 15 >= 12: reflection m4
            s.add(MemoryKind.PLAN, "delta plan");
            clock.advanceHours(3);
            touched = s.retrieve("alpha fact", 1).get(0).record().id();
        }
        java.nio.file.Files.writeString(file, "{\"op\":\"add\",\"id\":\"m9", java.nio.file.StandardOpenOption.APPEND);
        try (MemoryJournal j = new MemoryJournal(file)) {
            MemoryStream s = new MemoryStream(new HashingEmbedder(32), (k, t) -> 5, reflector, clock, settings, j);
            assertThat(s.all()).extracting(MemoryRecord::text)
                    .containsExactly("alpha fact", "beta fact", "gamma fact", "summary", "delta plan");
            assertThat(s.get("m4").evidenceIds()).containsExactly("m1");
            assertThat(s.get(touched).lastAccess()).isEqualTo(clock.now);
            assertThat(s.importanceSinceReflection()).isEqualTo(5);
            assertThat(s.add(MemoryKind.OBSERVATION, "epsilon").id()).isEqualTo("m6");
        }
    }

    @Test
    void defaultsFollowThePaper() {
        StreamSettings d = StreamSettings.defaults();
        assertThat(d.decayPerHour()).isEqualTo(0.995);
        assertThat(d.reflectionThreshold()).isEqualTo(150);
        assertThat(List.of(d.recencyWeight(), d.importanceWeight(), d.relevanceWeight())).containsOnly(1.0);
    }

    @Test
    void rejectsBadInput() {
        MemoryStream s = stream(new ManualClock(), StreamSettings.defaults());
        assertThatThrownBy(() -> s.add(MemoryKind.FACT, "x", 11, List.of())).hasMessageContaining("1..10");
        assertThatThrownBy(() -> s.add(MemoryKind.REFLECTION, "x", 5, List.of("nope"))).hasMessageContaining("evidence");
    }

    @Test
    void heuristicImportanceRanksDecisionsAboveChatter() {
        HeuristicImportanceScorer h = new HeuristicImportanceScorer();
        int chatter = h.score(MemoryKind.OBSERVATION, "你好，今天天气不错");
        int decision = h.score(MemoryKind.OBSERVATION, "我们决定把预算提高到 500 万美元，截止日期是周五");
        assertThat(chatter).isBetween(1, 3);
        assertThat(decision).isGreaterThanOrEqualTo(chatter + 4).isLessThanOrEqualTo(10);
        assertThat(h.score(MemoryKind.REFLECTION, "x")).isGreaterThan(h.score(MemoryKind.OBSERVATION, "x"));
    }
}
