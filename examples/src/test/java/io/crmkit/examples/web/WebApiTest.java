package io.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over real HTTP (java.net.http), on an in-memory demo company. */
class WebApiTest {
    static WebFixture f;

    @BeforeAll
    static void start() {
        f = new WebFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void listsManagersAndTellsTheTimeOfTheServer() {
        WebFixture.Response r = f.get("/api/managers");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().findValuesAsText("id")).contains("m-anna", "m-ivan", "m-petr");
        JsonNode now = f.get("/api/now").json();
        assertThat(now.get("today").asText()).isEqualTo("2026-03-13");
        assertThat(now.get("nextHour").asText()).isEqualTo("2026-03-13T11:00");
    }

    @Test
    void acceptsAnInquiryOnceAndFindsTheClientAgainByPhoneAsYouType() {
        String body = """
                {"manager": "m-anna", "channel": "PHONE", "phone": "+7 (903) 111-22-33", "name": "Ivan Testov",
                 "company": "Testovaya LLC", "note": "wants a demo", "key": "api-test-1"}""";
        WebFixture.Response first = f.post("/api/inquiries", body);
        assertThat(first.status()).isEqualTo(201);
        JsonNode r = first.json();
        assertThat(r.get("newClient").asBoolean()).isTrue();
        assertThat(r.get("newInterest").asBoolean()).isTrue();
        JsonNode again = f.post("/api/inquiries", body).json();
        assertThat(again.get("client")).isEqualTo(r.get("client"));
        assertThat(again.get("interaction")).isEqualTo(r.get("interaction"));

        JsonNode found = f.get("/api/clients/search?q=8%20903%20111%2022%2033").json().get("matches");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("client")).isEqualTo(r.get("client"));
        assertThat(found.get(0).get("matchedBy").asText()).isEqualTo("PHONE");
        assertThat(found.get(0).get("exact").asBoolean()).isTrue();
        assertThat(texts(found.get(0).get("activeInterests"))).containsExactly(r.get("interest").asText());

        JsonNode byName = f.get("/api/clients/search?q=testov").json().get("matches");
        assertThat(byName.findValuesAsText("client")).contains(r.get("client").asText());
        assertThat(byName.get(0).get("exact").asBoolean()).isFalse();

