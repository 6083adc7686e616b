package io.github.equalityframework.workforce;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out the {@link Representation} of each characteristic. The grades are shared: their totals are
 * one partition of the workforce, withheld once for every characteristic's table.
 */
final class RepresentationAnalysis {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    /** Grades in reading order, numbers compared as numbers (Grade 2 before Grade 10); no grade last. */
    static final Comparator<String> GRADE_ORDER = (a, b) -> {
        if (a.equals(Representation.NO_GRADE) || b.equals(Representation.NO_GRADE)) {
            return Boolean.compare(a.equals(Representation.NO_GRADE), b.equals(Representation.NO_GRADE));
        }
        List<String> x = chunks(a);
        List<String> y = chunks(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            String p = x.get(i);
            String q = y.get(i);
            boolean numbers = NUMBER.matcher(p).matches() && NUMBER.matcher(q).matches();
            int order = numbers ? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareToIgnoreCase(q);
            if (order != 0) {
                return order;
            }
        }
        return x.size() != y.size() ? Integer.compare(x.size(), y.size()) : a.compareTo(b);
    };

    /** The runs of digits and of other characters. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        Matcher m = CHUNK.matcher(text);
        while (m.find()) {
            chunks.add(m.group());
        }
        return chunks;
    }

    private final EmployeeColumns staff;
    /** The rows of the relevant employees. */
    private final int[] relevant;

    private final PopulationTable population;
    private final int minimum;
    private final List<String> grades;
    private final boolean[] gradeWithheld;
    private final Map<String, Integer> gradeIndex = new HashMap<>();
    private final long[] gradeTotals;

    /** The name of the ethnic minorities taken together. */
    static final String ETHNIC_MINORITIES = "Ethnic minorities";

    private final List<String> minorityGroups;

    /**
     * @param minorityGroups the ethnic groups that make up the ethnic minorities, or empty for every group but the
     *                       reference group
     */
    RepresentationAnalysis(
            EmployeeColumns staff,
            int[] relevant,
            PopulationTable population,
            int minimum,
            List<String> minorityGroups) {
        this.minorityGroups = List.copyOf(minorityGroups);
        this.staff = staff;
        this.relevant = relevant;
        this.population = population;
        this.minimum = minimum;
        // Counted by grade first, then the few grades put in order: comparing grades is slow, counting is not.
        Map<String, Long> counted = new HashMap<>();
        for (int row : relevant) {
            counted.merge(gradeOf(row), 1L, Long::sum);
        }
        Map<String, Long> byGrade = new TreeMap<>(GRADE_ORDER);
        byGrade.putAll(counted);
        this.grades = List.copyOf(byGrade.keySet());
        this.gradeTotals = byGrade.values().stream().mapToLong(Long::longValue).toArray();
        for (int g = 0; g < grades.size(); g++) {
            gradeIndex.put(grades.get(g), g);
        }
        this.gradeWithheld = Suppression.withhold(gradeTotals, minimum);
    }

    private String gradeOf(int row) {
        String grade = staff.grade(row);
        return grade == null ? Representation.NO_GRADE : grade;
    }

