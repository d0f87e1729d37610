package zhiti.audit;

import java.util.Locale;

/** What recomputing a claim showed. Flagged verdicts are the ones a reader must look at. */
public enum Verdict {
    DISCREPANCY, INCONSISTENT, REPRODUCES, UNCHECKED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean flagged() {
        return this == DISCREPANCY || this == INCONSISTENT;
    }
}
