package zhiti.brain.llm;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Dollars per million tokens by provider and model-name prefix, from a CSV whose rows name their source. */
public final class PriceTable {

    /** A price and where it came from. */
    public record Price(double usdPerMtokInput, double usdPerMtokOutput, String source) {

        public double cost(long inputTokens, long outputTokens) {
            return (inputTokens * usdPerMtokInput + outputTokens * usdPerMtokOutput) / 1e6;
        }
    }

    private record Row(String provider, String prefix, Price price) {
    }

    private final List<Row> rows;

    private PriceTable(List<Row> rows) {
        this.rows = rows;
    }

    public static PriceTable builtIn() {
        try (InputStream in = PriceTable.class.getResourceAsStream("/zhiti/brain/llm/prices.csv")) {
            MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            return new PriceTable(it.readAll().stream().map(r -> new Row(r.get("provider"), r.get("model_prefix"),
                    new Price(Double.parseDouble(r.get("usd_per_mtok_input")),
                            Double.parseDouble(r.get("usd_per_mtok_output")),
                            r.get("source") + (r.get("date").isBlank() ? "" : ", " + r.get("date"))))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest matching prefix wins, so gpt-4o-mini is not priced as gpt-4o. */
    public Optional<Price> find(String provider, String model) {
        String m = model.toLowerCase(Locale.ROOT);
        return rows.stream().filter(r -> r.provider().equals(provider) && m.startsWith(r.prefix()))
                .max(Comparator.comparingInt(r -> r.prefix().length())).map(Row::price);
    }

    /** The configured price: explicit prices first, then the table; with a money limit, a price is required. */
    public Price priceFor(LlmConfig c) {
        if (c.priceInputPerMtok().isPresent() || c.priceOutputPerMtok().isPresent()) {
            return new Price(c.priceInputPerMtok().orElse(0.0), c.priceOutputPerMtok().orElse(0.0), "configured");
        }
        return find(c.provider(), c.model()).orElseGet(() -> {
            if (Double.isFinite(c.maxUsd())) {
                throw new IllegalArgumentException("no price known for " + c.provider() + " model '" + c.model()
                        + "', so the money budget cannot be enforced: set ZHITI_LLM_PRICE_IN and ZHITI_LLM_PRICE_OUT "
                        + "(dollars per million tokens)");
            }
            return new Price(0, 0, "unknown");
        });
    }
}
