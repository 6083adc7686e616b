package io.github.equalityframework.workforce;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Suppression in a two-way table whose row and column totals are published (unless withheld by
 * {@link Suppression} as partitions of the workforce): employees by grade and group.
 *
 * <p>What a reader knows of a withheld value: a withheld cell ({@code [c]}) may hold any number from 0 up,
 * since true zeros are withheld too wherever that keeps other cells protected, as statistical offices do;
 * a withheld grade or group total is at least 1 (a listed grade or group has someone in it).
 *
 * <p>The table, its totals and the grand total form a flow: the grand total into the rows, each row's total
 * into its cells, the cells into the column totals. The withheld values are edges of a graph (rows,
 * columns, and one node each for the withheld row and column totals). Another table agrees with everything
 * published exactly when it differs by a circulation on the withheld values that keeps each at or above
 * its lower bound. So the most a withheld value can grow is the maximum flow back from its head to its
 * tail in the residual graph without it (every withheld value can grow without limit, and shrink down to
 * its lower bound), and the most it can shrink is the maximum flow from its tail to its head.
 *
 * <p>The cells of a grade whose total is withheld are all withheld, in every characteristic's table, so that the
 * tables, which share the grade totals, cannot pin a withheld total down together.
 *
 * <p>Protection: each small cell, small withheld grade total and withheld group total must be left with at
 * least as many possible values as there are counts under the minimum, 1 to {@code minimum - 1} (a cell of
 * 1 at minimum 10: 0 to 8, say, or 1 to 9), and never fewer than two. Further cells are withheld (the path of fewest
 * people, zeros included, that adds flow) until that holds; when nothing can, the whole table is withheld.
 * Finally a withheld cell that the published figures fix exactly is published: it hides nothing.
 */
final class TableSuppression {
    /**
     * @param cells {@code true} for each withheld cell
     * @param whole whether the whole table is withheld (apart from cells the published totals fix)
     */
    record Result(boolean[][] cells, boolean whole) {}

    private static final long UNLIMITED = Long.MAX_VALUE / 4;

