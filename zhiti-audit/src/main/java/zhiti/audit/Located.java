package zhiti.audit;

import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;

/** A number and the document and sentence it was printed in. */
public record Located(String doc, Num num, Sentence sentence) {
    public double value() {
        return num.value();
    }
}
