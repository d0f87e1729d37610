package zhiti.agent;

/** Where a piece of evidence came from: a document, a place in it, and the quoted text. */
public record Citation(String doc, String locator, String text) {
}
