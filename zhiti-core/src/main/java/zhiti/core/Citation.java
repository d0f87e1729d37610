package zhiti.core;

/** What an answer cites: the document, where in it, and the quoted text. */
public record Citation(String doc, String locator, String text) {}
