package io.crmkit.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.CoreTestBase;
import io.crmkit.client.ClientId;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.NewInteraction;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** My tasks at Friday 2026-03-13 17:00 Moscow (+03:00). */
class MyTasksTest extends CoreTestBase {
    private ClientId c1;

    @BeforeEach
    void client() {
        c1 = newClient("c1", ANNA, "Romashka").id();
    }

    private static Instant msk(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+03:00").toInstant();
    }

    private Interaction plan(String id, ClientId client, Instant start, Instant end) {
        return crm.interactions().plan(NewInteraction.of("TASK", client, start, end).withId(InteractionId.of(id)));
    }

    private static List<String> ids(List<Interaction> xs) {
        return xs.stream().map(x -> x.id().value()).toList();
    }

    @Test
    void splitsPlannedInteractionsIntoOverdueTodayAndUpcoming() {
        plan("x-overdue-b", c1, msk("2026-03-12T10:00"), msk("2026-03-12T11:00"));
        plan("x-overdue-a", c1, msk("2026-03-12T10:00"), msk("2026-03-13T16:59:59"));
        plan("x-due-now", c1, msk("2026-03-13T16:00"), msk("2026-03-13T17:00"));
        plan("x-started-running", c1, msk("2026-03-13T16:30"), msk("2026-03-13T18:00"));
        plan("x-tonight", c1, msk("2026-03-13T23:59:59"), msk("2026-03-14T00:30"));
        plan("x-midnight", c1, msk("2026-03-14T00:00"), msk("2026-03-14T00:30"));
        plan("x-next-week", c1, msk("2026-03-20T10:00"), msk("2026-03-20T11:00"));
        Interaction done = plan("x-done", c1, msk("2026-03-12T10:00"), msk("2026-03-12T11:00"));
        crm.interactions().complete(done.id(), "ok");
        Interaction cancelled = plan("x-cancelled", c1, msk("2026-03-13T18:00"), msk("2026-03-13T19:00"));
        crm.interactions().cancel(cancelled.id(), null);
        ClientId c2 = newClient("c2", BORIS, "Vasilek").id();
        plan("x-boris", c2, msk("2026-03-13T18:00"), msk("2026-03-13T19:00"));

        MyTasks t = crm.agenda().myTasks(ANNA);

        assertThat(t.at()).isEqualTo(NOW);
        assertThat(ids(t.overdue())).containsExactly("x-overdue-a", "x-overdue-b");
        assertThat(ids(t.today())).containsExactly("x-due-now", "x-started-running", "x-tonight");
        assertThat(ids(t.upcoming())).containsExactly("x-midnight", "x-next-week");
        assertThat(ids(crm.agenda().myTasks(BORIS).today())).containsExactly("x-boris");
    }

    @Test
    void todayEndsAtMidnightInTheConfiguredZone() {
        // 23:30 Moscow is 21:30 UTC: still "today" in Moscow although the UTC date would agree too;
        // 00:30 Moscow of the 14th is 21:30 UTC of the 13th: upcoming in Moscow, "today" in UTC.
        plan("x-2330", c1, msk("2026-03-13T23:30"), msk("2026-03-13T23:45"));
        plan("x-0030", c1, msk("2026-03-14T00:30"), msk("2026-03-14T00:45"));
        MyTasks t = crm.agenda().myTasks(ANNA);
        assertThat(ids(t.today())).containsExactly("x-2330");
        assertThat(ids(t.upcoming())).containsExactly("x-0030");
    }

    @Test
    void listsTheManagersPendingInquiriesOldestFirst() {
        Inquiry late = crm.inquiries().register(InquiryRequest.builder(ANNA, Channel.EMAIL).email("a@lead.example")
                .at(NOW.minusSeconds(60)).build(), null);
        Inquiry early = crm.inquiries().register(InquiryRequest.builder(ANNA, Channel.WEB).name("Web lead")
                .at(NOW.minusSeconds(3600)).build(), null);
        crm.inquiries().register(InquiryRequest.builder(BORIS, Channel.WEB).name("Not Anna's").build(), null);
        Inquiry accepted = crm.inquiries().register(InquiryRequest.builder(ANNA, Channel.WEB).name("Handled").build(), null);
        crm.inquiries().acceptPending(accepted.id(), null, ANNA);
        assertThat(crm.agenda().myTasks(ANNA).pendingInquiries()).extracting(Inquiry::id).containsExactly(early.id(), late.id());
    }

    @Test
    void emptyAgenda() {
        MyTasks t = crm.agenda().myTasks(VERA);
        assertThat(t.overdue()).isEmpty();
        assertThat(t.today()).isEmpty();
        assertThat(t.upcoming()).isEmpty();
        assertThat(t.pendingInquiries()).isEmpty();
    }
}
