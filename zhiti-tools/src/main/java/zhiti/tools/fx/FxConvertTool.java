package zhiti.tools.fx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import zhiti.agent.Settings;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.tools.fx.Quote.Basis;
import zhiti.tools.net.Outbound;

/**
 * Converts money at a looked-up exchange rate, saying which rate, for which date, from where: the ECB reference
 * rates bundled with the application (1999-01-04 to 2023-02-21, cross rates through the euro), month and year
 * averages of them, the rates the seed reports use, a rate the user states, or a configured online provider.
 *
 * <p>No typed signature: the planner's quantities have no calendar date and no target currency to bind, and a
 * signature that yields an exchange rate would let the offline planner convert at a stale bundled rate where it now
 * asks the user for the rate.
 */
public final class FxConvertTool implements Tool {

    /** Which rates to use when none is stated. */
    enum Source {
        ECB, REPORT;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Supplier<EcbHistory> history;
    private final ReportRates reports;
    private final FrankfurterRates provider;

    FxConvertTool(Supplier<EcbHistory> history, ReportRates reports, FrankfurterRates provider) {
        this.history = history;
        this.reports = reports;
        this.provider = provider;
    }

    /** The bundled ECB history and report rates; an online provider when {@code fx.url} is set. */
    public static FxConvertTool create(Settings settings) {
        FrankfurterRates online = settings.get(FrankfurterRates.URL)
                .map(url -> new FrankfurterRates(Outbound.fromSettings(settings), url)).orElse(null);
        return new FxConvertTool(EcbHistory::bundled, ReportRates.bundled(), online);
    }

    @Override
    public String name() {
        return ToolName.FX_CONVERT.id();
    }

    @Override
    public String description() {
        return "Convert money between currencies at a looked-up exchange rate, or look up the rate (amount 1): "
                + "historical ECB reference rates 1999-01-04..2023-02-21 (cross rates through EUR; a weekend or "
                + "holiday uses the latest earlier ECB date), the average of a month (date YYYY-MM) or a year "
                + "(YYYY), the rates the seed reports use (basis report), or a rate the user states (rate, which "
                + "always wins). Without a date: the configured online provider's latest rate, else the last "
                + "bundled one (2023-02-21, may be stale). Answers the rate, its date and its source.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("amount", "the amount in `from`, positive; default 1 (then the result is the rate itself)")
                .string("from", "currency of the amount: ISO code or name, e.g. USD, RMB, 美元, 人民币, 欧元, 日元")
                .string("to", "currency to convert into, e.g. CNY, EUR, 英镑, 港元, 韩元")
                .string("date", "YYYY-MM-DD for that day's rate; YYYY-MM or YYYY for the average over that month "
                        + "or year; leave out for the latest rate")
                .number("rate", "an exchange rate the user stated, in units of `to` per one `from` (7.2 for "
                        + "USD→CNY): used as given, nothing is looked up")
                .oneOf("basis", "where rates come from when none is stated: ecb (default) or report (the rate "
                        + "a seed report itself uses)", Source.ECB.id(), Source.REPORT.id())
                .required("from", "to").build();
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        double amount = args.path("amount").isMissingNode() || args.path("amount").isNull() ? 1
                : args.path("amount").asDouble();
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be a positive number, got " + args.path("amount"));
        }
        String from = CurrencyNames.code(args.path("from").asText(null), "from (the currency of the amount)");
        String to = CurrencyNames.code(args.path("to").asText(null), "to (the currency to convert into)");
        if (from.equals(to)) {
            throw new IllegalArgumentException("from and to are both " + from + ": nothing to convert");
        }
        RateDate date = RateDate.parse(args.path("date").asText(null));
        Quote q = quote(args, from, to, date);
        return result(amount, date, q);
    }

