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
 * one node each for the withheld row and column totals); a withheld value can be worked out exactly
 * when it is on no cycle of that graph (a bridge), and otherwise it can move by one person either way
 * along a cycle without changing anything published, since every withheld value is at least 1. So,
 * after the small cells, further cells are withheld (the smallest path that closes a cycle) until no
 * small value, and no withheld column total, is a bridge: a column total is withheld only because it, or
 * another total of its partition, is small, and knowing it would undo that. When no such path exists the
 * whole table is withheld.
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
            int[] bridge = sensitiveBridge(withheld);
            if (bridge == null) {
                return new Result(withheld, false);
            }
            List<int[]> path = cheapestPath(withheld, bridge[0], bridge[1]);
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

    // Nodes: rows 0..rows-1, columns rows..rows+columns-1, then the withheld row totals, then the withheld column totals.
    private int rowTotalsNode() {
        return rows + columns;
    }

    private int columnTotalsNode() {
        return rows + columns + 1;
    }

    /** Edges of the withheld values: {from, to, sensitive (1) or not (0)}. */
    private List<int[]> edges(boolean[][] withheld) {
        List<int[]> edges = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (rowWithheld[r] && rowTotals[r] > 0) {
                edges.add(new int[] {r, rowTotalsNode(), small(rowTotals[r]) ? 1 : 0});
            }
            for (int c = 0; c < columns; c++) {
                if (withheld[r][c] && cells[r][c] > 0) {
                    edges.add(new int[] {r, rows + c, small(cells[r][c]) ? 1 : 0});
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            if (columnWithheld[c] && columnTotals[c] > 0) {
                // A group total is withheld only to protect a small one (its own, or one of the same partition): keep it unknown.
                edges.add(new int[] {rows + c, columnTotalsNode(), 1});
            }
        }
        return edges;
    }

    /** The first sensitive withheld value that lies on no cycle, as its two nodes; {@code null} when there is none. */
    private int[] sensitiveBridge(boolean[][] withheld) {
        List<int[]> edges = edges(withheld);
        int nodes = rows + columns + 2;
        List<List<int[]>> adjacent = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            adjacent.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            adjacent.get(edges.get(e)[0]).add(new int[] {edges.get(e)[1], e});
            adjacent.get(edges.get(e)[1]).add(new int[] {edges.get(e)[0], e});
        }
        int[] order = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(order, -1);
        boolean[] bridge = new boolean[edges.size()];
        int[] counter = {0};
        for (int n = 0; n < nodes; n++) {
            if (order[n] < 0) {
                bridges(n, -1, adjacent, order, low, bridge, counter);
            }
        }
        for (int e = 0; e < edges.size(); e++) {
            if (bridge[e] && edges.get(e)[2] == 1) {
                return edges.get(e);
            }
        }
        return null;
    }

    /** Tarjan's bridge search; the graph has at most a few hundred nodes, so recursion is fine. */
    private static void bridges(int node, int viaEdge, List<List<int[]>> adjacent, int[] order, int[] low, boolean[] bridge,
            int[] counter) {
        order[node] = low[node] = counter[0]++;
        for (int[] next : adjacent.get(node)) {
            if (next[1] == viaEdge) {
                continue;
            }
            if (order[next[0]] < 0) {
                bridges(next[0], next[1], adjacent, order, low, bridge, counter);
                low[node] = Math.min(low[node], low[next[0]]);
                if (low[next[0]] > order[node]) {
                    bridge[next[1]] = true;
                }
            } else {
                low[node] = Math.min(low[node], order[next[0]]);
            }
        }
    }

    /**
     * The published cells to withhold so that {@code from} and {@code to} are joined other than by their own
     * edge: the path whose newly withheld cells hold the fewest people (withheld values cost nothing), or
     * {@code null} when there is none.
     */
    private List<int[]> cheapestPath(boolean[][] withheld, int from, int to) {
        int nodes = rows + columns + 2;
        long[][] cost = new long[nodes][nodes];
        for (long[] row : cost) {
            Arrays.fill(row, -1);
        }
        for (int[] edge : edges(withheld)) {
            boolean theBridge = (edge[0] == from && edge[1] == to) || (edge[0] == to && edge[1] == from);
            if (!theBridge) {
                cost[edge[0]][edge[1]] = cost[edge[1]][edge[0]] = 0;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (!withheld[r][c] && cells[r][c] > 0) {
                    cost[r][rows + c] = cost[rows + c][r] = cells[r][c];
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
