package zhiti.app.econ;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.core.Figure;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.chip.ChipMetrics;
import zhiti.econ.chip.ExportClassification;

/** {@code zhiti econ chip}: TPP, performance density and the US ECCN 3A090 class of an accelerator. */
@Command(name = "chip", mixinStandardHelpOptions = true,
        description = {"TPP = dense TFLOPS × bit width, performance density = TPP ÷ die mm², and the 3A090 class "
                + "(Oct 2023 rule) with its thresholds.",
                "Example: zhiti econ chip --name H20 --tflops 296 --bits 8 --die-mm2 814",
                "or from the catalog: zhiti econ chip --chip H100 (explicit numbers override the catalog's)"})
public final class ChipCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", description = "label for the output; default the catalog name or 'chip'")
    String name;

    @Option(names = {"--chip", "--gpu", "--hardware"}, paramLabel = "NAME",
            description = "catalog accelerator (H100, A800, 昇腾 910B …): fills --tflops, --bits and --die-mm2")
    String chip;

    @Option(names = "--tflops", description = "dense (no sparsity) peak TFLOPS or TOPS at --bits")
    Double tflops;

    @Option(names = "--bits", description = "bit width of that precision: 8 (FP8/INT8), 16 (BF16/FP16), 32")
    Integer bits;

    @Option(names = "--die-mm2", description = "applicable die area in mm² (all logic dies)")
    Double dieMm2;

    @Option(names = "--not-datacenter", description = "the chip is not designed or marketed for datacenters (gaming card)")
    boolean notDatacenter;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Accelerator acc = chip == null ? null : CatalogInputs.accelerator(chip);
        String label = name != null ? name : acc != null ? acc.name() : "chip";
        double t = tflops != null ? tflops : acc != null && acc.headlineTflops().isPresent()
                ? acc.headlineTflops().getAsDouble() : missing("--tflops", acc);
        int b = bits != null ? bits : acc != null && acc.tppBitWidth() > 0 ? acc.tppBitWidth() : (int) missing("--bits", acc);
        double die = dieMm2 != null ? dieMm2 : acc != null && acc.dieMm2() > 0 ? acc.dieMm2() : missing("--die-mm2", acc);
        String source = acc == null ? "user input" : (tflops == null && bits == null && dieMm2 == null ? "" : "user input; ")
                + acc.source();
        List<Figure> f = ChipMetrics.all(label, t, b, die, !notDatacenter, source);
        var cls = ExportClassification.classify(f.get(0).value(), f.get(1).value(), !notDatacenter);
        EconOutput.print(spec, json, f, Map.of("eccn", cls.eccn().label, "paragraph", cls.paragraph(),
                "thresholds", ExportClassification.THRESHOLDS));
        return 0;
    }

    private static double missing(String option, Accelerator acc) {
        throw new IllegalArgumentException("give " + option + (acc == null ? " (or --chip NAME from the catalog)"
                : " (the catalog does not list it for " + acc.name() + ")"));
    }
}
