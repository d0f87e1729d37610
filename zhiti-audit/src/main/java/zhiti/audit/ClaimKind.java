package zhiti.audit;

import java.util.Locale;

/** The kind of numeric claim, by the arithmetic that checks it. */
public enum ClaimKind {
    PERCENTAGE, GROWTH, CAGR, MULTIPLE, SHARE_SUM, SUM, PRODUCT, TRAINING_COMPUTE, TRAINING_TIME, INFERENCE_CHAIN,
    CONVERSION, UNIT, RANKING, TABLE, SAME_FACT, VALUE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
