package zhiti.brain.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.NameIndex;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.ServerSystem;

/**
 * Finds the catalog entities a question names — models, accelerators, server systems, series — with their spans,
 * and models the catalog does not have whose size is in the name ("Llama 3 405B", "Qwen2-72B", "Phi-3-mini
 * (3.8B)"). A name counts only as a whole token: "MemGPT" does not name GPT-1, "H1000" does not name H100.
 */
final class EntityFinder {

    enum Kind { MODEL, ACCELERATOR, SYSTEM, SERIES, SIZED_MODEL }

    /** An entity named in the question; {@code params} is set for a model sized by its name. */
    record Found(Kind kind, String canonical, int start, int end, double params) {

        boolean isHardware() {
            return kind == Kind.ACCELERATOR || kind == Kind.SYSTEM;
        }

        boolean isModel() {
            return kind == Kind.MODEL || kind == Kind.SIZED_MODEL;
        }
    }

    /** @param compact the name as {@link NameIndex#normalize} writes it: what the question must contain */
    private record NamePattern(Kind kind, String canonical, Pattern pattern, String compact) {
        NamePattern(Kind kind, String canonical, String name) {
            this(kind, canonical, loose(name), NameIndex.normalize(name));
        }
    }

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "Llama 3 405B", "Qwen2-72B", "GLM-130B", "Qwen1.5-110B", "InternLM2-20B", "Gemma 2B". */
    private static final Pattern SIZED = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z][A-Za-z]+(?:[\\s-]?\\d+(?:\\.\\d+)?)?(?:[\\s-](?:[A-Za-z]+))?)[\\s-](\\d+(?:\\.\\d+)?)\\s?([BMT])"
                    + "(?![A-Za-z0-9])");
    /** "Phi-3-mini（3.8B）", "Gemma (2B)". */
    private static final Pattern SIZED_PAREN = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z][A-Za-z0-9.\\-]+)\\s*[（(]\\s*(\\d+(?:\\.\\d+)?)\\s?([BMT])\\s*[)）]");
    /** Words that look like a sized name but are units or counts ("with 16 B", "over 10 T"). */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)(?:with|of|on|for|and|the|a|an|about|around|to|from|at|in|is|are|has|had|train|training|model|"
                    + "total|active|only|just|over|under|per|each)");

    private final List<NamePattern> patterns = new ArrayList<>();
    private final Catalog catalog;

    EntityFinder(Catalog catalog, SeriesCatalog series) {
        this.catalog = catalog;
        for (ServerSystem s : catalog.systems().all()) {
            names(s.name(), s.aliases()).forEach(n -> patterns.add(new NamePattern(Kind.SYSTEM, s.name(), n)));
        }
        for (Accelerator a : catalog.accelerators().all()) {
            names(a.name(), a.aliases()).forEach(n -> patterns.add(new NamePattern(Kind.ACCELERATOR, a.name(), n)));
        }
        for (ModelCard m : catalog.models().all()) {
            if (m.primary()) {
                names(m.name(), m.aliases()).forEach(n -> patterns.add(new NamePattern(Kind.MODEL, m.name(), n)));
            }
        }
        for (Series s : series.all()) {
            names(s.name(), s.aliases()).forEach(n -> patterns.add(new NamePattern(Kind.SERIES, s.name(), n)));
        }
        // longest names first, so "DGX A100" claims its span before "A100" can
        patterns.sort(Comparator.comparingInt((NamePattern p) -> -p.pattern().pattern().length()));
    }

    List<Found> find(String q) {
        List<Found> found = new ArrayList<>();
        // a name the pattern can match appears, separators removed, in the question with its separators removed:
        // checking that first skips the regex for the hundreds of names a question does not mention
        String compactQ = NameIndex.normalize(q);
        for (NamePattern p : patterns) {
            if (!compactQ.contains(p.compact())) continue;
            Matcher m = p.pattern().matcher(q);
            while (m.find()) {
                if (free(found, m.start(), m.end())) {
                    found.add(new Found(p.kind(), p.canonical(), m.start(), m.end(), Double.NaN));
                }
            }
        }
        sized(q, SIZED, found);
        sized(q, SIZED_PAREN, found);
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** Models whose size the name states; a catalog model of that name and size wins. */
    private void sized(String q, Pattern p, List<Found> found) {
        Matcher m = p.matcher(q);
        while (m.find()) {
            String name = m.group(1).trim();
            boolean wordy = java.util.Arrays.stream(name.split("[\\s-]+")).anyMatch(w -> NOT_A_NAME.matcher(w).matches());
            if (wordy || !free(found, m.start(), m.end())) {
                continue;
            }
            double size = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
                case "M" -> 1e6;
                case "T" -> 1e12;
                default -> 1e9;
            };
            String display = q.substring(m.start(), m.end()).trim();
            Optional<ModelCard> card = catalog.models().find(display);
            found.add(card.isPresent()
                    ? new Found(Kind.MODEL, card.get().name(), m.start(), m.end(), Double.NaN)
                    : new Found(Kind.SIZED_MODEL, display, m.start(), m.end(), size));
        }
    }

    private static boolean free(List<Found> found, int s, int e) {
        return found.stream().noneMatch(f -> s < f.end() && f.start() < e);
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(name);
        return all.stream().filter(n -> NameIndex.normalize(n).length() >= 2).toList();
    }

    /**
     * A name as a pattern tolerating spaces and hyphens between its characters, as a whole token: no letter or
     * digit just before it, and no letter, digit or hyphenated continuation just after ("GPT-4o" is not "GPT-4";
     * a plural "A100s" still names the A100).
     */
    private static Pattern loose(String name) {
        StringBuilder sb = new StringBuilder("(?<![A-Za-z0-9])");
        String compact = NameIndex.normalize(name);
        // "A100", "H20", "T4": one letter and a number, never spaced apart ("a 100 GPU cluster" names no A100)
        boolean letterNumber = compact.length() >= 2 && Character.isLetter(compact.charAt(0)) && Character.isDigit(compact.charAt(1));
        for (int i = 0; i < compact.length(); i++) {
            if (i == 1 && letterNumber) {
                sb.append("[\\-_]?");
            } else if (i > 0) {
                sb.append("[\\s\\-_.]*");
            }
            sb.append(Pattern.quote(String.valueOf(compact.charAt(i))));
        }
        boolean latinEnd = Character.isLetterOrDigit(compact.charAt(compact.length() - 1))
                && compact.charAt(compact.length() - 1) < 0x80;
        sb.append(latinEnd ? "(?:s\\b|(?![A-Za-z0-9]|-[A-Za-z0-9]|,\\d{3}))" : "");
        return Pattern.compile(sb.toString(), F);
    }
}
