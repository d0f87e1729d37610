package zhiti.audit.check;

import java.util.List;
import zhiti.audit.Claim;
import zhiti.audit.Corpus;

/** One kind of recomputation: finds the claims it can check in the corpus and judges each. */
public interface Check {
    List<Claim> run(Corpus corpus);
}
