package zhiti.tools.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Speech from an OpenAI-compatible API: POST {base}/audio/speech {model, input, voice, response_format: "wav"}
 * (and speed, when a rate was asked), the answer's bytes saved as the WAV file.
 */
final class ApiSpeech {

    static final String PATH = "/audio/speech";
    /** The API's speed 1.0 is about espeak-ng's default pace. */
    private static final double WPM_AT_SPEED_ONE = EspeakSpeech.DEFAULT_WPM;

    private final MediaApi api;
    private final MediaHttp http;
    private final String voice;

    ApiSpeech(MediaApi api, MediaHttp http, String voice) {
        this.api = api;
        this.http = http;
        this.voice = voice;
    }

    String engine() {
        return "api:" + api.model();
    }

    String voice() {
        return voice;
    }

    WavInfo speak(String text, OptionalInt wordsPerMinute, Path wav) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", api.model());
        body.put("input", text);
        body.put("voice", voice);
        body.put("response_format", "wav");
        wordsPerMinute.ifPresent(w -> body.put("speed", Math.clamp(w / WPM_AT_SPEED_ONE, 0.25, 4.0)));
        MediaHttp.Response r = api.post(http, PATH, body, "audio/wav");
        if (!r.ok()) {
            throw new IllegalArgumentException(api.failure(r));
        }
        if (!WavInfo.looksLikeWav(r.body())) {
            throw new IllegalArgumentException("the speech API at " + api.where() + " answered "
                    + (r.contentType().isEmpty() ? "something" : r.contentType()) + ", not WAV audio ("
                    + r.body().length + " bytes); check that speech.model supports response_format wav");
        }
        Files.write(wav, r.body());
        try {
            return WavInfo.read(wav);
        } catch (IllegalArgumentException e) {
            Files.deleteIfExists(wav);
            throw new IllegalArgumentException("the speech API's WAV cannot be read: " + e.getMessage());
        }
    }
}
