package org.constellation.model.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The option heap keeps on top the highest score, the lower option index among equal scores, as the planner's
 * lazy greedy allocation needs, through re-scorings of the top (checked against a sorted list).
 */
class OptionHeapTest {

    private record Entry(int item, double score) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingDouble(Entry::score).reversed()
            .thenComparingInt(Entry::item);

    @Test
    void theTopIsTheBestEntryAndNextScoreTheSecondBestThroughRescorings() {
        Random random = new Random(5);
        for (int round = 0; round < 50; round++) {
            OptionHeap heap = new OptionHeap();
            List<Entry> reference = new ArrayList<>();
            int n = 1 + random.nextInt(300);
            heap.reset(n / 2);
            for (int i = 0; i < n; i++) {
                double score = random.nextInt(16) / 4.0;
                heap.add(i, score);
                reference.add(new Entry(i, score));
            }
            heap.heapify();
            for (int step = 0; step < 3 * n; step++) {
                reference.sort(ORDER);
                assertThat(heap.size()).isEqualTo(reference.size());
                assertThat(heap.top()).isEqualTo(reference.get(0).item());
                if (n > 1) {
                    assertThat(heap.nextScore()).isEqualTo(reference.get(1).score());
                }
                Entry top = reference.get(0);
                double lower = top.score() - random.nextInt(3) / 4.0;
                heap.rescoreTop(lower);
                reference.set(0, new Entry(top.item(), lower));
            }
        }
    }

    @Test
    void equalScoresComeOutByOptionIndex() {
        OptionHeap heap = new OptionHeap();
        heap.reset(8);
        for (int i = 7; i >= 0; i--) {
            heap.add(i, 1.0);
        }
        heap.heapify();
        for (int expected = 0; expected < 8; expected++) {
            assertThat(heap.top()).isEqualTo(expected);
            heap.rescoreTop(0.5);
        }
        assertThat(heap.top()).isZero();
    }
}