        JsonNode client = f.get("/api/clients/" + r.get("client").asText()).json();
        assertThat(client.get("name").asText()).isEqualTo("Testovaya LLC");
        assertThat(f.get("/api/clients/" + r.get("client").asText() + "?scope=manager:m-anna").json().get("name").asText())
                .isEqualTo("Testovaya LLC");
        expectError(f.get("/api/clients/" + r.get("client").asText() + "?scope=manager:m-olga"), 404, "NOT_FOUND", "client");
        expectError(f.get("/api/interests/" + r.get("interest").asText() + "?scope=manager:m-olga"), 404, "NOT_FOUND", "interest");
    }

    @Test
    void aPlannedFollowUpShowsInMyTasksAndTheCalendarAndCanBeCompleted() {
        JsonNode r = f.post("/api/inquiries", """
                {"manager": "m-olga", "channel": "EMAIL", "email": "petr@follow.example", "name": "Petr", "key": "api-test-2"}""").json();
        WebFixture.Response planned = f.post("/api/interactions", """
                {"type": "OUTGOING_CALL", "client": "%s", "interest": "%s", "manager": "m-olga",
                 "subject": "Follow up: Petr", "start": "2026-03-13T11:00", "end": "2026-03-13T11:30"}"""
                .formatted(r.get("client").asText(), r.get("interest").asText()));
        assertThat(planned.status()).isEqualTo(201);
        String id = planned.json().get("id").asText();
        assertThat(planned.json().get("plannedStart").asText()).isEqualTo("2026-03-13T11:00:00+03:00");

        JsonNode tasks = f.get("/api/my-tasks?manager=m-olga").json();
        assertThat(texts(tasks.get("today"))).contains(id);
        assertThat(tasks.get("interactions").get(id).get("subject").asText()).isEqualTo("Follow up: Petr");

        JsonNode cal = f.get("/api/calendar?manager=m-olga&from=2026-03-13&to=2026-03-13").json();
        assertThat(texts(cal.get("days").get(0).get("interactions"))).contains(id);

        JsonNode done = f.post("/api/interactions/" + id + "/complete", "{\"result\": \"Offer requested\"}").json();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(texts(f.get("/api/my-tasks?manager=m-olga").json().get("today"))).doesNotContain(id);

        WebFixture.Response twice = f.post("/api/interactions/" + id + "/complete", "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("error").get("code").asText()).isEqualTo("INVALID_STATE");
    }

    @Test
    void movingAnInterestChangesMySalesAndTheFunnel() {
        JsonNode r = f.post("/api/inquiries", """
                {"manager": "m-anna", "channel": "WEB", "email": "board@move.example", "company": "Board Move LLC", "key": "api-test-3"}""").json();
        String interest = r.get("interest").asText();
        JsonNode before = funnel();
        JsonNode moved = f.post("/api/interests/" + interest + "/move", "{\"by\": \"m-anna\", \"version\": 1}").json();
        assertThat(moved.get("stage").asText()).isEqualTo("OFFER");
        JsonNode after = funnel();
        assertThat(after.get("stages").get(0).get("activeCount").asInt()).isEqualTo(before.get("stages").get(0).get("activeCount").asInt() - 1);
        assertThat(after.get("stages").get(1).get("activeCount").asInt()).isEqualTo(before.get("stages").get(1).get("activeCount").asInt() + 1);

        JsonNode sales = f.get("/api/my-sales?manager=m-anna").json();
        assertThat(sales.get("stages").get(1).get("interests").findValuesAsText("interest")).contains(interest);
        assertThat(sales.get("interests").get(interest).get("clientName").asText()).isEqualTo("Board Move LLC");

        JsonNode to = f.post("/api/interests/" + interest + "/move", "{\"by\": \"m-anna\", \"stage\": \"CONTRACT\"}").json();
        assertThat(to.get("stage").asText()).isEqualTo("CONTRACT");
        WebFixture.Response stale = f.post("/api/interests/" + interest + "/move", "{\"by\": \"m-anna\", \"version\": 1}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").get("code").asText()).isEqualTo("CONFLICT");
        WebFixture.Response notAStage = f.post("/api/interests/" + interest + "/move", "{\"by\": \"m-anna\", \"stage\": \"PROPOSAL\"}");
        assertThat(notAStage.status()).isEqualTo(400);
        assertThat(notAStage.json().get("error").get("field").asText()).isEqualTo("stage");
        assertThat(notAStage.json().get("error").get("value").asText()).isEqualTo("PROPOSAL");
    }

    private static JsonNode funnel() {
        return f.get("/api/reports/SALES_FUNNEL?scope=company&from=2025-03-14&to=2026-03-13").json();
    }

    @Test
    void everyReportIsThereByQueryOrByBody() {
        assertThat(f.get("/api/reports/AUTOMOTIVATOR?scope=department:sales&from=2026-03-01&to=2026-03-13").json()
                .get("managers").findValuesAsText("manager")).contains("m-anna", "m-ivan");
        JsonNode light = f.get("/api/reports/MANAGER_CONTROL?scope=manager:m-anna").json();
        assertThat(light.get("totals").get("red").asInt() + light.get("totals").get("yellow").asInt()
                + light.get("totals").get("green").asInt()).isEqualTo(light.get("clients").size());
        assertThat(f.get("/api/traffic-light?scope=company").json().get("names").size()).isGreaterThanOrEqualTo(40);
        assertThat(f.get("/api/reports/PRICE_LIST?priceType=RETAIL&date=2026-03-13&groups=g-licences").json()
                .get("groups").get(0).get("group").asText()).isEqualTo("g-licences");
        JsonNode byBody = f.post("/api/reports", """
                {"type": "MANAGER_CONTROL", "variant": "WARM_CLIENTS", "scope": {"department": "sales-msk"}}""").json();
        assertThat(byBody.has("clients")).isTrue();
        WebFixture.Response pdf = f.get("/api/price-list.pdf?priceType=RETAIL&date=2026-03-13");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void badInputGetsAClearJsonError() {
        expectError(f.post("/api/inquiries", "{not json"), 400, "INVALID_INPUT", "body");
        expectError(f.post("/api/inquiries", "[1, 2]"), 400, "INVALID_INPUT", "body");
        expectError(f.post("/api/inquiries", "{\"channel\": \"PHONE\", \"phone\": \"+79031112233\"}"), 400, "INVALID_INPUT", "manager");
        expectError(f.post("/api/inquiries", "{\"manager\": \"m-anna\", \"channel\": \"FAX\", \"name\": \"X\"}"), 400, "INVALID_INPUT", "channel");
        expectError(f.post("/api/inquiries", "{\"manager\": \"m-anna\", \"channel\": \"PHONE\", \"phone\": \"call me\"}"), 400, "INVALID_INPUT", "phone");
        expectError(f.post("/api/inquiries", "{\"manager\": \"m-nobody\", \"channel\": \"PHONE\", \"name\": \"X\"}"), 404, "NOT_FOUND", "manager");
        expectError(f.get("/api/my-tasks"), 400, "INVALID_INPUT", "manager");
        expectError(f.get("/api/my-sales?manager=m-nobody"), 404, "NOT_FOUND", "manager");
        expectError(f.get("/api/interests/i-nothing"), 404, "NOT_FOUND", "interest");
        expectError(f.get("/api/calendar?manager=m-anna&from=2026-03-13&to=2026-03-01"), 400, "INVALID_INPUT", "to");
        expectError(f.get("/api/calendar?manager=m-anna&from=13.03.2026&to=2026-03-14"), 400, "INVALID_INPUT", "from");
        expectError(f.post("/api/interactions", "{\"type\": \"MEETING\", \"client\": \"c-0001\", \"start\": \"2026-03-13T12:00\", \"end\": \"2026-03-13T11:00\"}"),
                400, "INVALID_INPUT", "interaction.end");
        expectError(f.post("/api/interactions", "{\"type\": \"MEETING\", \"client\": \"c-0001\", \"start\": \"tomorrow\", \"end\": \"2026-03-13T11:00\"}"),
                400, "INVALID_INPUT", "start");
        expectError(f.get("/api/reports/PIPELINE?scope=company"), 400, "INVALID_INPUT", "query.type");
        expectError(f.get("/api/reports/SALES_FUNNEL?scope=galaxy"), 400, "INVALID_INPUT", "scope");
        expectError(f.get("/api/clients/search"), 400, "INVALID_INPUT", "q");
        expectError(f.get("/api/nothing-here"), 404, "NOT_FOUND", "path");
    }

    private static void expectError(WebFixture.Response r, int status, String code, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode e = r.json().get("error");
        assertThat(e.get("code").asText()).isEqualTo(code);
        assertThat(e.get("field").asText()).isEqualTo(field);
        assertThat(e.get("message").asText()).isNotBlank();
    }

    @Test
    void servesThePageAndItsScript() {
        WebFixture.Response page = f.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Accept inquiry", "/app.js");
        WebFixture.Response js = f.get("/app.js");
        assertThat(js.body()).contains("textContent").doesNotContain("innerHTML");
    }
}
