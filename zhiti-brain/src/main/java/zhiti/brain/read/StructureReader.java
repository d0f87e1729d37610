package zhiti.brain.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/**
 * Places the plain values of a question that carries its own numbers: which is the start and which the end ("from
 * A in 2018 to B in 2024", "从 2016 年的 A 增长到 2024 年的 B"), the part and the whole ("a is what share of b"),
 * the target ("when does it reach T"), the rate and the periods, and the successive rates to combine. It also
 * says what is asked when only the structure tells ("… 2032 年会是多少" asks for the end value).
 */
final class StructureReader {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FROM_TO = Pattern.compile("(?:from|从|由)\\s*$", F);
    private static final Pattern TO = Pattern.compile(
            "^\\s*(?:\\S{0,12}?)\\s*(?:to|到|至|→|->|增长到|增至|上升到|下降到|降到|降至|提升到|提高到|涨到|跌到|rose to|fell to|grew to)\\s*$", F);
    private static final Pattern TARGET = Pattern.compile("(?:reach(?:es)?|exceed(?:s)?|surpass(?:es)?|hit|cross(?:es)?|top|pass(?:es)?|"
            + "达到|超过|突破|降到|降至|跌到|跌破|低于|falls? (?:to|below)|drops? (?:to|below)|"
            + "(?:dips?|sinks?|gets?|goes|slips?|falls?|drops?|is) (?:under|below|beneath)|below|under|"
            + "过|越过|到达|上|breaks?)\\s*(?:the\\s+)?(?:\\$|US\\$)?\\s*$", F);
    private static final Pattern END_MARK = Pattern.compile("(?:降到|降至|跌到|到了?|to a (?:record )?(?:low|high) of|to|reached|now)\\s*"
            + "(?:\\$|US\\$)?\\s*$", F);
    private static final Pattern OOM = Pattern.compile("^\\s*(?:个)?\\s*(?:orders? of magnitude|数量级|OOMs?)", F);
    private static final Pattern FALL_TO = Pattern.compile("(?:降到|降至|跌到|变为|变成|falls? to|drops? to)\\s*(?:原来的|现在的|当前的|目前的|"
            + "the original(?:'s)?|its (?:original|current)|today's)\\s*$", F);
    private static final Pattern OF_NOW = Pattern.compile("^\\s*of\\s+(?:today'?s|the current|its current|its|the original|"
            + "now|today|current|what it is)", F);
    private static final Pattern YEARLY_BEFORE = Pattern.compile("(?:每年|一年|a year|per year|annually|each year)\\s*\\S{0,4}$", F);
    private static final Pattern SUCCESSIVE = Pattern.compile("successive|combined|combine|together|叠加|合计|两者|累计|总(?:共|降幅)|"
            + "overall|in total|total (?:reduction|decline)|一共|加起来", F);
    private static final Pattern REMAINDER = Pattern.compile("剩下|剩余|其余|其他部分|其他\\S{0,6}(?:加起来|合计|一共|总共)|还剩|扣掉|扣除|the rest\\b|remainder|are left|is left|"
            + "remaining (?:part|share|"
            + "segment|amount)|what(?:'s| is) left|left over|all (?:the )?others|(?:everyone|everybody) else|other (?:vendors|players|suppliers|companies) (?:combined|together|in total)", F);
    private static final Pattern OF_REST = Pattern.compile("剩下的\\S{0,3}(?:里|中|当中)|剩余的\\S{0,3}(?:里|中)|其余的?\\S{0,2}(?:里|中)|"
            + "of the rest|of what(?:'s| is) left|of the remainder|of the remaining", F);
    private static final Pattern SHARE_WORDS = Pattern.compile("share|占|市占率|渗透率|penetration|份额|比重|of them|of which", F);
    private static final Pattern CHANGE_WORDS = Pattern.compile("下降|下跌|降低|减少|上涨|增长|提高|提升|涨|降|fell|fall|drop|rose|rise|"
            + "grew|grow|increase|decrease|cut|up|down|markup|discount|cheaper|more expensive|reduc|declin|lower", F);

    /** "10× cheaper", "10 倍便宜": the factor a price falls by, said upwards; read as stated (the tools say which way). */
    private static final Pattern CHEAPER_BY = Pattern.compile("\\s*(?:cheaper|less|lower|smaller|便宜|更低)", F);

