package io.github.equalityframework.workforce;

/**
 * Small-number suppression with complementary suppression. Cells of a partition (for example the
 * number of employees in each ethnic group, which add up to a published total) built from fewer than
 * the minimum number of people are withheld; then, so that no withheld cell can be worked out by
 * subtracting the published cells from the total, further cells (the smallest first) are withheld until
 * the withheld cells are none, or at least two whose people, less one for each cell, number at least the
 * minimum less two (and at least one). A reader knows that a listed group has someone in it (at least 1)
 * and how many the withheld cells hold together, so each withheld cell could be anything from 1 to that sum
 * less one for each other cell: at least as many values as a group under the minimum could have (1 to
 * minimum - 1), and never fewer than two.
 */
final class Suppression {
    private Suppression() {}

    /**
     * Which cells to withhold.
     *
     * @param counts  the people in each cell; the cells add up to a total that is published
     * @param minimum the minimum group size; 1 or less withholds nothing
     * @return {@code true} for each withheld cell
     */
    static boolean[] withhold(long[] counts, int minimum) {
        return withhold(counts, minimum, new boolean[counts.length]);
    }

    /**
     * Which cells to withhold, when some are withheld already for another reason (for example because the
     * figure they would give away is withheld elsewhere): those, the small ones, and their complements.
     *
     * @param already cells to withhold whatever their size; empty ones among them do not count as protection
     */
    static boolean[] withhold(long[] counts, int minimum, boolean[] already) {
        boolean[] withheld = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            withheld[i] = counts[i] > 0 && (counts[i] < minimum || already[i]);
        }
        while (true) {
            int cells = 0;
            long people = 0;
            for (int i = 0; i < counts.length; i++) {
                if (withheld[i]) {
                    cells++;
                    people += counts[i];
                }
            }
            if (cells == 0 || (cells >= 2 && people - cells >= Math.max(1, minimum - 2))) {
                return withheld;
            }
            int smallest = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!withheld[i] && counts[i] > 0 && (smallest < 0 || counts[i] < counts[smallest])) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                return withheld;
            }
            withheld[smallest] = true;
        }
    }
}
