package org.constellation.model;

import java.util.List;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.ArmedGroup;
import org.constellation.model.spec.ShockTarget;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/** Applies scheduled shocks to a running model. Unknown targets are ignored (the loader rejects them). */
final class ShockApplier implements ShockTarget {

    private final Constellation m;

    ShockApplier(Constellation m) {
        this.m = m;
    }

    private List<District> area(String id) {
        District d = m.region().district(id);
        if (d != null) {
            return List.of(d);
        }
        Country c = m.region().country(id);
        return c == null ? List.of() : c.districts();
    }

    @Override
    public void raiseNeed(String area, Challenge challenge, double amount) {
        for (District d : area(area)) {
            int cell = NeedField.cell(d.index(), challenge);
            m.needs().setNeed(cell, m.needs().need(cell) + amount);
            m.needs().raiseReference(cell);
        }
    }

    @Override
    public void raiseDriver(String area, Challenge challenge, double amount) {
        for (District d : area(area)) {
            int cell = NeedField.cell(d.index(), challenge);
            m.needs().setDriver(cell, m.needs().driver(cell) + amount);
            m.needs().setDriverBase(cell, m.needs().driverBase(cell) + amount / 2);
        }
    }

    @Override
    public void changeHost(String country, double willingness, double consent) {
        Country c = m.region().country(country);
        if (c != null) {
            m.host(c).change(willingness, consent);
        }
    }

    @Override
    public void closeActor(String actor) {
        Actor a = m.actor(actor);
        if (a != null) {
            m.close(a);
        }
    }

    @Override
    public void scaleCapacity(String actor, double factor) {
        Actor a = m.actor(actor);
        if (a != null) {
            a.scaleCapacity(factor);
        }
    }

    @Override
    public void reinforceGroup(String group, double strength) {
        ArmedGroup g = m.world().group(group);
        if (g != null) {
            g.reinforce(strength);
        }
    }
}
