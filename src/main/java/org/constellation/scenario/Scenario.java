package org.constellation.scenario;

import java.util.ArrayList;
import java.util.List;
import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRules;
import org.constellation.model.Constellation;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InformationSharingRule;
import org.constellation.coordination.ScheduledMechanism;
import org.constellation.model.spec.ModelSpec;

/**
 * A resolved scenario: what the model needs to run, what the reader needs to understand it, and the
 * coordination arrangements chosen.
 *
 * @param name short name, used for output folders
 * @param title one-line title
 * @param description what the scenario is
 * @param sources the reports and sections it draws on
 * @param lookAt what to look at when running it
 * @param steps default number of steps
 * @param seed default seed
 * @param model the world
 * @param mechanisms coordination mechanisms in force, in order
 * @param sharing the information-sharing rule
 */
public record Scenario(String name, String title, String description, List<String> sources, List<String> lookAt,
        int steps, long seed, ModelSpec model, List<StrategyChoice> mechanisms, StrategyChoice sharing) {

    public Scenario {
        sources = List.copyOf(sources);
        lookAt = List.copyOf(lookAt);
        mechanisms = List.copyOf(mechanisms);
    }

    /** Fresh mechanism instances for one run. */
    public List<CoordinationMechanism> createMechanisms() {
        List<CoordinationMechanism> out = new ArrayList<>();
        for (StrategyChoice c : mechanisms) {
            CoordinationMechanism m = Mechanisms.create(c.name(), c.parameters(), c.lists());
            out.add(c.scheduled() ? new ScheduledMechanism(m, c.from(), c.until()) : m);
        }
        return out;
    }

    /** A fresh sharing-rule instance for one run. */
    public InformationSharingRule createSharingRule() {
        return SharingRules.create(sharing.name(), sharing.parameters(), sharing.lists(), sharing.table());
    }

    /** A new, not yet started model of this scenario with a seed. */
    public Constellation newModel(long runSeed) {
        return new Constellation(runSeed, model, createMechanisms(), createSharingRule());
    }
}