    /** The asked quantities that make a question one about its own numbers. */
    static final Set<Quantity> ARITHMETIC = EnumSet.of(Quantity.FACTOR, Quantity.SHARE, Quantity.CHANGE,
            Quantity.DIFFERENCE, Quantity.RATE, Quantity.DOUBLING_TIME, Quantity.YEAR, Quantity.END_VALUE,
            Quantity.START_VALUE, Quantity.CONVERTED_AMOUNT, Quantity.PERIODS, Quantity.DOUBLINGS, Quantity.YEARLY_FACTOR);

    /** A value, its mention and the date paired with it, if any. */
    private record Value(Mention m, Mention date) {
    }

    private StructureReader() {
    }

    /**
     * @param values  the mentions no field role claimed, plus measures when the question asks only for arithmetic
     * @param dates   DATE mentions
     * @param rates   yearly-rate mentions already read (signed values are set here)
     * @param asked   what the cues asked for; implied asks are added to it
     * @param out     where the knowns go
     */
    static void read(String q, List<Mention> values, List<Mention> dates, List<Known> out, List<Quantity> asked) {
        List<Mention> vs = new ArrayList<>(values);
        // "0.5 orders of magnitude per year" is a rate; "3 个数量级" a factor
        for (Mention m : List.copyOf(vs)) {
            if (OOM.matcher(q.substring(m.start(), Math.min(q.length(), m.end() + 24)).replaceFirst("^[\\d.,]+", "")).find()) {
                vs.remove(m);
                // "每年下降一个数量级": a tenth of it each year
                double factor = Math.pow(10, RoleReader.declining(q, m) ? -m.value() : m.value());
                boolean yearly = Pattern.compile("a year|per year|每年|/yr|annually|一年", F)
                        .matcher(RoleReader.after(q, m, 40)).find()
                        || Pattern.compile("(?:每年|年均|per year|a year|each year|annually)\\S{0,6}\\s*$", F)
                        .matcher(RoleReader.before(q, m, 14)).find();
                out.add(Known.stated(yearly ? Quantity.RATE : Quantity.FACTOR, yearly ? factor - 1 : factor, "", m)
                        .withNote(fmt(m.value()) + " 个数量级 = ×" + fmt(factor), fmt(m.value()) + " orders of magnitude = ×" + fmt(factor)));
            } else if (m.value() < 1 && m.dim() == Dim.PLAIN && OF_NOW.matcher(RoleReader.after(q, m, 30)).find()) {
                vs.remove(m); // "until it's 0.1 of today's level": the factor to reach
                out.add(Known.stated(Quantity.FACTOR, m.value(), "", m));
            } else if (FALL_TO.matcher(RoleReader.before(q, m, 10)).find() && m.value() < 1) {
                vs.remove(m);
                String lead = RoleReader.before(q, m, 16);
                int at = lead.length() - FALL_TO.matcher(lead).results().reduce((x, y) -> y).map(r -> r.start()).orElse(0);
                boolean yearly = YEARLY_BEFORE.matcher(q.substring(0, Math.max(0, m.start() - at))).find();
                // "每年降到原来的十分之一" is a yearly factor of 0.1, a rate of −90%; "降到现在的十分之一" a target factor
                out.add(Known.stated(yearly ? Quantity.RATE : Quantity.FACTOR, yearly ? m.value() - 1 : m.value(), "", m));
            }
        }
        successiveRates(q, vs, out, asked);
        if (CombinedShare.read(q, vs, out, asked) || ShareShift.read(q, vs, out, asked) || remainder(q, vs, out, asked)) {
            return;
        }
        List<Mention> factors = vs.stream().filter(m -> m.dim() == Dim.FACTOR).toList();
        if (factors.size() == 1 && (!asked.contains(Quantity.FACTOR) || vs.size() == 1)) {
            // "rose 1000x in 10 years", "是 2022 年的 4.5 倍": a stated factor, not a value to compare
            Mention f = factors.get(0);
            vs.remove(f);
            // "prices falling 10x every 18 months": a fall by a factor is a multiple below one
            boolean falls = f.value() > 1 && RoleReader.declining(q, f) && !CHEAPER_BY.matcher(RoleReader.after(q, f, 16)).lookingAt();
            Known k = Known.stated(Quantity.FACTOR, falls ? 1 / f.value() : f.value(), "", f);
            out.add(falls ? k.withNote("下降 " + fmt(f.value()) + " 倍 = ×" + fmt(1 / f.value()), "falling " + fmt(f.value())
                    + "× = ×" + fmt(1 / f.value())) : k);
        }
        boolean others = vs.stream().anyMatch(m -> m.dim() != Dim.FRACTION);
        for (Mention m : List.copyOf(vs)) {
            if (m.dim() != Dim.FRACTION || !others) {
                continue;
            }
            String lead = RoleReader.before(q, m, 8);
            if (FROM_TO.matcher(lead).find() || TO.matcher(lead).find() && vs.stream().anyMatch(o -> o != m && o.dim() == Dim.FRACTION
                    && o.end() < m.start())) {
                continue; // "went from 86% to 79%": the two ends of a change, not a share or a change themselves
            }
            String near = RoleReader.before(q, m, 10) + " " + RoleReader.after(q, m, 8);
            if (SHARE_WORDS.matcher(near).find()) {
                vs.remove(m);
                out.add(Known.stated(Quantity.SHARE, m.value(), "", m));
            } else if (CHANGE_WORDS.matcher(near).find()) {
                vs.remove(m);
                out.add(Known.stated(Quantity.CHANGE, RoleReader.declining(q, m) ? -m.value() : m.value(), "", m));
            }
        }
        if (vs.isEmpty() && dates.size() == 2 && out.stream().noneMatch(k -> k.quantity() == Quantity.PERIODS)) {
            // "doubling every 2.5 years: from 2022 to 2032": the span between the dates
            double span = Math.abs(dates.get(1).value() - dates.get(0).value());
            out.add(new Known(Quantity.PERIODS, span, "", Known.Origin.DERIVED, null, dates.get(0).start(), dates.get(1).end())
                    .withNote(dates.get(0).unit() + "–" + dates.get(1).unit() + " = " + fmt(span) + " 年",
                            dates.get(0).unit() + "–" + dates.get(1).unit() + " = " + fmt(span) + " years"));
            return;
        }
        List<Value> dated = pairDates(q, vs, dates);
        boolean targetAsked = asked.contains(Quantity.YEAR);
        Mention target = targetAsked ? vs.stream().filter(m -> TARGET.matcher(RoleReader.before(q, m, 10)).find())
                .reduce((a, b) -> b).orElse(null) : null;
        if (target != null) {
            vs.remove(target);
            out.add(Known.stated(Quantity.TARGET_VALUE, target.value(), target.unit(), target));
            dated = pairDates(q, vs, dates);
        }
        if (dated.stream().filter(v -> v.date() != null).count() >= 2) {
            List<Value> withDates = dated.stream().filter(v -> v.date() != null)
                    .sorted(Comparator.comparingDouble(v -> v.date().value())).toList();
            Value first = withDates.get(0);
            Value last = withDates.get(withDates.size() - 1);
            startEnd(first.m(), last.m(), out);
            out.add(Known.stated(Quantity.START_DATE, first.date().unit(), "", first.date()));
            out.add(Known.stated(Quantity.END_DATE, last.date().unit(), "", last.date()));
            return;
        }
        if (vs.size() == 1) {
            single(q, vs.get(0), dated.get(0).date(), dates, out, asked);
            return;
        }
        if (vs.size() >= 2) {
            pair(q, vs.get(0), vs.get(1), out, asked);
            if (dates.size() == 1 && dated.get(0).date() == null && dated.get(1).date() == null) {
                out.add(Known.stated(Quantity.START_DATE, dates.get(0).unit(), "", dates.get(0)));
            }
        }
    }

