package zhiti.tools.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import zhiti.agent.Tool;
import zhiti.agent.ToolContext;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Artifact;
import zhiti.tools.econ.ToolArgs;

/**
 * Text to a WAV file: through the configured speech API (settings speech.url, speech.key, speech.model,
 * speech.voice) when there is one, else offline with espeak-ng in a Chinese or English voice.
 */
public final class SpeakTool implements Tool {

    static final int MAX_CHARS = 4_000;
    static final String MIME = "audio/wav";

    private final ToolContext context;
    private final MediaHttp http;
    private final EspeakSpeech espeak;

    public SpeakTool(ToolContext context, MediaHttp http) {
        this(context, http, EspeakSpeech.onPath());
    }

    SpeakTool(ToolContext context, MediaHttp http, EspeakSpeech espeak) {
        this.context = context;
        this.http = http;
        this.espeak = espeak;
    }

    @Override
    public String name() {
        return ToolName.SPEAK.id();
    }

    @Override
    public String description() {
        return "Speak text aloud into a WAV audio file (Chinese or English), returned as an artifact with its "
                + "duration. At most " + MAX_CHARS + " characters per call; split longer text at sentence ends.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("text", "the words to speak, at most " + MAX_CHARS + " characters")
                .oneOf("lang", "language of the voice; default auto (Chinese if ≥30% of the letters are Chinese "
                        + "characters)", "zh", "en", "auto")
                .integer("rate", "speaking rate in words per minute, " + EspeakSpeech.MIN_WPM + "-"
                        + EspeakSpeech.MAX_WPM + "; default " + EspeakSpeech.DEFAULT_WPM)
                .required("text").build();
    }

    @Override
    public ToolResult invoke(JsonNode json) throws IOException {
        ToolArgs a = new ToolArgs(json);
        String text = a.text("text").orElseThrow(() ->
                new IllegalArgumentException("text is empty: give the words to speak"));
        int chars = text.codePointCount(0, text.length());
        if (chars > MAX_CHARS) {
            throw new IllegalArgumentException("text has " + chars + " characters; at most " + MAX_CHARS
                    + " per call: split it at sentence ends into parts of at most " + MAX_CHARS
                    + " characters and call speak once per part");
        }
        SpeechLang lang = SpeechLang.choose(a.text("lang", "auto"), text);
        OptionalInt rate = rate(a);
        Optional<MediaApi> api = MediaApi.configured(context.settings(), "speech", "tts-1", "speech");
        Path wav = MediaFiles.fresh(context.artifactDir(), "speech", "wav");
        WavInfo info;
        String engine;
        String voice;
        if (api.isPresent()) {
            ApiSpeech s = new ApiSpeech(api.get(), http, context.settings().get("speech.voice").orElse("alloy"));
            info = s.speak(text, rate, wav);
            engine = s.engine();
            voice = s.voice();
        } else {
            info = espeak.speak(text, lang, rate.orElse(EspeakSpeech.DEFAULT_WPM), wav);
            engine = EspeakSpeech.ENGINE;
            voice = lang.espeakVoice;
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("path", wav.toString())
                .put("seconds", info.seconds()).put("sample_rate", info.sampleRate()).put("channels", info.channels())
                .put("engine", engine).put("voice", voice).put("lang", lang.id()).put("characters", chars);
        String summary = String.format(Locale.ROOT, "spoke %d characters (%s, %s voice %s): %.1f s of %d Hz audio, %s",
                chars, lang.id(), engine, voice, info.seconds(), info.sampleRate(), wav);
        Artifact file = new Artifact(Artifact.Kind.AUDIO, wav, MIME, title(text));
        return new ToolResult(data, summary, List.of(), List.of(), List.of(file));
    }

    private static OptionalInt rate(ToolArgs a) {
        OptionalDouble v = a.number("rate");
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        double d = v.getAsDouble();
        if (d != Math.rint(d) || d < EspeakSpeech.MIN_WPM || d > EspeakSpeech.MAX_WPM) {
            throw new IllegalArgumentException("rate must be a whole number of words per minute from "
                    + EspeakSpeech.MIN_WPM + " to " + EspeakSpeech.MAX_WPM + " (normal speech is about 175), got " + d);
        }
        return OptionalInt.of((int) d);
    }

    private static String title(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.codePointCount(0, oneLine.length()) <= 40 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 40)) + "…";
    }
}
