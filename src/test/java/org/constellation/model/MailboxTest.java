package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One report reaching a receiver through two channels is one piece of evidence; a stale one adds nothing. */
class MailboxTest {

    private static Message needs(Mailbox box, int sender, int receiver, int sentAt, int deliverAt) {
        return new Message(sender, receiver, InfoKind.NEEDS, sentAt, deliverAt, 0, box.nextSequence(),
                new Message.NeedsReport(new int[] {0}, new double[] {0.5}, new double[] {0.01}));
    }

    @Test
    void theSameReportThroughTwoChannelsInOneStepIsDeliveredOnce() {
        Mailbox box = new Mailbox();
        box.post(needs(box, 1, 2, 5, 5));
        assertThat(box.due(5)).hasSize(1);
        box.post(needs(box, 1, 2, 5, 5));
        assertThat(box.due(5)).isEmpty();
        assertThat(box.duplicates()).isEqualTo(1);
    }

    @Test
    void theSameReportPassedOnAStepLaterOrAnOlderOneArrivingLateIsNotDeliveredAgain() {
        Mailbox box = new Mailbox();
        box.post(needs(box, 1, 2, 5, 5));
        box.post(needs(box, 1, 2, 5, 6));
        box.post(needs(box, 1, 2, 3, 6));
        assertThat(box.due(5)).hasSize(1);
        assertThat(box.due(6)).isEmpty();
        assertThat(box.duplicates()).isEqualTo(2);
        box.post(needs(box, 1, 2, 6, 7));
        assertThat(box.due(7)).hasSize(1);
    }

    @Test
    void otherSendersReceiversStepsAndKindsAreDifferentReports() {
        Mailbox box = new Mailbox();
        box.post(needs(box, 1, 2, 4, 5));
        box.post(needs(box, 1, 2, 5, 5));
        box.post(needs(box, 3, 2, 5, 5));
        box.post(needs(box, 1, 4, 5, 5));
        box.post(new Message(1, 2, InfoKind.INTEL, 5, 5, 0, box.nextSequence(),
                new Message.ThreatReport(new int[] {0}, new double[] {1}, new double[] {1})));
        assertThat(box.due(5)).hasSize(5);
        box.post(needs(box, 1, 2, 6, 6));
        assertThat(box.due(6)).hasSize(1);
        assertThat(box.duplicates()).isZero();
    }
}
