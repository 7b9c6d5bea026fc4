package io.crmkit.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.examples.Cli;
import io.crmkit.examples.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid documents: each exits with status 2, prints nothing on standard output and exactly one
 * line on standard error that starts with the JSON path of what is wrong.
 */
class InvalidScenariosTest {
    @TempDir
    Path dir;

    static ObjectNode base() {
        try {
            return (ObjectNode) Json.MAPPER.readTree(Path.of("scenarios/01-spec-example.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode obj(ObjectNode doc, String array, int i) {
        return (ObjectNode) doc.withArray(array).get(i);
    }

    static Arguments c(String expectedMessage, Consumer<ObjectNode> change) {
        return Arguments.of(expectedMessage, change);
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                c("$.format: must be \"crmkit-scenario/1\", not \"crmkit-scenario/2\"", d -> d.put("format", "crmkit-scenario/2")),
                c("$.now: must be a moment with an offset like 2026-03-13T17:00:00+03:00, not \"2026-03-13T17:00:00\"",
                        d -> d.put("now", "2026-03-13T17:00:00")),
                c("$.zone: is not a time zone id like Europe/Moscow: \"Mars/Olympus\"", d -> d.put("zone", "Mars/Olympus")),
                c("$.colour: is not a member this object may have", d -> d.put("colour", "red")),
                c("$.settings.warmDays: must be a whole number, not a string", d -> d.withObjectProperty("settings").put("warmDays", "30")),
                c("$.settings.workingDays[1]: must be one of MONDAY", d -> d.withObjectProperty("settings").withArray("workingDays").set(1, d.textNode("Tuesday"))),
                c("$.departments[0].dailyNormPoints: must be a whole number, not a string", d -> obj(d, "departments", 0).put("dailyNormPoints", "48")),
                c("$.departments[0].head: refers to an unknown manager: \"m7\"", d -> obj(d, "departments", 0).put("head", "m7")),
                c("$.managers[0].department: is required", d -> obj(d, "managers", 0).remove("department")),
                c("$.managers[0].email: is not a valid e-mail address: \"anna(at)example.com\"", d -> obj(d, "managers", 0).put("email", "anna(at)example.com")),
                c("$.managers[1].id: manager \"m1\" is defined twice", d -> d.withArray("managers").add(obj(d, "managers", 0).deepCopy())),
                c("$.clients[0].kind: must be one of ORGANIZATION, PERSON, not \"COMPANY\"", d -> obj(d, "clients", 0).put("kind", "COMPANY")),
                c("$.clients[0].manager: refers to an unknown manager: \"m2\"", d -> obj(d, "clients", 0).put("manager", "m2")),
                c("$.clients[0].portrait.colour: is not a configured portrait field", d -> obj(d, "clients", 0).withObjectProperty("portrait").put("colour", "red")),
                c("$.clients[0].contacts[0].phones[0]: is not a phone number (read with default region RU)", d -> ((ArrayNode) obj(d, "clients", 0).withArray("contacts").get(0).withArray("phones")).set(0, d.textNode("call me"))),
                c("$.clients[0].contacts[0].emails[0]: is not a valid e-mail address: \"ivan@\"", d -> ((ArrayNode) obj(d, "clients", 0).withArray("contacts").get(0).withArray("emails")).set(0, d.textNode("ivan@"))),
                c("$.interests[0].client: refers to an unknown client: \"c9\"", d -> obj(d, "interests", 0).put("client", "c9")),
                c("$.interests[0].contact: is not a known contact: \"p9\"", d -> obj(d, "interests", 0).put("contact", "p9")),
                c("$.interests[0].funnel: is not a funnel of settings.funnels: \"B2B\"", d -> obj(d, "interests", 0).put("funnel", "B2B")),
                c("$.interests[0].history[1].stage: is not a stage of funnel DEFAULT: \"PROPOSAL\"",
                        d -> ((ObjectNode) obj(d, "interests", 0).withArray("history").get(1)).put("stage", "PROPOSAL")),
                c("$.interests[0].history[1].at: history entries must be in time order",
                        d -> ((ObjectNode) obj(d, "interests", 0).withArray("history").get(1)).put("at", "2026-03-01T10:00:00+03:00")),
                c("$.interests[0].history: an interest needs at least its first stage", d -> obj(d, "interests", 0).putArray("history")),
                c("$.interests[0].status: must be one of ACTIVE, SUSPENDED, WON, LOST, not \"OPEN\"", d -> obj(d, "interests", 0).put("status", "OPEN")),
                c("$.interests[0].lossReason: a LOST interest needs a loss reason from settings.lossReasons",
                        d -> obj(d, "interests", 0).put("status", "LOST").put("closedAt", "2026-03-06T10:00:00+03:00")),
                c("$.interests[0].lossReason: is not one of settings.lossReasons: \"No budget\"",
                        d -> obj(d, "interests", 0).put("status", "LOST").put("closedAt", "2026-03-06T10:00:00+03:00").put("lossReason", "No budget")),
                c("$.interests[0].closedAt: is required for a WON interest", d -> obj(d, "interests", 0).put("status", "WON")),
                c("$.interests[0].closedAt: must not be before the last history entry",
                        d -> obj(d, "interests", 0).put("status", "WON").put("closedAt", "2026-03-04T10:00:00+03:00")),
                c("$.interests[0].amount.amount: must be a decimal number written as a string like \"150000.00\", not \"lots\"",
                        d -> obj(d, "interests", 0).withObjectProperty("amount").put("amount", "lots")),
                c("$.interests[0].amount.amount: must not be negative", d -> obj(d, "interests", 0).withObjectProperty("amount").put("amount", "-1")),
                c("$.interests[0].amount.currency: is not an ISO 4217 currency code: \"ROUBLE\"", d -> obj(d, "interests", 0).withObjectProperty("amount").put("currency", "ROUBLE")),
                c("$.interactions[0].plannedStart: is required", d -> obj(d, "interactions", 0).remove("plannedStart")),
                c("$.interactions[0].plannedEnd: must not be before plannedStart", d -> obj(d, "interactions", 0).put("plannedEnd", "2026-03-13T10:00:00+03:00")),
                c("$.interactions[0].type: is not an interaction type of settings.interactionTypes: \"FAX\"", d -> obj(d, "interactions", 0).put("type", "FAX")),
                c("$.interactions[0].completedAt: is required for a COMPLETED interaction", d -> obj(d, "interactions", 0).put("status", "COMPLETED")),
                c("$.interactions[0].interest: interest \"i2\" belongs to client c2, not c1", d -> {
                    ObjectNode c2 = obj(d, "clients", 0).deepCopy().put("id", "c2");
                    c2.putArray("contacts");
                    d.withArray("clients").add(c2);
                    d.withArray("interests").add(obj(d, "interests", 0).deepCopy().put("id", "i2").put("client", "c2").putNull("contact"));
                    obj(d, "interactions", 0).put("interest", "i2");
                }),
                c("$.productGroups[0].parent: makes a cycle of parent groups", d -> {
                    obj(d, "productGroups", 0).put("parent", "g2");
                    d.withArray("productGroups").addObject().put("id", "g2").put("name", "Loop").put("parent", "g1");
                }),
                c("$.prices[0].priceType: refers to an unknown price type: \"WHOLESALE\"", d -> obj(d, "prices", 0).put("priceType", "WHOLESALE")),
                c("$.prices[1].validFrom: product pr1 already has a RETAIL price from 2026-01-01", d -> d.withArray("prices").add(obj(d, "prices", 0).deepCopy())),
                c("$.inquiries[0].manager: refers to an unknown manager: \"m5\"", d -> obj(d, "inquiries", 0).put("manager", "m5")),
                c("$.inquiries[0].channel: must be one of PHONE, EMAIL, WEB, IN_PERSON, not \"FAX\"", d -> obj(d, "inquiries", 0).put("channel", "FAX")),
                c("$.inquiries[0]: an inquiry needs at least one of phone, email, name, company",
                        d -> obj(d, "inquiries", 0).putNull("phone").putNull("name")),
                c("$.inquiries[0].channel: is recorded as a INCOMING_CALL interaction, which is not a type of settings.interactionTypes",
                        d -> d.withObjectProperty("settings").putArray("interactionTypes").addObject().put("code", "OUTGOING_CALL").put("direction", "OUT").put("points", 2)),
                c("$.reports[0].type: must be one of SALES_FUNNEL", d -> obj(d, "reports", 0).put("type", "PIPELINE")),
                c("$.reports[0].scope: a scope is exactly one of", d -> obj(d, "reports", 0).withObjectProperty("scope").put("company", true)),
                c("$.reports[0].scope.department: refers to an unknown department: \"north\"", d -> obj(d, "reports", 0).withObjectProperty("scope").put("department", "north")),
                c("$.reports[0].to: must not be before from 2026-03-01", d -> obj(d, "reports", 0).put("to", "2026-02-28")),
                c("$.reports[0].from: is required", d -> obj(d, "reports", 0).remove("from")),
                c("$.reports[1].manager: is required", d -> obj(d, "reports", 1).remove("manager")),
                c("$.reports[0].name: \"inquiries\" is the output member of the inquiries", d -> obj(d, "reports", 0).put("name", "inquiries")),
                c("$.reports[1].name: report name \"funnel\" is used twice", d -> obj(d, "reports", 1).put("name", "funnel")),
                c("$.reports[3].groups[0]: refers to an unknown product group: \"g9\"", d -> obj(d, "reports", 3).putArray("groups").add("g9")),
                c("$.reports[4]: FIND_CLIENT needs at least one of phone, email, nameLike", d -> obj(d, "reports", 4).remove("phone")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void anInvalidDocumentExitsWithStatusTwoNamingThePath(String message, Consumer<ObjectNode> change) throws IOException {
        ObjectNode doc = base();
        change.accept(doc);
        Path file = dir.resolve("invalid.json");
        Files.writeString(file, Json.pretty(doc));
        Cli r = Cli.run("scenario", "run", file.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith(message);
    }

    @Test
    void theBaseDocumentIsValid() throws IOException {
        Path file = dir.resolve("valid.json");
        Files.writeString(file, Json.pretty(base()));
        assertThat(Cli.run("scenario", "run", file.toString()).status()).isZero();
    }

    @Test
    void badJsonNamesTheDocumentAndTheLine() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": \"crmkit-scenario/1\",\n  \"now\": \n}");
        Cli r = Cli.run("scenario", "run", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("$: is not valid JSON at line 4");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() throws IOException {
        Path file = dir.resolve("array.json");
        Files.writeString(file, "[]");
        Cli r = Cli.run("scenario", "run", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("$: must be an object, not an array");
    }

    @Test
    void theLiteralExampleOfScenarioMdIsInvalidBecauseItsSettingsListsReplaceTheDefaults() throws IOException {
        ObjectNode doc = base();
        doc.withObjectProperty("settings").putArray("interactionTypes").addObject().put("code", "OUTGOING_CALL").put("direction", "OUT").put("points", 2);
        doc.withObjectProperty("settings").putArray("funnels").addObject().put("code", "DEFAULT")
                .putArray("stages").addObject().put("code", "INQUIRY").put("name", "Inquiry").put("probability", 10);
        Path file = dir.resolve("literal.json");
        Files.writeString(file, Json.pretty(doc));
        Cli r = Cli.run("scenario", "run", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("$.interests[0].history[1].stage: is not a stage of funnel DEFAULT: \"OFFER\"\n");
    }

    @Test
    void aMissingFileIsAFailureButNotAnInvalidDocument() {
        Cli r = Cli.run("scenario", "run", dir.resolve("nowhere.json").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("no such file");
    }
}
