package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.experiment.calibration.CalibrationSchema;
import org.constellation.experiment.sweep.ExperimentSchema;
import org.constellation.scenario.ScenarioSchema;
import org.constellation.scenario.schema.Field;
import org.constellation.scenario.schema.ObjectSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate recognises experiment and calibration files, by content or folder, and checks them without running anything. */
class ValidateCommandTest {

    @TempDir
    Path tmp;

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome validate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void aShippedExperimentIsCheckedAsAnExperimentByPathOrName() {
        Outcome byPath = validate("scenarios/experiments/claim-integrated-office.yaml");
        assertThat(byPath.status()).as(byPath.err()).isZero();
        assertThat(byPath.out()).contains("ok (experiment, design grid, 2 factors, 4 points x 30 replicates = 120 runs "
                + "of scenarios/sahel.yaml)");
        Outcome byName = validate("claim-integrated-office", "sahel");
        assertThat(byName.status()).isZero();
        assertThat(byName.out()).contains("experiment, design grid").contains("ok (scenario, 21 districts");
    }

    @Test
    void anExperimentWithACounterfactualSaysEveryRunIsPaired() {
        Outcome paired = validate("scenarios/experiments/claim-cross-border-displacement.yaml");
        assertThat(paired.status()).as(paired.err()).isZero();
        assertThat(paired.out()).contains("= 240 runs of scenarios/sahel.yaml, each paired with its counterfactual "
                + "'no-g5-enforcement')");
        assertThat(validate("scenarios/experiments/claim-integrated-office.yaml").out()).doesNotContain("paired");
    }

    @Test
    void everyShippedFileIsCheckedWhenNoneIsNamed() {
        Outcome all = validate();
        assertThat(all.status()).as(all.err()).isZero();
        assertThat(all.out()).contains("sobol-sahel.yaml: ok (experiment").contains("sahel.yaml: ok (scenario")
                .contains("teaching/the-mission-leaves.yaml: ok (scenario");
    }

