package org.constellation.classroom;

import java.util.Map;
import java.util.Set;

/**
 * A resolved month, as the pages and the debrief need it.
 *
 * @param step the month's step
 * @param reason why it resolved: all submitted, timer or teacher
 * @param proposals what each seat's own staff proposed (the model's choices), by actor index
 * @param submitted what the seats that submitted chose, by actor index
 * @param fallback the seats that had something to decide and did not submit: the model decided for them
 */
record MonthRecord(int step, String reason, Map<Integer, MonthChoice> proposals, Map<Integer, MonthChoice> submitted,
        Set<Integer> fallback) {
}
