package io.crmkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps crm-core pure: no framework, persistence, logging or JDBC API, and no reading of the
 * system clock (time comes from the injected {@link Clock}). Only main classes are checked.
 */
class CorePurityTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.crmkit");
    }

    @Test
    void coreClassesWereImported() {
        // Guards against a rule that passes because nothing was imported.
        org.assertj.core.api.Assertions.assertThat(core.contain("io.crmkit.Crm")).isTrue();
        org.assertj.core.api.Assertions.assertThat(core.contain("io.crmkit.memory.InMemoryStorage")).isTrue();
        org.assertj.core.api.Assertions.assertThat(core.size()).isGreaterThan(50);
    }

    @Test
    void noFrameworkPersistenceLoggingOrJdbc() {
        ArchRule rule = noClasses().that().resideInAPackage("io.crmkit..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax.persistence..", "javax.transaction..", "javax.mail..",
                        "org.hibernate..", "org.slf4j..", "ch.qos.logback..", "org.apache.logging..",
                        "java.util.logging..", "java.sql..", "javax.sql..", "org.springframework..")
                .because("crm-core is the pure domain: it depends on the JDK and libphonenumber only");
        rule.check(core);
    }

    private static final Set<Class<?>> CLOCK_READERS = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, ZonedDateTime.class, OffsetDateTime.class);

    @Test
    void noReadingOfTheSystemClock() {
        clockRule().check(core);
    }

    @Test
    void theClockRuleCatchesAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsSystemClock.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clockRule().check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Instant.now()");
    }

    /** A class that breaks the rule, to prove the rule can fail. */
    static final class ReadsSystemClock {
        Instant read() {
            return Instant.now();
        }
    }

    private static ArchRule clockRule() {
        DescribedPredicate<JavaAccess<?>> readsSystemClock = new DescribedPredicate<>(
                "read the system clock (X.now(), System.currentTimeMillis/nanoTime, Clock.system*)") {
            @Override
            public boolean test(JavaAccess<?> access) {
                String owner = access.getTargetOwner().getName();
                String name = access.getName();
                for (Class<?> c : CLOCK_READERS) {
                    if (owner.equals(c.getName()) && name.equals("now")) {
                        return true;
                    }
                }
                if (owner.equals(System.class.getName()) && (name.equals("currentTimeMillis") || name.equals("nanoTime"))) {
                    return true;
                }
                return owner.equals(Clock.class.getName())
                        && (name.equals("systemUTC") || name.equals("systemDefaultZone") || name.equals("system"));
            }
        };
        return noClasses().that().resideInAPackage("io.crmkit..")
                .should().accessTargetWhere(readsSystemClock)
                .because("time comes only from the Clock injected through Crm.builder().clock(...)");
    }

    @Test
    void noPrintingToTheConsole() {
        ArchRule rule = noClasses().that().resideInAPackage("io.crmkit..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("crm-core has no logging at all and never prints");
        rule.check(core);
    }
}
