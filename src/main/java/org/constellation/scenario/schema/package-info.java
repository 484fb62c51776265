/**
 * A small, generic toolkit for strictly validated YAML documents: an immutable schema DSL
 * ({@link org.constellation.scenario.schema.Schemas}), a hardened YAML reader that keeps the
 * file, line and column of every node ({@link org.constellation.scenario.schema.YamlReader}), a
 * validator that reports every error at once ({@link org.constellation.scenario.schema.Validator}),
 * deep merges for {@code extends} and command-line overrides
 * ({@link org.constellation.scenario.schema.DocumentMerger},
 * {@link org.constellation.scenario.schema.Overrides},
 * {@link org.constellation.scenario.schema.DocumentLoader}) and a JSON Schema exporter for editors
 * ({@link org.constellation.scenario.schema.JsonSchemaExporter}).
 *
 * <p>The package knows nothing about the model that uses it. User mistakes never surface as
 * exceptions from the reader, validator or loader: they come back as located
 * {@link org.constellation.scenario.schema.ValidationError}s inside a
 * {@link org.constellation.scenario.schema.Result}. Programming mistakes (such as a default value
 * that does not match its own schema) throw {@link java.lang.IllegalArgumentException}.
 */
package org.constellation.scenario.schema;
