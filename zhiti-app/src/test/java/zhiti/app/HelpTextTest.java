package zhiti.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help renders: no format errors (a bare % in a description), and every option is described. */
class HelpTextTest {

    @Test
    void everyCommandHasCleanHelp() {
        PrintStream old = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> commands = new ArrayList<>();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            walk(ZhitiCommand.commandLine(), commands);
        } finally {
            System.setErr(old);
        }
        assertThat(commands).hasSizeGreaterThan(20);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    private static void walk(CommandLine cl, List<String> seen) {
        StringWriter out = new StringWriter();
        cl.usage(new PrintWriter(out));
        seen.add(cl.getCommandSpec().qualifiedName());
        cl.getCommandSpec().options().forEach(o -> assertThat(String.join(" ", o.description()))
                .as(cl.getCommandSpec().qualifiedName() + " " + o.longestName()).isNotBlank());
        cl.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, seen));
    }
}
