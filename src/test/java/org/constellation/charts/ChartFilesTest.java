package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {

    @TempDir
    Path tmp;

    private static JFreeChart simpleChart() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("Trust", new double[] {0.1, 0.4, 0.3, 0.8});
        return TimeSeriesChart.create("Simple", "Step", "Trust", new double[] {0, 1, 2, 3}, series);
    }

    private List<String> namesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesPngAndSvgNamedAfterBaseNameIntoMissingDirectory() throws Exception {
        Path dir = tmp.resolve("results/run-1/plots");

        RenderedChart rendered = RenderedChart.render(simpleChart(), dir, "trust").assertWellFormed();

        assertThat(rendered.paths().png()).isEqualTo(dir.resolve("trust.png"));
        assertThat(rendered.paths().svg()).isEqualTo(dir.resolve("trust.svg"));
        assertThat(namesIn(dir)).containsExactly("trust.png", "trust.svg");
        assertThat(rendered.svg().getDocumentElement().getAttribute("viewBox"))
                .isEqualTo("0 0 640 400");
    }

    @Test
    void pngScaleMultipliesPixelSizeWhileSvgKeepsLayoutSize() throws Exception {
        ChartFilePaths paths = ChartFiles.write(simpleChart(), tmp, "hi-res", 300, 200, 2.5);

        BufferedImage png = ImageIO.read(paths.png().toFile());
        assertThat(png.getWidth()).isEqualTo(750);
        assertThat(png.getHeight()).isEqualTo(500);
        assertThat(RenderedChart.parseSvg(paths.svg()).getDocumentElement().getAttribute("width"))
                .isEqualTo("300");
    }

    @Test
    void replacesExistingFilesAndLeavesNoTemporaryFiles() throws Exception {
        Files.writeString(tmp.resolve("chart.png"), "stale");
        Files.writeString(tmp.resolve("chart.svg"), "stale");

        RenderedChart.render(simpleChart(), tmp, "chart").assertWellFormed();

        assertThat(namesIn(tmp)).containsExactly("chart.png", "chart.svg");
    }

    @Test
    void unwritableDirectoryThrowsIOExceptionNamingThePath() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("plain-file"), "x");
        Path dir = notADirectory.resolve("charts");

        assertThatThrownBy(() -> ChartFiles.write(simpleChart(), dir, "c", 200, 100))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(dir.toString());
        assertThat(namesIn(tmp)).containsExactly("plain-file");
    }

    @Test
    void failedMoveThrowsNamingTargetAndLeavesNoPartialOrTemporaryFile() throws Exception {
        Path blocker = Files.createDirectories(tmp.resolve("chart.png"));
        Files.writeString(blocker.resolve("keep.txt"), "occupied");

        assertThatThrownBy(() -> ChartFiles.write(simpleChart(), tmp, "chart", 200, 100))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(blocker.toString());
        assertThat(namesIn(tmp)).containsExactly("chart.png");
        assertThat(namesIn(blocker)).containsExactly("keep.txt");
    }

    @Test
    void chartThatFailsToDrawLeavesNoFileBehind() throws Exception {
        JFreeChart broken = new JFreeChart(new XYPlot()) {
            @Override
            public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, ChartRenderingInfo info) {
                throw new IllegalStateException("renderer bug");
            }
        };

        assertThatThrownBy(() -> ChartFiles.write(broken, tmp, "broken", 200, 100))
                .hasMessageContaining("renderer bug");
        assertThat(namesIn(tmp)).isEmpty();
    }

    @Test
    void rejectsBaseNamesThatAreNotPlainFileNames() {
        for (String bad : new String[] {"../escape", "a/b", "a\\b", "..", " ", ""}) {
            assertThatThrownBy(() -> ChartFiles.write(simpleChart(), tmp, bad, 200, 100))
                    .as("base name '%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("baseName");
        }
    }

    @Test
    void rejectsNonPositiveSizeOutOfRangeScaleAndHugeImages() {
        assertThatThrownBy(() -> ChartFiles.write(simpleChart(), tmp, "c", 20_000, 20_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds");
        assertThatThrownBy(() -> ChartFiles.write(simpleChart(), tmp, "c", 0, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 x 100");
        assertThatThrownBy(() -> ChartFiles.write(simpleChart(), tmp, "c", 100, 100, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pngScale");
        assertThatThrownBy(() -> ChartFiles.write(simpleChart(), tmp, "c", 100, 100, 11))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pngScale");
    }
}
