package io.crmkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.agenda.MySales;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.money.Money;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/CORE.md: it compiles and runs here, and the guide must show exactly this code. */
class CoreGuideExampleTest {
    @Test
    void theGuidesExampleRuns() {
        // tag::example[]
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        Crm crm = Crm.builder()
                .storage(InMemoryStorage.create())
                .clock(Clock.fixed(Instant.parse("2026-03-13T14:00:00Z"), moscow))
                .settings(CrmSettings.defaults(moscow))
                .build();
        DepartmentId sales = DepartmentId.of("sales");
        ManagerId anna = ManagerId.of("m-anna");
        crm.org().addDepartment(sales, "Sales", null, 48);
        crm.org().addManager(anna, "Anna Petrova", "anna@example.com", sales);

        // a new caller: a new client with a contact, an interest at INQUIRY, a completed INCOMING_CALL
        InquiryResult first = crm.inquiries().accept(InquiryRequest.builder(anna, Channel.PHONE)
                .phone("+7 (912) 345-67-89").name("Ivan Ivanov").company("Romashka LLC").key("call-001").build());
        // the same person calls again: found by the phone key, however the number is written
        InquiryResult again = crm.inquiries().accept(InquiryRequest.builder(anna, Channel.PHONE)
                .phone("8 912 345 67 89").key("call-002").build());

        crm.interests().moveTo(first.interest(), "OFFER", anna);
        crm.interests().setAmount(first.interest(), Money.of("150000.00", "RUB"), anna);
        Instant tomorrow11 = Instant.parse("2026-03-14T08:00:00Z");
        Interaction meeting = crm.interactions().plan(
                NewInteraction.of("MEETING", first.client(), tomorrow11, tomorrow11.plus(Duration.ofHours(1)))
                        .forInterest(first.interest()).withSubject("Demo"));
        MySales board = crm.agenda().mySales(anna);

        try {
            crm.interests().lose(first.interest(), "Because", anna);
        } catch (InvalidInputException e) {
            // e.field() is "lossReason"; the message names the value; nothing was changed
        }
        // end::example[]
        assertThat(again.client()).isEqualTo(first.client());
        assertThat(again.interest()).isEqualTo(first.interest());
        assertThat(board.stages().get(1).interests()).singleElement()
                .satisfies(card -> assertThat(card.next().id()).isEqualTo(meeting.id()));
        assertThat(crm.interests().get(first.interest()).isActive()).isTrue();
    }

    @Test
    void theGuideShowsExactlyThisExample() throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/io/crmkit/docs/CoreGuideExampleTest.java"), StandardCharsets.UTF_8);
        int from = indexOf(source, "// tag::example[]") + 1;
        int to = indexOf(source, "// end::example[]");
        StringBuilder expected = new StringBuilder();
        for (String line : source.subList(from, to)) {
            expected.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        String guide = Files.readString(Path.of("../docs/CORE.md"), StandardCharsets.UTF_8);
        assertThat(guide).contains(expected.toString());
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("marker not found: " + marker);
    }
}
