package zhiti.econ.cost;

import java.util.ArrayList;
import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Renting accelerators by the GPU-hour versus buying servers. Renting costs rate × GPU-hours. Owning costs capex
 * (straight-line depreciation over the service life) plus electricity (server kW × PUE × busy hours × $/kWh) and
 * upkeep (a share of capex per year). Both are compared per useful GPU-hour at a utilisation, as present values at a
 * discount rate (NPV), and as the month when cumulative rent would have paid for the servers.
 */
public final class RentOrBuy {

    public static final double HOURS_PER_YEAR = 8766; // 365.25 days

    private RentOrBuy() {
    }

    public static Figure gpuHours(double servers, int gpusPerServer, double days, String source) {
        InputChecks.positive("servers", servers);
        InputChecks.positiveInt("GPUs per server", gpusPerServer);
        InputChecks.positive("days", days);
        return new Figure("GPU-hours", servers * gpusPerServer * days * 24, "GPU·h", "GPU·h = servers × GPUs/server × days × 24",
                Figure.inputs("servers", servers, "GPUs/server", gpusPerServer, "days", days), source);
    }

    /** @param usdPerGpuHour on-demand or reserved price */
    public static Figure rent(double gpuHours, double usdPerGpuHour, String priceKind, String source) {
        InputChecks.positive("GPU-hours", gpuHours);
        checkPrice(usdPerGpuHour);
        return new Figure("rental cost (" + priceKind + ")", gpuHours * usdPerGpuHour, "USD", "USD = GPU·h × USD/GPU·h",
                Figure.inputs("GPU·h", gpuHours, "USD/GPU·h", usdPerGpuHour, "price kind", priceKind), source);
    }

    /** The GPU-hours a budget rents: GPU·h = USD ÷ USD/GPU·h ("what does $10M buy at $2 an hour"). */
    public static Figure gpuHoursForBudget(double usd, double usdPerGpuHour, String priceKind, String source) {
        InputChecks.positive("budget (USD)", usd);
        checkPrice(usdPerGpuHour);
        return new Figure("GPU-hours the budget rents (" + priceKind + ")", usd / usdPerGpuHour, "GPU·h",
                "GPU·h = USD ÷ USD/GPU·h",
                Figure.inputs("USD", usd, "USD/GPU·h", usdPerGpuHour, "price kind", priceKind), source);
    }

    /** A price per GPU-hour above $200 is a server's price (8 GPUs or more), not one accelerator's. */
    private static void checkPrice(double usdPerGpuHour) {
        InputChecks.positive("price (USD per GPU-hour)", usdPerGpuHour);
        if (usdPerGpuHour > 200) {
            throw new IllegalArgumentException("price " + usdPerGpuHour + " USD per GPU-hour is implausible; "
                    + "give the price per GPU, not per 8-GPU server (divide by 8)");
        }
    }

    /** Capex of buying {@code servers} at {@code serverPriceUsd} each. */
    public static Figure buyCapex(double servers, double serverPriceUsd, String source) {
        InputChecks.positive("servers", servers);
        InputChecks.positive("server price (USD)", serverPriceUsd);
        return new Figure("capex", servers * serverPriceUsd, "USD", "USD = servers × price per server",
                Figure.inputs("servers", servers, "USD/server", serverPriceUsd), source);
    }

    /** What owning a server costs and how it is used. */
    public record Ownership(double serverPriceUsd, int gpusPerServer, double serverKw, double lifeYears, double pue,
                            double usdPerKwh, double upkeepShareOfCapexPerYear, double utilisation,
                            double discountRate) {

        public Ownership {
            InputChecks.positive("server price (USD)", serverPriceUsd);
            InputChecks.positiveInt("GPUs per server", gpusPerServer);
            InputChecks.positive("server power (kW)", serverKw);
            if (serverKw > 200) {
                throw new IllegalArgumentException("server power " + serverKw + " kW is implausible; give kilowatts (DGX H100: 10.2)");
            }
            InputChecks.positive("service life (years)", lifeYears);
            InputChecks.pue(pue);
            InputChecks.nonNegative("electricity price (USD/kWh)", usdPerKwh);
            InputChecks.rate("upkeep (share of capex per year)", upkeepShareOfCapexPerYear);
            InputChecks.fraction("utilisation", utilisation);
            InputChecks.rate("discount rate", discountRate);
        }

        double usefulGpuHoursPerYear() {
            return gpusPerServer * HOURS_PER_YEAR * utilisation;
        }

        /** Electricity plus upkeep per server-year; power is drawn while busy (idle draw is left out). */
        double opexPerYear() {
            return serverKw * pue * HOURS_PER_YEAR * utilisation * usdPerKwh + upkeepShareOfCapexPerYear * serverPriceUsd;
        }
    }