    /**
     * "共 6760 亿，其中 SaaS 2440 亿、PaaS 1760 亿、IaaS 1820 亿，剩下的是多少？", "预算 8 亿元：GPU 占 62%，网络占 9%，土建
     * 1.1 亿元，还剩多少？", "$45B, of which one vendor $36B: what share, and what is left for the others?": the largest
     * value is the whole, the other values and the shares of it are its parts, and what is asked is the rest.
     */
    private static boolean remainder(String q, List<Mention> vs, List<Known> out, List<Quantity> asked) {
        if (!REMAINDER.matcher(q).find()) {
            return false;
        }
        // "三分之一" reads as a bare 0.333: among sums of money it is a share too
        java.util.function.Predicate<Mention> share = m -> m.dim() == Dim.FRACTION || m.dim() == Dim.PLAIN && m.value() > 0 && m.value() < 1;
        List<Mention> values = vs.stream().filter(m -> !share.test(m) && m.dim() != Dim.FACTOR).toList();
        List<Mention> shares = vs.stream().filter(share).toList();
        if (values.isEmpty() || values.size() + shares.size() < 2) {
            return false;
        }
        Mention whole = values.stream().max(Comparator.comparingDouble(Mention::value)).orElseThrow();
        List<Mention> stated = values.stream().filter(m -> m != whole && (m.dim() == whole.dim() || m.dim() == Dim.PLAIN)).toList();
        List<Double> parts = new ArrayList<>(stated.stream().map(Mention::value).toList());
        // a share of the whole is a part of it; a share "of the rest" ("剩下的卡里 40% 给推理") is a part of what is left
        double taken = parts.stream().mapToDouble(Double::doubleValue).sum();
        int from = 0;
        for (Mention m : shares) {
            boolean ofRest = OF_REST.matcher(q.substring(from, m.start())).find();
            double part = (ofRest ? whole.value() - taken : whole.value()) * m.value();
            parts.add(part);
            taken += part;
            from = m.end();
        }
        if (parts.isEmpty() || parts.stream().mapToDouble(Double::doubleValue).sum() >= whole.value()) {
            return false;
        }
        boolean shareAsked = asked.contains(Quantity.SHARE);
        asked.clear();
        out.add(Known.stated(Quantity.WHOLE, whole.value(), whole.unit(), whole));
        Known list = new Known(Quantity.PARTS, parts.stream().mapToDouble(Double::doubleValue).toArray(), whole.unit(),
                shares.isEmpty() ? Known.Origin.QUESTION : Known.Origin.DERIVED, null, vs.get(0).start(), vs.get(vs.size() - 1).end());
        if (!shares.isEmpty()) {
            String each = String.join("、", shares.stream().map(m -> fmt(m.value() * 100) + "%").toList());
            String amounts = String.join("、", parts.stream().map(StructureReader::fmt).toList());
            list = list.withNote("份额 " + each + " 折成 " + amounts, "the shares " + each + " come to " + amounts);
        }
        out.add(list);
        Mention named = stated.size() == 1 ? stated.get(0) : CombinedShare.namedInQuestion(q, stated);
        if (named != null && shares.isEmpty() && shareAsked) {
            // one part named: its share is asked, and the rest
            out.add(Known.stated(Quantity.PART, named.value(), whole.unit(), named));
            asked.add(Quantity.SHARE);
            asked.add(Quantity.REMAINDER);
            return true;
        }
        asked.add(Quantity.REMAINDER);
        if (shareAsked) {
            asked.add(Quantity.REMAINDER_SHARE);
        }
        return true;
    }

