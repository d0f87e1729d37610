package zhiti.agent;

/**
 * Limits on one run, checked before every step. Steps now; tokens and money join when model calls cost them.
 *
 * @param maxSteps turns of the loop (a tool call and/or a reflection) before the run is stopped
 */
public record Budget(int maxSteps) {

    public static final Budget DEFAULT = new Budget(12);

    public Budget {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("max steps must be at least 1, got " + maxSteps);
        }
    }

    public boolean allows(int stepsTaken) {
        return stepsTaken < maxSteps;
    }
}
