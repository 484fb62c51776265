package org.constellation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constellation.model.spec.ShockSpec;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No perfect foresight: Sahel runs that differ only in when MINUSMA leaves (its drawdown, announced in June 2023,
 * step 113) write the same time series and the same 3W cube, byte for byte, up to the announcement.
 */
class AnnouncedExitRunTest {

    private static final Path SAHEL = Path.of("scenarios/sahel.yaml");
    private static final int ANNOUNCED = 113;
    /** MINUSMA's drawdown in the scenario's shocks. */
    private static final String DRAWDOWN = "shocks[11]";
    /** Hosts never withdraw consent, so that the drawdown alone decides when MINUSMA leaves. */
    private static final String NO_WITHDRAWAL = "parameters.host.consent_threshold=0";

    @TempDir
    Path tmp;

    /** The output files' lines of steps before the announcement, and the lines after it. */
    private List<List<String>> run(String folder, String... overrides) throws Exception {
        Path out = tmp.resolve(folder);
        List<String> all = new java.util.ArrayList<>(List.of(overrides));
        all.add(NO_WITHDRAWAL);
        SingleRun.execute(ScenarioLoader.load(SAHEL, all),
                new SingleRun.Options(42, ANNOUNCED + 4, out, true, Path.of(".")), Progress.NONE);
        List<String> series = Files.readAllLines(out.resolve("timeseries.csv"));
        List<String> cube = Files.readAllLines(out.resolve("who-does-what-where.csv"));
        return List.of(before(series), before(cube), after(series));
    }

    private static List<String> before(List<String> lines) {
        return lines.stream().filter(l -> !Character.isDigit(l.charAt(0)) || step(l) < ANNOUNCED).toList();
    }

    private static List<String> after(List<String> lines) {
        return lines.stream().filter(l -> Character.isDigit(l.charAt(0)) && step(l) >= ANNOUNCED).toList();
    }

    private static int step(String line) {
        return Integer.parseInt(line.substring(0, line.indexOf(',')));
    }

    @Test
    void runsThatDifferOnlyInMinusmasEndAreIdenticalUntilItIsAnnounced() throws Exception {
        assertThat(ScenarioLoader.load(SAHEL).scenario().model().shocks().get(11))
                .isInstanceOfSatisfying(ShockSpec.Drawdown.class, d -> assertThat(d.actor()).isEqualTo("minusma"));
        List<List<String>> closes = run("closes");
        List<List<String>> stays = run("stays", DRAWDOWN + ".step=500", DRAWDOWN + ".until=501");
        List<List<String>> later = run("later", DRAWDOWN + ".until=126");
        assertThat(closes.get(0)).hasSize(ANNOUNCED + 1).isEqualTo(stays.get(0)).isEqualTo(later.get(0));
        assertThat(closes.get(1)).isNotEmpty().isEqualTo(stays.get(1)).isEqualTo(later.get(1));
        assertThat(closes.get(2)).as("from the announcement on, what is known differs").isNotEqualTo(stays.get(2));
    }
}
