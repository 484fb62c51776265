package org.constellation.model.spec;

import java.io.Serializable;

/**
 * A host country.
 *
 * @param id unique id
 * @param name display name
 * @param host its government
 */
public record CountrySpec(String id, String name, HostSpec host) implements Serializable {
}
