package org.constellation.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println(sim.engine.SimState.version());
    }
}
