package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.cli.command.WorkforceCommandTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No command writes over anything it reads, whatever --force says: each input file, each file of a folder
 * given as input, the review and plan beside an assessment, a profile, the plugin folder; named directly,
 * through {@code ./}, {@code ..} or a symbolic link.
 */
class InputsAsOutputCliTest {
    private static final String NEVER = "; eflg never writes over its input, so choose another path";

    @TempDir
    Path dir;

    /**
     * One attempt: the arguments, the file that must be left alone, and the message's middle part: what
     * {@code --out} is.
     */
    record Attempt(List<String> args, Path kept, String out, String is) {}

    interface Setup {
        Attempt in(Folder folder) throws IOException;
    }

    /** The folder of one attempt, for copies of the example inputs. */
    record Folder(Path path) {
        Path copy(Path from, String name) throws IOException {
            return Files.copy(from, path.resolve(name));
        }

        Path assessment() throws IOException {
            return copy(Cli.EXAMPLE, "anytown.yaml");
        }
    }

    private static Attempt attempt(Path kept, Path out, String is, String... args) {
        return new Attempt(List.of(args), kept, out.toString(), is);
    }

    static Stream<Named<Setup>> attempts() {
        return Stream.of(
                Named.of("workforce: the employee file", f -> {
                    Path staff = f.copy(WorkforceCommandTest.WORKFORCE, "staff.csv");
                    return attempt(
                            staff,
                            staff,
                            "is the input file " + staff,
                            "workforce",
                            staff.toString(),
                            "--format",
                            "json",
                            "--out",
                            staff.toString());
                }),
                Named.of("workforce: the population file", f -> {
                    Path population = f.copy(WorkforceCommandTest.POPULATION, "population.csv");
                    return attempt(
                            population,
                            population,
                            "is the input file " + population,
                            "workforce",
                            WorkforceCommandTest.WORKFORCE.toString(),
                            "--population",
                            population.toString(),
                            "--format",
                            "json",
                            "--out",
                            population.toString());
                }),
                Named.of("workforce: the mapping file", f -> {
                    Path mapping = Files.writeString(f.path().resolve("columns.txt"), "grade = Grade\n");
                    return attempt(
                            mapping,
                            mapping,
                            "is the input file " + mapping,
                            "workforce",
                            WorkforceCommandTest.WORKFORCE.toString(),
                            "--mapping",
                            mapping.toString(),
                            "--format",
                            "md",
                            "--out",
                            mapping.toString());
                }),
                Named.of("progress: a file of the folder it reads", f -> {
                    Path year = f.copy(Cli.SECOND_YEAR, "anytown-2025.yaml");
                    f.copy(Cli.SECOND_REVIEW, "anytown-2025-review.yaml");
                    return attempt(
                            year,
                            year,
                            "is the input file " + year,
                            "progress",
                            f.path().toString(),
                            "--format",
                            "md",
                            "--out",
                            year.toString());
                }),
                Named.of("progress: the plan beside an assessment, through ./", f -> {
                    f.copy(Cli.SECOND_YEAR, "anytown-2025.yaml");
                    Path plan = f.copy(Cli.SECOND_PLAN, "anytown-2025-plan.yaml");
                    Path viaDot = f.path().resolve(".").resolve("anytown-2025-plan.yaml");
                    return attempt(
                            plan,
                            viaDot,
                            "is the input file " + plan,
                            "progress",
                            f.path().toString(),
                            "--format",
                            "json",
                            "--out",
                            viaDot.toString());
                }),
                Named.of("progress: any file of a folder it reads", f -> {
                    f.copy(Cli.SECOND_YEAR, "anytown-2025.yaml");
                    Path notes = Files.writeString(f.path().resolve("notes.md"), "# Notes for cabinet\n");
                    return attempt(
                            notes,
                            notes,
                            "is " + notes + ", a file of the input folder " + f.path(),
                            "progress",
                            f.path().toString(),
                            "--out",
                            notes.toString());
                }),
                Named.of("action-plan init: the review", f -> {
                    Path review = f.copy(Cli.SECOND_REVIEW, "anytown-2025-review.yaml");
                    return attempt(
                            review,
                            review,
                            "is the input file " + review,
                            "action-plan",
                            "init",
                            review.toString(),
                            "--out",
                            review.toString(),
                            "--force");
                }),
                Named.of("action-plan init: the assessment", f -> {
                    Path review = f.copy(Cli.SECOND_REVIEW, "anytown-2025-review.yaml");
                    Path assessment = f.copy(Cli.SECOND_YEAR, "anytown-2025.yaml");
                    return attempt(
                            assessment,
                            assessment,
                            "is the input file " + assessment,
                            "action-plan",
                            "init",
                            review.toString(),
                            "--assessment",
                            assessment.toString(),
                            "--out",
                            assessment.toString(),
                            "--force");
                }),
                Named.of("review init: the assessment, through a symbolic link", f -> {
                    Path assessment = f.assessment();
                    Path link = Files.createSymbolicLink(f.path().resolve("review.yaml"), assessment.getFileName());
                    return attempt(
                            assessment,
                            link,
                            "is the input file " + assessment,
                            "review",
                            "init",
                            assessment.toString(),
                            "--out",
                            link.toString(),
                            "--force");
                }),
                Named.of("init --from: the assessment", f -> {
                    Path assessment = f.assessment();
                    return attempt(
                            assessment,
                            assessment,
                            "is the input file " + assessment,
                            "init",
                            "--format",
                            "xlsx",
                            "--from",
                            assessment.toString(),
                            "--out",
                            assessment.toString(),
                            "--force");
                }),
                Named.of("import: the workbook", f -> {
                    Path workbook = f.path().resolve("anytown.xlsx");
                    Run init = Cli.eflg(
                            "init", "--from", Cli.EXAMPLE.toString(), "--format", "xlsx", "--out", workbook.toString());
                    assertEquals(0, init.exitCode(), init.err());
                    return attempt(
                            workbook,
                            workbook,
                            "is the input file " + workbook,
                            "import",
                            workbook.toString(),
                            "--out",
                            workbook.toString(),
                            "--force");
                }),
                Named.of("migrate: the assessment, through ..", f -> {
                    Path assessment = f.copy(Cli.DATA.resolve("anytown-2014.yaml"), "anytown-2014.yaml");
                    Path viaDotDot = Files.createDirectories(f.path().resolve("sub"))
                            .resolve("..")
                            .resolve("anytown-2014.yaml");
                    return attempt(
                            assessment,
                            viaDotDot,
                            "is the input file " + assessment,
                            "migrate",
                            assessment.toString(),
                            "--to",
                            "lga-eflg-2021",
                            "--out",
                            viaDotDot.toString(),
                            "--force");
                }),
                Named.of("import: the workbook, through a hard link", f -> {
                    Path workbook = f.path().resolve("anytown.xlsx");
                    Run init = Cli.eflg(
                            "init", "--from", Cli.EXAMPLE.toString(), "--format", "xlsx", "--out", workbook.toString());
                    assertEquals(0, init.exitCode(), init.err());
                    Path hardLink = Files.createLink(f.path().resolve("anytown.yaml"), workbook);
                    return attempt(
                            workbook,
                            hardLink,
                            "is the input file " + workbook,
                            "import",
                            workbook.toString(),
                            "--out",
                            hardLink.toString(),
                            "--force");
                }),
                Named.of("assess: the review", f -> {
                    Path assessment = f.copy(Cli.SECOND_YEAR, "anytown-2025.yaml");
                    Path review = f.copy(Cli.SECOND_REVIEW, "anytown-2025-review.yaml");
                    return attempt(
                            review,
                            review,
                            "is the input file " + review,
                            "assess",
                            assessment.toString(),
                            "--review",
                            review.toString(),
                            "--format",
                            "json",
                            "--out",
                            review.toString());
                }),
                Named.of("assess: the plan", f -> {
                    Path assessment = f.copy(Cli.SECOND_YEAR, "anytown-2025.yaml");
                    Path plan = f.copy(Cli.SECOND_PLAN, "anytown-2025-plan.yaml");
                    return attempt(
                            plan,
                            plan,
                            "is the input file " + plan,
                            "assess",
                            assessment.toString(),
                            "--plan",
                            plan.toString(),
                            "--format",
                            "json",
                            "--out",
                            plan.toString());
                }),
                Named.of("assess: the profile", f -> {
                    Path assessment = f.assessment();
                    Path profile = Files.writeString(
                            f.path().resolve("council-profile.yaml"), "id: council\nbase: lga-default\n");
                    return attempt(
                            profile,
                            profile,
                            "is the input file " + profile,
                            "assess",
                            assessment.toString(),
                            "--profile",
                            profile.toString(),
                            "--format",
                            "md",
                            "--out",
                            profile.toString());
                }),
                Named.of("assess: a file of the folder it reads", f -> {
                    f.assessment();
                    Path notes = Files.writeString(f.path().resolve("notes.md"), "# Notes\n");
                    return attempt(
                            notes,
                            notes,
                            "is " + notes + ", a file of the input folder " + f.path(),
                            "assess",
                            f.path().toString(),
                            "--format",
                            "md",
                            "--out",
                            notes.toString());
                }),
                Named.of("review init: a file of the plugin folder", f -> {
                    Path assessment = f.assessment();
                    Path plugins = Files.createDirectories(f.path().resolve("plugins"));
                    Path readme = Files.writeString(plugins.resolve("README.yaml"), "about: the council's rules\n");
                    return attempt(
                            readme,
                            readme,
                            "is " + readme + ", a file of the input folder " + plugins,
                            "review",
                            "init",
                            assessment.toString(),
                            "--plugin-path",
                            plugins.toString(),
                            "--out",
                            readme.toString(),
                            "--force");
                }));
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void anInputIsNeverAnOutputWhateverForceSays(Setup setup) throws IOException {
        Attempt attempt = setup.in(new Folder(dir));
        byte[] before = Files.readAllBytes(attempt.kept());

        Run run = Cli.eflg(attempt.args().toArray(String[]::new));

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                "eflg: --out " + attempt.out() + " " + attempt.is() + NEVER,
                run.err().lines().findFirst().orElse(""));
        assertArrayEquals(before, Files.readAllBytes(attempt.kept()), "the input is left as it was");
    }
}
