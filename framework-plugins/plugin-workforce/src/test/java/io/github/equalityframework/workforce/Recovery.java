package io.github.equalityframework.workforce;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What someone holding only the published figures of a grade table could work out. The table is a flow:
 * the grand total (published) into the row totals, each row's total into its cells, the cells into the
 * column totals. Another table agrees with every published figure exactly when it differs by a circulation
 * on the unpublished values that keeps each at or above what is known of it: a cell at least 0, a row or
 * column total at least 1 (a listed grade or group has someone in it). So an unpublished value is known
 * exactly when no cycle of the residual graph passes through it (an unpublished value can always grow; it
 * can shrink only above its lower bound).
 * This is an independent check of {@link TableSuppression}, which reasons about bridges instead.
 */
final class Recovery {
    private final int rows;
    private final int columns;
    /** Unknown edges: {from, to, value, lower bound}. */
    private final List<long[]> unknown = new ArrayList<>();

    /**
     * @param cells          the true counts
     * @param cellWithheld   which cells are not published
     * @param rowWithheld    which row totals are not published
     * @param columnWithheld which column totals are not published
     */
    Recovery(long[][] cells, boolean[][] cellWithheld, boolean[] rowWithheld, boolean[] columnWithheld) {
        rows = cells.length;
        columns = columnWithheld.length;
        for (int r = 0; r < rows; r++) {
            long total = 0;
            for (int c = 0; c < columns; c++) {
                total += cells[r][c];
                if (cellWithheld[r][c]) {
                    unknown.add(new long[] {row(r), column(c), cells[r][c], 0});
                }
            }
            if (rowWithheld[r]) {
                unknown.add(new long[] {source(), row(r), total, 1});
            }
        }
        for (int c = 0; c < columns; c++) {
            if (columnWithheld[c]) {
                long total = 0;
                for (long[] row : cells) {
                    total += row[c];
                }
                unknown.add(new long[] {column(c), sink(), total, 1});
            }
        }
    }

    private int source() {
        return 0;
    }

    private int row(int r) {
        return 1 + r;
    }

    private int column(int c) {
        return 1 + rows + c;
    }

    private int sink() {
        return 1 + rows + columns;
    }

    boolean cellKnown(int r, int c) {
        return known(row(r), column(c));
    }

    boolean rowTotalKnown(int r) {
        return known(source(), row(r));
    }

    boolean columnTotalKnown(int c) {
        return known(column(c), sink());
    }

    /** Whether the unknown edge from {@code a} to {@code b} can only have its true value. */
    private boolean known(int a, int b) {
        long[] edge =
                unknown.stream().filter(e -> e[0] == a && e[1] == b).findFirst().orElse(null);
        if (edge == null) {
            return true; // published
        }
        // Grow it: a residual path back from b to a; shrink it: a path from a to b.
        return !reachable(b, a, edge) && !(edge[2] > edge[3] && reachable(a, b, edge));
    }

    private boolean reachable(int from, int to, long[] skip) {
        int nodes = sink() + 1;
        boolean[][] arc = new boolean[nodes][nodes];
        for (long[] e : unknown) {
            if (e == skip) {
                continue;
            }
            arc[(int) e[0]][(int) e[1]] = true;
            if (e[2] > e[3]) {
                arc[(int) e[1]][(int) e[0]] = true;
            }
        }
        boolean[] seen = new boolean[nodes];
        Deque<Integer> queue = new ArrayDeque<>(List.of(from));
        seen[from] = true;
        while (!queue.isEmpty()) {
            int n = queue.poll();
            if (n == to) {
                return true;
            }
            for (int m = 0; m < nodes; m++) {
                if (arc[n][m] && !seen[m]) {
                    seen[m] = true;
                    queue.add(m);
                }
            }
        }
        return false;
    }
}
