package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.arith.CurrencyConversion;

/**
 * An amount converted at a stated exchange rate; no rates are looked up. {@code to} is where a planner puts the
 * rate's stated unit ("CNY per USD"), so an inverted rate is caught against the amount's currency.
 */
public final class CurrencyConvertTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("convert")
                    .needs(Quantity.AMOUNT, "amount").withUnitArg("from")
                    .needs(Quantity.EXCHANGE_RATE, "rate").withUnitArg("to")
                    .gives(Quantity.CONVERTED_AMOUNT, "/converted").build(),
            // a dollar figure another tool computed (a rental cost, a capex) carries no stated currency: it is USD
            Signature.of("usd").fixed("from", "USD")
                    .needs(Quantity.USD, "amount").withUnitArg("from")
                    .needs(Quantity.EXCHANGE_RATE, "rate").withUnitArg("to")
                    .gives(Quantity.CONVERTED_AMOUNT, "/converted").build(),
            // the purchase total as the amount: a last resort, said as an assumption, so a cost the question is
            // about (a rental, a bill) is converted first
            Signature.of("capex").fixed("from", "USD")
                    .needs(Quantity.CAPEX_USD, "amount")
                    .needs(Quantity.EXCHANGE_RATE, "rate").withUnitArg("to")
                    .assuming("换算的是采购总额（美元）", "the amount converted is the purchase total (USD)")
                    .gives(Quantity.CONVERTED_AMOUNT, "/converted").build());

    @Override
    public String name() {
        return ToolName.CURRENCY_CONVERT.id();
    }

    @Override
    public String description() {
        return "Convert money at a stated exchange rate: converted = amount × rate, where rate is units of `to` per "
                + "one unit of `from` (USD→CNY at 7.2). Currency codes USD, CNY (RMB), EUR, JPY…";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("amount", "the amount in the `from` currency, positive, e.g. 1.2e8")
                .number("rate", "units of `to` per one unit of `from`, e.g. 7.2 for USD→CNY")
                .string("from", "currency of amount: ISO code or common name, e.g. USD, RMB, 人民币")
                .string("to", "currency to convert into, e.g. CNY; or the rate's unit, e.g. CNY per USD")
                .required("amount", "rate", "from", "to").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double amount = a.number("amount", "the amount to convert, e.g. 1.2e8");
        double rate = a.number("rate", "units of `to` per unit of `from`, e.g. 7.2");
        String from = CurrencyConversion.code(a.args().text("from").orElseThrow(() ->
                new IllegalArgumentException("missing from: the currency of amount, e.g. USD")));
        CurrencyConversion.RateUnit unit = CurrencyConversion.rateUnit(a.args().text("to").orElseThrow(() ->
                new IllegalArgumentException("missing to: the currency to convert into, e.g. CNY")));
        if (unit.per() != null && unit.to().equals(from) && !unit.per().equals(from)) {
            // 元 at "7.2 CNY per USD": the rate's unit says which way, so the amount is divided by it
            return divided(amount, from, unit.per(), rate);
        }
        String to = CurrencyConversion.target(from, unit);
        Figure c = CurrencyConversion.convert(amount, from, to, rate, Stated.SOURCE);
        ObjectNode data = Stated.data("convert").put("converted", c.value()).put("amount", amount).put("rate", rate)
                .put("inverse_rate", 1 / rate).put("from", from).put("to", to);
        String summary = Stated.withUnit(amount, from) + " × " + Stated.num(rate) + " " + to + "/" + from + " = "
                + Stated.withUnit(c.value(), to);
        return new ToolResult(data, summary, List.of(c), List.of());
    }

    private static ToolResult divided(double amount, String from, String to, double rate) {
        Figure c = CurrencyConversion.convert(amount, from, to, 1 / rate, Stated.SOURCE);
        Figure shown = new Figure(c.name(), c.value(), c.unit(), "converted = amount ÷ rate (" + from + " per " + to + ")",
                Figure.inputs("amount (" + from + ")", amount, "rate (" + from + " per " + to + ")", rate), c.source());
        ObjectNode data = Stated.data("convert").put("converted", c.value()).put("amount", amount).put("rate", 1 / rate)
                .put("inverse_rate", rate).put("from", from).put("to", to);
        String summary = Stated.withUnit(amount, from) + " ÷ " + Stated.num(rate) + " " + from + "/" + to + " = "
                + Stated.withUnit(c.value(), to);
        return new ToolResult(data, summary, List.of(shown), List.of());
    }
}