    /** Two values without dates: a start and an end, a part and a whole. */
    private static void pair(String q, Mention a, Mention b, List<Known> out, List<Quantity> asked) {
        boolean fromTo = FROM_TO.matcher(RoleReader.before(q, a, 6)).find()
                || TO.matcher(q.substring(a.end(), b.start())).find();
        if (fromTo || asked.contains(Quantity.CHANGE) || asked.contains(Quantity.RATE)) {
            startEnd(a, b, out);
            return;
        }
        Mention big = a.value() >= b.value() ? a : b;
        Mention small = big == a ? b : a;
        if (asked.contains(Quantity.DIFFERENCE)) {
            startEnd(small, big, out); // "相差多少": the larger less the smaller
        } else if (asked.contains(Quantity.SHARE)) {
            partWhole(small, big, out);
        } else {
            // "A 是 B 的几倍", "how many times cheaper": the larger over the smaller, so the factor reads ≥ 1
            partWhole(big, small, out);
            if (!asked.contains(Quantity.FACTOR)) {
                asked.add(Quantity.FACTOR);
            }
        }
    }

    /** One value with a rate, periods, a change, a factor or a share. */
    private static void single(String q, Mention v, Mention date, List<Mention> dates, List<Known> out, List<Quantity> asked) {
        boolean hasChange = out.stream().anyMatch(k -> k.quantity() == Quantity.CHANGE);
        boolean hasFactor = out.stream().anyMatch(k -> k.quantity() == Quantity.FACTOR);
        boolean hasShare = out.stream().anyMatch(k -> k.quantity() == Quantity.SHARE);
        boolean endMarked = END_MARK.matcher(RoleReader.before(q, v, 24)).find();
        if (hasShare) {
            out.add(Known.stated(Quantity.WHOLE, v.value(), v.unit(), v));
            implied(asked, Quantity.PART);
        } else if ((hasChange && endMarked) || (hasFactor && !asked.contains(Quantity.FACTOR) && !asked.contains(Quantity.YEAR))) {
            out.add(Known.stated(Quantity.END_VALUE, v.value(), v.unit(), v));
            implied(asked, Quantity.START_VALUE);
        } else {
            out.add(Known.stated(Quantity.START_VALUE, v.value(), v.unit(), v));
            if (asked.isEmpty() || asked.stream().noneMatch(ARITHMETIC::contains)) {
                implied(asked, out.stream().anyMatch(k -> k.quantity() == Quantity.TARGET_VALUE) ? Quantity.YEAR : Quantity.END_VALUE);
            }
        }
        boolean isEnd = out.stream().anyMatch(k -> k.quantity() == Quantity.END_VALUE && k.start() == v.start());
        // an undated value with several dates in the question: a start value is the earliest year's, an end the latest's
        // ("$4.5B today, growing 30% a year: what in 2030, if today is 2025?")
        Comparator<Mention> byYear = Comparator.comparingDouble(Mention::value);
        Mention own = date != null ? date : dates.isEmpty() ? null
                : isEnd ? dates.stream().max(byYear).get() : dates.stream().min(byYear).get();
        if (own != null) {
            out.add(Known.stated(isEnd ? Quantity.END_DATE : Quantity.START_DATE, own.unit(), "", own));
        }
        Mention mine = own;
        dates.stream().filter(d -> d != mine && (isEnd ? d.value() < mine.value() : mine == null || d.value() > mine.value()))
                .findFirst().ifPresent(d -> out.add(Known.stated(isEnd ? Quantity.START_DATE : Quantity.END_DATE, d.unit(), "", d)));
    }

