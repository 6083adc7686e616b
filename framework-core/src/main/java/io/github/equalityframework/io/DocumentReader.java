package io.github.equalityframework.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Reads documents of one file format into the model, in the manner of Jackson's format modules: the core reads
 * YAML and JSON itself, and a module on the class path or module path adds a format by providing this service
 * ({@code provides io.github.equalityframework.io.DocumentReader with ...} in its module-info, or a
 * {@code META-INF/services} entry). {@code framework-xlsx} adds self-assessment workbooks ({@code .xlsx}) this way.
 * Callers do not choose readers: {@link DocumentReaders} picks the one that reads a file.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface DocumentReader {
    /**
     * Whether this reader reads the file, judged by its name alone (its extension); never throws. YAML and JSON
     * files are always read by the core, whatever a reader says here.
     */
    boolean reads(Path file);

    /**
     * Reads the file as a document of the model type (a {@code SelfAssessment}, {@code PeerReview} or
     * {@code ActionPlan}). Never throws for bad input: every problem, including a file that cannot be opened or a
     * type this format does not hold, is in the result, placed in the file.
     *
     * @param file the file, one that {@link #reads} accepts
     * @param type the model type to read
     * @param <T>  the model type
     * @return the value read (empty when the file could not be read at all) and every problem found
     */
    <T> ReadResult<T> read(Path file, Class<T> type);
}
