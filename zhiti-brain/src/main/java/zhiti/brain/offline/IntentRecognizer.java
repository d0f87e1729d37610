package zhiti.brain.offline;

import java.util.Optional;
import zhiti.econ.units.Lang;

/**
 * Turns a question into an intent with slots, or nothing. The v0 recogniser reads patterns and catalog names; the
 * semantic router (local embeddings over example utterances) will implement this same interface.
 */
public interface IntentRecognizer {

    Optional<? extends Intent> recognize(String question, Lang lang);
}
