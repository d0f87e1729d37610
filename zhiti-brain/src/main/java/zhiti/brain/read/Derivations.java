package zhiti.brain.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;
import zhiti.brain.read.EntityFinder.Found;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ServerSystem;

/**
 * The small products a question leaves to the reader, each kept with how it was worked out: GPUs from servers ×
 * GPUs per server, power per GPU from a server's power, queries a day from daily users × queries each, active
 * parameters from a stated active share, a model's size from its work per token, a compute multiple from a budget
 * that grows, days from "a year" / "a month" / "a week". The answer lists them as derived values.
 */
final class Derivations {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DAILY_PEOPLE = Pattern.compile("日活|DAU|daily (?:active )?users|每天.{0,4}$|a day|per day|每日", F);
    private static final Pattern PER_PERSON = Pattern.compile("每人|每个用户|each (?:visitor|user)|per (?:visit|user|visitor)|每次访问", F);
    private static final Pattern EACH_AFTER = Pattern.compile("^\\s*(?:each|apiece|per (?:visit|visitor|user|person))\\b", F);
    private static final Pattern ACTIVE = Pattern.compile("active|激活", F);
    private static final Pattern GROWS_TO = Pattern.compile("(?:提高|增加|扩大|增长|涨|提升|上调|grows?|rises?|increases?|goes|scaled?)"
            + "\\s*(?:up\\s*)?(?:到|至|to)\\s*$|^\\s*(?:to|到|至)\\s*$", F);
    private static final Pattern OF = Pattern.compile("\\s*of\\b", F);

    private static final Pattern A_YEAR = Pattern.compile("(?:\\b(?:in|for|per|over|a|one|each|every) (?:full |whole )?year\\b|annual(?:ly)?|"
            + "一年|每年|全年|一整年)", F);
    private static final Pattern A_WEEK = Pattern.compile("\\b(?:in|for|per|a|one|each|every) (?:full |whole )?week\\b|weekly|一周|一个星期|每周", F);
    private static final Pattern A_MONTH = Pattern.compile("\\b(?:in|for|per|a|one|each|every) month\\b|monthly|一个月|每月|每个月", F);

    private static final Pattern ONE_SERVER = Pattern.compile("\\b(?:one|a single|a|an)\\s+(?:[\\w-]+\\s+){0,3}(?:server|node|box|machine)\\b|"
            + "(?<!卡\\s?)(?:一台|单台)[^，,。？?；;]{0,10}(?:服务器|整机|机器|server)", F);
    private static final Pattern EACH_SERVER = Pattern.compile("每台|per (?:server|node|box|machine)|each (?:server|node|box|machine)|"
            + "(?:servers|nodes|boxes|machines)\\b", F);

    private Derivations() {
    }

    static void apply(String q, List<Known> knowns, List<Mention> mentions, Catalog catalog, List<Found> found) {
        perServer(q, knowns, catalog, found);
        perTokenWork(knowns);
        queries(q, knowns, mentions);
        active(q, knowns, mentions);
    }

    /** "每个 token 需要 2 万亿 FLOPs": at 2·N FLOP per generated token, the N the work per token implies. */
    private static void perTokenWork(List<Known> knowns) {
        Optional<Known> f = get(knowns, Quantity.FLOP_PER_TOKEN);
        if (f.isEmpty() || get(knowns, Quantity.PARAMS).isPresent() || get(knowns, Quantity.ACTIVE_PARAMS).isPresent()) {
            return;
        }
        double n = f.get().number() / 2;
        knowns.add(new Known(Quantity.PARAMS, n, "", Known.Origin.DERIVED, null, f.get().start(), f.get().end())
                .withNote(fmt(f.get().number()) + " FLOP/token ÷ 2", fmt(f.get().number()) + " FLOP per token ÷ 2"));
    }

