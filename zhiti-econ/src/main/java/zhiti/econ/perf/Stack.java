package zhiti.econ.perf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * The training software's behaviours that change time at one plan: whether attention runs as a fused
 * (FlashAttention-style) kernel, whether tensor-parallel and data-parallel communication are overlapped with
 * compute, whether data-parallel collectives reduce within a node first, and whether the pipeline can interleave
 * model chunks. Each stack is named for the software that behaves
 * so; none carries a fitted constant.
 */
public enum Stack {
    /** Megatron-LM as Narayanan et al. 2021 and Korthikanti et al. 2022 ran it: unfused attention, no overlap. */
    MEGATRON_2021("megatron-2021", false, false, false, false, true),
    /**
     * Megatron-Core / NeMo / Transformer Engine (2023 on): fused attention; tensor-parallel, context-parallel and
     * data-parallel communication overlapped with compute.
     */
    MEGATRON_CORE("megatron-core", true, true, true, true, true),
    /**
     * DeepSpeed (MT-NLG, BLOOM, ZeRO-3): plain 1F1B without interleaving, unfused attention; ZeRO's gathers and
     * gradient buckets overlap compute, tensor-parallel collectives do not.
     */
    DEEPSPEED("deepspeed", false, false, true, false, false),
    /** PyTorch FSDP (e.g. MosaicML llm-foundry): fused attention, sharded weights prefetched behind compute. */
    FSDP("fsdp", true, false, true, true, false);

    private final String label;
    private final boolean fusedAttention;
    private final boolean overlapTensor;
    private final boolean overlapData;
    private final boolean hierarchicalData;
    private final boolean interleaving;

    Stack(String label, boolean fusedAttention, boolean overlapTensor, boolean overlapData, boolean hierarchicalData,
          boolean interleaving) {
        this.hierarchicalData = hierarchicalData;
        this.label = label;
        this.fusedAttention = fusedAttention;
        this.overlapTensor = overlapTensor;
        this.overlapData = overlapData;
        this.interleaving = interleaving;
    }

    /**
     * The stack assumed when none is named: Megatron-Core on GPUs with FP8 tensor cores (Hopper and later, where
     * fused attention and overlapped communication are the norm), the 2021 Megatron-LM behaviour before them.
     */
    public static Stack defaultFor(ClusterSpec cluster) {
        return cluster.fp8Tflops() > 0 ? MEGATRON_CORE : MEGATRON_2021;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public boolean fusedAttention() {
        return fusedAttention;
    }

    /** Tensor- and expert-parallel collectives overlapped with GEMMs (Transformer Engine's comm overlap). */
    public boolean overlapTensor() {
        return overlapTensor;
    }

    /**
     * Data-parallel collectives reduce inside a node over NVLink before crossing nodes, so each NIC carries only
     * its share (current NCCL); the 2021 stacks measured at per-GPU NIC bandwidth.
     */
    public boolean hierarchicalData() {
        return hierarchicalData;
    }

    /** Data-parallel reductions and ZeRO/FSDP weight gathers overlapped with compute. */
    public boolean overlapData() {
        return overlapData;
    }

    public boolean interleaving() {
        return interleaving;
    }

    @JsonCreator
    public static Stack parse(String s) {
        String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Stack st : values()) {
            if (st.label.equals(k)) {
                return st;
            }
        }
        return switch (k) {
            case "megatron", "megatron-lm" -> MEGATRON_2021;
            case "nemo", "mcore", "megatron core", "transformer-engine", "te" -> MEGATRON_CORE;
            case "megatron-deepspeed", "ds", "zero", "zero-3" -> DEEPSPEED;
            case "pytorch-fsdp", "torch-fsdp", "llm-foundry", "composer" -> FSDP;
            default -> throw new IllegalArgumentException("unknown software stack '" + s + "': use "
                    + String.join(", ", Arrays.stream(values()).map(Stack::label).toList())
                    + " (megatron-2021: unfused attention, no overlap; megatron-core: fused attention and overlapped "
                    + "communication; deepspeed: no interleaved pipeline; fsdp: sharded data parallel)");
        };
    }
}
