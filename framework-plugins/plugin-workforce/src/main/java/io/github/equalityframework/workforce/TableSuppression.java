package io.github.equalityframework.workforce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Suppression in a two-way table whose row and column totals are published (unless withheld by
 * {@link Suppression} as partitions of the workforce): employees by grade and group.
 *
 * <p>A published total is a sum of cells, so withholding the small cells alone is not enough. The table,
 * its totals and the grand total form a flow: the grand total into the rows, each row's total into its
 * cells, the cells into the column totals. The withheld values are edges of a graph (rows, columns, and
 * one node each for the withheld row and column totals). Another table agrees with everything published
 * exactly when it differs by a circulation on the withheld values that keeps each of them at or above
 * what anyone knows of it: a withheld cell is at least 0, a withheld row or column total at least 1 (a
 * listed grade or group has someone in it). So a withheld value has another possible value exactly when a
 * cycle of the residual graph passes through it: every withheld value can grow by one, and shrink by one
 * only above its lower bound. After the small cells, further cells are withheld (the path of fewest people
 * that closes such a cycle) until every small value, and every withheld column total, can move: a column
 * total is withheld only because it, or another total of its partition, is small, and knowing it would
 * undo that. When no such path exists the whole table is withheld.
 */
final class TableSuppression {
    /**
     * @param cells {@code true} for each withheld cell
     * @param whole whether the whole table is withheld, zeros included
     */
    record Result(boolean[][] cells, boolean whole) {}

    private final long[][] cells;
    private final long[] rowTotals;
    private final boolean[] rowWithheld;
    private final long[] columnTotals;
    private final boolean[] columnWithheld;
    private final int minimum;
    private final int rows;
    private final int columns;

