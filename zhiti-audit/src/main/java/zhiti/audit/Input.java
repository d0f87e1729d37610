package zhiti.audit;

/**
 * A number a recomputation rests on and where it was found: a span of a document given (doc, start, end), or a
 * catalog row (doc null, source naming the row), or a constant (source "definition").
 */
public record Input(String name, double value, String unit, String doc, int start, int end, String text, String source,
                    boolean range) {

    public Input(String name, double value, String unit, String doc, int start, int end, String text, String source) {
        this(name, value, unit, doc, start, end, text, source, false);
    }

    public static Input of(String name, Located n) {
        return new Input(name, n.num().value(), n.num().unit().symbol() + (n.num().currency() == null ? "" : n.num().currency()),
                n.doc(), n.num().start(), n.num().end(), n.num().text(), "document", n.num().bound() == zhiti.audit.text.Num.Bound.RANGE);
    }

    public static Input constant(String name, double value, String unit, String source) {
        return new Input(name, value, unit, null, -1, -1, null, source, false);
    }
}
