package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Storage;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.interest.InterestId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.tx.Transactions}: rollback leaves nothing, after-commit work, nesting joins. */
public abstract class TransactionsContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    @BeforeEach
    void org() {
        seedOrg();
    }

    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void returnsTheWorksResult() {
        assertThat(storage.transactions().inTransaction(() -> 42)).isEqualTo(42);
    }

    @Test
    void aThrowingTransactionLeavesNothingOfItsInserts() {
        assertThatThrownBy(() -> txRun(() -> {
            storage.clients().save(client("c1", ANNA, "Romashka"));
            storage.interests().save(interest("i1", "c1", ANNA, T0));
            throw new Boom();
        })).isInstanceOf(Boom.class);
        assertThat(storage.clients().find(ClientId.of("c1"))).isEmpty();
        assertThat(storage.interests().find(InterestId.of("i1"))).isEmpty();
        assertThat(storage.clients().inScope(company())).isEmpty();
    }

    @Test
    void aThrowingTransactionRestoresUpdatedRows() {
        Client v1 = saveClient(client("c1", ANNA, "Romashka"));
        assertThatThrownBy(() -> txRun(() -> {
            storage.clients().save(v1.rename("Renamed"));
            throw new Boom();
        })).isInstanceOf(Boom.class);
        Client found = storage.clients().find(ClientId.of("c1")).orElseThrow();
        assertThat(found.name()).isEqualTo("Romashka");
        assertThat(found.version()).isEqualTo(1);
        // the stored version is still 1, so a writer holding it may save
        assertThat(tx(() -> storage.clients().save(v1.rename("Again"))).version()).isEqualTo(2);
    }

    @Test
    void afterCommitRunsOnlyAfterTheCommitInOrder() {
        List<String> log = new ArrayList<>();
        txRun(() -> {
            storage.transactions().afterCommit(() -> log.add("first, sees " + storage.clients().find(ClientId.of("c1")).map(Client::name).orElse("nothing")));
            storage.clients().save(client("c1", ANNA, "Romashka"));
            storage.transactions().afterCommit(() -> log.add("second"));
            log.add("work done");
        });
        assertThat(log).containsExactly("work done", "first, sees Romashka", "second");
    }

    @Test
    void afterCommitNeverRunsAfterARollback() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> txRun(() -> {
            storage.transactions().afterCommit(() -> log.add("should not run"));
            storage.clients().save(client("c1", ANNA, "Romashka"));
            throw new Boom();
        })).isInstanceOf(Boom.class);
        assertThat(log).isEmpty();
    }

    @Test
    void nestedTransactionsJoinTheOuterOne() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> txRun(() -> {
            txRun(() -> {
                storage.clients().save(client("c1", ANNA, "Romashka"));
                storage.transactions().afterCommit(() -> log.add("inner after-commit"));
            });
            assertThat(log).isEmpty();
            storage.clients().save(client("c2", ANNA, "Vasilek"));
            throw new Boom();
        })).isInstanceOf(Boom.class);
        assertThat(storage.clients().find(ClientId.of("c1"))).isEmpty();
        assertThat(storage.clients().find(ClientId.of("c2"))).isEmpty();
        assertThat(log).isEmpty();

        txRun(() -> {
            txRun(() -> {
                storage.clients().save(client("c1", ANNA, "Romashka"));
                storage.transactions().afterCommit(() -> log.add("inner after-commit"));
            });
            assertThat(log).isEmpty();
        });
        assertThat(log).containsExactly("inner after-commit");
        assertThat(storage.clients().find(ClientId.of("c1"))).isPresent();
    }

    @Test
    void aConflictRollsBackTheWholeTransaction() {
        saveClient(client("c1", ANNA, "Romashka"));
        assertThatThrownBy(() -> txRun(() -> {
            storage.clients().save(client("c2", ANNA, "Vasilek"));
            storage.clients().save(client("c1", ANNA, "Duplicate"));
        })).isInstanceOf(io.crmkit.ConflictException.class);
        assertThat(storage.clients().find(ClientId.of("c2"))).isEmpty();
        assertThat(storage.clients().find(ClientId.of("c1")).orElseThrow().name()).isEqualTo("Romashka");
    }
}