    /** "算力预算从 1e23 FLOP 提高到 1e25 FLOP": the budget it starts from, and the multiple it grows by. */
    static void computeGrowth(String q, List<Known> knowns) {
        List<Known> cs = knowns.stream().filter(k -> k.quantity() == Quantity.COMPUTE && k.isNumber()).toList();
        if (cs.size() != 2 || get(knowns, Quantity.COMPUTE_MULTIPLE).isPresent()
                || !GROWS_TO.matcher(q.substring(cs.get(0).end(), cs.get(1).start())).find()) {
            return;
        }
        double k = cs.get(1).number() / cs.get(0).number();
        knowns.remove(cs.get(1));
        knowns.add(new Known(Quantity.COMPUTE_MULTIPLE, k, "", Known.Origin.DERIVED, null, cs.get(1).start(), cs.get(1).end())
                .withNote(fmt(cs.get(1).number()) + " ÷ " + fmt(cs.get(0).number()), fmt(cs.get(1).number()) + " ÷ "
                        + fmt(cs.get(0).number())));
    }

    private static Optional<Known> get(List<Known> ks, Quantity q) {
        return ks.stream().filter(k -> k.quantity() == q).findFirst();
    }

    private static void perServer(String q, List<Known> knowns, Catalog catalog, List<Found> found) {
        Optional<Integer> perServer = get(knowns, Quantity.GPUS_PER_SERVER).map(k -> (int) k.number())
                .or(() -> found.stream().filter(f -> f.kind() == EntityFinder.Kind.SYSTEM).findFirst()
                        .flatMap(f -> catalog.systems().find(f.canonical())).map(ServerSystem::acceleratorsPerServer));
        if (perServer.isPresent() && get(knowns, Quantity.GPUS_PER_SERVER).isEmpty()) {
            found.stream().filter(f -> f.kind() == EntityFinder.Kind.SYSTEM).findFirst().ifPresent(f ->
                    knowns.add(new Known(Quantity.GPUS_PER_SERVER, (double) perServer.get(), "", Known.Origin.DERIVED, null,
                            f.start(), f.end()).withNote(f.canonical() + " 每台 " + perServer.get() + " 卡",
                            f.canonical() + " holds " + perServer.get() + " accelerators")));
        }
        Optional<Known> servers = get(knowns, Quantity.SERVERS);
        Matcher one = ONE_SERVER.matcher(q);
        boolean priced = knowns.stream().anyMatch(k -> k.quantity() == Quantity.USD_PER_SERVER || k.quantity() == Quantity.AMOUNT
                || k.quantity() == Quantity.USD || k.quantity() == Quantity.CAPEX_USD
                || k.quantity() == Quantity.TOKENS_PER_SECOND); // "an 8xA100 node sustained 2,000 tokens/s": that one node's cards
        if (servers.isEmpty() && perServer.isPresent() && priced && get(knowns, Quantity.GPUS).isEmpty() && one.find()
                && !EACH_SERVER.matcher(q).find()) {
            // "￥2.35M for one 8-GPU H20 server … per GPU?": the cards of the one server priced
            servers = Optional.of(new Known(Quantity.SERVERS, 1.0, "", Known.Origin.DERIVED, null, one.start(), one.end()));
        }
        if (servers.isPresent() && perServer.isPresent() && get(knowns, Quantity.GPUS).isEmpty()) {
            double gpus = servers.get().number() * perServer.get();
            knowns.add(new Known(Quantity.GPUS, gpus, "", Known.Origin.DERIVED, null, servers.get().start(), servers.get().end())
                    .withNote(fmt(servers.get().number()) + " 台 × " + perServer.get() + " 卡",
                            fmt(servers.get().number()) + " servers × " + perServer.get() + " GPUs"));
        }
        Optional<Known> watts = get(knowns, Quantity.WATTS_PER_SERVER);
        if (watts.isPresent() && perServer.isPresent() && get(knowns, Quantity.WATTS_PER_GPU).isEmpty()) {
            // the server's draw split over its accelerators, for the chains that work per accelerator
            double w = watts.get().number() / perServer.get();
            knowns.add(new Known(Quantity.WATTS_PER_GPU, w, "", Known.Origin.DERIVED, null, watts.get().start(), watts.get().end())
                    .withNote("整机 " + fmt(watts.get().number()) + " W ÷ " + perServer.get() + " 卡",
                            fmt(watts.get().number()) + " W per server ÷ " + perServer.get() + " GPUs"));
        }
    }

