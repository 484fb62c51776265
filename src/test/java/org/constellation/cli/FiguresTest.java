package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Report numbers: plain decimals, three significant figures alone, intervals to the precision they resolve. */
class FiguresTest {

    @Test
    void aValueAloneHasThreeSignificantFiguresInPlainNotation() {
        assertThat(Figures.of(0.123456)).isEqualTo("0.123");
        assertThat(Figures.of(0.000123456)).isEqualTo("0.000123");
        assertThat(Figures.of(12.3456)).isEqualTo("12.3");
        assertThat(Figures.of(4567.8)).isEqualTo("4568");
        assertThat(Figures.of(-0.05)).isEqualTo("-0.0500");
        assertThat(Figures.of(0)).isEqualTo("0");
        assertThat(Figures.of(1.2e-9)).isEqualTo("0.000000");
        assertThat(Figures.of(Double.NaN)).isEqualTo("&ndash;");
    }

    @Test
    void aShortValueHasAtMostThreeSignificantFiguresAndNoTrailingZeros() {
        assertThat(Figures.short3(1.4990376986709848)).isEqualTo("1.5");
        assertThat(Figures.short3(0.0072913756427019204)).isEqualTo("0.00729");
        assertThat(Figures.short3(8)).isEqualTo("8");
        assertThat(Figures.short3(0)).isEqualTo("0");
        assertThat(Figures.short3(1234.5)).isEqualTo("1230");
    }

    @Test
    void anIntervalGivesTheEstimateAndBothBoundsTheDecimalsItsWidthResolves() {
        assertThat(Figures.interval(0.45678, 0.44412, 0.46944)).isEqualTo("0.457 [0.444, 0.469]");
        assertThat(Figures.interval(0.45678, 0.25, 0.66)).isEqualTo("0.46 [0.25, 0.66]");
        assertThat(Figures.interval(1234.5, 1100, 1370)).isEqualTo("1234 [1100, 1370]");
        assertThat(Figures.interval(0.0003, -0.0065, 0.0071)).isEqualTo("0.0003 [-0.0065, 0.0071]");
        assertThat(Figures.interval(0, 0, 0)).isEqualTo("0 [0, 0]");
        assertThat(Figures.interval(0.5, Double.NaN, Double.NaN)).isEqualTo("0.500");
    }

    @Test
    void designValuesKeepSixSignificantFiguresAndTextStaysText() {
        assertThat(Figures.level("28.333333333333332")).isEqualTo("28.3333");
        assertThat(Figures.level("0.35")).isEqualTo("0.35");
        assertThat(Figures.level("12")).isEqualTo("12");
        assertThat(Figures.level("1.0E-4")).isEqualTo("0.0001");
        assertThat(Figures.level("1200000")).isEqualTo("1200000");
        assertThat(Figures.level("transition-planning")).isEqualTo("transition-planning");
        assertThat(Figures.pValue(2e-9)).isEqualTo("&lt; 0.000001");
    }
}