    private Quote quote(JsonNode args, String from, String to, RateDate date) {
        if (args.hasNonNull("rate")) {
            return stated(args.path("rate").asDouble(), from, to, date);
        }
        String basis = args.path("basis").asText(Source.ECB.id()).toLowerCase(Locale.ROOT);
        if (basis.equals(Source.REPORT.id())) {
            return reports.quote(from, to, date);
        }
        if (!basis.equals(Source.ECB.id())) {
            throw new IllegalArgumentException("basis must be ecb or report, got '" + basis + "'");
        }
        EcbRates ecb = new EcbRates(history.get());
        return switch (date.kind()) {
            case LATEST -> latest(ecb, from, to);
            case DAY -> provider != null && date.start().isAfter(ecb.history().lastDate())
                    ? online(from, to, date.start()) : ecb.onDay(from, to, date.start());
            case MONTH, YEAR -> ecb.average(from, to, date);
        };
    }

    private Quote latest(EcbRates ecb, String from, String to) {
        if (provider == null) {
            return ecb.latest(from, to);
        }
        try {
            return provider.quote(from, to, null);
        } catch (IOException | IllegalArgumentException e) {
            // a provider that is down should not leave the user without any rate; the fallback is said plainly
            Quote q = ecb.latest(from, to);
            List<String> notes = new ArrayList<>();
            notes.add("the fx provider " + provider.base() + " failed (" + e.getMessage() + "), so the bundled ECB "
                    + "rate is used instead");
            notes.addAll(q.notes());
            return new Quote(q.from(), q.to(), q.rate(), q.basis(), q.date(), q.source(), q.formula(), q.inputs(),
                    notes, q.citations());
        }
    }

    private Quote online(String from, String to, LocalDate day) {
        try {
            return provider.quote(from, to, day);
        } catch (IOException e) {
            throw new IllegalArgumentException(day + " is after the bundled ECB history (it ends "
                    + history.get().lastDate() + ") and the fx provider " + provider.base() + " failed: "
                    + e.getMessage() + "; state the rate (argument rate) or check fx.url");
        }
    }

    private static Quote stated(double rate, String from, String to, RateDate date) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a positive number of " + to + " per one " + from
                    + ", got " + rate);
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(to + " per " + from + " (stated)", rate);
        String when = date.kind() == RateDate.Kind.LATEST ? "as stated" : date.label();
        return new Quote(from, to, rate, Basis.STATED, when, "rate stated by the user", "rate = the stated rate",
                inputs, List.of("the rate was stated by the user and is used as given; nothing was looked up"),
                List.of());
    }

    private static ToolResult result(double amount, RateDate asked, Quote q) {
        String pair = q.to() + " per " + q.from();
        Figure rate = new Figure("exchange rate (" + pair + ")", q.rate(), q.to() + "/" + q.from(), q.formula(),
                q.inputs(), q.source());
        Figure converted = new Figure("amount in " + q.to(), amount * q.rate(), q.to(), "converted = amount × rate",
                Figure.inputs("amount (" + q.from() + ")", amount, "rate (" + pair + ")", q.rate(), "date", q.date()),
                q.source());
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("converted", converted.value()).put("amount", amount).put("rate", q.rate())
                .put("inverse_rate", 1 / q.rate()).put("from", q.from()).put("to", q.to())
                .put("basis", q.basis().id()).put("date_asked", asked.written()).put("date_used", q.date())
                .put("source", q.source());
        q.notes().forEach(data.putArray("notes")::add);
        String summary = num(amount) + " " + q.from() + " = " + num(converted.value()) + " " + q.to() + " at "
                + num(q.rate()) + " " + pair + " (" + describe(q) + ")"
                + (q.notes().isEmpty() ? "" : "; " + String.join("; ", q.notes()));
        return new ToolResult(data, summary, List.of(converted, rate), q.citations());
    }

    private static String describe(Quote q) {
        return switch (q.basis()) {
            case STATED -> "stated rate";
            case ECB -> "ECB reference rates of " + q.date();
            case ECB_AVERAGE -> "average of the ECB reference rates, " + q.date();
            case REPORT -> "the rate the report uses, " + q.date();
            case PROVIDER -> q.source();
        };
    }

    /** Six significant digits, no exponent, no trailing zeros: 7.8511, 785.11, 120000000. */
    static String num(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
