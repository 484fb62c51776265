package org.constellation.information;

import java.io.Serializable;
import java.util.Arrays;
import org.constellation.model.ActorType;
import org.constellation.model.InfoKind;

/**
 * Who is willing to pass which kind of information to whom: a willingness (0-1, the chance per round
 * that a sender passes that kind to a receiver in contact, at neutral working trust) for every pair
 * of actor types, an override for pairs of the same organisation (sections of one mission, missions
 * of one organisation), and the doubt (extra variance) a receiver adds to what a type of sender tells
 * it. Immutable; {@link #with} returns a modified copy.
 */
public final class SharingTable implements Serializable {

    private static final int T = ActorType.COUNT;
    private static final int K = InfoKind.values().length;

    private final double[] willingness;
    private final double[] sameOrganisation;
    private final double[] doubt;

    private SharingTable(double[] willingness, double[] sameOrganisation, double[] doubt) {
        this.willingness = willingness;
        this.sameOrganisation = sameOrganisation;
        this.doubt = doubt;
    }

    /** A table where everyone passes everything with the same willingness and no doubt. */
    public static SharingTable uniform(double value) {
        double[] w = new double[T * T * K];
        Arrays.fill(w, value);
        double[] same = new double[K];
        Arrays.fill(same, value);
        return new SharingTable(w, same, new double[T * T]);
    }

    private static int slot(ActorType sender, ActorType receiver, InfoKind kind) {
        return (sender.ordinal() * T + receiver.ordinal()) * K + kind.ordinal();
    }

    /** Willingness of a type of sender to pass a kind of information to a type of receiver. */
    public double willingness(ActorType sender, ActorType receiver, InfoKind kind) {
        return willingness[slot(sender, receiver, kind)];
    }

    /** Willingness between actors of the same organisation. */
    public double sameOrganisation(InfoKind kind) {
        return sameOrganisation[kind.ordinal()];
    }

    /** Extra variance a type of receiver adds to what a type of sender tells it. */
    public double doubt(ActorType receiver, ActorType sender) {
        return doubt[receiver.ordinal() * T + sender.ordinal()];
    }

    /** A copy with one willingness set. */
    public SharingTable with(ActorType sender, ActorType receiver, InfoKind kind, double value) {
        double[] w = willingness.clone();
        w[slot(sender, receiver, kind)] = check(value);
        return new SharingTable(w, sameOrganisation, doubt);
    }

    /** A copy with one sender-receiver pair set for all three kinds (needs, plans, intel). */
    public SharingTable with(ActorType sender, ActorType receiver, double needs, double plans, double intel) {
        return with(sender, receiver, InfoKind.NEEDS, needs).with(sender, receiver, InfoKind.PLANS, plans)
                .with(sender, receiver, InfoKind.INTEL, intel);
    }

    /** A copy with a sender type's willingness towards every receiver type set for all kinds. */
    public SharingTable withSender(ActorType sender, double needs, double plans, double intel) {
        SharingTable t = this;
        for (ActorType receiver : ActorType.all()) {
            t = t.with(sender, receiver, needs, plans, intel);
        }
        return t;
    }

    /** A copy with the same-organisation willingness set. */
    public SharingTable withSameOrganisation(double needs, double plans, double intel) {
        return new SharingTable(willingness, new double[] {check(needs), check(plans), check(intel)}, doubt);
    }

    /** A copy with a receiver's doubt about a type of sender set. */
    public SharingTable withDoubt(ActorType receiver, ActorType sender, double variance) {
        double[] d = doubt.clone();
        d[receiver.ordinal() * T + sender.ordinal()] = variance;
        return new SharingTable(willingness, sameOrganisation, d);
    }

    /** A copy with every receiver's doubt about every sender set. */
    public SharingTable withDoubt(double variance) {
        double[] d = new double[T * T];
        Arrays.fill(d, variance);
        return new SharingTable(willingness, sameOrganisation, d);
    }

    private static double check(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a willingness must be between 0 and 1, was " + value);
        }
        return value;
    }
}