    /**
     * @param gaps    the characteristic's pay gaps: their groups (in order) and the withheld counts, which
     *                are the table's column totals
     * @param groupOf an employee's group, or {@code null} when not declared
     */
    Representation of(CharacteristicPayGaps gaps, IntFunction<String> groupOf) {
        String characteristic = gaps.characteristic();
        long total = relevant.length;
        List<String> names =
                new ArrayList<>(gaps.groups().stream().map(GroupFigures::group).toList());
        int columns = names.size() + 1;
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            column.put(names.get(i), i);
        }
        long[][] cells = new long[grades.size()][columns];
        for (int row : relevant) {
            String group = groupOf.apply(row);
            cells[gradeIndex.get(gradeOf(row))][group == null ? columns - 1 : column.get(group)]++;
        }
        boolean[] columnWithheld = new boolean[columns];
        List<Figure> counts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            counts.add(gaps.groups().get(i).relevantEmployees());
        }
        counts.add(gaps.undeclared());
        for (int c = 0; c < columns; c++) {
            columnWithheld[c] = counts.get(c).status() == Figure.Status.SUPPRESSED;
        }

        List<Representation.Group> groups = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            groups.add(group(characteristic, names.get(i), true, counts.get(i), total));
        }
        population.groups(characteristic).stream()
                .filter(p ->
                        names.stream().noneMatch(n -> PopulationTable.key(n).equals(PopulationTable.key(p))))
                .sorted(Comparator.comparing((String p) -> p.toLowerCase(Locale.ROOT)))
                .forEach(p -> groups.add(group(characteristic, p, true, Figure.count(0), total)));
        groups.add(group(characteristic, gaps.undeclaredGroup(), false, gaps.undeclared(), total));

        List<String> cellNames = new ArrayList<>(names);
        cellNames.add(gaps.undeclaredGroup());
        // By sex, a withheld count is one the statutory figures narrow down (see Comparison): with it, grade cells
        // could be
        // narrowed down as well as they, so the whole table is withheld; the grade totals stay.
        TableSuppression.Result withheld = characteristic.equals("sex") && Comparison.anyOf(columnWithheld)
                ? TableSuppression.all(grades.size(), columns)
                : TableSuppression.withhold(cells, gradeWithheld, columnWithheld, minimum);
        List<Representation.Grade> gradeFigures = new ArrayList<>();
        for (int g = 0; g < grades.size(); g++) {
            List<Representation.Cell> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                boolean hidden = withheld.cells()[g][c];
                row.add(new Representation.Cell(
                        cellNames.get(c),
                        hidden ? Figure.suppressed() : Figure.count(cells[g][c]),
                        hidden || gradeWithheld[g]
                                ? Figure.suppressed()
                                : Figure.published(PayStatistics.percent(cells[g][c], gradeTotals[g]))));
            }
            gradeFigures.add(new Representation.Grade(
                    grades.get(g), gradeWithheld[g] ? Figure.suppressed() : Figure.count(gradeTotals[g]), row));
        }
        Figure notDeclared = total == 0
                ? Figure.notAvailable("no relevant employees")
                : gaps.undeclared().isPublished()
                        ? Figure.published(
                                PayStatistics.percent(gaps.undeclared().value().longValue(), total))
                        : Figure.suppressed();
        Representation.Aggregate aggregate = characteristic.equals("ethnicity")
                ? minorities(gaps, names, cells, withheld.cells(), counts, total)
                : null;
        return new Representation(characteristic, groups, gaps.declarationRate(), notDeclared, gradeFigures, aggregate);
    }

    /**
     * The ethnic minorities taken together: a count is published only when the published counts give it already,
     * as the sum of its groups' or as the total less every other group's and the undeclared.
     */
    private Representation.Aggregate minorities(
            CharacteristicPayGaps gaps,
            List<String> names,
            long[][] cells,
            boolean[][] cellWithheld,
            List<Figure> counts,
            long total) {
        int columns = names.size() + 1;
        boolean[] in = new boolean[columns];
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            in[c] = minorityGroups.isEmpty()
                    ? !name.equals(gaps.referenceGroup())
                    : minorityGroups.stream()
                            .anyMatch(g -> PopulationTable.key(g).equals(PopulationTable.key(name)));
        }
        long[] columnTotals = new long[columns];
        boolean[] columnWithheld = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            columnWithheld[c] = !counts.get(c).isPublished();
            for (long[] row : cells) {
                columnTotals[c] += row[c];
            }
        }
        Figure employees = derivable(columnTotals, columnWithheld, in, true);
        List<Figure> byGrade = new ArrayList<>();
        for (int g = 0; g < grades.size(); g++) {
            byGrade.add(derivable(cells[g], cellWithheld[g], in, !gradeWithheld[g]));
        }
        Figure workforce = total == 0
                ? Figure.notAvailable("no relevant employees")
                : employees.isPublished()
                        ? Figure.published(
                                PayStatistics.percent(employees.value().longValue(), total))
                        : employees;
        Figure populationShare;
        if (minorityGroups.isEmpty()) {
            populationShare = population
                    .percent("ethnicity", gaps.referenceGroup())
                    .map(reference -> Figure.published(BigDecimal.valueOf(100).subtract(reference)))
                    .orElseGet(() -> Figure.notAvailable("the reference group is not in the population table"));
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (String group : minorityGroups) {
                BigDecimal share = population.percent("ethnicity", group).orElse(null);
                if (share == null) {
                    sum = null;
                    break;
                }
                sum = sum.add(share);
            }
            populationShare =
                    sum == null ? Figure.notAvailable("a group is not in the population table") : Figure.published(sum);
        }
        Figure difference = workforce.isPublished() && populationShare.isPublished()
                ? Figure.published(workforce.value().subtract(populationShare.value()))
                : workforce.status() == Figure.Status.SUPPRESSED
                        ? Figure.suppressed()
                        : Figure.notAvailable("no population figure");
        return new Representation.Aggregate(
                ETHNIC_MINORITIES, minorityGroups, employees, workforce, populationShare, difference, byGrade);
    }

    /** The sum of the cells marked {@code in}, published when the published cells (and total) give it. */
    private static Figure derivable(long[] cells, boolean[] withheld, boolean[] in, boolean totalPublished) {
        long sum = 0;
        boolean inPublished = true;
        boolean outPublished = totalPublished;
        for (int c = 0; c < cells.length; c++) {
            if (in[c]) {
                sum += cells[c];
                inPublished &= !withheld[c];
            } else {
                outPublished &= !withheld[c];
            }
        }
        return inPublished || outPublished ? Figure.count(sum) : Figure.suppressed();
    }

    private Representation.Group group(String characteristic, String name, boolean declared, Figure count, long total) {
        Figure workforce = total == 0
                ? Figure.notAvailable("no relevant employees")
                : count.isPublished()
                        ? Figure.published(PayStatistics.percent(count.value().longValue(), total))
                        : count;
        Figure populationShare = !declared
                ? Figure.notAvailable("not a group of the population table")
                : population
                        .percent(characteristic, name)
                        .map(Figure::published)
                        .orElseGet(() -> Figure.notAvailable(
                                population.shares().isEmpty() ? "no population table" : "not in the population table"));
        Figure difference = workforce.isPublished() && populationShare.isPublished()
                ? Figure.published(workforce.value().subtract(populationShare.value()))
                : workforce.status() == Figure.Status.SUPPRESSED
                        ? Figure.suppressed()
                        : Figure.notAvailable(
                                populationShare.isPublished() ? "no workforce figure" : "no population figure");
        return new Representation.Group(name, declared, count, workforce, populationShare, difference);
    }
}
