package zhiti.tools.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.agent.Observation;
import zhiti.agent.Settings;
import zhiti.agent.ToolContext;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;
import zhiti.core.Artifact;

class SpeakToolTest {

    @TempDir
    Path home;

    @Test
    void chineseTextIsSpokenWithTheMandarinVoice() throws Exception {
        Observation o = new MediaCalls(home).ok(ToolName.SPEAK,
                "{\"text\": \"每GFLOPS成本在过去七十八年里下降了十万亿倍。\"}");
        assertThat(o.data().path("lang").asText()).isEqualTo("zh");
        assertThat(o.data().path("voice").asText()).isEqualTo("cmn");
        assertSpokenWav(o);
    }

    @Test
    void englishTextIsSpokenWithTheEnglishVoice() throws Exception {
        Observation o = new MediaCalls(home).ok(ToolName.SPEAK,
                "{\"text\": \"The cost per GFLOPS halves every 1.4 years.\", \"lang\": \"auto\", \"rate\": 160}");
        assertThat(o.data().path("lang").asText()).isEqualTo("en");
        assertThat(o.data().path("voice").asText()).isEqualTo("en-us");
        assertSpokenWav(o);
    }

    private static void assertSpokenWav(Observation o) throws Exception {
        Artifact wav = o.artifacts().getFirst();
        assertThat(wav.kind()).isEqualTo(Artifact.Kind.AUDIO);
        assertThat(wav.mime()).isEqualTo("audio/wav");
        byte[] head = Files.readAllBytes(wav.path());
        assertThat(new String(head, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(head, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(o.data().path("engine").asText()).isEqualTo("espeak-ng");
        assertThat(o.data().path("sample_rate").asInt()).isEqualTo(22_050);
        assertThat(o.data().path("seconds").asDouble()).isGreaterThan(0.3);
        assertThat(o.data().path("path").asText()).isEqualTo(wav.path().toString());
        // the header's duration is the audio's: samples ÷ rate
        WavInfo info = WavInfo.read(wav.path());
        assertThat(info.seconds()).isCloseTo((head.length - 44) / 2.0 / 22_050, within(0.01));
    }

    @Test
    void emptyAndOverlongTextAreRefused() {
        MediaCalls calls = new MediaCalls(home);
        assertThat(calls.failure(ToolName.SPEAK, "{\"text\": \"  \"}")).contains("text is empty");
        assertThat(calls.failure(ToolName.SPEAK, "{\"text\": \"" + "字".repeat(4_001) + "\"}"))
                .contains("4001 characters").contains("at most 4000").contains("split");
        assertThat(calls.failure(ToolName.SPEAK, "{\"text\": \"hi\", \"rate\": 5000}")).contains("words per minute");
        assertThat(calls.failure(ToolName.SPEAK, "{\"text\": \"hi\", \"lang\": \"fr\"}")).contains("lang");
    }

    @Test
    void withoutEspeakTheMessageSaysHowToInstallIt() {
        SpeakTool tool = new SpeakTool(new ToolContext(Settings.none(), home, home.resolve("a")),
                MediaToolProvider.http(zhiti.agent.Settings.none()), new EspeakSpeech(List.of(home)));
        ToolRegistry r = new ToolRegistry().register(tool);
        Observation o = r.call(new zhiti.agent.Step("t", ToolName.SPEAK.id(),
                new ObjectMapper().createObjectNode().put("text", "hello"), ""));
        assertThat(o.ok()).isFalse();
        assertThat(o.error()).contains("espeak-ng is not installed").contains("apt-get install espeak-ng");
    }

    @Test
    void aConfiguredSpeechApiIsAskedForWav() throws Exception {
        try (FakeApi api = new FakeApi().answer(200, "audio/wav", wav(24_000, 0.5))) {
            MediaCalls calls = new MediaCalls(home, speech(api));
            Observation o = calls.ok(ToolName.SPEAK, "{\"text\": \"你好，世界\", \"rate\": 350}");
            assertThat(api.lastPath).isEqualTo("/v1/audio/speech");
            assertThat(api.lastHeaders.get("authorization")).isEqualTo("Bearer sk-test");
            JsonNode sent = new ObjectMapper().readTree(api.lastBody);
            assertThat(sent.path("model").asText()).isEqualTo("tts-1");
            assertThat(sent.path("voice").asText()).isEqualTo("alloy");
            assertThat(sent.path("input").asText()).isEqualTo("你好，世界");
            assertThat(sent.path("response_format").asText()).isEqualTo("wav");
            assertThat(sent.path("speed").asDouble()).isEqualTo(2.0);
            assertThat(o.data().path("engine").asText()).isEqualTo("api:tts-1");
            assertThat(o.data().path("sample_rate").asInt()).isEqualTo(24_000);
            assertThat(o.data().path("seconds").asDouble()).isCloseTo(0.5, within(1e-9));
            assertThat(Files.readAllBytes(o.artifacts().getFirst().path())).isEqualTo(wav(24_000, 0.5));
        }
    }

    @Test
    void aSpeechApiErrorIsAClearMessageWithoutTheKey() throws Exception {
        byte[] error = "{\"error\": {\"message\": \"Incorrect API key provided\", \"type\": \"invalid_request_error\"}}"
                .getBytes(StandardCharsets.UTF_8);
        try (FakeApi api = new FakeApi().answer(401, "application/json", error)) {
            String msg = new MediaCalls(home, speech(api)).failure(ToolName.SPEAK, "{\"text\": \"hello\"}");
            assertThat(msg).contains("speech API").contains("HTTP 401").contains("Incorrect API key provided")
                    .doesNotContain("sk-test");
            api.answer(200, "audio/mpeg", new byte[] {(byte) 0xFF, (byte) 0xFB, 0x10, 0x00});
            assertThat(new MediaCalls(home, speech(api)).failure(ToolName.SPEAK, "{\"text\": \"hello\"}"))
                    .contains("audio/mpeg, not WAV");
        }
    }

    @Test
    void loopbackIsRefusedUnlessTheTestSettingAllowsIt() throws Exception {
        try (FakeApi api = new FakeApi().answer(200, "audio/wav", wav(24_000, 0.1))) {
            Settings s = Settings.none().with("speech.url", api.baseUrl()).with("speech.key", "sk-test");
            assertThat(new MediaCalls(home, s).failure(ToolName.SPEAK, "{\"text\": \"hello\"}"))
                    .contains("refused http://127.0.0.1", "loopback");
            assertThat(api.lastPath).isEmpty();
        }
    }

    @Test
    void languageIsChosenByTheShareOfChineseCharacters() {
        assertThat(SpeechLang.choose("auto", "H100 的价格是多少")).isEqualTo(SpeechLang.ZH);
        assertThat(SpeechLang.choose("auto", "NVIDIA H100 SXM 80GB 价格")).isEqualTo(SpeechLang.EN);
        assertThat(SpeechLang.choose("auto", "2024")).isEqualTo(SpeechLang.EN);
        assertThat(SpeechLang.choose("zh", "hello")).isEqualTo(SpeechLang.ZH);
    }

    @Test
    void streamedWavHeadersCountThePresentBytes() {
        byte[] w = wav(16_000, 0.25);
        ByteBuffer.wrap(w).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 0xFFFFFFFF); // "unknown length", as streams write
        assertThat(WavInfo.parse(w, w.length).seconds()).isCloseTo(0.25, within(1e-9));
    }

    private static Settings speech(FakeApi api) {
        return Settings.none().with("speech.url", api.baseUrl()).with("speech.key", "sk-test")
                .with(zhiti.tools.net.Outbound.ALLOW_PRIVATE, "true");
    }

    /** A mono 16-bit PCM WAV of silence. */
    static byte[] wav(int rate, double seconds) {
        int data = (int) Math.round(rate * seconds) * 2;
        ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(b.array());
        out.writeBytes(new byte[data]);
        return out.toByteArray();
    }
}
