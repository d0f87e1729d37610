package zhiti.tools.fx;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB's eurofxref XML ({@code <Cube time="…"><Cube currency="USD" rate="1.0664"/>…</Cube>}, newest date
 * first) with StAX into an {@link EcbHistory}, without building a DOM of the 7 MB file.
 */
final class EcbXml {

    private EcbXml() {
    }

    static EcbHistory read(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // the file is a trusted resource, but a reader of XML never needs DTDs or external entities
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
        List<Integer> days = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Map<String, Integer> column = new HashMap<>();
        List<String> currencies = new ArrayList<>();
        double[] row = null;
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("Cube")) {
                    continue;
                }
                // a day's Cube has one attribute (time), a rate's two (currency, rate); reading them by index
                // rather than by name keeps the pass over 200,000 elements quick
                String time = null;
                String currency = null;
                String rate = null;
                for (int a = 0; a < r.getAttributeCount(); a++) {
                    switch (r.getAttributeLocalName(a)) {
                        case "time" -> time = r.getAttributeValue(a);
                        case "currency" -> currency = r.getAttributeValue(a);
                        case "rate" -> rate = r.getAttributeValue(a);
                        default -> { }
                    }
                }
                if (time != null) {
                    days.add((int) LocalDate.parse(time).toEpochDay());
                    row = new double[Math.max(48, currencies.size())];
                    Arrays.fill(row, Double.NaN);
                    rows.add(row);
                } else if (currency != null && rate != null && row != null) {
                    Integer c = column.get(currency);
                    if (c == null) {
                        c = currencies.size();
                        column.put(currency, c);
                        currencies.add(currency);
                    }
                    if (c >= row.length) {
                        int at = rows.size() - 1;
                        row = widen(row, currencies.size() + 16);
                        rows.set(at, row);
                    }
                    row[c] = Double.parseDouble(rate);
                }
            }
        } finally {
            r.close();
        }
        return table(days, rows, currencies);
    }

    /** Oldest date first, every row as wide as the number of currencies. */
    private static EcbHistory table(List<Integer> days, List<double[]> rows, List<String> currencies) {
        int n = days.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(days.get(a), days.get(b)));
        int[] sortedDays = new int[n];
        double[][] table = new double[n][];
        for (int i = 0; i < n; i++) {
            sortedDays[i] = days.get(order[i]);
            table[i] = widen(rows.get(order[i]), currencies.size());
            if (i > 0 && sortedDays[i] == sortedDays[i - 1]) {
                throw new IllegalArgumentException("the ECB file lists " + LocalDate.ofEpochDay(sortedDays[i])
                        + " twice");
            }
        }
        return new EcbHistory(sortedDays, currencies, table);
    }

    private static double[] widen(double[] row, int width) {
        double[] w = Arrays.copyOf(row, width);
        if (width > row.length) {
            Arrays.fill(w, row.length, width, Double.NaN);
        }
        return w;
    }
}
