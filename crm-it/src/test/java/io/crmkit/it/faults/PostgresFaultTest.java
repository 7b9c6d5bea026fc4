package io.crmkit.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.Crm;
import io.crmkit.StorageException;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.NewInterest;
import io.crmkit.it.support.FaultProxy;
import io.crmkit.it.support.ItDatabases;
import io.crmkit.it.support.StorageSnapshot;
import io.crmkit.jpa.JpaStorage;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.reports.ReportJson;
import io.crmkit.reports.Reports;
import io.crmkit.tx.BulkImport;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database connection cut at a precise moment by a TCP proxy in front of PostgreSQL
 * (127.0.0.1 only) during a bulk import, a report, a stage change and an accepted inquiry: the
 * operation fails with a {@link StorageException}, nothing partial is left (a snapshot read
 * through a direct connection is unchanged, or holds exactly the committed batches), and the same
 * operation succeeds when retried through a fresh connection.
 */
class PostgresFaultTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-13T09:00:00Z"), ZONE);
    private static final ManagerId ANNA = ManagerId.of("anna");

    private static ItDatabases.Db db;
    private static JpaStorage direct;
    private FaultProxy proxy;
    private JpaStorage proxied;
    private Crm crm;
    private Crm verify;

    @BeforeAll
    static void database() {
        db = ItDatabases.create(ItDatabases.Kind.POSTGRESQL);
        direct = ItDatabases.storage(db);
    }

    @AfterAll
    static void dropDatabase() {
        direct.close();
        ItDatabases.drop(db);
    }

    @BeforeEach
    void setUp() throws IOException {
        ItDatabases.wipe(db);
        proxy = new FaultProxy("127.0.0.1", 5432);
        proxied = ItDatabases.storageAt(db, db.urlVia(proxy.port()));
        crm = Crm.builder().storage(proxied).clock(CLOCK).build();
        verify = Crm.builder().storage(direct).clock(CLOCK).build();
        crm.org().addDepartment(DepartmentId.of("sales"), "Sales", null, 48);
        crm.org().addManager(ANNA, "Anna Petrova", "anna@example.com", DepartmentId.of("sales"));
    }

    @AfterEach
    void tearDown() throws IOException {
        proxied.close();
        proxy.close();
    }

    @Test
    void aCutDuringAnImportLosesOnlyTheFailingBatchAndTheRestImportsOnRetry() {
        List<Client> clients = new java.util.ArrayList<>();
        for (int k = 0; k < 35; k++) {
            clients.add(Client.create(ClientId.of(String.format("imp-c-%03d", k)), ClientKind.ORGANIZATION, "Imported " + k, ANNA,
                    CLOCK.instant()));
        }
        proxy.cutWhen(FaultProxy.Direction.CLIENT_TO_SERVER, "imp-c-025");
        BulkImport importer = proxied.bulkImport(10);
        Throwable failure = catchThrowable(() -> {
            for (Client c : clients) {
                importer.client(c);
            }
            importer.close();
        });
        assertThat(proxy.cuts()).as("the connection was cut while batch 3 was written").isEqualTo(1);
        assertThat(failure).isInstanceOf(StorageException.class);
        assertThat(((StorageException) failure).code()).isEqualTo("STORAGE");
        assertThat(failure.getMessage()).as("the error says what was committed").contains("20");
        assertThat(importer.committed()).isEqualTo(20);
        assertThat(ids(verify)).as("exactly the two committed batches are stored, nothing of the third")
                .isEqualTo(clients.subList(0, 20).stream().map(c -> c.id().value()).toList());

        BulkImport retry = proxied.bulkImport(10);
        clients.subList(20, 35).forEach(retry::client);
        retry.close();
        assertThat(retry.committed()).isEqualTo(15);
        assertThat(ids(verify)).as("after the retry every record is stored once")
                .isEqualTo(clients.stream().map(c -> c.id().value()).toList());
    }

    @Test
    void aCutDuringAReportFailsClearlyAndTheRetryGivesTheSameReport() {
        ClientId c = crm.clients().create(NewClient.organization("Romashka", ANNA)
                .withContact(NewContact.of("Ivan", "+7 912 345-67-89", null))).id();
        crm.interests().open(NewInterest.of(c), ANNA);
        String expected = ReportJson.write(Reports.of(verify).trafficLight(Scope.company()));
        String before = StorageSnapshot.of(direct);

        proxy.cutWhen(FaultProxy.Direction.CLIENT_TO_SERVER, "crm_interaction");
        Throwable failure = catchThrowable(() -> Reports.of(crm).trafficLight(Scope.company()));
        assertThat(proxy.cuts()).isEqualTo(1);
        assertThat(failure).isInstanceOf(StorageException.class);
        assertThat(StorageSnapshot.of(direct)).isEqualTo(before);

        String retried = ReportJson.write(Reports.of(crm).trafficLight(Scope.company()));
        assertThat(retried).isEqualTo(expected);
        assertThat(Reports.of(crm).salesFunnel(Scope.company(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                .stage("INQUIRY").activeCount()).isEqualTo(1);
    }

    @Test
    void aCutBeforeTheStageUpdateReachesTheServerLeavesTheInterestWholeAndTheRetryMovesItOnce() {
        stageChangeCutAt("update crm_interest ");
    }

    @Test
    void aCutWhileTheNewHistoryEntryIsWrittenLeavesTheInterestWhole() {
        stageChangeCutAt("crm_interest_stage");
    }

    @Test
    void aCutAtCommitLeavesTheInterestWhole() {
        stageChangeCutAt("commit");
    }

    private void stageChangeCutAt(String sqlText) {
        ClientId c = crm.clients().create(NewClient.organization("Romashka", ANNA)).id();
        InterestId id = crm.interests().open(NewInterest.of(c), ANNA).id();
        Interest before = verify.interests().get(id);
        String snapshot = StorageSnapshot.of(direct);

        proxy.cutWhen(FaultProxy.Direction.CLIENT_TO_SERVER, sqlText);
        Throwable failure = catchThrowable(() -> crm.interests().moveTo(id, before.version(), "OFFER", ANNA));
        assertThat(proxy.cuts()).as("cut at '%s'", sqlText).isEqualTo(1);
        assertThat(failure).isInstanceOf(StorageException.class);
        assertThat(((StorageException) failure).field()).as("the error names the operation").isNotBlank();
        assertThat(failure.getMessage()).contains("connection");
        Interest after = verify.interests().get(id);
        assertThat(after.version()).as("no half-written interest").isEqualTo(before.version());
        assertThat(after.history()).isEqualTo(before.history());
        assertThat(StorageSnapshot.of(direct)).isEqualTo(snapshot);

        Interest moved = crm.interests().moveTo(id, before.version(), "OFFER", ANNA);
        assertThat(moved.currentStage()).isEqualTo("OFFER");
        Interest stored = verify.interests().get(id);
        assertThat(stored.history()).extracting(e -> e.stage()).containsExactly("INQUIRY", "OFFER");
        assertThat(stored.version()).isEqualTo(before.version() + 1);
    }

    /**
     * The one ambiguous cut: the server committed, but its answer to COMMIT never arrived. The caller
     * gets a StorageException that must not claim nothing was written; retrying with the version it
     * holds is safe: a ConflictException says the first attempt went through, and the interest moved once.
     */
    @Test
    void aCutAfterTheServerCommittedIsReportedAsUnknownAndAVersionedRetryDoesNotMoveTwice() {
        ClientId c = crm.clients().create(NewClient.organization("Romashka", ANNA)).id();
        InterestId id = crm.interests().open(NewInterest.of(c), ANNA).id();
        Interest before = verify.interests().get(id);

        proxy.cutWhen(FaultProxy.Direction.SERVER_TO_CLIENT, "commit");
        Throwable failure = catchThrowable(() -> crm.interests().moveTo(id, before.version(), "OFFER", ANNA));
        assertThat(proxy.cuts()).isEqualTo(1);
        assertThat(failure).isInstanceOf(StorageException.class);
        assertThat(failure.getMessage()).as("a lost answer to COMMIT is not 'nothing was written'")
                .doesNotContain("nothing was written").contains("unknown");
        assertThat(verify.interests().get(id).history()).extracting(e -> e.stage()).containsExactly("INQUIRY", "OFFER");

        Throwable retry = catchThrowable(() -> crm.interests().moveTo(id, before.version(), "OFFER", ANNA));
        assertThat(retry).isInstanceOf(io.crmkit.ConflictException.class);
        assertThat(verify.interests().get(id).history()).as("moved exactly once").extracting(e -> e.stage())
                .containsExactly("INQUIRY", "OFFER");
    }

    @Test
    void aCutWhileAcceptingAnInquiryLeavesNoHalfClientAndTheRetryRecordsItOnce() {
        String snapshot = StorageSnapshot.of(direct);
        InquiryRequest request = InquiryRequest.builder(ANNA, Channel.PHONE).key("call-cut-1").phone("+7 912 000-11-22")
                .name("Ivan").company("Vasilek").note("wants a demo").build();
        proxy.cutWhen(FaultProxy.Direction.CLIENT_TO_SERVER, "insert into crm_interaction");
        Throwable failure = catchThrowable(() -> crm.inquiries().accept(request));
        assertThat(proxy.cuts()).isEqualTo(1);
        assertThat(failure).isInstanceOf(StorageException.class);
        assertThat(StorageSnapshot.of(direct)).as("no client, interest or inquiry of the failed accept").isEqualTo(snapshot);

        InquiryResult r = crm.inquiries().accept(request);
        InquiryResult again = crm.inquiries().accept(request);
        assertThat(again).isEqualTo(r);
        assertThat(verify.clients().inScope(Scope.company())).extracting(cl -> cl.id()).containsExactly(r.client());
        assertThat(verify.interests().inScope(Scope.company())).extracting(i -> i.id()).containsExactly(r.interest());
        assertThat(verify.interactions().ofClient(r.client())).extracting(x -> x.id()).containsExactly(r.interaction());
    }

    private static List<String> ids(Crm crm) {
        return crm.clients().inScope(Scope.company()).stream().map(c -> c.id().value()).sorted().toList();
    }
}
