package org.constellation.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Scenario ids made from names, deterministically: accents dropped ("Médecins" becomes "medecins"),
 * lower case, every run of other characters a hyphen ("Samaritan's Purse" becomes "samaritan-s-purse").
 * A name with no letter or digit gets "id-" and a hash of the name; an id already taken gets "-2",
 * "-3"... in the order names are claimed.
 */
public final class Ids {

    private final Set<String> taken = new HashSet<>();

    /** The id a name makes, before uniqueness. */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String id = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "id-" + hash(name) : id;
    }

    /** Normalises the white space of a name (non-breaking spaces, runs of spaces) for display and matching. */
    public static String tidy(String name) {
        return name.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Marks an id as taken (a country's, a district's, a host government's). */
    public void reserve(String id) {
        taken.add(id);
    }

    /** True if an id is taken. */
    public boolean isTaken(String id) {
        return taken.contains(id);
    }

    /** A unique id for a name, or for a wished-for id (which must itself be a valid id). */
    public String claim(String wished) {
        String base = wished;
        String id = base;
        for (int k = 2; taken.contains(id); k++) {
            id = base + "-" + k;
        }
        taken.add(id);
        return id;
    }

    private static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
