package io.github.equalityframework.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * The document readers a program has: YAML and JSON through a {@link ModelCodec}, and every {@link DocumentReader}
 * added or found on the class path or module path. Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentReaders readers = DocumentReaders.discover(getClass().getClassLoader());
 * ReadResult<SelfAssessment> read = readers.read(Path.of("anytown.xlsx"), SelfAssessment.class);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DocumentReaders {
    private final ModelCodec codec;
    private final List<DocumentReader> readers;

    private DocumentReaders(ModelCodec codec, List<DocumentReader> readers) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.readers = List.copyOf(readers);
    }

    /** YAML and JSON only, read strictly (an unknown field is a problem). */
    public static DocumentReaders standard() {
        return new DocumentReaders(ModelCodec.strict(), List.of());
    }

    /** YAML and JSON read strictly, and the readers a class loader (or the module layer it sees) provides. */
    public static DocumentReaders discover(ClassLoader loader) {
        return standard().discovered(loader);
    }

    /** YAML and JSON read with this codec (for example a lenient one), and the same readers. */
    public DocumentReaders withCodec(ModelCodec codec) {
        return new DocumentReaders(codec, readers);
    }

    /** These readers and the one given, which reads the files that no reader before it reads. */
    public DocumentReaders with(DocumentReader reader) {
        List<DocumentReader> all = new ArrayList<>(readers);
        all.add(Objects.requireNonNull(reader, "reader"));
        return new DocumentReaders(codec, all);
    }

    /** These readers and those a class loader provides; a provider that cannot be loaded is left out. */
    public DocumentReaders discovered(ClassLoader loader) {
        List<DocumentReader> all = new ArrayList<>(readers);
        Iterator<DocumentReader> found =
                ServiceLoader.load(DocumentReader.class, loader).iterator();
        while (true) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                DocumentReader reader = found.next();
                // the same provider seen through two loaders reads the same files once
                if (all.stream().noneMatch(r -> r.getClass() == reader.getClass())) {
                    all.add(reader);
                }
            } catch (ServiceConfigurationError e) {
                // a broken provider adds no format; YAML and JSON are still read
            }
        }
        return new DocumentReaders(codec, all);
    }

    /** The codec that reads YAML and JSON. */
    public ModelCodec codec() {
        return codec;
    }

    /** Whether some reader reads the file, judged by its name. */
    public boolean reads(Path file) {
        return Format.fromFileName(file).isPresent() || readers.stream().anyMatch(r -> r.reads(file));
    }

    /**
     * Reads a file with the reader for its name: YAML and JSON with the codec, other formats with the first reader
     * that reads them; a file no reader reads is given to the codec, which says which formats it reads. Never
     * throws for bad input.
     */
    public <T> ReadResult<T> read(Path file, Class<T> type) {
        if (Format.fromFileName(file).isEmpty()) {
            for (DocumentReader reader : readers) {
                if (reader.reads(file)) {
                    return reader.read(file, type);
                }
            }
        }
        return codec.read(file, type);
    }
}
