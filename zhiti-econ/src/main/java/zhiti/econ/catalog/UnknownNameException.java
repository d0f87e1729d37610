package zhiti.econ.catalog;

import java.util.List;

/** A name the catalog does not know, with the nearest names it does know so the user can fix the input. */
public final class UnknownNameException extends IllegalArgumentException {

    private final String kind;
    private final String name;
    private final List<String> suggestions;

    public UnknownNameException(String kind, String name, List<String> suggestions) {
        super("unknown " + kind + " '" + name + "'"
                + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
        this.kind = kind;
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
