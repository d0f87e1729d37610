package zhiti.app;

import java.io.PrintWriter;
import java.util.List;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.agent.TraceEvent;
import zhiti.agent.TraceListener;

/** Shows a run as it happens: the plan, each tool call and its result, plan revisions. */
final class TracePrinter implements TraceListener {

    private final PrintWriter out;
    private int shownSteps;

    TracePrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void on(TraceEvent e) {
        switch (e) {
            case TraceEvent.Planned p -> printPlan(p.plan(), p.revised(), p.why());
            case TraceEvent.Thinking t -> out.print(t.text());
            case TraceEvent.Acting a -> out.printf("  → %s %s%n", a.step().tool(), a.step().args());
            case TraceEvent.Observed o -> printObservation(o.observation());
            case TraceEvent.Reflected r when r.decision() instanceof Decision.Revise -> {
                // the Planned event that follows shows the new plan
            }
            default -> {
            }
        }
        out.flush();
    }

    /** The first plan in full; a revision shows only the steps it adds. */
    private void printPlan(Plan plan, boolean revised, String why) {
        out.println(revised ? "plan revised (" + why + "):" : "plan: " + plan.goal());
        List<Step> steps = plan.steps();
        for (int i = revised ? Math.min(shownSteps, steps.size()) : 0; i < steps.size(); i++) {
            out.printf("  %d. %s — %s%n", i + 1, steps.get(i).tool(), steps.get(i).purpose());
        }
        shownSteps = steps.size();
    }

    private void printObservation(Observation o) {
        if (o.ok()) {
            out.printf("    ✓ %s (%d ms)%n", o.summary(), o.millis());
        } else {
            out.printf("    ✗ %s%n", o.error());
        }
    }
}
