package org.constellation.charts;

import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;

/** Keeps category-axis labels readable without truncating them. */
final class CategoryLabels {

    /** Characters of category labels that fit side by side under a typical figure. */
    private static final int LABEL_CHARACTER_BUDGET = 72;

    private CategoryLabels() {
    }

    /**
     * Lets category labels wrap onto two lines and, when even wrapped they would crowd a typical
     * figure width, draws them at 45 degrees instead of truncating them.
     */
    static void fit(CategoryAxis axis, List<?> categories) {
        int widest = 0;
        for (Object category : categories) {
            String label = category.toString();
            int longestWord = 0;
            for (String word : label.split("\\s+")) {
                longestWord = Math.max(longestWord, word.length());
            }
            widest = Math.max(widest, Math.max(longestWord, (label.length() + 1) / 2));
        }
        axis.setMaximumCategoryLabelLines(2);
        if (widest * categories.size() > LABEL_CHARACTER_BUDGET || categories.size() > 12) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }
}
