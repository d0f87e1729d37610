package zhiti.brain.read;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;
import zhiti.econ.units.Formats;

/**
 * Amounts stated on top of another: "each server costs $280k and we budget another $40k per server for networking",
 * "每张卡 400W，每台服务器另有约 1.5 kW", "网络等配套按整机价格的 12% 另算". The add-on joins the amount it is on top
 * of, so the chain prices or powers the whole thing, and the known says how it was summed.
 */
final class AddOns {

    private static final Pattern ADD_ON = Pattern.compile("another|additional|extra|on top|plus|\\bmore\\b|另有|另外|另加|再加|额外|外加|"
            + "另算|附加", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERVER_WORD = Pattern.compile("服务器|每台|整机|server|node|box", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE_WORD = Pattern.compile("价格|价|price|cost|整机|server", Pattern.CASE_INSENSITIVE);
    private static final Set<Quantity> SUMMED = Set.of(Quantity.USD_PER_SERVER, Quantity.USD_PER_GPU, Quantity.WATTS_PER_SERVER,
            Quantity.WATTS_PER_GPU);

    private AddOns() {
    }

    static void apply(String q, List<Known> knowns, List<Mention> values) {
        // "每张卡 400W，每台服务器另有 … 1.5 kW": a second draw said of the server is the server's own
        List<Known> draws = knowns.stream().filter(k -> k.quantity() == Quantity.WATTS_PER_GPU && k.isNumber()).toList();
        if (draws.size() == 2 && onTop(q, draws.get(1)) && SERVER_WORD.matcher(before(q, draws.get(1))).find()) {
            knowns.set(knowns.indexOf(draws.get(1)), draws.get(1).as(Quantity.WATTS_PER_SERVER));
        }
        for (Quantity each : SUMMED) {
            List<Known> ks = knowns.stream().filter(k -> k.quantity() == each && k.isNumber()).toList();
            if (ks.size() == 2 && onTop(q, ks.get(1))) {
                double sum = ks.get(0).number() + ks.get(1).number();
                knowns.removeAll(ks);
                knowns.add(new Known(each, sum, ks.get(0).unit(), Known.Origin.DERIVED, null, ks.get(0).start(), ks.get(1).end())
                        .withNote(Formats.human(ks.get(0).number()) + " + " + Formats.human(ks.get(1).number()),
                                Formats.human(ks.get(0).number()) + " + " + Formats.human(ks.get(1).number())));
            }
        }
        serverOverhead(q, knowns);
        percentOnTop(q, knowns, values);
    }

    /** Each card's draw, and the server's own on top of its cards: per card, the card plus its share of the rest. */
    private static void serverOverhead(String q, List<Known> knowns) {
        Optional<Known> gpu = get(knowns, Quantity.WATTS_PER_GPU);
        Optional<Known> server = get(knowns, Quantity.WATTS_PER_SERVER);
        Optional<Known> per = get(knowns, Quantity.GPUS_PER_SERVER);
        if (gpu.isEmpty() || server.isEmpty() || per.isEmpty() || !onTop(q, server.get())) {
            return;
        }
        double w = gpu.get().number() + server.get().number() / per.get().number();
        knowns.remove(gpu.get());
        knowns.remove(server.get());
        String note = Formats.human(gpu.get().number()) + " W + " + Formats.human(server.get().number()) + " W ÷ "
                + Formats.human(per.get().number());
        knowns.add(new Known(Quantity.WATTS_PER_GPU, w, "", Known.Origin.DERIVED, null, gpu.get().start(), server.get().end())
                .withNote(note, note));
    }

    /** "按整机价格的 12% 另算", "plus 15% of the price for networking": the unit price grows by that share. */
    private static void percentOnTop(String q, List<Known> knowns, List<Mention> values) {
        Optional<Known> price = get(knowns, Quantity.USD_PER_SERVER).or(() -> get(knowns, Quantity.USD_PER_GPU));
        if (price.isEmpty()) {
            return;
        }
        for (Mention m : List.copyOf(values)) {
            String near = RoleReader.before(q, m, 16) + " " + RoleReader.after(q, m, 32);
            if (m.dim() == Dim.FRACTION && ADD_ON.matcher(near).find() && PRICE_WORD.matcher(near).find()) {
                Known p = price.get();
                knowns.remove(p);
                String note = Formats.human(p.number()) + " × (1 + " + Formats.percent(m.value()) + ")";
                knowns.add(new Known(p.quantity(), p.number() * (1 + m.value()), p.unit(), Known.Origin.DERIVED, null,
                        p.start(), p.end()).withNote(note, note));
                values.remove(m);
                return;
            }
        }
    }

    private static boolean onTop(String q, Known k) {
        return ADD_ON.matcher(before(q, k)).find();
    }

    private static String before(String q, Known k) {
        return q.substring(Math.max(0, k.start() - 30), k.start());
    }

    private static Optional<Known> get(List<Known> ks, Quantity q) {
        return ks.stream().filter(k -> k.quantity() == q && k.isNumber()).findFirst();
    }
}