    /** Every cell of a table withheld. */
    static Result all(int rows, int columns) {
        boolean[][] cells = new boolean[rows][columns];
        for (boolean[] row : cells) {
            Arrays.fill(row, true);
        }
        return new Result(cells, true);
    }

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
                // A withheld grade total is shared by the tables of every characteristic: were some of its cells
                // published in one table and others in another, the tables together could pin it down (one giving
                // at least 2, another at most 2). With all its cells withheld in every table, no table says more of
                // it than its partition does.
                withheld[r][c] = small(cells[r][c]) || (rowWithheld[r] && rowTotals[r] > 0);
            }
        }
        boolean whole = false;
        for (Edge edge = underProtected(withheld); edge != null; edge = underProtected(withheld)) {
            List<int[]> path = widening(withheld, edge);
            if (path == null) {
                for (boolean[] row : withheld) {
                    Arrays.fill(row, true);
                }
                whole = true;
                break;
            }
            path.forEach(cell -> withheld[cell[0]][cell[1]] = true);
        }
        publishFixedCells(withheld);
        return new Result(withheld, whole);
    }

    private boolean small(long people) {
        return people > 0 && people < minimum;
    }

    /**
     * How far a sensitive value must be able to range: at least as many possible values as there are counts
     * under the minimum (1 to minimum - 1), and always two.
     */
    private long needed() {
        return Math.max(1, minimum - 2);
    }

    // Nodes: rows 0..rows-1, columns rows..rows+columns-1, the withheld row totals, the withheld column totals.
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
     * @param value     its true value
     * @param lower     what a reader knows it is at least
     * @param sensitive whether it must range over at least {@link #needed()}
     * @param cell      the cell's row and column, or {@code null} for a total
     */
    private record Edge(int from, int to, long value, long lower, boolean sensitive, int[] cell) {}

    private List<Edge> edges(boolean[][] withheld) {
        List<Edge> edges = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (rowWithheld[r] && rowTotals[r] > 0) {
                edges.add(new Edge(rowTotalsNode(), r, rowTotals[r], 1, small(rowTotals[r]), null));
            }
            for (int c = 0; c < columns; c++) {
                if (withheld[r][c]) {
                    edges.add(new Edge(r, rows + c, cells[r][c], 0, small(cells[r][c]), new int[] {r, c}));
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            if (columnWithheld[c] && columnTotals[c] > 0) {
                // A group total is withheld only to protect a small one (its own, or one of the same partition).
                edges.add(new Edge(rows + c, columnTotalsNode(), columnTotals[c], 1, true, null));
            }
        }
        return edges;
    }

    /** The first sensitive withheld value whose possible values span less than needed, or {@code null}. */
    private Edge underProtected(boolean[][] withheld) {
        List<Edge> edges = edges(withheld);
        for (Edge edge : edges) {
            if (edge.sensitive() && range(edges, edge, needed()) < needed()) {
                return edge;
            }
        }
        return null;
    }

    /** How far {@code edge} can move up and down together, counted up to {@code limit}. */
    private long range(List<Edge> edges, Edge edge, long limit) {
        long up = new Residual(edges, edge).maximumFlow(edge.to(), edge.from(), limit);
        long down = Math.min(
                edge.value() - edge.lower(),
                new Residual(edges, edge).maximumFlow(edge.from(), edge.to(), Math.min(limit, edge.value())));
        return up + down;
    }

    /**
     * The published cells to withhold so that {@code edge} can move further: the cheapest augmenting path (in
     * people, a cell counting one more so that fewer cells are preferred) after the most the withheld values
     * allow already, growing or shrinking, whichever is cheaper; {@code null} when there is none.
     */
    private List<int[]> widening(boolean[][] withheld, Edge edge) {
        List<Edge> edges = edges(withheld);
        Residual grow = new Residual(edges, edge);
        grow.maximumFlow(edge.to(), edge.from(), UNLIMITED);
        List<int[]> best = grow.cheapestPath(withheld, edge.to(), edge.from());
        Residual shrink = new Residual(edges, edge);
        long down = shrink.maximumFlow(edge.from(), edge.to(), edge.value() - edge.lower());
        if (down < edge.value() - edge.lower()) {
            List<int[]> other = shrink.cheapestPath(withheld, edge.from(), edge.to());
            if (best == null || (other != null && people(other) < people(best))) {
                best = other;
            }
        }
        return best;
    }

    private long people(List<int[]> added) {
        long people = 0;
        for (int[] cell : added) {
            people += cells[cell[0]][cell[1]] + 1;
        }
        return people;
    }

    /** Withheld cells that the published figures fix (nothing can move them) are published: they hide nothing. */
    private void publishFixedCells(boolean[][] withheld) {
        List<Edge> edges = edges(withheld);
        for (Edge edge : edges) {
            if (edge.cell() != null && !edge.sensitive() && range(edges, edge, 1) == 0) {
                withheld[edge.cell()[0]][edge.cell()[1]] = false;
            }
        }
    }

    /** The residual graph of the true table on the withheld values, without one of them. */
    private final class Residual {
        private final long[][] capacity = new long[nodes()][nodes()];

        Residual(List<Edge> edges, Edge skip) {
            for (Edge edge : edges) {
                if (edge == skip) {
                    continue;
                }
                capacity[edge.from()][edge.to()] = UNLIMITED;
                capacity[edge.to()][edge.from()] += edge.value() - edge.lower();
            }
        }

        /** Pushes up to {@code limit} from {@code source} to {@code sink} (shortest paths first); the flow pushed. */
        long maximumFlow(int source, int sink, long limit) {
            long flow = 0;
            while (flow < limit) {
                int[] previous = new int[nodes()];
                Arrays.fill(previous, -1);
                previous[source] = source;
                Deque<Integer> queue = new ArrayDeque<>(List.of(source));
                while (!queue.isEmpty() && previous[sink] < 0) {
                    int n = queue.poll();
                    for (int m = 0; m < nodes(); m++) {
                        if (previous[m] < 0 && capacity[n][m] > 0) {
                            previous[m] = n;
                            queue.add(m);
                        }
                    }
                }
                if (previous[sink] < 0) {
                    break;
                }
                long push = limit - flow;
                for (int n = sink; n != source; n = previous[n]) {
                    push = Math.min(push, capacity[previous[n]][n]);
                }
                for (int n = sink; n != source; n = previous[n]) {
                    capacity[previous[n]][n] -= push;
                    capacity[n][previous[n]] += push;
                }
                flow += push;
            }
            return flow;
        }

        /**
         * Dijkstra from {@code from} to {@code to}: residual capacity costs nothing; a published cell costs its
         * people and one, and can carry flow down only if it holds someone. The published cells on the path.
         */
        List<int[]> cheapestPath(boolean[][] withheld, int from, int to) {
            int nodes = nodes();
            long[][] cost = new long[nodes][nodes];
            for (int a = 0; a < nodes; a++) {
                for (int b = 0; b < nodes; b++) {
                    cost[a][b] = capacity[a][b] > 0 ? 0 : -1;
                }
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (!withheld[r][c]) {
                        if (cost[r][rows + c] < 0) {
                            cost[r][rows + c] = cells[r][c] + 1;
                        }
                        if (cells[r][c] > 0 && cost[rows + c][r] < 0) {
                            cost[rows + c][r] = cells[r][c] + 1;
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
            for (int n = to; previous[n] >= 0 && n != from; n = previous[n]) {
                int a = Math.min(n, previous[n]);
                int b = Math.max(n, previous[n]);
                if (a < rows && b >= rows && b < rows + columns && !withheld[a][b - rows]) {
                    added.add(new int[] {a, b - rows});
                }
            }
            return added;
        }
    }
}
