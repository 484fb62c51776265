package org.constellation.model.spec;

import java.io.Serializable;

/**
 * An adjacency between two districts; it crosses a border when they lie in different countries.
 *
 * @param from district id
 * @param to district id
 * @param weight relative strength of spill-over and movement along the edge (1 = ordinary)
 */
public record EdgeSpec(String from, String to, double weight) implements Serializable {
}
