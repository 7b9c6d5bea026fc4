package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports interactions through the bulk path into an embedded H2 file database in a forked JVM
 * limited to {@code -Xmx256m}: the import must finish without running out of memory and every
 * record must be in the database. The suite imports {@value #DEFAULT_COUNT} to stay fast on a
 * shared 2-core machine; the full check is {@code -Dcrmkit.bulk.count=1000000} (see docs/PERSISTENCE.md).
 */
class BulkImportMillionTest {
    static final long DEFAULT_COUNT = 100_000;

    @Test
    void importsInteractionsWithConstantMemoryIn256Megabytes(@TempDir Path dir) throws Exception {
        long count = Long.getLong("crmkit.bulk.count", DEFAULT_COUNT);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("child.log");
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BulkImportMillionMain.class.getName(), dir.resolve("db").toString(), Long.toString(count)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(out.lines().filter(l -> l.startsWith("committed=")).findFirst().orElse(out));
        assertThat(finished).as("the import finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        long records = count + 1 + 10 + 1000;
        assertThat(out).contains("committed=" + records + " counted=" + count + " ");
        assertThat(new File(dir.resolve("db").toFile(), "crmkit.mv.db")).exists();
    }
}
