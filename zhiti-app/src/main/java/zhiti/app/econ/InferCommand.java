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
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.ServerSystem;
import zhiti.econ.inference.DecodeThroughput;
import zhiti.econ.inference.InferenceCompute;
import zhiti.econ.inference.KvCache;
import zhiti.econ.inference.VideoTokenEstimate;

/** {@code zhiti econ infer}: inference FLOP per token and query, fleet for a traffic level, KV cache, decode speed. */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = {"Inference compute (2·N per token) and what follows from the options given: per query, fleet for "
                + "tokens/s, a visits-per-day demand chain, KV-cache bytes, memory-bound decode tokens/s.",
                "Example: zhiti econ infer --params 1T --tokens-per-query 267 --utilisation 0.32 --daily-visits 60M "
                        + "--queries-per-visit 10 --peak 65T --per-server 8 --server-price 29000",
                "Catalog names fill the numbers (explicit options override): zhiti econ infer --model \"Llama 2 70B\" "
                        + "--seq 4096 --gpu H100; --gpu \"8×T4\" fills --peak, --per-server, --server-price, --bandwidth"})
public final class InferCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--params", description = "active parameters per token, e.g. 70B (or --model)")
    String params;

    @Option(names = "--model", paramLabel = "NAME",
            description = "catalog model (GPT-3, Llama 2 70B …): fills --params and, with --seq, --layers, --kv-heads, --head-dim")
    String model;

    @Option(names = {"--gpu", "--chip", "--hardware"}, paramLabel = "NAME",
            description = "catalog accelerator or server system (H100, T4, 8×T4, DGX H100): fills --peak and --bandwidth, "
                    + "and for a server system --per-server and --server-price")
    String hardware;

    @Option(names = "--precision", description = "precision whose catalog peak --gpu fills in: bf16, fp16, fp8, int8 …; "
            + "default bf16 where the chip has it, else fp16")
    String precision;

    @Option(names = "--tokens-per-query", description = "tokens per query (prompt + answer)")
    Double tokensPerQuery;

    @Option(names = "--utilisation", defaultValue = "0.4", description = "share of peak sustained, 0-1; default ${DEFAULT-VALUE}")
    double utilisation;

    @Option(names = "--peak", description = "accelerator dense peak FLOP/s, e.g. 989T (H100 BF16), 65T (T4 mixed)")
    String peak;

    @Option(names = "--tokens-per-second", description = "traffic to serve, tokens/s: prints the accelerator count")
    String tokensPerSecond;

    @Option(names = "--daily-visits", description = "visits per day: prints the demand chain to servers and capex")
    String dailyVisits;

    @Option(names = "--queries-per-visit", defaultValue = "1", description = "queries per visit; default ${DEFAULT-VALUE}")
    double queriesPerVisit;

    @Option(names = "--per-server", description = "accelerators per server; default the server system's, else 8")
    Integer perServer;

    @Option(names = "--server-price", description = "USD per server (for the demand chain)")
    String serverPrice;

    @Option(names = "--layers", description = "KV cache: layers")
    Integer layers;

    @Option(names = "--kv-heads", description = "KV cache: key/value heads (fewer than query heads with GQA)")
    Integer kvHeads;

    @Option(names = "--head-dim", description = "KV cache: dimension per head")
    Integer headDim;

    @Option(names = "--seq", description = "KV cache: sequence length in tokens")
    Long seq;

    @Option(names = "--batch", defaultValue = "1", description = "sequences decoded together; default ${DEFAULT-VALUE}")
    long batch;

    @Option(names = "--bytes", defaultValue = "2", description = "bytes per weight and cache element: 2 (bf16), 1 (fp8), 0.5 (int4); default ${DEFAULT-VALUE}")
    double bytes;

    @Option(names = "--bandwidth", description = "memory bandwidth in bytes/s, e.g. 3.35T (H100 SXM): prints decode tokens/s")
    String bandwidth;

    @Option(names = "--images", description = "video-model data set: images (prints the patch → token → compute → days chain)")
    String images;

    @Option(names = "--videos", description = "video-model data set: videos")
    String videos;

    @Option(names = "--seconds", defaultValue = "0", description = "seconds per video")
    double seconds;

    @Option(names = "--fps", defaultValue = "0", description = "frames per second of the videos")
    double fps;

    @Option(names = "--frame", defaultValue = "1024x1980", description = "frame HEIGHTxWIDTH in pixels; default ${DEFAULT-VALUE}")
    String frame;

    @Option(names = "--patch", defaultValue = "16", description = "patch size in pixels; default ${DEFAULT-VALUE}")
    int patch;

    @Option(names = "--gpus", description = "accelerators training the video model (with --images/--videos)")
    String gpus;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        ModelCard card = model == null ? null : CatalogInputs.model(model);
        Accelerator acc = hardware == null ? null : CatalogInputs.accelerator(hardware);
        ServerSystem sys = hardware == null ? null : CatalogInputs.system(hardware);
        if (params == null && card == null) {
            throw new IllegalArgumentException("give --params (active parameters, e.g. 70B) or --model NAME from the catalog");
        }
        double n = params != null ? EconOutput.number("--params", params) : card.paramsPerToken();
        List<Figure> out = new ArrayList<>();
        out.add(InferenceCompute.flopPerToken(n, card != null && params == null ? card.source() : "user input"));
        Double peakFlops = peak != null ? Double.valueOf(EconOutput.number("--peak", peak))
                : acc != null ? Double.valueOf(acc.peakFlops(precisionFor(acc))) : null;
        int perServer = this.perServer != null ? this.perServer : sys != null ? sys.acceleratorsPerServer() : 8;
        Double serverPrice = this.serverPrice != null ? Double.valueOf(EconOutput.number("--server-price", this.serverPrice))
                : sys != null && sys.listPriceUsd().isPresent() ? Double.valueOf(sys.listPriceUsd().getAsDouble()) : null;
        Double bandwidth = this.bandwidth != null ? Double.valueOf(EconOutput.number("--bandwidth", this.bandwidth))
                : acc != null && acc.memoryBandwidthTBs() > 0 ? Double.valueOf(acc.memoryBandwidthTBs() * 1e12) : null;
        if (card != null && seq != null) {
            var shape = card.shape();
            layers = layers != null ? layers : shape.layers().isPresent() ? Integer.valueOf(shape.layers().getAsInt()) : null;
            kvHeads = kvHeads != null ? kvHeads : shape.kvHeads().isPresent() ? Integer.valueOf(shape.kvHeads().getAsInt())
                    : shape.heads().isPresent() ? Integer.valueOf(shape.heads().getAsInt()) : null;
            if (headDim == null && shape.hidden().isPresent() && shape.heads().isPresent()) {
                headDim = shape.hidden().getAsInt() / shape.heads().getAsInt();
            }
        }
        if (dailyVisits != null) {
            EconOutput.require(tokensPerQuery, "--daily-visits needs --tokens-per-query");
            EconOutput.require(peakFlops, "--daily-visits needs --peak (accelerator FLOP/s)");
            EconOutput.require(serverPrice, "--daily-visits needs --server-price (USD per server)");
            var q = new InferenceCompute.QueryDemand(n, tokensPerQuery, utilisation,
                    EconOutput.number("--daily-visits", dailyVisits), queriesPerVisit, peakFlops, perServer,
                    serverPrice);
            out = new ArrayList<>(InferenceCompute.demandChain(q, "user input"));
        } else if (tokensPerQuery != null) {
            out.add(InferenceCompute.flopPerQuery(n, tokensPerQuery, utilisation, "user input"));
        }
        if (tokensPerSecond != null) {
            EconOutput.require(peakFlops, "--tokens-per-second needs --peak (accelerator FLOP/s)");
            out.add(InferenceCompute.fleetForTraffic(EconOutput.number("--tokens-per-second", tokensPerSecond), n,
                    peakFlops, utilisation, "user input"));
        }
        double kvPerSeq = 0;
        if (layers != null || kvHeads != null || headDim != null || seq != null) {
            if (layers == null || kvHeads == null || headDim == null || seq == null) {
                throw new IllegalArgumentException("the KV cache needs all of --layers, --kv-heads, --head-dim and --seq");
            }
            Figure kv = KvCache.bytes(layers, kvHeads, headDim, seq, batch, bytes, "user input");
            out.add(kv);
            kvPerSeq = kv.value() / batch;
        }
        if (bandwidth != null) {
            EconOutput.require(peakFlops, "--bandwidth needs --peak too (to compare with the compute limit)");
            out.addAll(DecodeThroughput.tokensPerSecond(n * bytes, kvPerSeq, batch,
                    bandwidth, n, peakFlops, utilisation, "user input"));
        }
        if (images != null || videos != null) {
            EconOutput.require(peakFlops, "the video chain needs --peak (FLOP/s per accelerator)");
            EconOutput.require(gpus, "the video chain needs --gpus (accelerators)");
            String[] hw = frame.toLowerCase(java.util.Locale.ROOT).split("x");
            if (hw.length != 2) {
                throw new IllegalArgumentException("--frame must be HEIGHTxWIDTH, e.g. 1024x1980; got '" + frame + "'");
            }
            var d = new VideoTokenEstimate.Dataset(images == null ? 0 : EconOutput.number("--images", images),
                    (int) EconOutput.number("--frame height", hw[0]), (int) EconOutput.number("--frame width", hw[1]), 3,
                    videos == null ? 0 : EconOutput.number("--videos", videos), seconds, fps, patch);
            double g = EconOutput.number("--gpus", gpus);
            out.addAll(VideoTokenEstimate.reportMethod(d, n, peakFlops, g, "user input; method of seed 002's Sora estimate"));
            out.addAll(VideoTokenEstimate.patchTokens(d, n, peakFlops, g, "user input; ViT-style patching"));
        }
        EconOutput.print(spec, json, out, Map.of());
        return 0;
    }

    private Precision precisionFor(Accelerator acc) {
        if (precision != null) {
            return Precision.parse(precision);
        }
        return acc.defaultPrecision();
    }
}
