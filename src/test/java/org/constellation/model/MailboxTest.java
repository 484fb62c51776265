package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Delivery in order of arrival step, then of sending; one report reaching a receiver through two channels is
 * one piece of evidence; a stale one adds nothing.
 */
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

    @Test
    void messagesArriveByDeliveryStepThenInTheOrderTheyWereSent() {
        Mailbox box = new Mailbox();
        Message late = needs(box, 1, 9, 0, 4);
        Message first = needs(box, 2, 9, 0, 3);
        Message second = needs(box, 3, 9, 0, 3);
        Message third = needs(box, 4, 9, 0, 3);
        box.post(third);
        box.post(late);
        box.post(first);
        box.post(second);
        assertThat(box.pending()).isEqualTo(4);
        assertThat(box.due(2)).isEmpty();
        assertThat(box.due(5)).as("a step missed delivers everything due by then").containsExactly(first, second,
                third, late);
        assertThat(box.pending()).isZero();
        assertThat(box.delivered()).isEqualTo(4);
    }

    /**
     * Senders, receivers (a few of them with large indices) and kinds posting with delays of 0-5 steps (more delivery steps at once than the
     * mailbox keeps at hand), in a shuffled order, read at irregular steps: the mailbox delivers what a plain list
     * sorted by delivery step and sequence delivers, less every report no newer than the last delivered of its
     * sender and kind to its receiver.
     */
    @Test
    void deliveryAndDroppingFollowTheContractOverARandomHistory() {
        Mailbox box = new Mailbox();
        Random random = new Random(5);
        List<Message> transit = new ArrayList<>();
        Map<String, Integer> latest = new HashMap<>();
        long dropped = 0;
        long delivered = 0;
        int step = 0;
        while (step < 200) {
            List<Message> posts = new ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                int sentAt = Math.max(0, step - random.nextInt(3));
                InfoKind kind = InfoKind.values()[random.nextInt(InfoKind.values().length)];
                int sender = random.nextInt(10) == 0 ? 100 + random.nextInt(2) : random.nextInt(5);
                int receiver = random.nextInt(10) == 0 ? 60 + random.nextInt(2) : random.nextInt(4);
                posts.add(new Message(sender, receiver, kind, sentAt, step + random.nextInt(6),
                        0, box.nextSequence(), new Message.PlanReport(null)));
            }
            java.util.Collections.shuffle(posts, random);
            posts.forEach(box::post);
            transit.addAll(posts);
            assertThat(box.pending()).isEqualTo(transit.size());
            step += 1 + (random.nextInt(5) == 0 ? random.nextInt(4) : 0);
            int now = step;
            List<Message> due = transit.stream().filter(m -> m.deliverAt() <= now)
                    .sorted(Comparator.comparingInt(Message::deliverAt).thenComparingLong(Message::sequence)).toList();
            transit.removeAll(due);
            List<Message> expected = new ArrayList<>();
            for (Message m : due) {
                String channel = m.receiver() + "/" + m.sender() + "/" + m.kind();
                Integer last = latest.get(channel);
                if (last == null || m.sentAt() > last) {
                    latest.put(channel, m.sentAt());
                    expected.add(m);
                } else {
                    dropped++;
                }
            }
            delivered += expected.size();
            assertThat(box.due(now)).as("step " + now).containsExactlyElementsOf(expected);
            assertThat(box.duplicates()).isEqualTo(dropped);
            assertThat(box.delivered()).isEqualTo(delivered);
        }
        assertThat(dropped).as("reports dropped").isGreaterThan(50);
        assertThat(delivered).as("reports delivered").isGreaterThan(200);
    }
}
