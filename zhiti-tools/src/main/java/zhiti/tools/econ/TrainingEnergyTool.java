package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhiti.core.Citation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.energy.EnergyUse;
import zhiti.econ.training.ClusterSizing;
import zhiti.econ.catalog.Hardware;

/** Facility energy (MWh) and emissions (t CO₂) of a training run, from GPU-hours or from compute on hardware. */
public final class TrainingEnergyTool implements Tool {

    /** Patterson et al. 2021 used 0.429 kg CO₂/kWh for GPT-3's US datacenter; stated as an assumption when used. */
    static final double DEFAULT_KG_CO2_PER_KWH = 0.429;
    private static final double DEFAULT_PUE = 1.2;
    private static final String[] PUE_NOTE = {"数据中心 PUE 取 1.2（设施总功耗 ÷ IT 设备功耗）",
            "a data-centre PUE of 1.2 (facility power ÷ IT power)"};

    private final CatalogNames names;

    public TrainingEnergyTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.TRAINING_ENERGY.id();
    }

    @Override
    public String description() {
        return "Energy and carbon of a training run: MWh = GPU-hours × W per GPU × PUE ÷ 10⁶, t CO₂ = MWh × kg CO₂/kWh. "
                + "Give gpu_hours, or compute_flop (or a catalog model) + hardware + utilisation + precision, which "
                + "gives GPU-hours = compute ÷ (dense peak × utilisation). W per GPU defaults to the catalog TDP.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("gpu_hours", "accelerator-hours of the run, e.g. 3.55e6")
                .number("compute_flop", "training compute in FLOP, e.g. 3.14e23 (instead of gpu_hours)")
                .string("model", "catalog model whose 6·N·D compute to use, e.g. GPT-3 (instead of gpu_hours)")
                .string("hardware", "catalog accelerator or server system, e.g. V100, A100, DGX H100")
                .number("utilisation", "share of dense peak FLOP/s sustained, 0-1 (needed with compute_flop/model)")
                .oneOf("precision", "number format of the dense peak used with compute; default bf16",
                        "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .number("it_load_kw", "a stated IT load in kW (a 10 MW site: 10000), instead of GPUs × W; needs hours")
                .number("hours", "hours the IT load runs (with it_load_kw), e.g. 8760 for a year")
                .number("days", "days the IT load runs (with it_load_kw), instead of hours")
                .number("watts_per_gpu", "average draw per accelerator in W; default a server system's power ÷ its GPUs, "
                        + "else the accelerator's catalog TDP")
                .number("pue", "data-centre power usage effectiveness, ≥ 1; default 1.2")
                .number("kg_co2_per_kwh", "grid carbon intensity in kg CO₂ per kWh (China ≈ 0.58); default 0.429 "
                        + "(the US grid figure Patterson et al. 2021 used for GPT-3)")
                .number("usd_per_kwh", "electricity price per kWh (in USD unless currency says otherwise); when given, the "
                        + "electricity cost is added")
                .string("currency", "currency of usd_per_kwh and of the cost, e.g. CNY for 0.6 元/度; default USD")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(energy("energy", false, false), energy("energy-cost", true, false),
                energy("energy-hardware", false, true), energy("energy-cost-hardware", true, true),
                load("load", false), load("load-cost", true),
                // a facility's own power (cooling included) already has its overhead in it: PUE 1 on top
                Signature.of("facility").needs(Quantity.POWER_BUDGET, "it_load_kw", 1000).needs(Quantity.DAYS, "days")
                        .fixed("pue", 1).gives(Quantity.ENERGY, "/energy_mwh", 1000).build(),
                Signature.of("facility-cost").needs(Quantity.POWER_BUDGET, "it_load_kw", 1000).needs(Quantity.DAYS, "days")
                        .fixed("pue", 1).needs(Quantity.USD_PER_KWH, "usd_per_kwh").withUnitArg("currency")
                        .gives(Quantity.ELECTRICITY_USD, "/electricity_usd").gives(Quantity.ENERGY, "/energy_mwh", 1000).build());
    }

    /** A stated IT load (a site's megawatts) × hours × PUE; with a price, the bill too. */
    private static Signature load(String mode, boolean cost) {
        Signature.Builder b = Signature.of(mode).needs(Quantity.IT_LOAD, "it_load_kw", 1000)
                .needs(Quantity.DAYS, "days")
                .defaults(Quantity.PUE, "pue", DEFAULT_PUE, PUE_NOTE[0], PUE_NOTE[1]);
        if (cost) {
            b.needs(Quantity.USD_PER_KWH, "usd_per_kwh").withUnitArg("currency").gives(Quantity.ELECTRICITY_USD, "/electricity_usd");
        }
        return b.gives(Quantity.ENERGY, "/energy_mwh", 1000).build();
    }

    /** GPU-hours × W per GPU (stated, or the hardware's from the catalog) × PUE; with a price, the bill too. */
    private static Signature energy(String mode, boolean cost, boolean fromHardware) {
        Signature.Builder b = Signature.of(mode).needs(Quantity.GPU_HOURS, "gpu_hours");
        b = fromHardware ? b.needs(Quantity.HARDWARE, "hardware") : b.needs(Quantity.WATTS_PER_GPU, "watts_per_gpu");
        b.defaults(Quantity.PUE, "pue", DEFAULT_PUE, PUE_NOTE[0], PUE_NOTE[1]);
        if (cost) {
            b.needs(Quantity.USD_PER_KWH, "usd_per_kwh").withUnitArg("currency").gives(Quantity.ELECTRICITY_USD, "/electricity_usd");
        }
        return b.gives(Quantity.ENERGY, "/energy_mwh", 1000).build();
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        List<Citation> citations = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        Hardware hw = a.has("hardware") ? names.hardware(a.text("hardware").orElseThrow()) : null;
        if (hw != null) {
            citations.addAll(CatalogNames.cite(hw));
            data.put("hardware", hw.name());
        }
        double gpuHours;
        boolean load = a.has("it_load_kw");
        Optional<Figure> compute = a.has("gpu_hours") || load ? Optional.empty() : names.trainingCompute(a, citations);
        if (load) {
            // the whole load as one consumer running for the hours
            gpuHours = a.has("hours") ? a.requiredPositive("hours", "")
                    : a.requiredPositive("days", "days (or hours) the load runs, e.g. 365 for a year") * 24;
        } else if (a.has("gpu_hours")) {
            gpuHours = a.requiredPositive("gpu_hours", "");
        } else if (compute.isPresent()) {
            if (hw == null) {
                throw new IllegalArgumentException("give hardware (e.g. A100) to turn compute into GPU-hours");
            }
            double u = a.fraction("utilisation", Double.NaN);
            if (Double.isNaN(u)) {
                throw new IllegalArgumentException("give utilisation (share of dense peak sustained, e.g. 0.4)");
            }
            Precision p = Precision.parse(a.text("precision", "bf16"));
            // one accelerator's days for the whole job, i.e. GPU-days
            var e = ClusterSizing.daysFor(compute.get().value(), Hardware.of(hw.accelerator()), p, u, 1);
            figures.add(compute.get());
            figures.addAll(e.figures());
            gpuHours = e.days() * 24;
            data.put("compute_flop", compute.get().value()).put("utilisation", u).put("precision", p.label());
        } else {
            throw new IllegalArgumentException("give gpu_hours, or compute_flop (or model) with hardware, utilisation "
                    + "and precision");
        }
        double watts;
        String powerSource;
        if (load) {
            watts = a.requiredPositive("it_load_kw", "") * 1000;
            powerSource = "user input (IT load)";
        } else if (a.has("watts_per_gpu")) {
            watts = a.requiredPositive("watts_per_gpu", "");
            powerSource = "user input (W per GPU)";
        } else {
            Figure w = (hw == null ? Optional.<Figure>empty() : HardwareFacts.watts(hw)).orElseThrow(() ->
                    new IllegalArgumentException("give watts_per_gpu or a catalog hardware whose TDP is known"));
            figures.add(w);
            watts = w.value();
            powerSource = w.source();
        }
        double pue = a.positive("pue", DEFAULT_PUE);
        Figure energy = load ? EnergyUse.loadRun(watts / 1000, gpuHours, pue, powerSource)
                : EnergyUse.acceleratorRun(1, watts, gpuHours, pue, powerSource);
        boolean assumedGrid = !a.has("kg_co2_per_kwh");
        double kg = a.number("kg_co2_per_kwh").orElse(DEFAULT_KG_CO2_PER_KWH);
        Figure carbon = EnergyUse.carbon(energy.value(), kg, assumedGrid
                ? "assumed grid intensity (Patterson et al. 2021, GPT-3)" : "user input (kg CO₂/kWh)");
        figures.add(energy);
        figures.add(carbon);
        if (load) {
            data.put("it_load_kw", watts / 1000).put("hours", gpuHours);
        } else {
            data.put("gpu_hours", gpuHours).put("watts_per_gpu", watts);
        }
        data.put("pue", pue).put("energy_mwh", energy.value())
                .put("kg_co2_per_kwh", kg).put("kg_co2_per_kwh_assumed", assumedGrid).put("t_co2", carbon.value());
        if (a.has("usd_per_kwh")) {
            Figure cost = Currencies.in(EnergyUse.electricityCost(energy.value(), a.number("usd_per_kwh").getAsDouble(),
                    "user input"), a.text("currency", "USD"));
            figures.add(cost);
            data.put("electricity_usd", cost.value()).put("currency", cost.unit());
        }
        String summary = Formatting.num(energy.value()) + " MWh, " + Formatting.num(carbon.value()) + " t CO₂ ("
                + (load ? Formatting.num(watts / 1000) + " kW × " + Formatting.num(gpuHours) + " h"
                : Formatting.num(gpuHours) + " GPU·h × " + Formatting.plain(watts) + " W") + " × PUE " + Formatting.plain(pue)
                + (assumedGrid ? "; grid " + kg + " kg/kWh assumed" : "") + ")";
        return new ToolResult(data, summary, figures, citations);
    }
}
