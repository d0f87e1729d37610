package zhiti.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.audit.text.Num;
import zhiti.audit.text.NumScanner;
import zhiti.audit.text.Sentences;
import zhiti.audit.text.Sentences.Sentence;

/** The documents of one audit, scanned once: their sentences and the numbers in each, for the checks to read. */
public final class Corpus {

    /** One document, its sentences and its numbers in text order. */
    public record Doc(AuditDocument source, List<Sentence> sentences, List<Located> numbers) {
        public String name() {
            return source.name();
        }

        public String text() {
            return source.text();
        }

        public List<Located> in(Sentence s) {
            List<Located> out = new ArrayList<>();
            for (Located n : numbers) if (n.sentence() == s) out.add(n);
            return out;
        }

        /** The sentences before {@code s} in its paragraph, nearest first, at most {@code max}. */
        public List<Sentence> before(Sentence s, int max) {
            List<Sentence> out = new ArrayList<>();
            for (int i = s.index() - 1; i >= 0 && out.size() < max; i--) {
                Sentence p = sentences.get(i);
                if (p.paragraph() < s.paragraph() - 1) break;
                out.add(p);
            }
            return out;
        }

        /** The text between two offsets. */
        public String between(int from, int to) {
            return text().substring(Math.max(0, Math.min(from, to)), Math.min(text().length(), Math.max(from, to)));
        }
    }

    private final Map<String, Doc> docs = new LinkedHashMap<>();

    public Corpus(List<AuditDocument> documents) {
        for (AuditDocument d : documents) {
            List<Sentence> sentences = Sentences.split(d.text());
            List<Located> numbers = new ArrayList<>();
            int si = 0;
            for (Num n : NumScanner.scan(d.text())) {
                while (si < sentences.size() - 1 && sentences.get(si).end() <= n.start()) si++;
                Sentence s = sentences.isEmpty() ? null : sentences.get(si);
                if (s != null && s.contains(n.start())) numbers.add(new Located(d.name(), n, s));
            }
            docs.put(d.name(), new Doc(d, sentences, numbers));
        }
    }

    public List<Doc> docs() {
        return List.copyOf(docs.values());
    }

    public Doc doc(String name) {
        return docs.get(name);
    }
}
