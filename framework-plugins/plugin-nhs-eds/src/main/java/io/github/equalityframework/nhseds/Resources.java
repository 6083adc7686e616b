package io.github.equalityframework.nhseds;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** Reads the plugin's own data files. A broken file is a packaging bug, so it fails loudly with its location. */
final class Resources {
    static final String DIRECTORY = "io/github/equalityframework/nhseds/";
    static final String FRAMEWORK = DIRECTORY + "nhs-eds-2022.yaml";
    static final String SCORE_CARD = DIRECTORY + "eds-2022-score-card.yaml";
    static final String PROFILE = DIRECTORY + "profile-nhs-eds-default.yaml";

    private Resources() {}

    /**
     * Reads a YAML resource of this plugin.
     *
     * @throws IllegalStateException when it is missing or does not read cleanly, naming every problem
     */
    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = open(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " not found");
            }
            ReadResult<T> read = ModelCodec.strict().read(in, resource, Format.YAML, type);
            if (!read.isClean()) {
                throw new IllegalStateException(
                        read.problems().stream().map(ValidationProblem::format).collect(Collectors.joining("; ")));
            }
            return read.value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Through this plugin's module (on the module path), else its class loader (on the class path). */
    private static InputStream open(String resource) throws IOException {
        InputStream in = Resources.class.getModule().getResourceAsStream(resource);
        return in != null ? in : Resources.class.getClassLoader().getResourceAsStream(resource);
    }
}