    /**
     * Per-server comparison of owning with renting the same useful GPU-hours at {@code rentUsdPerGpuHour}:
     * owning cost per useful GPU-hour, NPV of each over the service life, and the break-even month.
     */
    public static List<Figure> compare(Ownership o, double rentUsdPerGpuHour, String source) {
        InputChecks.positive("rental price (USD/GPU·h)", rentUsdPerGpuHour);
        List<Figure> out = new ArrayList<>();
        double depreciation = o.serverPriceUsd() / o.lifeYears();
        double energyPerYear = o.serverKw() * o.pue() * HOURS_PER_YEAR * o.utilisation() * o.usdPerKwh();
        double opex = o.opexPerYear();
        double useful = o.usefulGpuHoursPerYear();
        var in = Figure.inputs("server price (USD)", o.serverPriceUsd(), "life (years)", o.lifeYears(),
                "GPUs/server", o.gpusPerServer(), "kW", o.serverKw(), "PUE", o.pue(), "USD/kWh", o.usdPerKwh(),
                "upkeep (share of capex/yr)", o.upkeepShareOfCapexPerYear(), "utilisation", o.utilisation());
        out.add(new Figure("depreciation per server-year", depreciation, "USD/year", "capex ÷ life (straight line)", in, source));
        out.add(new Figure("electricity per server-year", energyPerYear, "USD/year",
                "kW × PUE × 8,766 h × utilisation × USD/kWh", in, source));
        double ownPerHour = (depreciation + opex) / useful;
        out.add(new Figure("owning cost per useful GPU-hour", ownPerHour, "USD/GPU·h",
                "(depreciation + electricity + upkeep) ÷ (GPUs × 8,766 h × utilisation)", in, source));
        double rentPerYear = useful * rentUsdPerGpuHour;
        double pvOwn = o.serverPriceUsd(), pvRent = 0;
        int years = (int) Math.ceil(o.lifeYears());
        for (int y = 1; y <= years; y++) {
            double part = Math.min(1, o.lifeYears() - (y - 1)); // a fractional last year
            double df = Math.pow(1 + o.discountRate(), -y);
            pvOwn += opex * part * df;
            pvRent += rentPerYear * part * df;
        }
        var npvIn = Figure.inputs("discount rate", o.discountRate(), "life (years)", o.lifeYears(),
                "rent (USD/GPU·h)", rentUsdPerGpuHour, "useful GPU·h per year", useful, "opex per year", opex,
                "PV of owning", pvOwn, "PV of renting", pvRent);
        out.add(new Figure("NPV of buying instead of renting (per server)", pvRent - pvOwn, "USD",
                "Σ rent_y ÷ (1+r)^y − [capex + Σ opex_y ÷ (1+r)^y], costs paid at year end", npvIn, source));
        double monthlySaving = (rentPerYear - opex) / 12;
        if (monthlySaving > 0) {
            out.add(new Figure("break-even", o.serverPriceUsd() / monthlySaving, "month",
                    "months = capex ÷ (monthly rent − monthly electricity and upkeep), undiscounted",
                    Figure.inputs("capex", o.serverPriceUsd(), "monthly rent avoided", rentPerYear / 12,
                            "monthly opex", opex / 12), source));
        }
        // no break-even figure when rent does not even cover the running costs: buying never pays back
        return out;
    }
}
