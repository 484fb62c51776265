package org.constellation.gui;

import org.constellation.model.Challenge;

/** What the map shows: the colouring mode and the challenge whose need colours the districts. */
interface ViewOptions {

    /** What districts are coloured by. */
    ColourBy colourBy();

    /** The challenge whose need is shown when colouring by need. */
    Challenge challenge();
}
