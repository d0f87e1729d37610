package zhiti.memory.context;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;

import java.util.Optional;

/** Counts tokens of a text for one model family. */
public interface TokenCounter {
    int count(String text);

    /** What this counter is, e.g. {@code cl100k_base} or {@code estimate}. */
    String name();

    /** Exact jtokkit counter when the model's encoding is known (OpenAI models), else the calibrated estimate. */
    static TokenCounter forModel(String model) {
        Optional<Encoding> enc = model == null ? Optional.empty() : Registry.REGISTRY.getEncodingForModel(model);
        return enc.<TokenCounter>map(Bpe::new).orElseGet(EstimatingTokenCounter::new);
    }

    /** Exact counts with a jtokkit encoding. */
    record Bpe(Encoding encoding) implements TokenCounter {
        @Override public int count(String text) { return encoding.countTokensOrdinary(text); }

        @Override public String name() { return encoding.getName(); }
    }

    /** Lazily built, shared: building the registry loads the BPE tables. */
    final class Registry {
        static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

        private Registry() {}
    }
}
