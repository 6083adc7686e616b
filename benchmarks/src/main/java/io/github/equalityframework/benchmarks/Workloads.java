package io.github.equalityframework.benchmarks;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.workforce.DisabilityStatus;
import io.github.equalityframework.workforce.EmployeeRecord;
import io.github.equalityframework.workforce.Sex;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The sizes and fixed inputs the benchmarks and the harness share, so that their figures describe the same work. */
public final class Workloads {
    /** The seed of every generated input. */
    public static final long SEED = 20240331L;
    /** "Today" for every assessment, so that evidence age and overdue actions do not change from day to day. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneOffset.UTC);

    /** Evidence items of one ordinary council (about two per criterion, as in the bundled example). */
    public static final int SMALL = 40;

    public static final int MEDIUM = 1_000;
    public static final int LARGE = 100_000;

    private static final List<String> ETHNIC_GROUPS = List.of(
            "White British",
            "White British",
            "White British",
            "White Irish",
            "White other",
            "Asian or Asian British",
            "Black or Black British",
            "Mixed",
            "Other ethnic group");

    private Workloads() {}

    /** Evidence items for a size name: {@code small}, {@code medium} or {@code large}. */
    public static int evidenceItems(String size) {
        return switch (size) {
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException("unknown size '" + size + "'; use small, medium or large");
        };
    }

    /** The self-assessment of council 0 of the shared seed with this many evidence items. */
    public static SelfAssessment assessment(int evidenceItems) {
        return SyntheticAssessments.lga2021(SEED).council(0, evidenceItems);
    }

    /** An engine as the command-line tool builds it: every plugin on the class path, the default profile and time budget. */
    public static AssessmentEngine engine() {
        return AssessmentEngine.builder()
                .discoverPlugins(Workloads.class.getClassLoader())
                .clock(TODAY)
                .build();
    }

    /** Pseudonymous employee records of a fictional council, deterministic for the shared seed. */
    public static List<EmployeeRecord> employees(int count) {
        Random random = new Random(SEED);
        List<EmployeeRecord> employees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Sex sex = random.nextInt(50) == 0
                    ? Sex.OTHER_OR_NOT_RECORDED
                    : random.nextInt(100) < 62 ? Sex.FEMALE : Sex.MALE;
            int roll = random.nextInt(100);
            DisabilityStatus disability = roll < 9
                    ? DisabilityStatus.DISABLED
                    : roll < 85 ? DisabilityStatus.NOT_DISABLED : DisabilityStatus.NOT_DECLARED;
            String ethnicity = random.nextInt(12) == 0 ? null : ETHNIC_GROUPS.get(random.nextInt(ETHNIC_GROUPS.size()));
            int grade = random.nextInt(12);
            boolean fullPay = random.nextInt(25) != 0;
            BigDecimal hourly = fullPay ? BigDecimal.valueOf(1100 + grade * 180 + random.nextInt(250), 2) : null;
            BigDecimal bonus =
                    random.nextInt(10) == 0 ? BigDecimal.valueOf(5000 + random.nextInt(50_000), 2) : BigDecimal.ZERO;
            employees.add(new EmployeeRecord(
                    String.format("E%06d", i),
                    sex,
                    ethnicity,
                    disability,
                    "G" + grade,
                    hourly,
                    bonus,
                    true,
                    fullPay,
                    random.nextBoolean() ? "permanent" : "fixed-term",
                    random.nextInt(3) == 0 ? "part-time" : "full-time"));
        }
        return employees;
    }
}