    /** "日活 2000 万用户，每人每天 15 次对话" and "60 million visits a day … each visitor asks 10 questions". */
    private static void queries(String q, List<Known> knowns, List<Mention> mentions) {
        if (get(knowns, Quantity.QUERIES_PER_DAY).filter(k -> !"visit".equals(unitOf(mentions, k))).isPresent()) {
            return;
        }
        Mention daily = mentions.stream().filter(m -> (m.dim() == Dim.PEOPLE || m.dim() == Dim.QUERIES && "visit".equals(m.unit()))
                && (m.per() == Dim.DAYS || DAILY_PEOPLE.matcher(RoleReader.before(q, m, 8)).find()
                        || DAILY_PEOPLE.matcher(RoleReader.after(q, m, 6)).find()))
                .findFirst().orElse(null);
        Mention each = mentions.stream().filter(m -> m.dim() == Dim.QUERIES && !"visit".equals(m.unit())
                && (PER_PERSON.matcher(RoleReader.before(q, m, 24)).find() || EACH_AFTER.matcher(RoleReader.after(q, m, 16)).find()))
                .findFirst().orElse(null);
        if (daily == null) {
            return;
        }
        double perPerson = each == null ? 1 : each.value();
        knowns.removeIf(k -> k.quantity() == Quantity.QUERIES_PER_DAY);
        Known k = new Known(Quantity.QUERIES_PER_DAY, daily.value() * perPerson, "", Known.Origin.DERIVED, null,
                daily.start(), daily.end());
        knowns.add(each == null ? k : k.withNote(fmt(daily.value()) + " × 每人 " + fmt(perPerson) + " 次",
                fmt(daily.value()) + " a day × " + fmt(perPerson) + " each"));
    }

    private static String unitOf(List<Mention> mentions, Known k) {
        return mentions.stream().filter(m -> m.start() == k.start()).map(Mention::unit).findFirst().orElse("");
    }

    /** "314B total parameters with about 25% of them active": active = total × share. */
    private static void active(String q, List<Known> knowns, List<Mention> mentions) {
        Optional<Known> total = get(knowns, Quantity.PARAMS);
        if (total.isEmpty() || get(knowns, Quantity.ACTIVE_PARAMS).isPresent()) {
            return;
        }
        // "a tenth of its parameters are active" reads as 0.1 of them; the word may end the clause
        mentions.stream().filter(m -> (m.dim() == Dim.FRACTION || m.value() > 0 && m.value() < 1 && OF.matcher(RoleReader.after(q, m, 4)).lookingAt())
                && ACTIVE.matcher(RoleReader.before(q, m, 12) + clause(RoleReader.after(q, m, 48))).find()).findFirst().ifPresent(m -> {
                    knowns.removeIf(k -> k.start() == m.start() && k.quantity() != Quantity.PARAMS);
                    knowns.add(new Known(Quantity.ACTIVE_PARAMS, total.get().number() * m.value(), "", Known.Origin.DERIVED,
                            null, m.start(), m.end()).withNote(fmt(total.get().number()) + " × " + fmt(m.value() * 100) + "%",
                            fmt(total.get().number()) + " × " + fmt(m.value() * 100) + "%"));
                });
    }

    private static String clause(String after) {
        return after.split("[.。;；?？,，]", 2)[0];
    }

    private static String fmt(double v) {
        return zhiti.econ.units.Formats.human(v);
    }

