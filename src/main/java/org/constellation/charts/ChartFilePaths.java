package org.constellation.charts;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The two files written for one chart by {@link ChartFiles#write}.
 *
 * @param png the PNG raster image
 * @param svg the SVG vector image
 */
public record ChartFilePaths(Path png, Path svg) {

    /** Requires both paths to be non-null. */
    public ChartFilePaths {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(svg, "svg");
    }
}
