package org.constellation.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The secret tokens in the teacher's and the seats' links: 144 random bits each, from the operating
 * system's secure generator (never the model's, whose draws must stay the model's own), compared in
 * constant time.
 */
final class Tokens {

    private static final SecureRandom SOURCE = new SecureRandom();

    private Tokens() {
    }

    /** A new token: 24 URL-safe characters. */
    static String next() {
        byte[] bytes = new byte[18];
        SOURCE.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a token has the shape of one this class makes (so that nothing else is ever compared or logged). */
    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{24}");
    }

    /** The value held under the token equal to the given one, or null; every stored token is compared. */
    static <T> T find(Map<String, T> byToken, String token) {
        if (!wellFormed(token)) {
            return null;
        }
        byte[] given = token.getBytes(StandardCharsets.US_ASCII);
        T found = null;
        for (Map.Entry<String, T> e : byToken.entrySet()) {
            if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.US_ASCII))) {
                found = e.getValue();
            }
        }
        return found;
    }
}