    @Test
    void anExperimentsProblemsAreLocatedAndNothingRuns() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("experiments"));
        Path file = Files.writeString(folder.resolve("broken.yaml"), """
                name: broken-test
                scenario: teaching/the-mission-leaves
                factors:
                  - {name: mech, path: coordination.mechanisms, values: [[none], [no-such-mechanism]]}
                design: {type: explicit, points: [{mech: [none]}]}
                replications: 2
                """);
        Outcome o = validate(file.toString());
        assertThat(o.status()).isEqualTo(Main.USER_ERROR);
        assertThat(o.err()).contains(file + ":4:5: factors[0]: factor 'mech' = [\"no-such-mechanism\"] does not give a "
                + "valid scenario").contains("1 of 1 file(s) have problems").doesNotContain("Exception");
        Path typo = Files.writeString(folder.resolve("typo.yaml"), """
                name: typo-test
                scenario: teaching/the-mission-leaves
                desing: {type: grid}
                replications: 0
                """);
        Outcome t = validate(typo.toString());
        assertThat(t.err()).contains(typo + ":3:1: unknown key 'desing'; did you mean 'design'?")
                .contains(typo + ":4:15: replications: expected a whole number between 1 and 100000, found 0")
                .doesNotContain("region");
        assertThat(Path.of("results/broken-test")).doesNotExist();
        assertThat(Path.of("results/typo-test")).doesNotExist();
    }

    @Test
    void theKindIsRecognisedByContentAnywhereAndByFolderWhenTheContentDoesNotSay() throws Exception {
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.yaml"), """
                name: by-content
                scenario: no-such-scenario
                design: {type: grid}
                """);
        assertThat(validate(elsewhere.toString()).err())
                .contains(elsewhere + ":2:11: scenario: no scenario 'no-such-scenario' next to this file or in scenarios/");
        Path folder = Files.createDirectories(tmp.resolve("experiments"));
        Path bare = Files.writeString(folder.resolve("bare.yaml"), "name: only-a-name\n");
        assertThat(validate(bare.toString()).err()).contains(bare + ":1:1: missing required key 'design'");
        Path scenarioLike = Files.writeString(tmp.resolve("bare.yaml"), "name: only-a-name\n");
        assertThat(validate(scenarioLike.toString()).err()).contains("missing required key 'region'");
    }

    @Test
    void setAppliesToScenariosOnly() {
        Outcome o = validate("scenarios/experiments/claim-integrated-office.yaml", "--set", "steps=3");
        assertThat(o.status()).isEqualTo(Main.USER_ERROR);
        assertThat(o.err()).contains("an experiment's overrides of its base scenario go in its 'set:' list");
    }

    @Test
    void eachKindsSignatureKeysAreKeysOfItsOwnSchemaOnly() {
        Map<String, Set<String>> schemaKeys = Map.of("scenario", keys(ScenarioSchema.schema()), "experiment",
                keys(ExperimentSchema.schema()), "calibration", keys(CalibrationSchema.schema()));
        for (FileKind kind : FileKinds.ALL) {
            assertThat(schemaKeys.get(kind.name())).as(kind.name()).containsAll(kind.signature());
            schemaKeys.forEach((other, keys) -> {
                if (!other.equals(kind.name())) {
                    assertThat(kind.signature()).as(kind.name() + " against " + other).doesNotContainAnyElementsOf(keys);
                }
            });
        }
        assertThat(FileKinds.ALL).extracting(FileKind::name).containsExactly("scenario", "experiment", "calibration");
    }

    @Test
    void aShippedCalibrationIsCheckedAsACalibrationByPathOrName() {
        Outcome byPath = validate("scenarios/calibrations/sahel-patterns.yaml");
        assertThat(byPath.status()).as(byPath.err()).isZero();
        assertThat(byPath.out()).contains("ok (calibration, abc-smc, 3 base scenarios, 5 parameters, 2 targets "
                + "(2 fitted, 0 for validation))");
        assertThat(validate("sahel-patterns").out()).contains("ok (calibration, abc-smc");
        assertThat(validate().out()).contains("sahel-patterns.yaml: ok (calibration");
    }

    @Test
    void aCalibrationsProblemsAreLocatedAndNothingRuns() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("calibrations"));
        Path bad = Files.writeString(folder.resolve("bad.yaml"), """
                name: bad
                scenarios: [{name: s, scenario: sahel}]
                parameters: [{name: saturation, path: parameters.effects.saturation, min: 1.5, max: 6}]
                targets: [{name: t, kind: metric-mean, scenario: s, metric: no_such_metric, observed: 0.1, scale: 0.01}]
                method: {type: abc-smc, population: 10, generations: 2}
                """);
        Outcome o = validate(bad.toString());
        assertThat(o.status()).isEqualTo(Main.USER_ERROR);
        assertThat(o.err()).contains(bad + ":4:").contains("targets[0].metric").contains("no_such_metric");
        Path bare = Files.writeString(folder.resolve("bare.yaml"), "name: only-a-name\n");
        assertThat(validate(bare.toString()).err()).contains(bare + ":1:1: missing required key 'method'");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bad.yaml",
                "bare.yaml");
    }

    private static Set<String> keys(org.constellation.scenario.schema.Schema schema) {
        Set<String> out = new HashSet<>();
        for (Field f : ((ObjectSchema) schema).fields()) {
            out.add(f.name());
        }
        return out;
    }

    @Test
    void anUnknownNameSaysWhereItLooked() {
        Outcome o = validate("atlantis");
        assertThat(o.status()).isEqualTo(Main.USER_ERROR);
        assertThat(o.err()).contains("Unknown scenario 'atlantis'").contains("nor any experiment 'atlantis.yaml'");
        assertThat(List.of(o.err().split("\n"))).noneMatch(l -> l.contains("Exception"));
    }
}
