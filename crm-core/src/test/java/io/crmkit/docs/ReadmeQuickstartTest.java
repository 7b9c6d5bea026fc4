package io.crmkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Crm;
import io.crmkit.agenda.MySales;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quickstart: it compiles and runs here, and the README must show exactly this code and these imports. */
class ReadmeQuickstartTest {
    @Test
    void theQuickstartRuns() {
        // tag::quickstart[]
        Crm crm = Crm.builder()
                .storage(InMemoryStorage.create())
                .clock(Clock.system(ZoneId.of("Europe/Moscow")))
                .build();
        crm.org().addDepartment(DepartmentId.of("sales"), "Sales", null, 48);
        crm.org().addManager(ManagerId.of("anna"), "Anna Petrova", "anna@example.com", DepartmentId.of("sales"));

        InquiryResult r = crm.inquiries().accept(
                InquiryRequest.builder(ManagerId.of("anna"), Channel.PHONE)
                        .phone("8 912 345 67 89").name("Ivan Ivanov").company("Romashka LLC")
                        .note("Met at the conference, wants a demo").key("call-001").build());

        crm.interests().moveTo(r.interest(), "OFFER", ManagerId.of("anna"));
        MySales board = crm.agenda().mySales(ManagerId.of("anna"));
        // end::quickstart[]
        assertThat(r.newClient()).isTrue();
        assertThat(board.stages().get(1).stage().code()).isEqualTo("OFFER");
        assertThat(board.stages().get(1).interests()).singleElement()
                .satisfies(card -> assertThat(card.interest().id()).isEqualTo(r.interest()));
    }

    @Test
    void theReadmeShowsExactlyThisQuickstartWithItsImports() throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/io/crmkit/docs/ReadmeQuickstartTest.java"),
                StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int from = indexOf(source, "// tag::quickstart[]") + 1;
        int to = indexOf(source, "// end::quickstart[]");
        StringBuilder body = new StringBuilder();
        for (String line : source.subList(from, to)) {
            body.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        assertThat(readme).contains(body.toString());
        for (String line : source) {
            if (line.startsWith("import ") && !line.startsWith("import static") && !line.contains("java.nio")
                    && !line.contains("java.util.List") && !line.contains("org.junit") && !line.contains("java.io")) {
                assertThat(readme).as("README imports").contains(line);
            }
        }
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
