package org.constellation.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.constellation.model.spec.CountrySpec;
import org.constellation.model.spec.DistrictSpec;

/**
 * Places Geo-PKO locations in a scenario's districts (the nearest in the same country, by great-circle
 * distance), writes each year's schedule change, and lists far locations, locations outside the
 * scenario's countries and locations without a troop figure.
 */
final class GeoPkoPlacement {

    private final List<CountrySpec> countries;
    private final List<DistrictSpec> districts;
    private final Set<String> far = new LinkedHashSet<>();
    private final Set<String> outside = new LinkedHashSet<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private final Set<String> seen = new LinkedHashSet<>();

    GeoPkoPlacement(List<CountrySpec> countries, List<DistrictSpec> districts) {
        this.countries = countries;
        this.districts = districts;
    }

    String entry(int year, Iterable<GeoPkoTable.Location> places) throws DataException {
        Set<String> present = new LinkedHashSet<>();
        double troops = 0;
        int counted = 0;
        for (GeoPkoTable.Location l : places) {
            DistrictSpec d = nearest(l);
            if (d == null) {
                continue;
            }
            seen.add(l.location());
            present.add(d.id());
            counted++;
            if (Double.isNaN(l.troops())) {
                unknown.add(l.location() + " (" + year + ")");
            } else {
                troops += l.troops();
            }
        }
        if (present.isEmpty()) {
            throw new DataException("no location of " + year + " is in a country of the scenario "
                    + countries.stream().map(CountrySpec::name).toList() + "; outside: " + outside);
        }
        List<String> ordered = districts.stream().map(DistrictSpec::id).filter(present::contains).toList();
        return "    - {date: " + year + "-01, presence: " + YamlText.ids(ordered) + ", capacity: "
                + YamlText.number(troops * GeoPkoImport.EFFORT_PER_TROOP) + "}   # " + year + ": "
                + String.format(Locale.ROOT, "%,.0f", troops) + " troops at " + counted + " locations";
    }

    private DistrictSpec nearest(GeoPkoTable.Location l) throws DataException {
        CountrySpec country = countries.stream().filter(c -> c.name().equalsIgnoreCase(l.country())
                || c.id().equals(Ids.slug(l.country()))).findFirst().orElse(null);
        if (country == null) {
            outside.add(l.location() + " (" + l.country() + ")");
            return null;
        }
        DistrictSpec best = null;
        double bestKm = Double.MAX_VALUE;
        for (DistrictSpec d : districts) {
            if (!d.country().equals(country.id())) {
                continue;
            }
            double[] p = d.position();
            if (p.length < 2 || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
                throw new DataException("district '" + d.id() + "' has no position as [longitude, latitude]; "
                        + "Geo-PKO locations are placed by distance");
            }
            double km = GeoPkoImport.km(l.lat(), l.lon(), p[1], p[0]);
            if (km < bestKm) {
                bestKm = km;
                best = d;
            }
        }
        if (best != null && bestKm > GeoPkoImport.FAR_KM) {
            far.add(l.location() + " -> " + best.id() + " " + Math.round(bestKm) + " km");
        }
        return best;
    }

    int locations() {
        return seen.size();
    }

    void report(String mission, Problems problems) {
        if (!far.isEmpty()) {
            problems.warn("locations farther than " + Math.round(GeoPkoImport.FAR_KM) + " km from their district's centre: "
                    + String.join("; ", far));
        }
        if (!outside.isEmpty()) {
            problems.warn(mission + " locations in countries the scenario does not hold, left out: "
                    + String.join("; ", outside));
        }
        if (!unknown.isEmpty()) {
            problems.warn("locations without a troop figure (NA), present with 0 troops: "
                    + String.join("; ", unknown));
        }
    }
}
