package zhiti.tools.fx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.core.Citation;
import zhiti.tools.fx.Quote.Basis;
import zhiti.tools.net.Outbound;

/**
 * An online rate provider with the Frankfurter API ({@code GET {url}/latest?from=USD&to=CNY} or
 * {@code GET {url}/2024-05-10?from=…}, answering {"base":"USD","date":"2024-05-10","rates":{"CNY":7.2262}}),
 * reached only through {@link Outbound}. Used only when the user configures {@code fx.url}.
 */
final class FrankfurterRates {

    static final String URL = "fx.url";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbound outbound;
    private final String base;

    FrankfurterRates(Outbound outbound, String base) {
        this.outbound = outbound;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String base() {
        return base;
    }

    /** The provider's rate for {@code day}, or its latest when {@code day} is null. */
    Quote quote(String from, String to, LocalDate day) throws IOException {
        String when = day == null ? "latest" : day.toString();
        URI uri = URI.create(base + "/" + when + "?from=" + enc(from) + "&to=" + enc(to));
        Outbound.Response r = outbound.get(uri, Map.of("Accept", "application/json"));
        if (r.status() != 200) {
            throw new IOException("the fx provider " + base + " answered HTTP " + r.status() + " for " + uri);
        }
        JsonNode json;
        try {
            json = JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IOException("the fx provider " + base + " did not answer JSON for " + uri);
        }
        JsonNode rate = json.path("rates").path(to);
        String date = json.path("date").asText("");
        if (!rate.isNumber() || !(rate.asDouble() > 0) || date.isBlank()) {
            throw new IOException("the fx provider " + base + " gave no " + to + " rate with a date for " + uri);
        }
        if (!json.path("base").asText(from).equalsIgnoreCase(from)) {
            throw new IOException("the fx provider " + base + " answered for base " + json.path("base").asText()
                    + ", not " + from);
        }
        double amount = json.path("amount").asDouble(1);
        double perUnit = rate.asDouble() / (amount > 0 ? amount : 1);
        List<String> notes = new ArrayList<>();
        if (day != null && !date.equals(day.toString())) {
            notes.add("the provider has no rate for " + day + " (a weekend or a holiday): it gave " + date);
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(to + " per " + from, perUnit);
        inputs.put("date", date);
        String source = "fx provider " + base + " (" + when + "), " + date;
        return new Quote(from, to, perUnit, Basis.PROVIDER, date, source, "rate = " + to + " per " + from
                + " as the provider publishes it", inputs, notes, List.of(new Citation(base, date, source)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
