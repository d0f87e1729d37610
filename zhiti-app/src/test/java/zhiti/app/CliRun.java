package zhiti.app;

import zhiti.runtime.Json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the CLI in process, as the tests of every command do: exit code, stdout and stderr. All runs share one
 * ZHITI_HOME under target, so the router is trained once per test JVM and nothing touches the user's home.
 */
public record CliRun(int exit, String out, String err) {

    /** One home for the whole test JVM: its cache keeps the trained router between runs. */
    public static final Path HOME = testHome();

    public static CliRun run(String... args) {
        return runWith(Map.of(), args);
    }

    /** Runs with these environment variables on top of the shared test home. */
    public static CliRun runWith(Map<String, String> env, String... args) {
        return runWithInput(env, "", args);
    }

    /** Runs with {@code input} as standard input (for interactive commands). */
    public static CliRun runWithInput(Map<String, String> env, String input, String... args) {
        Map<String, String> e = new HashMap<>(env);
        e.putIfAbsent("ZHITI_HOME", HOME.toString());
        CommandLine cl = ZhitiCommand.commandLine(e, new java.io.ByteArrayInputStream(
                input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    public JsonNode json() throws IOException {
        return Json.MAPPER.readTree(out);
    }

    /** The value of the first figure whose name starts with {@code namePrefix}. */
    public double figure(String namePrefix) throws IOException {
        for (JsonNode f : json().get("figures")) {
            if (f.get("name").asText().startsWith(namePrefix)) {
                return f.get("value").asDouble();
            }
        }
        throw new AssertionError("no figure starting with '" + namePrefix + "' in " + out);
    }

    private static Path testHome() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "zhiti-home-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
