package io.github.equalityframework.cli.serve;

import io.github.equalityframework.cli.InputFiles;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.io.DocumentReaders;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every page works on: the folder, the engine, today's date; and the steps every page takes first (find the
 * self-assessment of the URL, read it, show its problems) and every save takes around its write.
 */
final class Workspace {
    static final ModelCodec CODEC = ModelCodec.strict();
    /** The readers of every format on the class path, reading YAML and JSON as {@link #CODEC} does. */
    private static final DocumentReaders READERS = InputFiles.READERS.withCodec(CODEC);
    /** How long a save waits for another server's save of the same file. */
    private static final Duration SAVE_WAIT = Duration.ofSeconds(10);

    private final ServedFolder folder;
    private final AssessmentEngine engine;
    private final Clock clock;
    /**
     * Saving checks the file's hash and writes it in one step, one save at a time: in this server by this monitor,
     * and across servers and processes by {@link ServedFolder.SaveLock}.
     */
    private final Object saving = new Object();

    Workspace(ServedFolder folder, AssessmentEngine engine, Clock clock) {
        this.folder = folder;
        this.engine = engine;
        this.clock = clock;
    }

    ServedFolder folder() {
        return folder;
    }

    AssessmentEngine engine() {
        return engine;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The self-assessment read and validated alone. */
    AssessmentResult alone(Path file) {
        return AssessmentResult.validate(AssessmentFiles.of(file), READERS, engine.catalogue());
    }

    /** The files of an entry: its self-assessment with the review (when the file is there) and plan beside it. */
    static AssessmentFiles files(ServedFolder.Entry e) {
        return AssessmentFiles.of(e.file())
                .withReview(e.hasReview() ? e.review() : null)
                .withPlan(e.plan());
    }

    /**
     * The files read and validated with a review or plan of a form (read as the file it will be saved to) in place of
     * that file; {@code null} reads the file.
     */
    AssessmentResult validate(AssessmentFiles files, ReadResult<PeerReview> review, ReadResult<ActionPlan> plan) {
        return AssessmentResult.validate(files, review, plan, READERS, engine.catalogue());
    }

    /** The framework of a valid self-assessment. */
    FrameworkDefinition framework(SelfAssessment assessment) {
        return engine.catalogue().framework(assessment.framework()).orElseThrow();
    }

    /** The page of the self-assessment called {@code name}, or not found. */
    Page withEntry(String name, Function<ServedFolder.Entry, Page> page) {
        return folder.entry(name)
                .map(page)
                .orElseGet(
                        () -> new Page.NotFound("There is no self-assessment '" + name + "' in " + folder.dir() + "."));
    }

    /**
     * The page of the self-assessment called {@code name} when it is valid alone; else its problems, with the
     * {@code advice} for it.
     */
    Page withValid(
            String name,
            Function<ServedFolder.Entry, String> advice,
            BiFunction<ServedFolder.Entry, AssessmentResult, Page> page) {
        return withEntry(name, e -> {
            AssessmentResult alone = alone(e.file());
            return alone.isValid()
                    ? page.apply(e, alone)
                    : new Page.Problems(e, "Problems in " + e.file().getFileName(), alone.problems(), advice.apply(e));
        });
    }

    /**
     * Runs a save of {@code file} alone: no other save of it runs meanwhile, in this server or another. When another
     * server's save held it for too long, nothing is saved and the page says so.
     */
    Page exclusively(ServedFolder.Entry e, Path file, Supplier<Page> save) {
        synchronized (saving) {
            try (ServedFolder.SaveLock lock = ServedFolder.SaveLock.acquire(file, SAVE_WAIT)) {
                if (lock == null) {
                    return new Page.Problems(
                            409,
                            e,
                            "Another save is under way",
                            List.of(),
                            file.getFileName()
                                    + " is being saved by another eflg serve, so nothing was saved. Go back and save again.");
                }
                return save.get();
            }
        }
    }

    /** The label of a level of the framework's scale, as the terminal summary writes it. */
    static String label(FrameworkDefinition framework, String levelId) {
        if (levelId == null) {
            return "-";
        }
        return ControlCharacters.forTerminal(
                framework.scale().level(levelId).map(MaturityLevel::label).orElse(levelId));
    }

    /** An enum constant in words: {@code ON_TRACK} is "on track". */
    static String words(String constant) {
        return constant == null ? "" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
