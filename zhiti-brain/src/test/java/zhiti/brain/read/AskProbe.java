package zhiti.brain.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhiti.agent.Agent;
import zhiti.agent.Answer;
import zhiti.agent.Budget;
import zhiti.agent.Recall;
import zhiti.agent.Task;
import zhiti.agent.ToolRegistry;
import zhiti.brain.offline.OfflineBrain;
import zhiti.brain.route.IntentClassifier;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.tools.arith.ArithmeticTools;
import zhiti.tools.econ.EconTools;

class AskProbe {
    @Test
    void probe() throws Exception {
        if (System.getProperty("ask") == null) {
            return;
        }
        Catalog c = Catalog.builtIn();
        ToolRegistry tools = ArithmeticTools.register(EconTools.register(new ToolRegistry(), c), c);
        OfflineBrain brain = new OfflineBrain(c, SeriesCatalog.builtIn(), IntentClassifier.fixed("training_compute"));
        QuestionReader r = new QuestionReader(c, SeriesCatalog.builtIn());
        StringBuilder out = new StringBuilder();
        for (String q : Files.readAllLines(Path.of(System.getProperty("ask")))) {
            if (q.isBlank()) continue;
            Reading rd = r.read(q);
            out.append("Q: ").append(q).append("\n   asked=").append(rd.asked()).append(" cues=").append(AskedReader.cues(TextNormaliser.normalise(q))).append("\n");
            for (Known k : rd.knowns()) {
                out.append("   ").append(k.quantity()).append("=").append(k.value() instanceof double[] a ? Arrays.toString(a) : k.value())
                        .append(" ").append(k.unit()).append(" ").append(k.origin()).append(k.note() == null ? "" : " (" + k.note()[1] + ")").append("\n");
            }
            Answer a = new Agent(brain, tools, Recall.NONE, Budget.DEFAULT, List.of()).run(Task.of(q));
            out.append("   tools=").append(a.steps().stream().map(o -> o.step().tool() + (o.ok() ? "" : "!")).toList()).append("\n   ")
                    .append(a.text().replace("\n", "\n   ")).append("\n\n");
        }
        Files.writeString(Path.of("/tmp/ask.txt"), out);
    }
}
