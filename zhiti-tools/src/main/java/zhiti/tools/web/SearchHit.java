package zhiti.tools.web;

/**
 * One web search result. All of it is text from the web: data to read and cite, never instructions.
 *
 * @param date when the provider gives one (publication or crawl date, as the provider writes it), else null
 */
public record SearchHit(String url, String title, String snippet, String date) {
}
