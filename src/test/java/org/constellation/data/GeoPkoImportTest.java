package org.constellation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.ScheduleEntry;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import geo-pko works for every mission of the shipped file, and refuses what it cannot do, clearly. */
class GeoPkoImportTest {

    static final Path DEPLOYMENTS = Path.of("data/geo-pko/deployments-v2.3.csv");
    private static GeoPkoTable table;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() throws Exception {
        table = GeoPkoTable.read(DEPLOYMENTS, new Problems());
    }

    /** A base scenario for a mission: per country of its locations, up to three districts at some of them. */
    private Path baseFor(String mission, boolean withStart, boolean withActor) throws Exception {
        Map<String, List<GeoPkoTable.Location>> byCountry = new TreeMap<>();
        Map<Integer, Map<String, GeoPkoTable.Location>> years = table.years(mission);
        years.values().forEach(places -> places.values().forEach(l -> {
            List<GeoPkoTable.Location> list = byCountry.computeIfAbsent(l.country(), c -> new ArrayList<>());
            if (list.size() < 3 && list.stream().noneMatch(x -> x.location().equals(l.location()))) {
                list.add(l);
            }
        }));
        StringBuilder y = new StringBuilder("name: base\n");
        if (withStart) {
            y.append("start_date: \"").append(years.keySet().iterator().next()).append("-01\"\n");
        }
        y.append("region:\n  countries:\n");
        List<String> countries = new ArrayList<>(byCountry.keySet());
        for (int c = 0; c < countries.size(); c++) {
            y.append("    - {id: c").append(c).append(", name: \"").append(countries.get(c)).append("\"}\n");
        }
        y.append("  districts:\n");
        for (int c = 0; c < countries.size(); c++) {
            List<GeoPkoTable.Location> ls = byCountry.get(countries.get(c));
            for (int k = 0; k < ls.size(); k++) {
                y.append(String.format(Locale.ROOT, "    - {id: c%d-d%d, country: c%d, position: [%s, %s]}%n", c, k, c,
                        ls.get(k).lon(), ls.get(k).lat()));
            }
        }
        if (withActor) {
            y.append("actors:\n  - {id: ").append(Ids.slug(mission)).append(", name: \"").append(mission)
                    .append("\", organisation: un-peacekeeping, presence: [c0-d0], capacity: 1}\n");
        }
        Path file = tmp.resolve(Ids.slug(mission) + ".yaml");
        Files.writeString(file, y.toString());
        return file;
    }

    private GeoPkoImport.Result run(String mission, Path base, Integer from, Integer to) throws DataException {
        return GeoPkoImport.run(new GeoPkoImport.Options(DEPLOYMENTS, mission, base, from, to, base, "(test)"));
    }

    @Test
    void everyMissionOfTheFileGivesAScheduleWithItsTroopsOnTheEffortScale() throws Exception {
        assertThat(table.missions()).hasSize(52).contains("MINUSMA", "UNMIL", "UNAVEM II");
        for (String mission : table.missions()) {
            Path base = baseFor(mission, true, true);
            Files.writeString(base, run(mission, base, null, null).yaml());
            ActorSpec actor = ScenarioLoader.load(base).scenario().model().actors().get(0);
            Map<Integer, Map<String, GeoPkoTable.Location>> years = table.years(mission);
            assertThat(actor.schedule()).as(mission).hasSize(years.size());
            int first = years.keySet().iterator().next();
            double troops = years.get(first).values().stream().mapToDouble(GeoPkoTable.Location::troops)
                    .filter(t -> !Double.isNaN(t)).sum();
            ScheduleEntry entry = actor.schedule().get(0);
            assertThat(entry.step()).isZero();
            assertThat(entry.capacity()).as(mission).isCloseTo(troops * 40 / 15_000, within(0.0006));
        }
    }

