package zhiti.audit.score;

/**
 * One labelled claim of an audit set: where it is (a quote that occurs once in its document, holding the printed
 * number), its kind, and the truth: {@code error} (must be flagged), {@code holds} or {@code unverifiable} (must not).
 */
public record Label(String doc, String quote, String number, String kind, String truth, String pair) {
    public boolean isError() {
        return "error".equals(truth);
    }
}
