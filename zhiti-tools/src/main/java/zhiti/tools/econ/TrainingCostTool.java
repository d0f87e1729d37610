package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import zhiti.core.Citation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.cost.RentOrBuy;
import zhiti.econ.energy.EnergyUse;
import zhiti.econ.training.ClusterSizing;
import zhiti.econ.training.ClusterSizing.Estimate;
import zhiti.econ.catalog.Hardware;

/**
 * What a training run costs: GPU-hours (from a fleet and days, or from compute sized onto the hardware), the rent
 * at a per-GPU-hour price, the capex of buying the fleet, the electricity of the run, and per-server NPV and
 * break-even of owning instead of renting (all from {@link RentOrBuy} and {@link EnergyUse}).
 */
public final class TrainingCostTool implements Tool {

    private static final double DEFAULT_PUE = 1.2;
    private static final double DEFAULT_USD_PER_KWH = 0.08;
    private static final double DEFAULT_YEARS = 5;
    private static final double DEFAULT_BUSY_SHARE = 0.8;
    private static final double DEFAULT_DISCOUNT = 0.08;

    private final CatalogNames names;

    public TrainingCostTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.TRAINING_COST.id();
    }

    @Override
    public String description() {
        return "Cost of a training run in USD: rent (GPU-hours × USD per GPU-hour), buy (capex of the servers or "
                + "GPUs), electricity of the run, and per-server NPV and break-even month of buying instead of "
                + "renting. Give the fleet as gpus + days, or give compute_flop (or a catalog model) + hardware + "
                + "utilisation + precision with days (sizes the fleet) or gpus (gives the days); mode buy needs only "
                + "gpus. The rental price defaults to the catalog's on-demand price for the hardware (dated, with "
                + "its provider).";
    }

    @Override
    public ObjectNode parameters() {
        ObjectNode s = ToolSchema.object()
                .number("compute_flop", "training compute in FLOP, e.g. 3.14e23 (or give model)")
                .string("model", "catalog model whose 6·N·D compute to cost, e.g. GPT-3")
                .string("hardware", "catalog accelerator or server system, e.g. A100, H100, DGX A100")
                .number("days", "run length in days; with compute it sets the deadline the fleet is sized for; "
                        + "mode buy without compute does not need it (then no GPU-hours or energy)")
                .integer("gpus", "accelerators in the run; with compute the days follow from it")
                .number("utilisation", "share of dense peak FLOP/s sustained during training, 0-1 (e.g. 0.4); "
                        + "needed with compute_flop/model")
                .oneOf("precision", "number format of the dense peak used with compute; default bf16",
                        "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .oneOf("mode", "rent, buy or both (default both)", "rent", "buy", "both")
                .string("currency", "currency of a stated usd_per_gpu_hour and of the rental cost: USD (default), CNY or EUR")
                .number("usd_per_gpu_hour", "rental price in USD per accelerator-hour (not per 8-GPU server); "
                        + "default the catalog's on-demand price")
                .number("server_price_usd", "purchase price in USD per server (or per accelerator when hardware is "
                        + "a single accelerator); default the catalog list price")
                .number("pue", "data-centre power usage effectiveness, facility ÷ IT power, ≥ 1; default 1.2")
                .number("usd_per_kwh", "electricity price in USD per kWh; default 0.08")
                .number("years", "service life of bought hardware in years (straight-line depreciation); default 5")
                .number("busy_share", "share of the year owned servers are busy, 0-1, for NPV and break-even; default 0.8")
                .number("discount_rate", "annual discount rate for NPV, e.g. 0.08; default 0.08")
                .number("watts_per_gpu", "average draw per accelerator in W when the catalog has no server power; "
                        + "default the accelerator's TDP")
                .required("hardware").build();
        return s;
    }

    @Override
    public List<Signature> signatures() {
        return List.of(
                Signature.of("rent").fixed("mode", "rent").needs(Quantity.HARDWARE, "hardware")
                        .needs(Quantity.GPUS, "gpus").needs(Quantity.DAYS, "days")
                        .defaults(Quantity.USD_PER_GPU_HOUR, "usd_per_gpu_hour", null,
                                "按目录中注明日期的按需租用价格", "the catalog's dated on-demand rental price")
                        .withUnitArg("currency")
                        .gives(Quantity.USD, "/rental_usd").gives(Quantity.GPU_HOURS, "/gpu_hours").build(),
                Signature.of("buy").fixed("mode", "buy").needs(Quantity.HARDWARE, "hardware")
                        .needs(Quantity.GPUS, "gpus").givesIfKnown(Quantity.CAPEX_USD, "/capex_usd").build());
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        Hardware hw = names.hardware(a.text("hardware").orElseThrow());
        Accelerator acc = hw.accelerator();
        List<Citation> citations = new ArrayList<>(CatalogNames.cite(hw));
        List<Figure> figures = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("hardware", hw.name()).put("accelerator", acc.name());
        String mode = a.lower("mode", "both");
        if (!List.of("rent", "buy", "both").contains(mode)) {
            throw new IllegalArgumentException("mode must be rent, buy or both, got '" + mode + "'");
        }
        data.put("mode", mode);

        // the fleet: units bought or rented, GPUs per unit, days
        int perUnit = hw.server() == null ? 1 : hw.server().acceleratorsPerServer();
        double units;
        double days;
        Optional<Figure> compute = names.trainingCompute(a, citations);
        if (compute.isPresent()) {
            double u = a.fraction("utilisation", Double.NaN);
            if (Double.isNaN(u)) {
                throw new IllegalArgumentException("give utilisation (share of dense peak sustained, e.g. 0.4) to turn "
                        + "compute into GPU time");
            }
            Precision p = Precision.parse(a.text("precision", "bf16"));
            boolean hasDays = a.has("days");
            boolean hasGpus = a.has("gpus");
            if (hasDays == hasGpus) {
                throw new IllegalArgumentException("with compute give exactly one of days (to size the fleet) or gpus "
                        + "(to get the days)");
            }
            Estimate e = hasDays
                    ? ClusterSizing.forDeadline(compute.get().value(), hw, p, u, a.requiredPositive("days", ""))
                    : ClusterSizing.daysFor(compute.get().value(), hw, p, u, (long) a.requiredPositive("gpus", ""));
            figures.add(compute.get());
            figures.addAll(e.figures());
            days = e.days();
            units = hw.server() == null ? e.gpus() : e.servers();
            data.put("compute_flop", compute.get().value()).put("utilisation", u).put("precision", p.label());
        } else {
            // buying a fleet costs the same however long it then runs, so only renting and energy need days
            days = mode.equals("buy") && !a.has("days") ? Double.NaN
                    : a.requiredPositive("days", "run length in days (or give compute_flop/model to derive it)");
            double gpus = a.requiredPositive("gpus", "accelerators in the run (or give compute_flop/model and days)");
            units = hw.server() == null ? gpus : Math.ceil(gpus / perUnit);
        }
        data.put("gpus", units * perUnit);
        if (hw.server() != null) {
            data.put("servers", units).put("gpus_per_server", perUnit);
        }
        Figure gpuHours = null;
        if (!Double.isNaN(days)) {
            gpuHours = RentOrBuy.gpuHours(units, perUnit, days,
                    hw.server() != null ? hw.server().source() : hw.accelerator().source());
            figures.add(gpuHours);
            data.put("days", days).put("gpu_hours", gpuHours.value());
        }

        OptionalDouble rate = rentalPrice(a, acc, data);
        if (!mode.equals("buy")) {
            if (rate.isEmpty()) {
                throw new IllegalArgumentException("the catalog has no rental price for " + acc.name()
                        + "; give usd_per_gpu_hour");
            }
            // a price stated in yuan per card-hour gives a cost in yuan; the catalog's prices are dollars
            Figure rent = Currencies.in(RentOrBuy.rent(gpuHours.value(), rate.getAsDouble(), a.has("usd_per_gpu_hour")
                    ? "given price" : "on-demand", data.path("usd_per_gpu_hour_source").asText("user input")),
                    a.has("usd_per_gpu_hour") ? a.text("currency", "USD") : "USD");
            data.put("currency", rent.unit().startsWith("CNY") ? "CNY" : rent.unit().startsWith("EUR") ? "EUR" : "USD");
            figures.add(rent);
            data.put("rental_usd", rent.value());
        }

        double pue = a.positive("pue", DEFAULT_PUE);
        double usdPerKwh = a.number("usd_per_kwh").orElse(DEFAULT_USD_PER_KWH);
        double unitKw = unitKw(a, hw);
        data.put("pue", pue).put("usd_per_kwh", usdPerKwh);
        if (gpuHours != null) {
            Figure energy = EnergyUse.serverRun(units, unitKw, days * 24, pue, powerSource(a, hw));
            Figure electricity = EnergyUse.electricityCost(energy.value(), usdPerKwh, "user input (USD/kWh)");
            figures.add(energy);
            figures.add(electricity);
            data.put("energy_mwh", energy.value()).put("energy_usd", electricity.value());
        }

        if (!mode.equals("rent")) {
            OptionalDouble price = unitPrice(a, hw, data);
            if (price.isEmpty()) {
                throw new IllegalArgumentException("the catalog has no purchase price for " + hw.name()
                        + "; give server_price_usd (or use mode rent)");
            }
            Figure capex = RentOrBuy.buyCapex(units, price.getAsDouble(), data.path("server_price_source").asText());
            figures.add(capex);
            data.put("capex_usd", capex.value());
            if (rate.isPresent()) {
                var own = new RentOrBuy.Ownership(price.getAsDouble(), perUnit, unitKw, a.positive("years", DEFAULT_YEARS),
                        pue, usdPerKwh, 0, a.fraction("busy_share", DEFAULT_BUSY_SHARE),
                        a.number("discount_rate").orElse(DEFAULT_DISCOUNT));
                List<Figure> cmp = RentOrBuy.compare(own, rate.getAsDouble(), "user input and catalog prices");
                figures.addAll(cmp);
                for (Figure f : cmp) {
                    if (f.name().startsWith("NPV")) {
                        data.put("npv_buy_vs_rent_usd_per_server", f.value());
                    } else if (f.name().equals("break-even")) {
                        data.put("break_even_months", f.value());
                    } else if (f.name().startsWith("owning cost per useful GPU-hour")) {
                        data.put("own_usd_per_gpu_hour", f.value());
                    }
                }
            }
        }
        return new ToolResult(data, summary(data), figures, citations);
    }

    private OptionalDouble rentalPrice(ToolArgs a, Accelerator acc, ObjectNode data) {
        OptionalDouble given = a.positive("usd_per_gpu_hour");
        if (given.isPresent()) {
            data.put("usd_per_gpu_hour", given.getAsDouble()).put("usd_per_gpu_hour_source", "user input");
            return given;
        }
        OptionalDouble catalog = acc.pricing().rentalUsdPerHour();
        if (catalog.isPresent()) {
            String src = HardwareFacts.rentalSource(acc);
            data.put("usd_per_gpu_hour", catalog.getAsDouble()).put("usd_per_gpu_hour_source", src)
                    .put("usd_per_gpu_hour_date", acc.pricing().rentalDate());
        }
        return catalog;
    }

    private static OptionalDouble unitPrice(ToolArgs a, Hardware hw, ObjectNode data) {
        OptionalDouble given = a.positive("server_price_usd");
        if (given.isPresent()) {
            data.put("server_price_usd", given.getAsDouble()).put("server_price_source", "user input");
            return given;
        }
        OptionalDouble catalog = hw.server() != null ? hw.server().listPriceUsd() : hw.accelerator().pricing().listPriceUsd();
        if (catalog.isPresent()) {
            String date = hw.server() != null ? hw.server().priceDate() : hw.accelerator().pricing().priceDate();
            data.put("server_price_usd", catalog.getAsDouble()).put("server_price_date", date)
                    .put("server_price_source", "zhiti catalog list price of " + hw.name() + " (" + date + ")");
        }
        return catalog;
    }

    /** Power of one bought/rented unit in kW: the server's rating, else GPUs × W each. */
    private static double unitKw(ToolArgs a, Hardware hw) {
        if (!a.has("watts_per_gpu") && hw.server() != null && hw.server().powerKw().isPresent()) {
            return hw.server().powerKw().getAsDouble();
        }
        double w = a.positive("watts_per_gpu").orElse(hw.accelerator().tdpWatts());
        if (!(w > 0)) {
            throw new IllegalArgumentException("the catalog has no power figure for " + hw.name() + "; give watts_per_gpu");
        }
        int per = hw.server() == null ? 1 : hw.server().acceleratorsPerServer();
        return per * w / 1000;
    }

    private static String powerSource(ToolArgs a, Hardware hw) {
        if (a.has("watts_per_gpu")) {
            return "user input (W per GPU)";
        }
        return hw.server() != null && hw.server().powerKw().isPresent() ? hw.server().source()
                : hw.accelerator().source() + " (TDP)";
    }

    private static String summary(ObjectNode d) {
        StringBuilder s = new StringBuilder(d.has("gpu_hours")
                ? Formatting.num(d.get("gpu_hours").asDouble()) + " GPU·h on " + d.get("hardware").asText() + " over "
                        + Formatting.num(d.get("days").asDouble()) + " days"
                : d.has("servers") ? Formatting.num(d.get("servers").asDouble()) + " × " + d.get("hardware").asText()
                        + " (" + Formatting.num(d.get("gpus").asDouble()) + " GPUs)"
                : Formatting.num(d.get("gpus").asDouble()) + " × " + d.get("hardware").asText());
        if (d.has("rental_usd") && !"USD".equals(d.path("currency").asText("USD"))) {
            String c = d.get("currency").asText();
            s.append(": rent ").append(Formatting.num(d.get("rental_usd").asDouble())).append(' ').append(c).append(" at ")
                    .append(Formatting.plain(d.get("usd_per_gpu_hour").asDouble())).append(' ').append(c).append("/GPU·h");
        } else if (d.has("rental_usd")) {
            s.append(": rent ").append(Formatting.usd(d.get("rental_usd").asDouble())).append(" at $")
                    .append(Formatting.plain(d.get("usd_per_gpu_hour").asDouble())).append("/GPU·h");
        }
        if (d.has("capex_usd")) {
            s.append(d.has("rental_usd") ? ", " : ": ").append("buy ").append(Formatting.usd(d.get("capex_usd").asDouble()));
        }
        if (d.has("energy_usd")) {
            s.append(", electricity ").append(Formatting.usd(d.get("energy_usd").asDouble()))
                    .append(" (").append(Formatting.num(d.get("energy_mwh").asDouble())).append(" MWh)");
        }
        return s.toString();
    }
}