    private static final Pattern RISE_BEFORE = Pattern.compile("涨|升|提高|提升|增加|增长|上调|加价|raised|raise[sd]?|up|ris(?:e|es|ing)|"
            + "increase[sd]?|grew|grows?|climb(?:s|ed)?|jump(?:s|ed)?", F);
    private static final Pattern YEARLY_WORD = Pattern.compile("每年|一年|年均|年化|/\\s*年|\\ba year\\b|per year|yearly|annual|"
            + "each year|every year|/\\s*yr", F);

    /** "hardware cuts cost 53% a year and algorithms 47%": two or more rates applied one after the other. */
    private static void successiveRates(String q, List<Mention> vs, List<Known> out, List<Quantity> asked) {
        List<Known> rates = out.stream().filter(k -> k.quantity() == Quantity.RATE).toList();
        List<Mention> fractions = vs.stream().filter(m -> m.dim() == Dim.FRACTION).toList();
        // "从 2022 年的 18% 升到 2024 年的 26.5%": the two ends of one change, not two changes in a row
        boolean ends = fractions.size() == 2 && rates.isEmpty()
                && FROM_TO.matcher(q.substring(0, fractions.get(0).start()).replaceFirst("(?:\\d{4}\\s*年?的?|in \\d{4}\\s*)$", "")).find()
                || fractions.size() == 2 && TO.matcher(q.substring(fractions.get(0).end(), fractions.get(1).start())
                .replaceAll("\\d{4}\\s*年?的?|(?:in|by) \\d{4}", "")).find();
        boolean successive = SUCCESSIVE.matcher(q).find() && CHANGE_WORDS.matcher(q).find() && !ends;
        if (rates.size() >= 2 || (successive && rates.size() + fractions.size() >= 2)) {
            boolean decline = RoleReader.DECLINE.matcher(q).find();
            List<Double> all = new ArrayList<>(rates.stream().map(Known::number).toList());
            for (Mention f : fractions) {
                // "先砍 30%，又降 25%，又回涨 10%": each change is signed by its own verb, the question's tone otherwise
                String verb = q.substring(Math.max(0, f.start() - 8), f.start());
                char sign = f.start() > 0 ? q.charAt(f.start() - 1) : ' ';
                // "环比 -10%", "+30%": a written sign says it; else the change's own verb, else the question's tone
                boolean down = sign == '-' || sign == '−' ? true : sign == '+' ? false
                        : RoleReader.DECLINE.matcher(verb).find() ? true : RISE_BEFORE.matcher(verb).find() ? false : decline;
                all.add(down ? -f.value() : f.value());
                vs.remove(f);
            }
            out.removeAll(rates);
            double[] arr = all.stream().mapToDouble(Double::doubleValue).toArray();
            int start = rates.isEmpty() ? fractions.get(0).start() : rates.get(0).start();
            out.add(new Known(Quantity.RATES, arr, "", Known.Origin.QUESTION, null, start, start));
            if (asked.contains(Quantity.CHANGE) && YEARLY_WORD.matcher(q).find()) {
                asked.set(asked.indexOf(Quantity.CHANGE), Quantity.RATE); // yearly rates acting together: a yearly rate
            }
        }
    }

