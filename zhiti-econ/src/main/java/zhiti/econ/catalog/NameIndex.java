package zhiti.econ.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds catalog entries by name or alias, ignoring case, spaces, hyphens and underscores, and suggests the nearest
 * names when nothing matches.
 */
public final class NameIndex<T> {

    private final String kind;
    private final Map<String, T> byKey = new LinkedHashMap<>();
    private final Map<String, String> displayByKey = new LinkedHashMap<>();
    private final List<T> entries;
    private final Function<T, String> nameOf;
    private final Function<T, String> groupOf;
    private final Predicate<T> isPrimary;

    public NameIndex(String kind, List<T> entries, Function<T, String> nameOf, Function<T, List<String>> aliasesOf) {
        this(kind, entries, nameOf, aliasesOf, nameOf, e -> true);
    }

    /**
     * An index whose entries may be several estimates of one thing: {@code groupOf} names the thing an entry
     * estimates and {@code isPrimary} marks the estimate a plain lookup of the group's name returns.
     */
    public NameIndex(String kind, List<T> entries, Function<T, String> nameOf, Function<T, List<String>> aliasesOf,
                     Function<T, String> groupOf, Predicate<T> isPrimary) {
        this.kind = kind;
        this.entries = List.copyOf(entries);
        this.nameOf = nameOf;
        this.groupOf = groupOf;
        this.isPrimary = isPrimary;
        // primaries first, so a group's own name and any shared alias resolve to its primary estimate
        List<T> ordered = new ArrayList<>(entries.stream().filter(isPrimary).toList());
        ordered.addAll(entries.stream().filter(isPrimary.negate()).toList());
        for (T e : ordered) {
            if (isPrimary.test(e)) {
                String g = normalize(groupOf.apply(e));
                byKey.putIfAbsent(g, e);
                displayByKey.putIfAbsent(g, groupOf.apply(e));
            }
        }
        for (T e : ordered) {
            List<String> names = new ArrayList<>();
            names.add(nameOf.apply(e));
            names.addAll(aliasesOf.apply(e));
            for (String n : names) {
                String key = normalize(n);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, e);
                    displayByKey.putIfAbsent(key, n);
                }
            }
        }
    }

    /** Lower case with spaces, hyphens, underscores and dots removed: "DGX-A100" and "dgx a100" meet. */
    public static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.·]+", "");
    }

    public List<T> all() {
        return entries;
    }

    public Optional<T> find(String name) {
        return Optional.ofNullable(byKey.get(normalize(name)));
    }

    public T get(String name) {
        return find(name).orElseThrow(() -> new UnknownNameException(kind, name, suggest(name, 3)));
    }

    /**
     * Every estimate of the thing {@code name} refers to, the primary one first; a name of a single estimate gives
     * all estimates of its group as well.
     */
    public List<T> variants(String name) {
        String group = normalize(groupOf.apply(get(name)));
        List<T> out = new ArrayList<>();
        entries.stream().filter(e -> normalize(groupOf.apply(e)).equals(group) && isPrimary.test(e)).forEach(out::add);
        entries.stream().filter(e -> normalize(groupOf.apply(e)).equals(group) && !isPrimary.test(e)).forEach(out::add);
        return List.copyOf(out);
    }

    /** The primary estimate of the thing {@code name} refers to (itself when it has only one). */
    public T primary(String name) {
        return variants(name).getFirst();
    }

    /** Names of all entries, in catalog order. */
    public List<String> names() {
        return entries.stream().map(nameOf).toList();
    }

    /**
     * Every entry named somewhere in the text, longest mention first (so "DGX A100" wins over "A100"). A name is
     * found only as whole words: it starts and ends at a word boundary, so "MemGPT" does not name GPT and
     * "GPT-4o-mini" does not name GPT-4. See {@link MentionScanner} for what counts as a word.
     *
     * @return mentions whose position and length are in characters of {@code text}
     */
    public List<Mention<T>> mentions(String text) {
        MentionScanner scanner = new MentionScanner(text);
        List<Mention<T>> found = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            scanner.find(e.getKey(), byKey::containsKey).ifPresent(span -> found.add(
                    new Mention<>(e.getValue(), displayByKey.get(e.getKey()), span.start(), span.length())));
        }
        found.sort(Comparator.comparingInt((Mention<T> m) -> -m.length()).thenComparingInt(Mention::position));
        return found;
    }

    public List<String> suggest(String name, int max) {
        String k = normalize(name);
        record Scored(String display, int distance) {
        }
        Map<String, Scored> best = new LinkedHashMap<>();
        for (var e : byKey.entrySet()) {
            String display = nameOf.apply(e.getValue());
            int d = levenshtein(k, e.getKey());
            if (e.getKey().contains(k) || k.contains(e.getKey())) {
                d = Math.min(d, Math.abs(e.getKey().length() - k.length()));
            }
            if (k.length() >= 3 && e.getKey().startsWith(k)) {
                d = Math.min(d, 2); // "cloud" → "cloud market (total)": a typed prefix is a strong hint
            }
            Scored prev = best.get(display);
            if (prev == null || d < prev.distance()) {
                best.put(display, new Scored(display, d));
            }
        }
        int limit = Math.max(2, k.length() / 2);
        return best.values().stream()
                .filter(s -> s.distance() <= limit)
                .sorted(Comparator.comparingInt(Scored::distance))
                .limit(max).map(Scored::display).toList();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * An entry named in a text, with the catalog form of the name that matched.
     *
     * @param position where the mention starts in the text, in characters
     * @param length   how many characters of the text it spans (a longer span hides a shorter one inside it)
     */
    public record Mention<T>(T entry, String matched, int position, int length) {
    }
}
