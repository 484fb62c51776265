package org.constellation.gui;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.Constellation;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.ArmedGroup;
import org.constellation.model.world.District;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The GUI's own fields over one started model: districts placed at their map positions (a
 * {@link Continuous2D} of {@link DistrictView}s), the adjacency network rebuilt over those views from
 * {@code region().network()}, actor markers around the districts where they are present, armed groups,
 * and the groups' recent moves. {@link #update()} refreshes it after each step; it only reads the model.
 */
final class RegionView {

    /** How many steps a group's move stays on the map. */
    static final int MOVE_MEMORY = 6;

    private final Constellation model;
    private final MapLayout layout;
    private final Continuous2D districtField = new Continuous2D(5, MapLayout.WIDTH, MapLayout.HEIGHT);
    private final Continuous2D actorField = new Continuous2D(5, MapLayout.WIDTH, MapLayout.HEIGHT);
    private final Continuous2D groupField = new Continuous2D(5, MapLayout.WIDTH, MapLayout.HEIGHT);
    private final Network adjacency = new Network(false);
    private final Network moves = new Network(true);
    private final List<DistrictView> districts = new ArrayList<>();
    private final Map<Long, ActorView> markers = new LinkedHashMap<>();
    private final List<GroupView> groups = new ArrayList<>();
    private DistrictMeasures measures;
    private WorkIndex work;

    /** Builds the fields over a started model; guirandom only jitters group markers. */
    RegionView(Constellation model, MersenneTwisterFast guirandom) {
        this.model = model;
        this.layout = new MapLayout(model.region().districts());
        for (District d : model.region().districts()) {
            DistrictView v = new DistrictView(this, d);
            districts.add(v);
            districtField.setObjectLocation(v, layout.position(d));
            adjacency.addNode(v);
        }
        buildAdjacency();
        for (ArmedGroup g : model.groups()) {
            double r = layout.markerSize() * 0.5;
            groups.add(new GroupView(this, g, (guirandom.nextDouble() - 0.5) * r, (guirandom.nextDouble() - 0.5) * r));
        }
        measures = DistrictMeasures.empty(model.region().size());
        work = WorkIndex.empty(model.actors().size(), model.region().size());
        placeMarkers();
        placeGroups();
    }

    private void buildAdjacency() {
        Bag nodes = model.region().network().getAllNodes();
        for (int i = 0; i < nodes.numObjs; i++) {
            District from = (District) nodes.objs[i];
            Bag edges = model.region().network().getEdgesOut(from);
            for (int k = 0; k < edges.numObjs; k++) {
                Edge e = (Edge) edges.objs[k];
                if (e.getFrom() == from) {
                    District to = (District) e.getTo();
                    adjacency.addEdge(view(from), view(to), from.country() != to.country());
                }
            }
        }
    }

    /** Refreshes measures, markers, groups and moves after a step. */
    void update() {
        measures = DistrictMeasures.of(model);
        work = WorkIndex.of(model);
        placeMarkers();
        placeGroups();
    }

    private void placeMarkers() {
        Map<Long, ActorView> seen = new LinkedHashMap<>();
        for (District d : model.region().districts()) {
            List<Actor> here = new ArrayList<>();
            for (Actor a : model.actors()) {
                if (a.isActive() && a.isPresentIn(d)) {
                    here.add(a);
                }
            }
            for (int k = 0; k < here.size(); k++) {
                Actor a = here.get(k);
                long key = (long) a.index() * model.region().size() + d.index();
                ActorView v = markers.containsKey(key) ? markers.get(key) : new ActorView(this, a, d);
                seen.put(key, v);
                actorField.setObjectLocation(v, layout.ring(d, k, here.size()));
            }
        }
        for (Map.Entry<Long, ActorView> e : markers.entrySet()) {
            if (!seen.containsKey(e.getKey())) {
                actorField.remove(e.getValue());
            }
        }
        markers.clear();
        markers.putAll(seen);
    }

    private void placeGroups() {
        int step = model.step();
        for (GroupView g : groups) {
            int from = g.observeMove();
            if (from >= 0) {
                moves.addEdge(districts.get(from), districts.get(g.group().location()), new GroupMove(g, step));
            }
            if (g.group().strength() <= 0) {
                groupField.remove(g);
                continue;
            }
            Double2D c = layout.position(model.region().district(g.group().location()));
            groupField.setObjectLocation(g, new Double2D(c.x + g.jitterX(), c.y + g.jitterY()));
        }
        forgetOldMoves(step);
    }

    private void forgetOldMoves(int step) {
        Bag all = moves.getAllNodes();
        List<Edge> old = new ArrayList<>();
        for (int i = 0; i < all.numObjs; i++) {
            Bag out = moves.getEdgesOut(all.objs[i]);
            for (int k = 0; k < out.numObjs; k++) {
                Edge e = (Edge) out.objs[k];
                if (step - ((GroupMove) e.getInfo()).step() >= MOVE_MEMORY) {
                    old.add(e);
                }
            }
        }
        old.forEach(moves::removeEdge);
    }

    private DistrictView view(District d) {
        return districts.get(d.index());
    }

    Constellation model() {
        return model;
    }

    MapLayout layout() {
        return layout;
    }

    DistrictMeasures measures() {
        return measures;
    }

    WorkIndex work() {
        return work;
    }

    Continuous2D districtField() {
        return districtField;
    }

    Continuous2D actorField() {
        return actorField;
    }

    Continuous2D groupField() {
        return groupField;
    }

    Network adjacency() {
        return adjacency;
    }

    Network moves() {
        return moves;
    }

    List<DistrictView> districts() {
        return districts;
    }

    /** A group's move from one district to another at a step (the info of a move edge). */
    record GroupMove(GroupView group, int step) {
    }
}