    private TableSuppression(long[][] cells, boolean[] rowWithheld, boolean[] columnWithheld, int minimum) {
        this.cells = cells;
        this.rowWithheld = rowWithheld;
        this.columnWithheld = columnWithheld;
        this.minimum = minimum;
        this.rows = cells.length;
        this.columns = columnWithheld.length;
        this.rowTotals = new long[rows];
        this.columnTotals = new long[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                rowTotals[r] += cells[r][c];
                columnTotals[c] += cells[r][c];
            }
        }
    }

    /**
     * Which cells to withhold.
     *
     * @param cells          people per row (grade) and column (group); every row the same length
     * @param rowWithheld    which row totals are withheld
     * @param columnWithheld which column totals are withheld
     * @param minimum        the minimum group size
     */
    static Result withhold(long[][] cells, boolean[] rowWithheld, boolean[] columnWithheld, int minimum) {
        return new TableSuppression(cells, rowWithheld, columnWithheld, minimum).run();
    }

    private Result run() {
        boolean[][] withheld = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                withheld[r][c] = small(cells[r][c]);
            }
        }
        while (true) {
            Edge fixed = sensitiveFixed(withheld);
            if (fixed == null) {
                return new Result(withheld, false);
            }
            List<int[]> path = cheapestPath(withheld, edges(withheld), fixed, true);
            if (path == null) {
                for (boolean[] row : withheld) {
                    Arrays.fill(row, true);
                }
                return new Result(withheld, true);
            }
            path.forEach(cell -> withheld[cell[0]][cell[1]] = true);
        }
    }

    private boolean small(long people) {
        return people > 0 && people < minimum;
    }

    // Nodes: rows 0..rows-1, columns rows..rows+columns-1, then the withheld row totals, then the withheld column
    // totals.
    private int rowTotalsNode() {
        return rows + columns;
    }

    private int columnTotalsNode() {
        return rows + columns + 1;
    }

    private int nodes() {
        return rows + columns + 2;
    }

    /**
     * A withheld value as an edge in the direction of the flow.
     *
     * @param sensitive whether it must not be known exactly
     * @param canShrink whether it is above its lower bound, so that it can go down by one
     */
    private record Edge(int from, int to, boolean sensitive, boolean canShrink) {}

    /** The withheld values, in a fixed order: per row its total then its cells, then the column totals. */
    private List<Edge> edges(boolean[][] withheld) {
        List<Edge> edges = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (rowWithheld[r] && rowTotals[r] > 0) {
                // A listed grade has someone in it: at least 1.
                edges.add(new Edge(rowTotalsNode(), r, small(rowTotals[r]), rowTotals[r] > 1));
            }
            for (int c = 0; c < columns; c++) {
                if (withheld[r][c] && cells[r][c] > 0) {
                    edges.add(new Edge(r, rows + c, small(cells[r][c]), true));
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            if (columnWithheld[c] && columnTotals[c] > 0) {
                // A group total is withheld only to protect a small one (its own, or one of the same partition): keep
                // it
                // unknown. A listed group has someone in it: at least 1.
                edges.add(new Edge(rows + c, columnTotalsNode(), true, columnTotals[c] > 1));
            }
        }
        return edges;
    }

    /** The first sensitive withheld value that can take no other value, as its edge; {@code null} when there is none. */
    private Edge sensitiveFixed(boolean[][] withheld) {
        List<Edge> edges = edges(withheld);
        for (Edge edge : edges) {
            if (edge.sensitive() && cheapestPath(withheld, edges, edge, false) == null) {
                return edge;
            }
        }
        return null;
    }

    /**
     * The published cells to withhold so that {@code edge} lies on a cycle of the residual graph: the path back
     * from its head to its tail (it grows) or, when it is above its lower bound, from its tail to its head (it
     * shrinks), whose newly withheld cells hold the fewest people; withheld values cost nothing and are used only
     * in the directions they can move. {@code null} when there is none; when {@code publishedToo} is false, only
     * paths of withheld values count (an empty list when one exists).
     */
    private List<int[]> cheapestPath(boolean[][] withheld, List<Edge> edges, Edge edge, boolean publishedToo) {
        List<int[]> grow = cheapestPath(withheld, edges, edge, edge.to(), edge.from(), publishedToo);
        List<int[]> shrink =
                edge.canShrink() ? cheapestPath(withheld, edges, edge, edge.from(), edge.to(), publishedToo) : null;
        if (grow == null || (shrink != null && people(shrink) < people(grow))) {
            return shrink;
        }
        return grow;
    }

    private long people(List<int[]> added) {
        long people = 0;
        for (int[] cell : added) {
            people += cells[cell[0]][cell[1]];
        }
        return people;
    }

    /** Dijkstra from {@code from} to {@code to} on the residual graph without {@code skip}, published cells at their size. */
    private List<int[]> cheapestPath(
            boolean[][] withheld, List<Edge> edges, Edge skip, int from, int to, boolean publishedToo) {
        int nodes = nodes();
        long[][] cost = new long[nodes][nodes];
        for (long[] row : cost) {
            Arrays.fill(row, -1);
        }
        for (Edge edge : edges) {
            if (edge.equals(skip)) {
                continue;
            }
            cost[edge.from()][edge.to()] = 0;
            if (edge.canShrink()) {
                cost[edge.to()][edge.from()] = 0;
            }
        }
        if (publishedToo) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (!withheld[r][c] && cells[r][c] > 0) {
                        // Once withheld, a cell of at least 1 can move either way.
                        cost[r][rows + c] = cost[rows + c][r] = cells[r][c];
                    }
                }
            }
        }
        long[] distance = new long[nodes];
        int[] previous = new int[nodes];
        boolean[] done = new boolean[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(previous, -1);
        distance[from] = 0;
        while (true) {
            int next = -1;
            for (int n = 0; n < nodes; n++) {
                if (!done[n] && distance[n] != Long.MAX_VALUE && (next < 0 || distance[n] < distance[next])) {
                    next = n;
                }
            }
            if (next < 0) {
                return null;
            }
            if (next == to) {
                break;
            }
            done[next] = true;
            for (int n = 0; n < nodes; n++) {
                if (cost[next][n] >= 0 && !done[n] && distance[next] + cost[next][n] < distance[n]) {
                    distance[n] = distance[next] + cost[next][n];
                    previous[n] = next;
                }
            }
        }
        List<int[]> added = new ArrayList<>();
        for (int n = to; previous[n] >= 0; n = previous[n]) {
            int a = Math.min(n, previous[n]);
            int b = Math.max(n, previous[n]);
            if (a < rows && b >= rows && b < rows + columns && !withheld[a][b - rows]) {
                added.add(new int[] {a, b - rows});
            }
        }
        return added;
    }
}
