package zhiti.econ.chip;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Accelerators and the servers that hold them. Servers come whole, so a fleet of GPUs needs ⌈GPUs ÷ GPUs per
 * server⌉ of them; the exact quotient is kept beside the count so a caller sees how full the last server is.
 */
public final class ServerCount {

    private ServerCount() {
    }

    /** @param exact GPUs ÷ GPUs per server before rounding up */
    public record Servers(Figure servers, double exact) {
    }

    public static Servers forGpus(double gpus, int gpusPerServer, String source) {
        InputChecks.positive("GPUs", gpus);
        InputChecks.positiveInt("GPUs per server", gpusPerServer);
        double exact = gpus / gpusPerServer;
        long n = (long) Math.ceil(exact - 1e-9); // a quotient floating point leaves at 125.0000000001 is 125, not 126
        return new Servers(new Figure("servers", n, "server", "servers = ⌈GPUs ÷ GPUs per server⌉",
                Figure.inputs("GPUs", gpus, "GPUs per server", gpusPerServer, "exact", exact), source), exact);
    }

    public static Figure gpusIn(long servers, int gpusPerServer, String source) {
        InputChecks.positive("servers", servers);
        InputChecks.positiveInt("GPUs per server", gpusPerServer);
        return new Figure("GPUs", (double) servers * gpusPerServer, "GPU", "GPUs = servers × GPUs per server",
                Figure.inputs("servers", servers, "GPUs per server", gpusPerServer), source);
    }
}
