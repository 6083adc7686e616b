package io.github.equalityframework.examples.quickstart;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import java.nio.file.Path;

/** Usage: Quickstart PLUGIN-DIR SELF-ASSESSMENT... Prints each file's problems, or its level and findings. */
public final class Quickstart {
    public static void main(String[] args) {
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .discoverPlugins() // the LGA plugin and any other on the class path
                .pluginPath(Path.of(args[0])) // plus a council's plugin jars from a directory
                .build()) { // immutable: share it between threads
            for (int i = 1; i < args.length; i++) {
                // read with NAME-review.yaml and NAME-plan.yaml beside it, validated once, assessed when valid
                AssessmentResult result = engine.assess(AssessmentFiles.beside(Path.of(args[i])));
                result.problems().forEach(p -> System.out.println(p.format())); // file:line:col: path: message
                result.report().ifPresent(report -> {
                    System.out.println(report.organisation() + ": " + result.label(report.overall()));
                    report.findings()
                            .forEach(f -> System.out.println(result.locate(f.path()) + ": " + f.severity() + " "
                                    + f.rule() + ": " + f.message()));
                });
            }
        }
    }
}
