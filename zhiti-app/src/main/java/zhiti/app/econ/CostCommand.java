package zhiti.app.econ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.core.Figure;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.ServerSystem;
import zhiti.econ.cost.RentOrBuy;
import zhiti.econ.energy.EnergyUse;

/** {@code zhiti econ cost}: rent vs buy for a run or a server, and the run's energy and carbon. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"Renting (on-demand / reserved $/GPU·h × GPU-hours) vs buying (capex, straight-line "
                + "depreciation, electricity, NPV, break-even), plus MWh and t CO2.",
                "Example: zhiti econ cost --servers 80 --days 7 --rent 3.72 --server-price 400000 --kw 10.2 --carbon 0.43",
                "With a catalog name: zhiti econ cost --hardware \"DGX H100\" --servers 80 --days 7 (fills GPUs per server, "
                        + "price, kW and the dated rental prices; explicit options override)"})
public final class CostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--servers", defaultValue = "1", description = "servers in the run; default ${DEFAULT-VALUE}")
    double servers;

    @Option(names = {"--hardware", "--gpu", "--chip"}, paramLabel = "NAME",
            description = "catalog server system (DGX A100, DGX H100, 8×T4) or accelerator (A100, H100): fills "
                    + "--rent and --reserved from the catalog's dated rental prices, and for a system "
                    + "--gpus-per-server, --server-price and --kw")
    String hardware;

    @Option(names = "--gpus-per-server", description = "default the server system's, else 8")
    Integer gpusPerServer;

    @Option(names = "--days", description = "run length in days (for the run's rent, capex and energy)")
    Double days;

    @Option(names = "--rent", description = "on-demand USD per GPU-hour")
    Double rent;

    @Option(names = "--reserved", description = "reserved/committed USD per GPU-hour")
    Double reserved;

    @Option(names = "--server-price", description = "USD per server: capex, and the buy-vs-rent comparison with --rent")
    String serverPrice;

    @Option(names = "--kw", description = "server power in kW (DGX H100 10.2, DGX A100 6.5)")
    Double kw;

    @Option(names = "--pue", defaultValue = "1.2", description = "facility ÷ IT power; default ${DEFAULT-VALUE}")
    double pue;

    @Option(names = "--usd-per-kwh", defaultValue = "0.08", description = "default ${DEFAULT-VALUE}")
    double usdPerKwh;

    @Option(names = "--life", defaultValue = "5", description = "service life in years (straight-line depreciation); default ${DEFAULT-VALUE}")
    double life;

    @Option(names = "--utilisation", defaultValue = "0.8", description = "share of hours the owned servers are busy; default ${DEFAULT-VALUE}")
    double utilisation;

    @Option(names = "--upkeep", defaultValue = "0", description = "maintenance per year as a share of capex; default ${DEFAULT-VALUE}")
    double upkeep;

    @Option(names = "--discount", defaultValue = "0.08", description = "discount rate for NPV; default ${DEFAULT-VALUE}")
    double discount;

    @Option(names = "--carbon", description = "grid intensity in kg CO2 per kWh (prints t CO2 for the run)")
    Double carbon;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        List<Figure> out = new ArrayList<>();
        CatalogInputs.positive("--servers", servers);
        Double price = serverPrice == null ? null : EconOutput.number("--server-price", serverPrice);
        int gpusPerServer = this.gpusPerServer != null ? this.gpusPerServer : 8;
        Double rent = this.rent;
        Double reserved = this.reserved;
        Double kw = this.kw;
        Map<String, Object> notes = new java.util.LinkedHashMap<>();
        if (hardware != null) {
            Accelerator acc = CatalogInputs.accelerator(hardware);
            ServerSystem sys = CatalogInputs.system(hardware);
            var pricing = acc.pricing();
            if (rent == null && pricing.rentalUsdPerHour().isPresent()) {
                rent = pricing.rentalUsdPerHour().getAsDouble();
                notes.put("rent_source", pricing.rentalProvider() + ", " + pricing.rentalDate() + " (catalog: " + acc.name() + ")");
            }
            if (reserved == null && pricing.reserved1yUsdPerHour().isPresent()) {
                reserved = pricing.reserved1yUsdPerHour().getAsDouble();
                notes.put("reserved_source", "1-year commitment, " + pricing.rentalProvider() + ", " + pricing.rentalDate());
            }
            if (sys != null) {
                gpusPerServer = this.gpusPerServer != null ? this.gpusPerServer : sys.acceleratorsPerServer();
                if (price == null && sys.listPriceUsd().isPresent()) {
                    price = sys.listPriceUsd().getAsDouble();
                    notes.put("server_price_source", "list price of " + sys.name() + " (" + sys.priceDate() + ")");
                }
                if (kw == null && sys.powerKw().isPresent()) {
                    kw = sys.powerKw().getAsDouble();
                }
            }
            notes.put("hardware", sys != null ? sys.name() : acc.name());
        }
        if (days != null) {
            Figure hours = RentOrBuy.gpuHours(servers, gpusPerServer, days, "user input");
            out.add(hours);
            if (rent != null) {
                out.add(RentOrBuy.rent(hours.value(), rent, "on-demand", "user input"));
            }
            if (reserved != null) {
                out.add(RentOrBuy.rent(hours.value(), reserved, "reserved", "user input"));
            }
            if (price != null) {
                out.add(RentOrBuy.buyCapex(servers, price, "user input"));
            }
            if (kw != null) {
                Figure mwh = EnergyUse.serverRun(servers, kw, days * 24, pue, "user input");
                out.add(mwh);
                out.add(EnergyUse.electricityCost(mwh.value(), usdPerKwh, "user input"));
                if (carbon != null) {
                    out.add(EnergyUse.carbon(mwh.value(), carbon, "user input"));
                }
            }
        }
        if (price != null && kw != null && (rent != null || reserved != null)) {
            var own = new RentOrBuy.Ownership(price, gpusPerServer, kw, life, pue, usdPerKwh, upkeep, utilisation, discount);
            out.addAll(RentOrBuy.compare(own, rent != null ? rent : reserved, "user input"));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("give --days with --rent/--reserved/--server-price/--kw for a run, or "
                    + "--server-price, --kw and --rent to compare buying a server with renting");
        }
        EconOutput.print(spec, json, out, notes);
        return 0;
    }
}
