package zhiti.memory.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion (Cormack et al., SIGIR 2009): score(d) = Σ_lists w / (k + rank), rank starting at 1.
 * Only ranks matter, so BM25 and cosine scores need no calibration against each other.
 */
public final class RankFusion {
    private RankFusion() {}

    /** Fuses ranked lists of chunks; ties keep first-seen order. */
    public static List<Hit> fuse(List<List<Chunk>> lists, double[] weights, int k, int limit) {
        if (lists.size() != weights.length)
            throw new IllegalArgumentException(lists.size() + " ranked lists but " + weights.length + " weights");
        Map<String, Chunk> chunks = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int l = 0; l < lists.size(); l++) {
            List<Chunk> list = lists.get(l);
            for (int r = 0; r < list.size(); r++) {
                Chunk c = list.get(r);
                chunks.putIfAbsent(c.recordId(), c);
                scores.merge(c.recordId(), weights[l] / (k + r + 1), Double::sum);
            }
        }
        List<Hit> out = new ArrayList<>(scores.size());
        scores.forEach((id, s) -> out.add(new Hit(chunks.get(id), s)));
        out.sort(Comparator.comparingDouble(Hit::score).reversed());
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }
}
