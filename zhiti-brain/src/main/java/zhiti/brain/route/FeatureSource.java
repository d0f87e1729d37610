package zhiti.brain.route;

import java.util.Map;

/**
 * Evidence about a question besides its overall meaning — keywords, named entities, numbers with units — as named
 * features. The router learns from the examples how much each feature says about each intent.
 */
@FunctionalInterface
public interface FeatureSource {

    FeatureSource NONE = q -> Map.of();

    /** Feature name → value (counts or 0/1 flags); absent features are 0. */
    Map<String, Double> features(String question);
}
