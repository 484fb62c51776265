package org.constellation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.constellation.data.ThreeWFixtures.PRESENCE;
import static org.constellation.data.ThreeWFixtures.REGIONS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import 3w on broken copies of the shipped data: errors name file, line, column and field, all at once. */
class ThreeWImportErrorsTest {

    @TempDir
    Path tmp;

    private List<String> problems(Path presence, Path regions, ThreeWMapping mapping) {
        DataException e = catchThrowableOfType(() -> ThreeWImport.run(ThreeWFixtures.options(presence, regions,
                ThreeWImport.Activities.PROFILE, mapping)), DataException.class);
        assertThat(e).as("expected a DataException").isNotNull();
        return e.problems();
    }

    private Path broken(String name, java.util.function.UnaryOperator<List<String>> change) throws Exception {
        return ThreeWFixtures.copy(PRESENCE, tmp.resolve(name), change);
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Path p = broken("p.csv", l -> l.stream().map(x -> x.substring(0, x.lastIndexOf(','))).toList());
        assertThat(problems(p, REGIONS, ThreeWMapping.builtIn())).singleElement().asString()
                .contains("p.csv:1: missing column [activity]");
    }

    @Test
    void aRegionAbsentFromRegionsAnEmptyOrganisationAndAnUnknownTypeAreLocated() throws Exception {
        Path p = broken("p.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.set(1, "Liberia,Atlantis,,Samaritan's Purse,International Organization,Food distribution");
            out.set(2, "Liberia,Gbarpolu,LBR03,,International Organization,Social Mobilisation");
            out.set(3, "Liberia,Gbarpolu,LBR03,Samaritan's Purse,Pirate Crew,Funding");
            out.set(4, "Liberia,Gbarpolu,LBR03,Samaritan's Purse,International NGO,Juggling");
            return out;
        });
        List<String> problems = problems(p, REGIONS, ThreeWMapping.builtIn());
        assertThat(problems).anySatisfy(s -> assertThat(s).contains("/p.csv:2: column 2 (region): region 'Atlantis'")
                .contains("Montserrado"));
        assertThat(problems).anySatisfy(s -> assertThat(s).contains("/p.csv:3: column 4 (organisation): empty"));
        assertThat(problems).anySatisfy(s -> assertThat(s).contains("/p.csv:4: column 5 (org_type): unknown "
                + "organisation type 'Pirate Crew'").contains("--types"));
        assertThat(problems).anySatisfy(s -> assertThat(s).contains("/p.csv:5: column 6 (activity): unknown 3W "
                + "activity 'Juggling'"));
    }

    @Test
    void aBrokenRowIsLocatedAndTheRestStillChecked() throws Exception {
        Path p = broken("p.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.set(9, "Liberia,Gbarpolu,LBR03,\"Samaritan's Purse,International NGO,Funding");
            out.set(20, out.get(20) + ",extra");
            return out;
        });
        List<String> problems = problems(p, REGIONS, ThreeWMapping.builtIn());
        assertThat(problems).anySatisfy(s -> assertThat(s).contains("p.csv").contains("cannot be read as CSV")
                .containsAnyOf("EOF", "encapsulated"));
        Path q = broken("q.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.set(20, out.get(20) + ",extra");
            return out;
        });
        assertThat(problems(q, REGIONS, ThreeWMapping.builtIn())).singleElement().asString()
                .contains("/q.csv:21: the row has 7 fields, the header has 6");
    }

    @Test
    void aTypesFileMapsAnUnknownTypeAndItsErrorsAreLocated() throws Exception {
        Path p = broken("p.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.set(3, "Liberia,Gbarpolu,LBR03,Pirates of Gbarpolu,Pirate Crew,Funding");
            return out;
        });
        Path types = tmp.resolve("types.yaml");
        Files.writeString(types, "types:\n  Pirate Crew: private-sector\n");
        ThreeWImport.Result r = ThreeWImport.run(ThreeWFixtures.options(p, REGIONS, ThreeWImport.Activities.PROFILE,
                ThreeWMapping.load(types), "Liberia"));
        assertThat(r.yaml()).contains("{id: pirates-of-gbarpolu, name: \"Pirates of Gbarpolu\", organisation: "
                + "private-sector, presence: [gbarpolu], capacity: 0.5}");
        Files.writeString(types, "types:\n  Pirate Crew: pirates\nactivities:\n  Juggling: [circus/juggling]\n"
                + "colours: {}\n");
        DataException e = catchThrowableOfType(() -> ThreeWMapping.load(types), DataException.class);
        assertThat(e.problems()).anySatisfy(s -> assertThat(s).contains("types.yaml:5").contains("colours"));
        Files.writeString(types, "types:\n  Pirate Crew: pirates\nactivities:\n  Juggling: [circus/juggling]\n");
        e = catchThrowableOfType(() -> ThreeWMapping.load(types), DataException.class);
        assertThat(e.problems()).anySatisfy(s -> assertThat(s).contains("types.yaml:2").contains("unknown profile "
                + "'pirates'"));
        assertThat(e.problems()).anySatisfy(s -> assertThat(s).contains("types.yaml:4").contains("circus/juggling"));
    }

    @Test
    void aRegionsTableWithAnUnknownNeighbourOrABadCentroidIsLocated() throws Exception {
        Path regions = ThreeWFixtures.copy(REGIONS, tmp.resolve("r.csv"), l -> {
            List<String> out = new ArrayList<>(l);
            out.set(36, out.get(36).replace("Gbarpolu;", "Narnia;"));
            out.set(37, out.get(37).replace("-10.3087", "east"));
            return out;
        });
        List<String> problems = problems(PRESENCE, regions, ThreeWMapping.builtIn());
        assertThat(problems).anySatisfy(s -> assertThat(s).contains("/r.csv:37: column 7 (neighbours): unknown or "
                + "ambiguous neighbour 'Narnia'"));
        assertThat(problems).anySatisfy(s -> assertThat(s).contains("/r.csv:38: column 5 (lon): expected a number"));
    }

    @Test
    void namesWithSpacesAndAccentsBecomeValidIdsDeterministically() {
        assertThat(Ids.slug("Médecins du Monde")).isEqualTo("medecins-du-monde");
        assertThat(Ids.slug("Action\u00A0Against Hunger")).isEqualTo("action-against-hunger");
        assertThat(Ids.slug("Samaritan's Purse")).isEqualTo("samaritan-s-purse");
        assertThat(Ids.slug("Croix-Rouge Guinée")).isEqualTo("croix-rouge-guinee");
        assertThat(Ids.slug("世界卫生组织")).matches("id-[0-9a-f]{8}").isEqualTo(Ids.slug("世界卫生组织"));
        Ids ids = new Ids();
        ids.reserve("liberia");
        assertThat(List.of(ids.claim("liberia"), ids.claim("plan"), ids.claim("plan"))).containsExactly("liberia-2",
                "plan", "plan-2");
    }
}
