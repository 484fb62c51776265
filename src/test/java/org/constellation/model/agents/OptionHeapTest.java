package org.constellation.model.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The option heap pops the highest score first, the lower option index among equal scores, as the planner needs. */
class OptionHeapTest {

    private record Entry(int item, double score) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingDouble(Entry::score).reversed()
            .thenComparingInt(Entry::item);

    @Test
    void popsInScoreOrderWithTiesByIndexThroughAddsPushesAndPops() {
        Random random = new Random(5);
        for (int round = 0; round < 50; round++) {
            OptionHeap heap = new OptionHeap();
            List<Entry> reference = new ArrayList<>();
            int n = 1 + random.nextInt(300);
            heap.reset(n / 2);
            for (int i = 0; i < n; i++) {
                double score = random.nextInt(8) / 4.0;
                heap.add(i, score);
                reference.add(new Entry(i, score));
            }
            heap.heapify();
            int next = n;
            while (!reference.isEmpty()) {
                reference.sort(ORDER);
                assertThat(heap.isEmpty()).isFalse();
                assertThat(heap.peekScore()).isEqualTo(reference.get(0).score());
                assertThat(heap.pop()).isEqualTo(reference.remove(0).item());
                if (random.nextInt(3) > 0) {
                    double score = random.nextInt(8) / 4.0;
                    heap.push(next, score);
                    reference.add(new Entry(next++, score));
                }
            }
            assertThat(heap.isEmpty()).isTrue();
        }
    }
}
