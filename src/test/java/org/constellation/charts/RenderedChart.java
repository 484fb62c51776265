package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A chart written by {@link ChartFiles}, read back as a decoded PNG and a parsed SVG. */
record RenderedChart(ChartFilePaths paths, byte[] pngBytes, BufferedImage png, String svgText,
        Document svg) {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;

    /** Writes the chart into {@code dir} at the default test size and reads both files back. */
    static RenderedChart render(JFreeChart chart, Path dir, String baseName) throws Exception {
        ChartFilePaths paths = ChartFiles.write(chart, dir, baseName, WIDTH, HEIGHT);
        byte[] pngBytes = Files.readAllBytes(paths.png());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(pngBytes));
        String svgText = Files.readString(paths.svg(), StandardCharsets.UTF_8);
        return new RenderedChart(paths, pngBytes, png, svgText, parseSvg(paths.svg()));
    }

    /** Parses an SVG file as namespace-aware XML without fetching its DTD. */
    static Document parseSvg(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Asserts the PNG has the test size and more than one colour, and the SVG has an svg root. */
    RenderedChart assertWellFormed() {
        assertThat(png).as("decoded PNG").isNotNull();
        assertThat(png.getWidth()).isEqualTo(WIDTH);
        assertThat(png.getHeight()).isEqualTo(HEIGHT);
        assertThat(distinctColours(png, 3)).as("distinct PNG colours").isGreaterThanOrEqualTo(3);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        return this;
    }

    /** Counts distinct RGB values in the image, stopping once {@code enough} are found. */
    static int distinctColours(BufferedImage image, int enough) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight() && seen.size() < enough; y++) {
            for (int x = 0; x < image.getWidth() && seen.size() < enough; x++) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /** Counts pixels of exactly the given RGB colour. */
    long countPixels(int rgb) {
        long count = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                if ((png.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Returns all text content of the SVG's text elements, concatenated with newlines. */
    String svgTexts() {
        StringBuilder texts = new StringBuilder();
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.append(nodes.item(i).getTextContent()).append('\n');
        }
        return texts.toString();
    }

    /** Writes the chart twice into fresh directories and returns both renderings. */
    static RenderedChart[] renderTwice(Supplier<JFreeChart> chart, Path dir)
            throws Exception {
        return new RenderedChart[] {
            render(chart.get(), dir.resolve("first"), "chart"),
            render(chart.get(), dir.resolve("second"), "chart")
        };
    }

    /** Asserts that two renderings have identical PNG bytes and SVG text. */
    static void assertIdentical(RenderedChart[] pair) {
        assertThat(pair[0].pngBytes()).isEqualTo(pair[1].pngBytes());
        assertThat(pair[0].svgText()).isEqualTo(pair[1].svgText());
    }
}
