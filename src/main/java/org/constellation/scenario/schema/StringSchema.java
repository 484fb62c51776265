package org.constellation.scenario.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Accepts text, optionally restricted to a fixed list of values (an enum) and/or to a regular
 * expression that must match the whole string. Numbers, booleans and empty values are not
 * text: users must quote them.
 */
public final class StringSchema implements Schema {

    private final List<String> allowed;
    private final Pattern pattern;
    private final String patternName;
    private final String name;

    StringSchema(List<String> allowed, Pattern pattern, String patternName, String name) {
        this.allowed = allowed;
        this.pattern = pattern;
        this.patternName = patternName;
        this.name = name;
    }

    /**
     * @param values the only values allowed, in the order they are listed to users
     * @return a copy restricted to those values
     */
    public StringSchema oneOf(String... values) {
        if (values.length == 0 || new LinkedHashSet<>(List.of(values)).size() != values.length) {
            throw new IllegalArgumentException("an enum needs distinct values");
        }
        return new StringSchema(List.of(values), pattern, patternName, name);
    }

    /**
     * @param regex       a Java regular expression that the whole value must match
     * @param description what matching values look like, for messages, such as
     *                    {@code "a lowercase name such as 'donor-forum'"}
     * @return a copy with the pattern
     */
    public StringSchema pattern(String regex, String description) {
        Texts.requireOneLine(description, "a pattern description");
        try {
            return new StringSchema(allowed, Pattern.compile(regex), description, name);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern " + regex, e);
        }
    }

    /**
     * @param humanName the phrase used in messages
     * @return a renamed copy
     */
    public StringSchema named(String humanName) {
        Texts.requireOneLine(humanName, "a name");
        return new StringSchema(allowed, pattern, patternName, humanName);
    }

    /** @return the allowed values; empty if any text is allowed */
    public List<String> allowedValues() {
        return allowed;
    }

    /** @return the pattern the whole value must match, if any */
    public Optional<Pattern> pattern() {
        return Optional.ofNullable(pattern);
    }

    /** @return the description of the pattern, if any */
    public Optional<String> patternDescription() {
        return Optional.ofNullable(patternName);
    }

    @Override
    public String humanName() {
        if (name != null) {
            return name;
        }
        if (!allowed.isEmpty()) {
            return "one of " + Texts.list(allowed);
        }
        return patternName != null ? patternName : "a string";
    }
}
