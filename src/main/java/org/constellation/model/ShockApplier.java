package org.constellation.model;

import java.util.List;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.ArmedGroup;
import org.constellation.model.plan.Mandate;
import org.constellation.model.spec.MandateSpec;
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
            m.components(a).forEach(c -> c.scaleCapacity(factor));
        }
    }

    @Override
    public void reinforceGroup(String group, double strength) {
        ArmedGroup g = m.world().group(group);
        if (g != null) {
            g.reinforce(strength);
        }
    }

    @Override
    public void changeMandate(String actor, MandateSpec mandate) {
        Actor a = m.actor(actor);
        if (a != null) {
            boolean insideFence = a.type() == ActorType.MISSION && a.deployment().personnel() > 0;
            a.changeMandate(Mandate.resolve(mandate, m.catalogue(), a.isExecutive(), insideFence));
        }
    }

    @Override
    public void drawDown(String actor, int end, List<String> districts) {
        Actor a = m.actor(actor);
        if (a == null || !a.isActive()) {
            return;
        }
        for (Actor x : m.withActiveComponents(a)) {
            x.announceExit(m.step(), end);
            for (String id : districts) {
                District d = m.region().district(id);
                if (d != null) {
                    x.removePresence(d);
                }
            }
        }
    }

    @Override
    public void handOver(String actor, String successor, double recordsLost, double capacityShare) {
        Actor from = m.actor(actor);
        Actor to = m.actor(successor);
        if (from != null && to != null && from.isActive()) {
            Handovers.transfer(m, from, to, recordsLost, capacityShare);
            m.close(from);
        }
    }
}
