package zhiti.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;
import zhiti.core.Lang;

/** {@code ask --speak FILE}: the answer's text through the speak tool, its recording copied to FILE. */
final class Speech {

    /** The speak tool reads at most this many characters; a longer answer is read up to there. */
    private static final int MAX_CHARS = 4000;

    private Speech() {
    }

    static void readAloud(ToolRegistry tools, String text, Lang lang, Path file, PrintWriter err) throws IOException {
        String spoken = text.replaceAll("[•*#`|]+", " ").replaceAll("\\s+", " ").strip();
        if (spoken.length() > MAX_CHARS) {
            spoken = spoken.substring(0, MAX_CHARS);
        }
        Observation o = tools.call(new Step("speak-1", ToolName.SPEAK.id(), JsonNodeFactory.instance.objectNode()
                .put("text", spoken).put("lang", lang == Lang.ZH ? "zh" : "en"), "read the answer aloud"));
        if (!o.ok() || o.artifacts().isEmpty()) {
            err.println("zhiti: could not read the answer aloud: " + (o.ok() ? "no recording was made" : o.error()));
            return;
        }
        Files.copy(o.artifacts().get(0).path(), file, StandardCopyOption.REPLACE_EXISTING);
        err.println("zhiti: answer read aloud into " + file);
    }
}