    /**
     * "How much electricity does the cluster use in a year?", "每月电费": a period in words is a run length of 365
     * or 30 days, when the question needs one and states no other.
     */
    static void periodWords(String q, List<Known> knowns, List<Quantity> asked, boolean training) {
        // a deadline in words ("finish training in a month") sizes a fleet as a number of days would
        boolean deadline = asked.contains(Quantity.GPUS) && training;
        boolean needsTime = deadline || asked.stream().anyMatch(a -> a == Quantity.ENERGY || a == Quantity.ELECTRICITY_USD
                || a == Quantity.USD || a == Quantity.GPU_HOURS);
        boolean hasTime = knowns.stream().anyMatch(k -> k.quantity() == Quantity.DAYS || k.quantity() == Quantity.HOURS
                || k.quantity() == Quantity.GPU_HOURS || !deadline && (k.quantity() == Quantity.COMPUTE || k.quantity() == Quantity.TOKENS));
        if (!needsTime || hasTime) {
            return;
        }
        Matcher y = A_YEAR.matcher(q);
        Matcher mo = A_MONTH.matcher(q);
        if (y.find()) {
            knowns.add(new Known(Quantity.DAYS, 365.0, "", Known.Origin.DERIVED, null, y.start(), y.end())
                    .withNote("一年按 365 天计", "a year taken as 365 days"));
        } else if (mo.find()) {
            knowns.add(new Known(Quantity.DAYS, 30.0, "", Known.Origin.DERIVED, null, mo.start(), mo.end())
                    .withNote("一个月按 30 天计", "a month taken as 30 days"));
        } else if ((mo = A_WEEK.matcher(q)).find()) {
            knowns.add(new Known(Quantity.DAYS, 7.0, "", Known.Origin.DERIVED, null, mo.start(), mo.end())
                    .withNote("一周按 7 天计", "a week taken as 7 days"));
        }
    }

    private static final java.util.regex.Pattern FACTOR_PER_YEAR = java.util.regex.Pattern.compile(
            "\\d(?:\\.\\d+)?\\s*(?:x|×|倍)\\s*(?:per|a|each|every|/)\\s*year|每年[^，。,;；？?]{0,10}?\\d+(?:\\.\\d+)?\\s*倍",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern OVER_YEARS = java.util.regex.Pattern.compile(
            "(?:over|across|after|in|within)\\s+(?:the\\s+)?(?:next\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+years"
                    + "|\\d+\\s*年(?:累计|合计|总共|共|下来|后|内)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "improves 1.4x per year and 2.5x per year: combined per year, and over three years?": rates stated as
     * multiples are answered as a multiple too, and a span asks for the multiple over it.
     */
    static void combinedMultiples(String q, List<Known> knowns, List<Quantity> asked) {
        boolean growth = asked.contains(Quantity.RATE) || asked.contains(Quantity.DOUBLING_TIME);
        if (growth && !asked.contains(Quantity.COMPUTE) && knowns.stream().anyMatch(k -> k.quantity() == Quantity.PERIODS)) {
            // "单卡算力10年提升了1000倍，年均增速？": a multiple over years, whatever it multiplies
            knowns.replaceAll(k -> k.quantity() == Quantity.COMPUTE_MULTIPLE ? k.as(Quantity.FACTOR) : k);
        }
        if (!(asked.contains(Quantity.RATE) || asked.contains(Quantity.FACTOR))
                || knowns.stream().noneMatch(k -> k.quantity() == Quantity.RATES)) {
            return;
        }
        if (FACTOR_PER_YEAR.matcher(q).find() && !asked.contains(Quantity.YEARLY_FACTOR)) {
            asked.add(Quantity.YEARLY_FACTOR);
        }
        if (OVER_YEARS.matcher(q).find() && knowns.stream().anyMatch(k -> k.quantity() == Quantity.PERIODS)
                && !asked.contains(Quantity.FACTOR)) {
            asked.add(Quantity.FACTOR);
        }
    }
}