    /** Each value with the date written next to it (after it in "2016 年的 A", before it in "A in 2010"). */
    private static List<Value> pairDates(String q, List<Mention> vs, List<Mention> dates) {
        List<Value> out = new ArrayList<>();
        if (vs.size() >= 2 && dates.size() == vs.size()) {
            // as many dates as values: they are written in the same order ("from A in 2018 to B in 2024")
            for (int i = 0; i < vs.size(); i++) {
                out.add(new Value(vs.get(i), dates.get(i)));
            }
            return out;
        }
        List<Mention> free = new ArrayList<>(dates);
        for (Mention v : vs) {
            Mention best = null;
            int bestGap = Integer.MAX_VALUE;
            for (Mention d : free) {
                int gap = d.end() <= v.start() ? v.start() - d.end() : d.start() - v.end();
                if (commaBetween(q, d, v)) {
                    gap += 12; // a date is written in its value's clause
                }
                if (gap >= 0 && gap < bestGap && gap <= 24 && !clauseBreak(q, d, v)) {
                    best = d;
                    bestGap = gap;
                }
            }
            if (best != null) {
                free.remove(best);
            }
            out.add(new Value(v, best));
        }
        return out;
    }

    private static boolean commaBetween(String q, Mention a, Mention b) {
        int s = Math.min(a.end(), b.end());
        int e = Math.max(a.start(), b.start());
        return s < e && q.substring(s, e).matches("(?s).*[，,].*");
    }

    private static boolean clauseBreak(String q, Mention a, Mention b) {
        int s = Math.min(a.end(), b.end());
        int e = Math.max(a.start(), b.start());
        return s < e && q.substring(s, e).matches("(?s).*[。；;？?].*");
    }

    private static void startEnd(Mention a, Mention b, List<Known> out) {
        double[] v = sameBase(a, b);
        out.add(Known.stated(Quantity.START_VALUE, v[0], a.unit(), a));
        out.add(Known.stated(Quantity.END_VALUE, v[1], a.unit(), b));
    }

    private static void partWhole(Mention part, Mention whole, List<Known> out) {
        double[] v = sameBase(part, whole);
        out.add(Known.stated(Quantity.PART, v[0], part.unit(), part));
        out.add(Known.stated(Quantity.WHOLE, v[1], whole.unit(), whole));
    }

    /** Values already share their dimension's base unit; this keeps them as read. */
    private static double[] sameBase(Mention a, Mention b) {
        return new double[]{a.value(), b.value()};
    }

    private static void implied(List<Quantity> asked, Quantity q) {
        if (!asked.contains(q)) {
            asked.add(q);
        }
    }

    static String fmt(double v) {
        return zhiti.econ.units.Formats.human(v);
    }
}
