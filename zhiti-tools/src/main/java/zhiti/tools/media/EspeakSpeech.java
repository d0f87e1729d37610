package zhiti.tools.media;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Offline speech with the espeak-ng program (22,050 Hz mono 16-bit WAV). The text goes in through a UTF-8 file
 * ({@code -b 1 -f FILE}), never on a command line or through a shell, so no text is read as an option; the process
 * is killed if it outlives its deadline.
 */
final class EspeakSpeech {

    static final String PROGRAM = "espeak-ng";
    static final String ENGINE = "espeak-ng";
    /** 4,000 characters take about a second; a minute means the program is stuck. */
    static final Duration DEADLINE = Duration.ofSeconds(60);
    static final int MIN_WPM = 80, MAX_WPM = 450, DEFAULT_WPM = 175;

    private final List<Path> searchPath;

    EspeakSpeech(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    /** Looks for the program on $PATH. */
    static EspeakSpeech onPath() {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        return new EspeakSpeech(Arrays.stream(path.split(File.pathSeparator)).filter(s -> !s.isBlank())
                .map(Path::of).toList());
    }

    Optional<Path> program() {
        return searchPath.stream().map(d -> d.resolve(PROGRAM)).filter(Files::isExecutable).findFirst();
    }

    WavInfo speak(String text, SpeechLang lang, int wordsPerMinute, Path wav) throws IOException {
        Path exe = program().orElseThrow(() -> new IllegalArgumentException("espeak-ng is not installed, so text "
                + "cannot be spoken offline: install it with `apt-get install espeak-ng` (scripts/system-deps.sh does), "
                + "or configure a speech API (ZHITI_SPEECH_URL and ZHITI_SPEECH_KEY)"));
        Path input = Files.createTempFile("zhiti-speak-", ".txt");
        Path log = Files.createTempFile("zhiti-speak-", ".log");
        try {
            Files.writeString(input, text, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(exe.toString(), "-v", lang.espeakVoice, "-s", String.valueOf(wordsPerMinute),
                    "-b", "1", "-f", input.toString(), "-w", wav.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(log.toFile()).start();
            if (!p.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                Files.deleteIfExists(wav);
                throw new IllegalArgumentException("espeak-ng did not finish within " + DEADLINE.toSeconds()
                        + " s; try a shorter text");
            }
            String errors = Files.readString(log, StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0 || !Files.isRegularFile(wav) || Files.size(wav) == 0) {
                throw new IllegalArgumentException("espeak-ng failed (exit " + p.exitValue() + ")"
                        + (errors.isEmpty() ? "" : ": " + errors.substring(0, Math.min(300, errors.length()))));
            }
            return WavInfo.read(wav);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while espeak-ng was speaking");
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(log);
        }
    }
}
