package zhiti.brain.route;

import java.util.List;

/** Names the intent of a question with a confidence. The semantic {@link IntentRouter} is the real one. */
@FunctionalInterface
public interface IntentClassifier {

    IntentRouter.Route classify(String question);

    /** Always the same intent with full confidence: for tests of what happens after routing. */
    static IntentClassifier fixed(String intent) {
        return q -> new IntentRouter.Route(intent, 1.0, List.of(new IntentRouter.Scored(intent, 1.0, 1.0)));
    }
}
