package zhiti.brain.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;
import zhiti.brain.read.EntityFinder.Found;
import zhiti.brain.read.EntityFinder.Kind;

/**
 * The hardware a question names, as knowns: one machine; a reference fleet and the machine to match it with ("How
 * many H20 match the compute of 100 H100?"); or one case per machine compared ("A100 vs H100", "分别用 512 张
 * A100 和 512 张 H100"), each with the fleet size written before its name.
 */
final class HardwareCases {

    private static final Pattern BASE_BEFORE = Pattern.compile(
            "(?:\\bthan|比|relative to|compared (?:with|to)|\\bas (?:fast|much|many|quick) as|相比于?|相对于)\\s*(?:the\\s+|an?\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IS_BEFORE = Pattern.compile("是\\s*$");
    private static final Pattern OF_AFTER = Pattern.compile("^\\s*的");

    private static final java.util.Set<Quantity> SPECS = java.util.EnumSet.of(Quantity.MEMORY_BANDWIDTH, Quantity.PEAK_FLOPS,
            Quantity.WATTS_PER_GPU, Quantity.USD_PER_GPU_HOUR, Quantity.ACCELERATOR_MEMORY, Quantity.USD_PER_GPU);

    /** What each machine does on its own: a question about these compares machines rather than matching a fleet. */
    private static final java.util.Set<Quantity> PER_MACHINE = java.util.EnumSet.of(Quantity.TOKENS_PER_SECOND,
            Quantity.WEIGHT_BYTES, Quantity.KV_CACHE_BYTES, Quantity.MEMORY_GPUS);

    private static final Pattern COMPUTE_WORDS = Pattern.compile("算力|性能|BF16|FP16|FP8|TF32|TFLOPS|FLOP|compute|throughput|"
            + "peak|faster|stronger|more powerful|谁更强|更强|更快", Pattern.CASE_INSENSITIVE);
    /** Beside a bandwidth, only a word that names compute itself makes it a second quantity compared ("faster" does not). */
    private static final Pattern COMPUTE_NAMED = Pattern.compile("算力|BF16|FP16|FP8|TF32|TFLOPS|FLOP|\\bcompute\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPACITY_WORDS = Pattern.compile("显存(?!带宽|速度)(?:容量|大小)?|HBM\\s*(?:容量|capacity)|"
            + "memory (?:capacity|size)|(?:GB|gigabytes) of (?:HBM|memory)|how much memory", Pattern.CASE_INSENSITIVE);
    private static final Pattern BANDWIDTH_WORDS = Pattern.compile("带宽|bandwidth|HBM|显存速度", Pattern.CASE_INSENSITIVE);

    private HardwareCases() {
    }

    /**
     * "…equal one B200 in dense BF16 compute, and in memory bandwidth?": a fleet matched on bandwidth as well as (or
     * instead of) compute; the specs named are the bases of the match, not asked of themselves.
     */
    private static void matchedOn(String q, List<Quantity> asked) {
        asked.remove(Quantity.PEAK_FLOPS); // "100 张 B200 的 BF16 稠密算力要多少张 A100 顶得上": the basis of the match
        if (!BANDWIDTH_WORDS.matcher(q).find()) {
            return;
        }
        asked.remove(Quantity.MEMORY_BANDWIDTH);
        int at = asked.indexOf(Quantity.GPUS);
        if (COMPUTE_NAMED.matcher(q).find()) {
            asked.add(at + 1, Quantity.BANDWIDTH_GPUS);
        } else {
            asked.set(at, Quantity.BANDWIDTH_GPUS);
        }
    }

    static void read(String q, List<Found> hardware, List<Mention> mentions, List<Known> knowns,
                     List<List<Known>> variants, List<Quantity> asked, boolean referenceWords) {
        List<Found> distinct = new ArrayList<>();
        for (Found f : hardware) {
            if (distinct.stream().noneMatch(d -> d.canonical().equals(f.canonical()))) {
                distinct.add(f);
            }
        }
        if (distinct.size() == 1) {
            knowns.add(known(Quantity.HARDWARE, distinct.get(0)));
            return;
        }
        if (distinct.size() == 2 && knowns.stream().anyMatch(k -> k.quantity() == Quantity.REFERENCE_DAYS)) {
            // the job's days on the first machine named, asked for the second
            knowns.add(known(Quantity.REFERENCE_HARDWARE, distinct.get(0)));
            knowns.add(known(Quantity.HARDWARE, distinct.get(1)));
            return;
        }
        List<Mention> counts = new ArrayList<>();
        for (Found d : distinct) {
            // "1,000 H100s", "a 256-GPU H100 cluster": the count just before the name (at any of its mentions,
            // "B200 vs A100: how many A100s is one B200 worth?"), spaces between allowed;
            // "a 100,000-A100 fleet": a bare count joined to the name by a hyphen counts it too
            // (at a later mention, "几台 8 卡 H100 服务器" describes a server, not a fleet)
            counts.add(hardware.stream().filter(f -> f.canonical().equals(d.canonical()))
                    .filter(f -> f == d || !q.substring(f.end()).matches("(?s)^\\s*(?:服务器|整机|servers?|nodes?|box(?:es)?)\\b?.*"))
                    .flatMap(f -> mentions.stream()
                    .filter(m -> m.end() <= f.start() && (q.substring(m.end(), f.start()).isBlank()
                            && (m.dim() == Dim.ACCELERATORS || m.dim() == Dim.SERVERS)
                            || q.substring(m.end(), f.start()).equals("-") && (m.dim() == Dim.PLAIN || m.dim() == Dim.ACCELERATORS) && m.value() >= 1)))
                    .findFirst().orElse(null));
        }
        long counted = counts.stream().filter(c -> c != null).count();
        // a counted fleet the others are to match: "how many H20s match 1,000 H100s? and how many B200s?"; a question
        // about each machine's own speed ("A100 的解码速度…换成 H100 呢") compares them instead
        boolean matching = asked.contains(Quantity.GPUS) || referenceWords && asked.stream().noneMatch(PER_MACHINE::contains);
        if (counted == 1 && matching) {
            int ref = counts.indexOf(counts.stream().filter(c -> c != null).findFirst().orElseThrow());
            Mention n = counts.get(ref);
            knowns.removeIf(k -> k.quantity() == Quantity.GPUS && k.start() == n.start());
            knowns.add(new Known(Quantity.REFERENCE_GPUS, n.value(), "", Known.Origin.QUESTION, null, n.start(), n.end()));
            knowns.add(known(Quantity.REFERENCE_HARDWARE, distinct.get(ref)));
            List<Found> targets = new ArrayList<>(distinct);
            targets.remove(ref);
            if (targets.size() == 1) {
                knowns.add(known(Quantity.HARDWARE, targets.get(0)));
            } else {
                targets.forEach(t -> variants.add(new ArrayList<>(List.of(known(Quantity.HARDWARE, t)))));
            }
            if (!asked.contains(Quantity.GPUS)) {
                asked.add(0, Quantity.GPUS);
            }
            matchedOn(q, asked);
            return;
        }
        if (asked.contains(Quantity.FACTOR) && asked.stream().allMatch(a -> a == Quantity.FACTOR || SPECS.contains(a)) && counted == 0) {
            // "B200 比 A100 的稠密 BF16 算力高几倍？": the multiple is of the machines' peaks (or bandwidths)
            // both named ("the ratio on dense BF16, and on HBM bandwidth"): each, in the order the question names them
            java.util.regex.Matcher bw = BANDWIDTH_WORDS.matcher(q);
            java.util.regex.Matcher cw = (bw.find(0) ? COMPUTE_NAMED : COMPUTE_WORDS).matcher(q);
            int b = bw.find(0) ? bw.start() : -1;
            int c = cw.find() ? cw.start() : -1;
            List<Quantity> bases = new ArrayList<>();
            if (b >= 0 && c >= 0) {
                bases.addAll(b < c ? List.of(Quantity.MEMORY_BANDWIDTH, Quantity.PEAK_FLOPS)
                        : List.of(Quantity.PEAK_FLOPS, Quantity.MEMORY_BANDWIDTH));
            } else if (b >= 0 || c >= 0) {
                bases.add(b >= 0 ? Quantity.MEMORY_BANDWIDTH : Quantity.PEAK_FLOPS);
            }
            java.util.regex.Matcher cap = CAPACITY_WORDS.matcher(q);
            if (cap.find()) {
                // "MI300X 的显存容量是 H100 的多少倍": the memory each holds, in the order named
                int at = cap.start();
                bases.add((int) bases.stream().filter(x -> (x == Quantity.MEMORY_BANDWIDTH ? b : c) < at).count(),
                        Quantity.ACCELERATOR_MEMORY);
            }
            bases.removeIf(asked::contains);
            asked.addAll(0, bases);
        }
        int base = base(q, hardware, distinct);
        if (distinct.size() == 2 && base == 0) {
            // "H20 的速度是 A100 的多少倍", "how many times faster is X than Y": the ratio is over the machine named second
            Collections.reverse(distinct);
            Collections.reverse(counts);
        }
        int first = variants.size();
        for (int i = 0; i < distinct.size(); i++) {
            List<Known> v = new ArrayList<>();
            v.add(known(Quantity.HARDWARE, distinct.get(i)));
            Mention n = counts.get(i);
            if (n != null) {
                Quantity role = n.dim() == Dim.SERVERS ? Quantity.SERVERS : Quantity.GPUS;
                knowns.removeIf(k -> k.start() == n.start() && (k.quantity() == Quantity.GPUS || k.quantity() == Quantity.SERVERS));
                v.add(new Known(role, n.value(), "", Known.Origin.QUESTION, null, n.start(), n.end()));
            }
            variants.add(v);
        }
        ownSpecs(hardware, distinct, knowns, variants.subList(first, variants.size()));
    }

    private static final Pattern SPEC_ASIDE = Pattern.compile("(?:forget|ignore|disregard|never mind|not|instead of|rather than|"
            + "不用|不按|别用|别管|不要用|忽略|而不是|而非|不是|并非)\\s*(?:the\\s+|about the\\s+)?(?:spec[\\s-]*sheet|datasheet|data sheet|official|"
            + "rated|nominal|官方|标称|规格|纸面)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEC_TOO = Pattern.compile("spec[\\s-]*sheet|datasheet|data sheet|official (?:spec|figure|number|value)|"
            + "rated (?:spec|figure|value|bandwidth|peak)|nominal|on paper|标称|官方(?:数据|参数|规格|值|口径)?|规格(?:表|书)?(?:上的|值)|纸面|名义",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Our H20s only sustain 3.2 TB/s. Decode speed — and what would the spec-sheet bandwidth give instead?": the
     * stated value and the catalog's are two cases of one machine.
     */
    static void specAlongside(String q, List<Known> knowns, List<List<Known>> variants) {
        // "forget the spec sheet", "不用官方数": the sheet is named to be set aside, not worked out too
        if (!variants.isEmpty() || !SPEC_TOO.matcher(q).find() || SPEC_ASIDE.matcher(q).find()) {
            return;
        }
        Known hw = knowns.stream().filter(k -> k.quantity() == Quantity.HARDWARE).findFirst().orElse(null);
        Known stated = knowns.stream().filter(k -> SPECS.contains(k.quantity()) && k.isNumber()
                && k.origin() == Known.Origin.QUESTION).findFirst().orElse(null);
        if (hw == null || stated == null) {
            return;
        }
        knowns.remove(stated);
        variants.add(new ArrayList<>(List.of(stated.withNote("按给出的数值", "as stated"))));
        variants.add(new ArrayList<>(List.of(hw.withNote("按规格表", "spec sheet"))));
    }

    /** Specs a comparison states beside one machine ("an H20 with 4.0 TB/s … one H100 SXM at 3.35 TB/s") are that case's. */
    private static void ownSpecs(List<Found> hardware, List<Found> distinct, List<Known> knowns, List<List<Known>> variants) {
        for (Known k : List.copyOf(knowns)) {
            if (!SPECS.contains(k.quantity()) || !k.isNumber()) {
                continue;
            }
            Found nearest = hardware.stream().min(java.util.Comparator.comparingInt(f -> Math.abs(f.start() - k.start())))
                    .orElseThrow();
            int i = distinct.stream().map(Found::canonical).toList().indexOf(nearest.canonical());
            knowns.remove(k);
            variants.get(i).add(k);
        }
    }

    /** Which of the machines a ratio is taken over ("是 A 的多少倍", "than A"), by its index in distinct; -1 if none. */
    private static int base(String q, List<Found> hardware, List<Found> distinct) {
        for (Found f : hardware) {
            String before = q.substring(Math.max(0, f.start() - 16), f.start());
            String after = q.substring(f.end(), Math.min(q.length(), f.end() + 12));
            if (BASE_BEFORE.matcher(before).find() || IS_BEFORE.matcher(before).find() && OF_AFTER.matcher(after).find()) {
                for (int i = 0; i < distinct.size(); i++) {
                    if (distinct.get(i).canonical().equals(f.canonical())) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static Known known(Quantity q, Found f) {
        return new Known(q, f.canonical(), f.kind() == Kind.SYSTEM ? "system" : "accelerator", Known.Origin.QUESTION,
                null, f.start(), f.end());
    }
}
