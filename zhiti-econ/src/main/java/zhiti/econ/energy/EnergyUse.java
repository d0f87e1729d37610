package zhiti.econ.energy;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Electricity and emissions of a compute job: facility energy = IT power × hours × PUE, and
 * emissions = energy × grid carbon intensity (1 MWh at 1 kg CO₂/kWh is 1 t CO₂).
 */
public final class EnergyUse {

    private EnergyUse() {
    }

    /** @param wattsPerAccelerator average draw per accelerator incl. its share of the host (TDP is an upper bound) */
    public static Figure acceleratorRun(double accelerators, double wattsPerAccelerator, double hours, double pue,
                                        String source) {
        InputChecks.positive("accelerators", accelerators);
        InputChecks.positive("watts per accelerator", wattsPerAccelerator);
        if (wattsPerAccelerator > 5000) {
            throw new IllegalArgumentException("watts per accelerator is " + wattsPerAccelerator
                    + "; give watts (an H100 SXM is 700 W), not milliwatts, or use the per-server form in kW");
        }
        InputChecks.positive("hours", hours);
        InputChecks.pue(pue);
        return new Figure("facility energy", accelerators * wattsPerAccelerator * hours * pue / 1e6, "MWh",
                "MWh = accelerators × W × hours × PUE ÷ 10⁶",
                Figure.inputs("accelerators", accelerators, "W each", wattsPerAccelerator, "hours", hours, "PUE", pue),
                source);
    }

    /** A stated IT load (a site's or a cluster's kW) running for {@code hours}: MWh = kW × hours × PUE ÷ 1000. */
    public static Figure loadRun(double itLoadKw, double hours, double pue, String source) {
        InputChecks.positive("IT load (kW)", itLoadKw);
        InputChecks.positive("hours", hours);
        InputChecks.pue(pue);
        return new Figure("facility energy", itLoadKw * hours * pue / 1e3, "MWh", "MWh = IT load kW × hours × PUE ÷ 1000",
                Figure.inputs("IT load (kW)", itLoadKw, "hours", hours, "PUE", pue), source);
    }

    public static Figure serverRun(double servers, double kwPerServer, double hours, double pue, String source) {
        InputChecks.positive("servers", servers);
        InputChecks.positive("kW per server", kwPerServer);
        if (kwPerServer > 200) {
            throw new IllegalArgumentException("kW per server is " + kwPerServer + "; give kilowatts (a DGX H100 is 10.2 kW), not watts");
        }
        InputChecks.positive("hours", hours);
        InputChecks.pue(pue);
        return new Figure("facility energy", servers * kwPerServer * hours * pue / 1e3, "MWh",
                "MWh = servers × kW × hours × PUE ÷ 10³",
                Figure.inputs("servers", servers, "kW each", kwPerServer, "hours", hours, "PUE", pue), source);
    }

    /**
     * What {@code units} draw at once, each drawing {@code wattsEach}, with the facility's overhead (PUE 1 is the
     * IT load alone).
     *
     * @param unit what draws the power, singular: "GPU", "server"
     */
    public static Figure powerDraw(double units, double wattsEach, double pue, String unit, String source) {
        InputChecks.positive(unit + "s", units);
        InputChecks.positive("W per " + unit, wattsEach);
        InputChecks.pue(pue);
        return new Figure(pue == 1 ? "IT power draw" : "facility power draw", units * wattsEach * pue / 1e3, "kW",
                "kW = " + unit + "s × W each × PUE ÷ 10³",
                Figure.inputs(unit + "s", units, "W each", wattsEach, "PUE", pue), source);
    }

    /** @param kgCo2PerKwh grid intensity, e.g. 0.43 for a coal-heavy US grid in 2020, 0.58 for China's average */
    public static Figure carbon(double mwh, double kgCo2PerKwh, String source) {
        InputChecks.positive("energy (MWh)", mwh);
        InputChecks.nonNegative("grid intensity (kg CO₂/kWh)", kgCo2PerKwh);
        if (kgCo2PerKwh > 2) {
            throw new IllegalArgumentException("grid intensity " + kgCo2PerKwh
                    + " kg CO₂/kWh is above any real grid (coal is ~1.0); give kg per kWh, not g per kWh");
        }
        return new Figure("emissions", mwh * kgCo2PerKwh, "t CO₂", "t CO₂ = MWh × kg CO₂/kWh",
                Figure.inputs("MWh", mwh, "kg CO₂/kWh", kgCo2PerKwh), source);
    }

    public static Figure electricityCost(double mwh, double usdPerKwh, String source) {
        InputChecks.positive("energy (MWh)", mwh);
        InputChecks.nonNegative("electricity price (USD/kWh)", usdPerKwh);
        if (usdPerKwh > 2) {
            throw new IllegalArgumentException("electricity price " + usdPerKwh + " USD/kWh is implausible; give dollars per kWh (e.g. 0.08)");
        }
        return new Figure("electricity cost", mwh * 1000 * usdPerKwh, "USD", "USD = MWh × 1000 × USD/kWh",
                Figure.inputs("MWh", mwh, "USD/kWh", usdPerKwh), source);
    }
}
