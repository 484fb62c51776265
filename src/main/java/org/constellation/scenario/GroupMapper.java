package org.constellation.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constellation.model.spec.GroupKind;
import org.constellation.model.spec.GroupSpec;

/** Maps the {@code groups:} section: criminal and armed groups. */
final class GroupMapper {

    private final TreeReader r;
    private final ScenarioMapper.References refs;

    GroupMapper(TreeReader r, ScenarioMapper.References refs) {
        this.r = r;
        this.refs = refs;
    }

    List<GroupSpec> map(List<Object> items, String path) {
        List<GroupSpec> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            Map<String, Object> g = r.asMap(items.get(i), p);
            String id = r.string(g, "id", p, "");
            if (!refs.claimGroup(id)) {
                r.error(p + ".id", "duplicate id '" + id + "'");
            }
            String kindKey = r.string(g, "kind", p, "");
            if (kindKey.isEmpty()) {
                continue;
            }
            GroupKind kind;
            try {
                kind = GroupKind.byKey(kindKey);
            } catch (IllegalArgumentException e) {
                r.error(p + ".kind", e.getMessage());
                continue;
            }
            String district = r.string(g, "district", p, "");
            if (!district.isEmpty() && !refs.district(district)) {
                r.error(p + ".district", "unknown district '" + district + "'");
            }
            out.add(new GroupSpec(id, r.string(g, "name", p, id), kind, district, r.number(g, "strength", p, 1, 0, 1e4),
                    g.containsKey("regime_ties") ? r.number(g, "regime_ties", p, 0, 0, 1) : Double.NaN));
        }
        return out;
    }
}
