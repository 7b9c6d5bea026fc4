package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.Storage;
import io.crmkit.client.ClientId;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.inquiry.InquiryId;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.inquiry.InquiryStatus;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestId;
import io.crmkit.org.ManagerId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.inquiry.InquiryRepository}: the idempotency key is unique; pending ones by scope. */
public abstract class InquiryRepositoryContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    @BeforeEach
    void data() {
        seedOrg();
    }

    private static Inquiry pending(String id, String key, ManagerId m, Instant at) {
        return Inquiry.pending(InquiryId.of(id), key, at, m, Channel.EMAIL, "+7 912 345-67-89", "ivan@romashka.example",
                "Ivan", "Romashka", "Wants a demo\nsoon", null);
    }

    @Test
    void roundTripsAPendingAndThenAcceptedInquiry() {
        Inquiry saved = tx(() -> storage.inquiries().save(pending("q1", "call-001", ANNA, T0)));
        assertThat(saved.version()).isEqualTo(1);
        assertSameFields(storage.inquiries().find(InquiryId.of("q1")).orElseThrow(), saved);
        saveClient(client("c1", ANNA, "Romashka"));
        saveInterest(interest("i1", "c1", ANNA, T0));
        saveInteraction(planned("x1", "INCOMING_LETTER", "c1", ANNA, T0, T0));
        Inquiry accepted = tx(() -> storage.inquiries().save(saved.accepted(ClientId.of("c1"), true, InterestId.of("i1"), false,
                InteractionId.of("x1"))));
        Inquiry found = storage.inquiries().find(InquiryId.of("q1")).orElseThrow();
        assertSameFields(found, accepted);
        assertThat(found.status()).isEqualTo(InquiryStatus.ACCEPTED);
        assertThat(found.result()).isEqualTo(new InquiryResult(InquiryId.of("q1"), ClientId.of("c1"), true,
                InterestId.of("i1"), false, InteractionId.of("x1")));
        assertThat(found.note()).isEqualTo("Wants a demo\nsoon");
        assertThat(found.version()).isEqualTo(2);
        assertThat(storage.inquiries().find(InquiryId.of("q404"))).isEmpty();
    }

    @Test
    void findsByKey() {
        tx(() -> storage.inquiries().save(pending("q1", "call-001", ANNA, T0)));
        tx(() -> storage.inquiries().save(pending("q2", "call-002", ANNA, T0)));
        assertThat(storage.inquiries().findByKey("call-002").orElseThrow().id()).isEqualTo(InquiryId.of("q2"));
        assertThat(storage.inquiries().findByKey("call-404")).isEmpty();
        assertThat(storage.inquiries().findByKey("CALL-001")).isEmpty();
    }

    @Test
    void aSecondInquiryWithTheSameKeyIsAConflict() {
        tx(() -> storage.inquiries().save(pending("q1", "call-001", ANNA, T0)));
        assertThatThrownBy(() -> tx(() -> storage.inquiries().save(pending("q2", "call-001", BORIS, T0))))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.inquiries().find(InquiryId.of("q2"))).isEmpty();
        assertThat(storage.inquiries().findByKey("call-001").orElseThrow().id()).isEqualTo(InquiryId.of("q1"));
    }

    @Test
    void manyInquiriesMayHaveNoKey() {
        tx(() -> storage.inquiries().save(pending("q1", null, ANNA, T0)));
        tx(() -> storage.inquiries().save(pending("q2", null, ANNA, T0)));
        assertThat(storage.inquiries().find(InquiryId.of("q2"))).isPresent();
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        tx(() -> storage.inquiries().save(pending("q1", "k1", ANNA, T0)));
        assertThatThrownBy(() -> tx(() -> storage.inquiries().save(pending("q1", "k2", ANNA, T0))))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.inquiries().findByKey("k2")).isEmpty();
    }

    @Test
    void savingAStaleVersionIsAConflict() {
        Inquiry v1 = tx(() -> storage.inquiries().save(pending("q1", "k1", ANNA, T0)));
        saveClient(client("c1", ANNA, "Romashka"));
        saveInterest(interest("i1", "c1", ANNA, T0));
        saveInteraction(planned("x1", "INCOMING_LETTER", "c1", ANNA, T0, T0));
        tx(() -> storage.inquiries().save(v1.accepted(ClientId.of("c1"), false, InterestId.of("i1"), false, InteractionId.of("x1"))));
        assertThatThrownBy(() -> tx(() -> storage.inquiries().save(v1.accepted(ClientId.of("c1"), true, InterestId.of("i1"), true,
                InteractionId.of("x1"))))).isInstanceOf(ConflictException.class);
        assertThat(storage.inquiries().find(InquiryId.of("q1")).orElseThrow().result().newClient()).isFalse();
    }

    @Test
    void pendingInScopeIsByMomentThenIdAndSkipsAccepted() {
        tx(() -> storage.inquiries().save(pending("q3", null, ANNA, T0.plusSeconds(60))));
        tx(() -> storage.inquiries().save(pending("q2", null, BORIS, T0)));
        tx(() -> storage.inquiries().save(pending("q1", null, ANNA, T0)));
        tx(() -> storage.inquiries().save(pending("q4", null, CLARA, T0)));
        Inquiry done = tx(() -> storage.inquiries().save(pending("q0", null, ANNA, T0)));
        saveClient(client("c1", ANNA, "Romashka"));
        saveInterest(interest("i1", "c1", ANNA, T0));
        saveInteraction(planned("x1", "INCOMING_LETTER", "c1", ANNA, T0, T0));
        tx(() -> storage.inquiries().save(done.accepted(ClientId.of("c1"), false, InterestId.of("i1"), false, InteractionId.of("x1"))));
        assertThat(storage.inquiries().pendingInScope(department(TOP))).extracting(q -> q.id().value()).containsExactly("q1", "q2", "q3");
        assertThat(storage.inquiries().pendingInScope(own(ANNA))).extracting(q -> q.id().value()).containsExactly("q1", "q3");
        assertThat(storage.inquiries().pendingInScope(company())).extracting(q -> q.id().value()).containsExactly("q1", "q2", "q4", "q3");
    }
}
