package org.constellation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The share of indirect 3W rows by organisation type: by hand on a small table, and on the shipped 3W. */
class IndirectSharesTest {

    private static final String HEADER = "country,region,pcode,organisation,org_type,activity\n";

    @TempDir
    Path dir;

    @Test
    void countsIndirectActivityRowsOncePerOrganisationRegionAndActivityLeavingNonActivitiesOut() throws Exception {
        Path table = dir.resolve("t.csv");
        Files.writeString(table, HEADER
                + "Liberia,Bong,LBR02,WFP,UN Agency,Logistics\n"
                + "Liberia,Bong,LBR02,WFP,UN Agency,Logistics\n"
                + "Liberia,Bong,LBR02,WFP,UN Agency,Food distribution\n"
                + "Liberia,Lofa,LBR08,WFP,UN Agency,Surveillance + Contact Tracing\n"
                + "Liberia,Lofa,LBR08,WFP,UN Agency,Coordination\n"
                + "Liberia,Lofa,LBR08,Plan,International NGO,Social Mobilisation\n"
                + "Sierra Leone,Bo,SLE003001,UNICEF,UN Agency,Social Mobilisation\n");
        IndirectShares s = IndirectShares.observed(table, ThreeWMapping.builtIn(), Set.of("Liberia"));
        assertThat(s.byType().get("UN Agency")).containsExactly(2, 3);
        assertThat(s.share("UN Agency")).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.share("International NGO")).isZero();
        assertThat(s.share("Donors")).isNaN();
        IndirectShares both = IndirectShares.observed(table, ThreeWMapping.builtIn(), Set.of("Liberia", "Sierra Leone"));
        assertThat(both.share("UN Agency")).as("a direct row of another country, added").isCloseTo(0.5, within(1e-12));
    }

    @Test
    void inTheShippedLiberia3wUnAgenciesHaveAboutFortyPercentOfTheirActivityRowsInIndirectWork() throws Exception {
        Path table = Path.of("data/ebola-3w-2014/presence.csv");
        ThreeWMapping mapping = ThreeWMapping.load(Path.of("data/ebola-3w-2014/liberia-mapping.yaml"));
        IndirectShares liberia = IndirectShares.observed(table, mapping, Set.of("Liberia"));
        // 37 of 90: Logistics 14 and Surveillance + Contact Tracing 23, among the UN agencies' rows that are activities
        assertThat(liberia.byType().get("UN Agency")).containsExactly(37, 90);
        assertThat(liberia.share("International NGO")).isLessThan(liberia.share("UN Agency"));
    }
}
