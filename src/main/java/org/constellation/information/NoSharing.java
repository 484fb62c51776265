package org.constellation.information;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.SharingContext;

/**
 * No sharing: nobody passes assessments, plans or intelligence to anybody; each actor knows only
 * what it observes itself. The extreme of <i>Fit for Purpose</i> ch. 6, recommendation 2 ("various
 * parts of multilateral peace operations, the UN Country Team, other international and bilateral
 * partners, as well as various civil society organizations often collect data but do not share it").
 */
public final class NoSharing implements InformationSharingRule {

    public static final String NAME = "none";

    /** The registry entry. */
    public static SharingRuleInfo info() {
        return new SharingRuleInfo(NAME, "Nobody shares anything; each actor knows only what it observes",
                "No message is ever sent.", "Fit for Purpose, ch. 6, recommendation 2",
                "None: the baseline.", List.of(), false, c -> new NoSharing());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void share(SharingContext context, MersenneTwisterFast random) {
        // Deliberately nothing.
    }
}
