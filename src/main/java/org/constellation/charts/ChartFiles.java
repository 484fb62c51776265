package org.constellation.charts;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * Writes a chart as a PNG and an SVG file. Each file is first written to a temporary file in the
 * target directory and then atomically moved into place, so an interrupted or failed write never
 * leaves a truncated chart behind; existing files of the same name are replaced.
 */
public final class ChartFiles {

    /** Largest accepted PNG scale factor. */
    public static final double MAX_SCALE = 10.0;
    /** Largest accepted PNG size in pixels (an A4 page at 600 dpi has about 35 million). */
    public static final long MAX_PIXELS = 50_000_000L;

    private ChartFiles() {
    }

    /**
     * Writes {@code baseName.png} and {@code baseName.svg} into {@code dir}, creating it if missing.
     * Width and height are the layout size in pixels, which is also the SVG's user-unit size.
     *
     * @param chart the chart to draw
     * @param dir the output directory
     * @param baseName the file name without extension (no path separators)
     * @param width the layout width in pixels (also the PNG width)
     * @param height the layout height in pixels (also the PNG height)
     * @return the paths of the two files
     * @throws IOException if a file cannot be written; the message names the path
     */
    public static ChartFilePaths write(JFreeChart chart, Path dir, String baseName, int width,
            int height) throws IOException {
        return write(chart, dir, baseName, width, height, 1.0);
    }

    /**
     * Like {@link #write(JFreeChart, Path, String, int, int)} but renders the PNG at
     * {@code pngScale} times the layout size (e.g. 4 for a 300 dpi print of a 72 dpi layout),
     * keeping fonts and lines proportional. The SVG always uses the layout size.
     *
     * @param pngScale the PNG scale factor, in (0, {@link #MAX_SCALE}]
     * @return the paths of the two files
     * @throws IOException if a file cannot be written; the message names the path
     */
    public static ChartFilePaths write(JFreeChart chart, Path dir, String baseName, int width,
            int height, double pngScale) throws IOException {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(dir, "dir");
        Checks.fileName(baseName, "baseName");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "width and height must be positive but were " + width + " x " + height);
        }
        if (!(pngScale > 0 && pngScale <= MAX_SCALE)) {
            throw new IllegalArgumentException(
                    "pngScale must be in (0, " + MAX_SCALE + "] but was " + pngScale);
        }
        if (Math.round(width * pngScale) * Math.round(height * pngScale) > MAX_PIXELS) {
            throw new IllegalArgumentException("PNG of " + width + " x " + height + " at scale "
                    + pngScale + " exceeds " + MAX_PIXELS + " pixels");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create chart directory " + dir + ": " + e, e);
        }
        Path png = dir.resolve(baseName + ".png");
        Path svg = dir.resolve(baseName + ".svg");
        Path pngTemp = AtomicFiles.writeTemp(png,
                out -> ChartEncoders.writePng(chart, width, height, pngScale, out));
        Path svgTemp = null;
        try {
            svgTemp = AtomicFiles.writeTemp(svg, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ChartEncoders.writeSvg(chart, width, height, writer);
                writer.flush();
            });
            AtomicFiles.moveIntoPlace(pngTemp, png);
            pngTemp = null;
            AtomicFiles.moveIntoPlace(svgTemp, svg);
            svgTemp = null;
        } finally {
            AtomicFiles.deleteQuietly(pngTemp);
            AtomicFiles.deleteQuietly(svgTemp);
        }
        return new ChartFilePaths(png, svg);
    }
}