    @Test
    void minusmaIn2016IsThePublishedExample() throws Exception {
        Map<String, GeoPkoTable.Location> y2016 = table.years("MINUSMA").get(2016);
        assertThat(y2016).hasSize(15);
        assertThat(y2016.get("Gao").troops()).isEqualTo(3835);
        assertThat(y2016.get("Kidal").troops()).isEqualTo(3192);
        assertThat(y2016.get("Bamako").troops()).isEqualTo(1180);
    }

    @Test
    void importingAgainOverItsOwnOutputChangesNothing() throws Exception {
        Path base = baseFor("UNMIL", true, true);
        Files.writeString(base, run("UNMIL", base, 2010, 2015).yaml());
        String once = Files.readString(base);
        assertThat(run("unmil", base, 2010, 2015).yaml()).isEqualTo(once);
        assertThat(once).contains("# >>> import geo-pko UNMIL").contains("sha256 "
                + ScenarioLoader.sha256(DEPLOYMENTS)).contains("base: this file");
    }

    @Test
    void itRecognisesWhatItWroteFromAnotherBaseButNotAScenarioItEditedInPlace() throws Exception {
        Path base = baseFor("UNMIL", true, true);
        String inPlace = run("UNMIL", base, 2010, 2015).yaml();
        Path elsewhere = tmp.resolve("elsewhere.yaml");
        String fromBase = GeoPkoImport.run(new GeoPkoImport.Options(DEPLOYMENTS, "UNMIL", base, 2010, 2015, elsewhere,
                "(test)")).yaml();
        assertThat(GeoPkoImport.wrote(Files.readString(base))).isFalse();
        assertThat(GeoPkoImport.wrote(inPlace)).isFalse();
        assertThat(GeoPkoImport.wrote(fromBase)).isTrue();
        assertThat(GeoPkoImport.wrote(inPlace + fromBase)).as("a block edited in place and one from another base")
                .isTrue();
    }

    @Test
    void anUnknownMissionYearsOutsideItsDataAndAnIncompleteBaseAreClearErrors() throws Exception {
        Path base = baseFor("UNMIL", true, true);
        assertThat(error(() -> run("UNMIX", base, null, null))).contains("--mission UNMIX: not in")
                .contains("MINUSMA");
        assertThat(error(() -> run("UNMIL", base, 2001, 2005))).contains("UNMIL has data for 2003-2018");
        assertThat(error(() -> run("UNMIL", base, 2012, 2019))).contains("outside it");
        assertThat(error(() -> run("UNMIL", baseFor("UNMIL", false, true), null, null))).contains("has no start_date");
        assertThat(error(() -> run("UNMIL", baseFor("UNMIL", true, false), null, null)))
                .contains("has no actor for UNMIL");
    }

    @Test
    void farLocationsAndLocationsOutsideTheScenarioAreListed() throws Exception {
        String yaml = """
                name: far
                start_date: "2014-01"
                region:
                  countries: [{id: mali, name: Mali}]
                  districts:
                    - {id: bamako, country: mali, position: [-8.0, 12.65]}
                actors:
                  - {id: minusma, organisation: un-peacekeeping, presence: [bamako], capacity: 1}
                """;
        Path base = tmp.resolve("far.yaml");
        Files.writeString(base, yaml);
        GeoPkoImport.Result r = run("MINUSMA", base, 2016, 2016);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("farther than 100 km").contains("Gao -> bamako"));
        assertThat(r.yaml()).contains("presence: [bamako], capacity: 42.923}");
    }

    @Test
    void greatCircleDistancesAreRight() {
        assertThat(GeoPkoImport.km(12.65, -8.0, 16.27167, -0.04472)).isCloseTo(951, within(10.0));
        assertThat(GeoPkoImport.km(0, 0, 0, 180)).isCloseTo(20015, within(5.0));
    }

    private static String error(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        DataException e = catchThrowableOfType(call, DataException.class);
        assertThat(e).as("expected a DataException").isNotNull();
        return String.join("\n", e.problems());
    }

}
