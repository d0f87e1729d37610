package zhiti.econ.catalog;

/**
 * What a training or serving question runs on: one accelerator, or a server system and the accelerator inside it.
 * {@link Catalog#hardware(String)} resolves a name to one of the two, so that rule lives in one place.
 *
 * @param server null for a bare accelerator
 */
public record Hardware(Accelerator accelerator, ServerSystem server) {

    public static Hardware of(Accelerator a) {
        return new Hardware(a, null);
    }

    public static Hardware of(ServerSystem s) {
        return new Hardware(s.accelerator(), s);
    }

    public boolean isSystem() {
        return server != null;
    }

    public String name() {
        return server != null ? server.name() : accelerator.name();
    }

    /** The server's source and the accelerator's, or the accelerator's alone. */
    public String source() {
        return server != null ? server.source() + "; " + accelerator.source() : accelerator.source();
    }
}
