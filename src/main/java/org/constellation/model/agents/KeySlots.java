package org.constellation.model.agents;

import java.io.Serializable;
import org.constellation.model.CellResponse;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;
import org.constellation.model.world.Region;

/**
 * Where the planner counts effort on a district-activity key ({@code district * types + activity}): its
 * slot in the planner's pool of effort by cell, target and mode, and, for indirect work, the slot of its
 * country's host institution. Fixed for a model, so worked out once: the planner reads them for every
 * piece of work it knows of.
 */
final class KeySlots implements Serializable {

    private final int[] cell;
    private final int[] institution;

    KeySlots(ActivityType[] catalogue, Region region) {
        int types = catalogue.length;
        cell = new int[region.size() * types];
        institution = new int[cell.length];
        for (District d : region.districts()) {
            for (int a = 0; a < types; a++) {
                ActivityType type = catalogue[a];
                int key = d.index() * types + a;
                cell[key] = cellSlot(d.index(), type);
                institution[key] = type.isDirect() ? -1
                        : d.country().index() * Institution.COUNT + type.institution().ordinal();
            }
        }
    }

    /**
     * The key's slot in the pool of effort by cell, target and mode (the other mode of the same cell and
     * target is the slot ^ 1); -1 for inside-the-fence work, which acts on no cell.
     */
    int cell(int key) {
        return cell[key];
    }

    /** The slot of the host institution the key's indirect work builds; -1 for direct work. */
    int institution(int key) {
        return institution[key];
    }

    private static int cellSlot(int district, ActivityType type) {
        if (type.has(ActivityFlag.INSIDE_FENCE)) {
            return -1;
        }
        return CellResponse.targetIndex(NeedField.cell(district, type.challenge()), type.target()) * 2
                + type.mode().ordinal();
    }
}
