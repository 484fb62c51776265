package org.constellation.classroom;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.model.plan.PlannedActivity;

/**
 * What one seat sees and may decide in one month, from a trial of the month in which every seat was
 * left to the model: the actor's picture at the moment it would plan, its capacity and the staff time
 * coordination took, whether it re-plans this month (earmarked actors keep their allocation for a
 * budget cycle), what its own planner proposed, the channels the sharing rule opens to it and the
 * mechanisms it could take part in.
 *
 * @param actor the seat's actor index
 * @param active whether the actor is deployed this month (otherwise it has nothing to decide)
 * @param replans whether it chooses a plan this month
 * @param capacity its effort units this month, before coordination
 * @param coordination staff time coordination took this month (with its standing memberships)
 * @param banked money it held back in earlier months of its funding cycle, which it may spend now
 * @param proposal what its planner chose (if it re-plans) or the allocation it keeps (if not)
 * @param channels the sharing rule's channels from it this month, with what the rule's draw decided
 * @param memberships the mechanisms that asked whether it takes part this month
 * @param workable the districts (indices) where it may put effort this month
 * @param picture what it believes and knows ({@link Picture#of})
 * @param truth the true needs of its districts (shown only when the teacher reveals them)
 * @param received the messages that reached it this month before planning
 */
record SeatBrief(int actor, boolean active, boolean replans, double capacity, double coordination, double banked,
        List<PlannedActivity> proposal, List<ChannelOption> channels, List<MembershipOption> memberships,
        Set<Integer> workable, Map<String, Object> picture, Map<String, Object> truth,
        List<Map<String, Object>> received) {

    /** A channel the rule opens, and whether the rule's own draw would pass information on it. */
    record ChannelOption(Channel channel, boolean automated) {
    }

    /**
     * A mechanism that asked whether the actor takes part.
     *
     * @param automated whether the scenario counts it in
     * @param eligible whether it may join at all
     * @param member whether it takes part as things stand (the scenario's rule, or the seat's earlier choice)
     */
    record MembershipOption(String mechanism, boolean automated, boolean eligible, boolean member) {
    }

    /**
     * Effort units left for activities this month: capacity less coordination, plus what it banked (the
     * budget the model's planner gets). What a plan leaves unspent is held back (and banked, for money).
     */
    double budget() {
        return Math.max(0, capacity - coordination) + banked;
    }

    /**
     * What the seat's own staff propose: the model's plan and sharing, and the memberships as they stand,
     * as a seat would submit them.
     */
    MonthChoice staffChoice() {
        Set<Channel> shares = new java.util.TreeSet<>();
        channels.stream().filter(ChannelOption::automated).forEach(c -> shares.add(c.channel()));
        Map<String, Boolean> in = new java.util.TreeMap<>();
        memberships.forEach(o -> in.put(o.mechanism(), o.member()));
        return new MonthChoice(replans ? proposal : null, shares, in);
    }

    /** A seat with nothing to decide: its actor is not deployed this month. */
    boolean idle() {
        return !active;
    }
}
