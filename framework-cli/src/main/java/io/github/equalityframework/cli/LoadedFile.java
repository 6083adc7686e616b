package io.github.equalityframework.cli;

import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import io.github.equalityframework.validation.ValidationProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * A self-assessment file read and validated: the value when it is valid, and every problem placed in
 * the file.
 */
record LoadedFile(Path file, ReadResult<SelfAssessment> read, List<ValidationProblem> problems) {

    static LoadedFile load(Path file, ModelCodec codec, SelfAssessmentValidator validator) {
        ReadResult<SelfAssessment> read = codec.readSelfAssessment(file);
        List<ValidationProblem> problems = read.value()
                .map(assessment -> read.place(validator.validate(assessment)))
                .orElse(read.problems());
        return new LoadedFile(file, read, problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    SelfAssessment assessment() {
        return read.value().orElseThrow();
    }
}
