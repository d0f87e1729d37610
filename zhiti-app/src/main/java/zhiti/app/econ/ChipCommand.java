package zhiti.app.econ;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.econ.Figure;
import zhiti.econ.chip.ChipMetrics;
import zhiti.econ.chip.ExportClassification;

/** {@code zhiti econ chip}: TPP, performance density and the US ECCN 3A090 class of an accelerator. */
@Command(name = "chip", mixinStandardHelpOptions = true,
        description = {"TPP = dense TFLOPS × bit width, performance density = TPP ÷ die mm², and the 3A090 class "
                + "(Oct 2023 rule) with its thresholds.",
                "Example: zhiti econ chip --name H20 --tflops 296 --bits 8 --die-mm2 814"})
public final class ChipCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", defaultValue = "chip", description = "label for the output")
    String name;

    @Option(names = "--tflops", required = true, description = "dense (no sparsity) peak TFLOPS or TOPS at --bits")
    double tflops;

    @Option(names = "--bits", required = true, description = "bit width of that precision: 8 (FP8/INT8), 16 (BF16/FP16), 32")
    int bits;

    @Option(names = "--die-mm2", required = true, description = "applicable die area in mm² (all logic dies)")
    double dieMm2;

    @Option(names = "--not-datacenter", description = "the chip is not designed or marketed for datacenters (gaming card)")
    boolean notDatacenter;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        List<Figure> f = ChipMetrics.all(name, tflops, bits, dieMm2, !notDatacenter, "user input");
        var cls = ExportClassification.classify(f.get(0).value(), f.get(1).value(), !notDatacenter);
        EconOutput.print(spec, json, f, Map.of("eccn", cls.eccn().label, "paragraph", cls.paragraph(),
                "thresholds", ExportClassification.THRESHOLDS));
        return 0;
    }
}
