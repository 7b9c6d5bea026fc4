package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo on a real embedded H2 database in a temporary folder, with a smaller company (seed
 * printed): the story, the tables, the files; a second run reuses the database; --reset deletes it.
 */
class DemoTest {
    static final long SEED = 7L;

    @TempDir
    Path dir;

    String run(boolean reset) throws Exception {
        StringWriter text = new StringWriter();
        int status = new Demo(new PrintWriter(text, true), dir.resolve("db"), dir.resolve("out"), reset,
                ZoneId.of("Europe/Moscow"), SEED, 40).run();
        assertThat(status).isZero();
        return text.toString();
    }

    @Test
    void playsTheStoryPrintsTheReportsWritesTheFilesAndRunsAgain() throws Exception {
        System.out.println("demo company seed " + SEED);
        String first = run(false);
        assertThat(first).contains("writing the demo company", "100%")
                .contains("1. Anna accepts the business card from the conference", "(new)")
                .contains("found by phone → ООО «Северная звезда» (PHONE)")
                .contains("INQUIRY → OFFER → AGREEMENT")
                .contains("4. A meeting is planned in the calendar")
                .contains("5. The price list (8 products) is sent")
                .contains("── My tasks of Anna Petrova", "── My sales of Anna Petrova", "── Sales funnel",
                        "── Automotivator", "── Traffic light");
        for (String f : new String[] {"my-tasks.html", "my-sales.html", "sales-funnel.html", "automotivator.html",
                "traffic-light.html", "calendar.html", "price-list.html"}) {
            Path p = dir.resolve("out").resolve(f);
            assertThat(first).contains(p.toAbsolutePath().toString());
            assertThat(Files.readString(p)).startsWith("<!DOCTYPE html>");
        }
        byte[] pdf = Files.readAllBytes(dir.resolve("out/price-list.pdf"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(Files.exists(dir.resolve("db/crmkit.mv.db"))).isTrue();

        String second = run(false);
        assertThat(second).contains("reusing the demo company").doesNotContain("writing the demo company")
                .contains("the story was played on an earlier run").doesNotContain("(new)")
                .contains("INQUIRY → OFFER → AGREEMENT");

        Demo.deleteDatabase(dir.resolve("db"));
        assertThat(Files.exists(dir.resolve("db/crmkit.mv.db"))).as("--reset deletes the database").isFalse();
    }
}
