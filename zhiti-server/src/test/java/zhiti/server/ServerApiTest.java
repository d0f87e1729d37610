package zhiti.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zhiti.runtime.Json;

/** Every route over real HTTP, including the refusals: no key, a wrong key, bad JSON, unknown ids, oversize bodies. */
class ServerApiTest {

    static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
    }

    /** Parses an SSE body into [event, data] pairs. */
    static List<String[]> sse(String body) {
        List<String[]> out = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String event = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) event = line.substring(7);
                else if (line.startsWith("data: ")) data.append(line.substring(6));
            }
            if (data.length() > 0) out.add(new String[] {event, data.toString()});
        }
        return out;
    }

    @Test
    void healthIsOpenAndEverythingElseNeedsAKnownKey() throws Exception {
        assertThat(s.send("GET", "/api/health", null, null).statusCode()).isEqualTo(200);
        var none = s.send("GET", "/api/runs", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(TestServer.json(none).get("message").asText()).contains("Authorization: Bearer");
        var wrong = s.send("GET", "/api/runs", null, "not-the-key-0123456789");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(TestServer.json(wrong).get("error").asText()).isEqualTo("unauthorized");
        assertThat(s.send("GET", "/v1/models", null, "wrong-key-0123456789").statusCode()).isEqualTo(401);
        assertThat(s.send("GET", "/", null, null).body()).contains("<html");
    }

    @Test
    void aQuestionStreamsItsPlanStepsAndAnswerThenIsStoredAndListed() throws Exception {
        var started = s.post("/api/runs", "{\"question\": \"How many days to train a 70B model on 2T tokens with 1024 H100 at 40% MFU?\"}");
        assertThat(started.statusCode()).isEqualTo(202);
        String id = TestServer.json(started).get("id").asText();
        var events = sse(s.get("/api/runs/" + id + "/events").body());
        assertThat(events.stream().map(e -> e[0]).toList()).startsWith("queued", "started", "recalled", "planned")
                .contains("acting", "observed").endsWith("finished");
        JsonNode answer = Json.MAPPER.readTree(events.get(events.size() - 1)[1]).get("answer");
        assertThat(answer.get("status").asText()).isEqualTo("finished");
        JsonNode days = null;
        for (JsonNode f : answer.get("figures")) if (f.get("unit").asText().equals("day")) days = f;
        assertThat(days).isNotNull();
        assertThat(days.get("value").asDouble()).isBetween(23.0, 25.0); // 6·7e10·2e12 / (1024 · 989e12 · 0.4) s
        assertThat(days.get("formula").asText()).isNotBlank();

        JsonNode stored = TestServer.json(s.get("/api/runs/" + id));
        assertThat(stored.get("status").asText()).isEqualTo("finished");
        assertThat(stored.get("events").size()).isEqualTo(events.size());
        assertThat(TestServer.json(s.get("/api/runs?limit=200")).get("runs").findValuesAsText("id")).contains(id);
        // replaying a finished run's events gives the same stream
        assertThat(sse(s.get("/api/runs/" + id + "/events").body())).hasSize(events.size());
        assertThat(s.send("DELETE", "/api/runs/" + id, null, TestServer.KEY).statusCode()).isEqualTo(409);
    }

    @Test
    void badInputIsA400ThatSaysWhatToFix() throws Exception {
        var malformed = s.post("/api/runs", "{\"question\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(malformed).get("message").asText()).contains("not valid JSON");
        var noQuestion = s.post("/api/runs", "{\"q\": \"hi\"}");
        assertThat(noQuestion.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(noQuestion).get("message").asText()).contains("\"question\"");
        assertThat(s.post("/api/runs", "{\"question\": \"hi\", \"lang\": \"fr\"}").statusCode()).isEqualTo(400);
        assertThat(s.post("/api/runs", "[1, 2]").statusCode()).isEqualTo(400);
        assertThat(s.post("/api/runs", "{\"question\": \"   \"}").statusCode()).isEqualTo(400);
        assertThat(s.get("/api/runs?limit=abc").statusCode()).isEqualTo(400);
        assertThat(s.get("/api/search").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownThingsAre404s() throws Exception {
        assertThat(s.get("/api/runs/r-20200101-000000000-nosuch").statusCode()).isEqualTo(404);
        assertThat(s.get("/api/runs/..%2F..%2Fetc").statusCode()).isEqualTo(404);
        assertThat(s.send("DELETE", "/api/runs/r-20200101-000000000-nosuch", null, TestServer.KEY).statusCode()).isEqualTo(404);
        assertThat(s.get("/api/runs/r-20200101-000000000-nosuch/events").statusCode()).isEqualTo(404);
        assertThat(s.get("/api/nothing-here").statusCode()).isEqualTo(404);
        assertThat(s.post("/api/tools/no_such_tool", "{}").statusCode()).isEqualTo(404);
        assertThat(s.get("/api/documents/jobs/j-nosuch/events").statusCode()).isEqualTo(404);
    }

    @Test
    void artifactsAreServedByNameWithTheKeyAndNothingElseIs() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(TestServer.HOME.resolve("artifacts"));
        java.nio.file.Files.writeString(dir.resolve("t-chart.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        var r = s.get("/api/artifacts/t-chart.svg");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
        assertThat(r.body()).contains("<svg");
        assertThat(s.send("GET", "/api/artifacts/t-chart.svg", null, null).statusCode()).isEqualTo(401);
        assertThat(s.get("/api/artifacts/no-such.png").statusCode()).isEqualTo(404);
        assertThat(s.get("/api/artifacts/..%2Fapi-keys").statusCode()).isIn(400, 404);
        assertThat(s.get("/api/artifacts/.hidden").statusCode()).isEqualTo(400);
    }

    @Test
    void oversizeBodiesAre413s() throws Exception {
        String big = "{\"question\": \"" + "x".repeat(100 << 10) + "\"}";
        var r = s.post("/api/runs", big);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        var upload = upload("big.txt", "word ".repeat(80_000).getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(413);
        assertThat(TestServer.json(upload).get("message").asText()).contains("MiB");
    }

    @Test
    void anUploadedDocumentIsIngestedWithProgressListedAndSearchable() throws Exception {
        String text = "# Zhiti test note\n\nThe Lumen-7 accelerator is a fictional chip used only in this test. "
                + "Its designers claim 123 dense TFLOPS at 300 W.\n\nA second paragraph says the Lumen-7 ships in 2031.\n";
        var r = upload("lumen-note.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(202);
        String job = TestServer.json(r).get("job").asText();
        var events = sse(s.get("/api/documents/jobs/" + job + "/events").body());
        String[] last = events.get(events.size() - 1);
        assertThat(last[0]).isEqualTo("finished");
        assertThat(Json.MAPPER.readTree(last[1]).get("status").asText()).isIn("added", "replaced", "unchanged");
        assertThat(TestServer.json(s.get("/api/documents")).get("documents").findValuesAsText("title")).contains("lumen-note.md");
        JsonNode hits = TestServer.json(s.get("/api/search?q=Lumen-7%20accelerator&k=3")).get("hits");
        assertThat(hits.get(0).get("text").asText()).contains("Lumen-7");
        assertThat(upload("evil.exe", new byte[] {1, 2}).statusCode()).isEqualTo(400);
    }

    @Test
    void theCalculatorsAreListedWithSchemasAndCallable() throws Exception {
        JsonNode tools = TestServer.json(s.get("/api/tools")).get("tools");
        assertThat(tools.findValuesAsText("name")).contains("training_compute", "training_cluster");
        var r = s.post("/api/tools/training_compute", "{\"params\": 7e10, \"tokens\": 2e12}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(r).get("figures").get(0).get("value").asDouble()).isEqualTo(8.4e23);
        var bad = s.post("/api/tools/training_compute", "{\"params\": -1}");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenAiEndpointAnswersWithFiguresInAnExtraFieldAndStreamsEndingInDone() throws Exception {
        String body = "{\"model\": \"zhiti-offline\", \"messages\": [{\"role\": \"user\", \"content\": \"How many H20 match the dense BF16 compute of 100 H100?\"}]}";
        JsonNode r = TestServer.json(s.post("/v1/chat/completions", body));
        assertThat(r.get("object").asText()).isEqualTo("chat.completion");
        assertThat(r.at("/choices/0/message/content").asText()).contains("H20").contains("**Figures**");
        assertThat(r.at("/zhiti/figures/0/formula").asText()).isNotBlank();
        String streamed = s.post("/v1/chat/completions", body.replace("\"messages\"", "\"stream\": true, \"messages\"")).body();
        assertThat(streamed.strip()).endsWith("data: [DONE]");
        StringBuilder content = new StringBuilder();
        for (String[] e : sse(streamed)) {
            if (e[1].equals("[DONE]")) continue;
            JsonNode c = Json.MAPPER.readTree(e[1]);
            assertThat(c.get("object").asText()).isEqualTo("chat.completion.chunk");
            content.append(c.at("/choices/0/delta/content").asText(""));
        }
        assertThat(content.toString()).isEqualTo(r.at("/choices/0/message/content").asText());
        assertThat(s.post("/v1/chat/completions", "{\"model\": \"gpt-9\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}")
                .statusCode()).isEqualTo(404);
        assertThat(s.post("/v1/chat/completions", "{\"messages\": []}").statusCode()).isEqualTo(400);
        assertThat(TestServer.json(s.get("/v1/models")).get("data").findValuesAsText("id")).contains("zhiti-offline");
    }

    @Test
    void aFollowUpInTheOpenAiConversationBuildsOnTheEarlierTurn() throws Exception {
        String body = "{\"messages\": [{\"role\": \"user\", \"content\": \"How many days to train a 7B model on 1T tokens with 64 H100?\"},"
                + "{\"role\": \"assistant\", \"content\": \"(earlier answer)\"},"
                + "{\"role\": \"user\", \"content\": \"What about 128 GPUs?\"}]}";
        JsonNode r = TestServer.json(s.post("/v1/chat/completions", body));
        double days = 0;
        for (JsonNode f : r.at("/zhiti/figures")) if (f.get("unit").asText().equals("day")) days = f.get("value").asDouble();
        // 6·7e9·1e12 / (128 · 989.4e12 · 0.4) s ≈ 9.6 days
        assertThat(days).isBetween(9.0, 10.2);
    }

    @Test
    void sessionsKeepAConversationAcrossRuns() throws Exception {
        String first = TestServer.json(s.post("/api/runs", "{\"question\": \"My name is Li Wei and I work on H20 procurement.\", \"session\": \"t-1\"}")).get("id").asText();
        sse(s.get("/api/runs/" + first + "/events").body());
        String second = TestServer.json(s.post("/api/runs", "{\"question\": \"What is my name?\", \"session\": \"t-1\"}")).get("id").asText();
        var events = sse(s.get("/api/runs/" + second + "/events").body());
        assertThat(Json.MAPPER.readTree(events.get(events.size() - 1)[1]).at("/answer/answer").asText()).contains("Li Wei");
        assertThat(s.post("/api/runs", "{\"question\": \"hi\", \"session\": \"bad session!\"}").statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> upload(String name, byte[] content) throws Exception {
        String boundary = "----zhiti" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(content);
        b.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.base + "/api/documents"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build();
        return s.http.send(req, HttpResponse.BodyHandlers.ofString());
    }
}
