package io.github.equalityframework.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads and writes the model as JSON or YAML. Immutable and safe to share between threads.
 *
 * <p>Reading never throws for bad input: it returns a {@link ReadResult} with every problem found, each
 * with file, line, column and data path. Unknown fields are errors unless the codec is
 * {@linkplain Builder#lenient(boolean) lenient}. Writing is deterministic: fields in model order, empty
 * values left out, {@code \n} line ends, the same bytes for equal models.
 *
 * <p>Reading stays within the codec's {@link ReadLimits} (document size, text and number length,
 * nesting depth, date range); a document beyond one gives a problem naming the limit, never an
 * exception or unbounded memory.
 */
@API(status = STABLE, since = "0.1")
public final class ModelCodec {
    private final boolean lenient;
    private final ReadLimits limits;
    /**
     * The mappers, made when first used and shared by every codec with the same limits (the lenient setting is
     * the read's, not the mapper's): a mapper costs start-up time to build and then more to warm up, and most
     * commands need one format only.
     */
    private final Mappers mappers;

    private static final Mappers DEFAULT_MAPPERS = new Mappers(ReadLimits.DEFAULTS);

    private ModelCodec(Builder builder) {
        this.lenient = builder.lenient;
        this.limits = builder.limits;
        // The same instance first: a record's first equals builds its method handles, which costs start-up time.
        this.mappers = limits == ReadLimits.DEFAULTS || limits.equals(ReadLimits.DEFAULTS)
                ? DEFAULT_MAPPERS
                : new Mappers(limits);
    }

    /**
     * A JSON and a YAML parser factory and mapper for one set of limits, each made on first use; thread-safe. A
     * document that reads cleanly is bound from the factory's parser without a mapper ({@link RecordBinder}).
     */
    private static final class Mappers {
        private final ReadLimits limits;
        private final RecordBinder binder;
        private volatile JsonFactory jsonFactory;
        private volatile SafeYamlFactory yamlFactory;
        private volatile ObjectMapper json;
        private volatile ObjectMapper yaml;

        Mappers(ReadLimits limits) {
            this.limits = limits;
            this.binder = new RecordBinder(limits);
        }

        private JsonFactory jsonFactory() {
            JsonFactory factory = jsonFactory;
            if (factory == null) {
                synchronized (this) {
                    if (jsonFactory == null) {
                        jsonFactory = JsonFactory.builder()
                                .streamReadConstraints(constraints(limits))
                                .build();
                    }
                    factory = jsonFactory;
                }
            }
            return factory;
        }

        private SafeYamlFactory yamlFactory() {
            SafeYamlFactory factory = yamlFactory;
            if (factory == null) {
                synchronized (this) {
                    if (yamlFactory == null) {
                        yamlFactory = new SafeYamlFactory(limits);
                    }
                    factory = yamlFactory;
                }
            }
            return factory;
        }

        /** A parser of the text as the mapper of the format makes one: the same factory, features and limits. */
        JsonParser parser(Format format, String text) {
            TokenStreamFactory factory = format == Format.JSON ? jsonFactory() : yamlFactory();
            return factory.createParser(new MapperReadContext(factory), new WholeCodePointReader(text));
        }

        ObjectMapper json() {
            ObjectMapper mapper = json;
            if (mapper == null) {
                synchronized (this) {
                    if (json == null) {
                        json = CodecMappers.json(limits, jsonFactory());
                    }
                    mapper = json;
                }
            }
            return mapper;
        }

        ObjectMapper yaml() {
            ObjectMapper mapper = yaml;
            if (mapper == null) {
                synchronized (this) {
                    if (yaml == null) {
                        yaml = CodecMappers.yaml(limits, yamlFactory());
                    }
                    mapper = yaml;
                }
            }
            return mapper;
        }
    }

    /**
     * What a mapper tells the parsers it makes, for parsers made without one: the factory's features with the
     * mapper's strict duplicate detection, and the factory's limits.
     */
    private static final class MapperReadContext extends ObjectReadContext.Base {
        private final TokenStreamFactory factory;

        MapperReadContext(TokenStreamFactory factory) {
            this.factory = factory;
        }

        @Override
        public int getStreamReadFeatures(int defaults) {
            return defaults | StreamReadFeature.STRICT_DUPLICATE_DETECTION.getMask();
        }

        @Override
        public StreamReadConstraints streamReadConstraints() {
            return factory.streamReadConstraints();
        }

        @Override
        public TokenStreamFactory tokenStreamFactory() {
            return factory;
        }
    }

    /** A strict codec: unknown fields are errors. */
    public static ModelCodec strict() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options for a codec. */
    public static final class Builder {
        private boolean lenient;
        private ReadLimits limits = ReadLimits.DEFAULTS;

        private Builder() {}

        /** When true, unknown fields are skipped silently (for files written by newer versions). */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /** The limits reading stays within; {@link ReadLimits#DEFAULTS} unless set. */
        public Builder limits(ReadLimits limits) {
            this.limits = java.util.Objects.requireNonNull(limits, "limits");
            return this;
        }

        public ModelCodec build() {
            return new ModelCodec(this);
        }
    }

    /** The limits this codec reads within. */
    public ReadLimits limits() {
        return limits;
    }

    /** Jackson's share of the limits, the same for JSON and YAML. */
    static StreamReadConstraints constraints(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentSize())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .build();
    }

    /** Jackson's value filter for {@link Scope}: "equal" to the values to leave out. */
    static final class EverythingInScope {
        @Override
        public boolean equals(Object value) {
            return value == null || Scope.ALL.equals(value);
        }

        @Override
        public int hashCode() {
            return Scope.ALL.hashCode();
        }
    }

    // ---- reading

    /** Reads a self-assessment file; the format comes from the extension, or the content when there is none. */
    public ReadResult<SelfAssessment> readSelfAssessment(Path file) {
        return read(file, SelfAssessment.class);
    }

    /** Reads a framework definition file. */
    public ReadResult<FrameworkDefinition> readFramework(Path file) {
        return read(file, FrameworkDefinition.class);
    }

    /** Reads a document of any model type from a file. */
    public <T> ReadResult<T> read(Path file, Class<T> type) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            return failed(source, "is a directory, not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the limit rather than trusting the size: a device or a growing file has none.
            bytes = in.readNBytes(oneByteMore());
        } catch (NoSuchFileException e) {
            return failed(source, "file not found");
        } catch (IOException e) {
            return failed(source, "cannot read the file: " + e.getMessage());
        }
        return read(bytes, source, Format.fromFileName(file).orElse(null), type);
    }

    /** Reads a document from a stream (which this method does not close). */
    public <T> ReadResult<T> read(InputStream in, String source, Format format, Class<T> type) {
        try {
            return read(in.readNBytes(oneByteMore()), source, format, type);
        } catch (IOException e) {
            return failed(source, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a document from bytes, which must be UTF-8. A {@code null} format is detected from the content. */
    public <T> ReadResult<T> read(byte[] bytes, String source, Format format, Class<T> type) {
        if (bytes.length > limits.maxDocumentSize()) {
            return failed(
                    new SourceLocation(source, 1, 1),
                    ReadLimitProblems.documentTooLarge("bytes", limits.maxDocumentSize()));
        }
        if (bytes.length >= 4
                && ((bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[2] == 0 && bytes[3] == 0))) {
            // Checked before UTF-16, whose little-endian mark is how UTF-32's starts.
            return failed(new SourceLocation(source, 1, 1), "the file is UTF-32 text; save it as UTF-8");
        }
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return failed(new SourceLocation(source, 1, 1), "the file is UTF-16 text; save it as UTF-8");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult decoded = decoder.decode(in, out, true);
        if (!decoded.isError()) {
            decoded = decoder.flush(out);
        }
        out.flip();
        if (decoded.isError()) {
            // Point at the first bad byte, so that the user can find the character saved in another encoding.
            return failed(
                    endOf(out, source),
                    String.format(
                            Locale.ROOT,
                            "the file is not valid UTF-8 text (byte 0x%02X); save it as UTF-8",
                            bytes[in.position()]));
        }
        return read(out.toString(), source, format, type);
    }

    /** Enough to tell whether a document is over the size limit without reading all of a huge one. */
    private int oneByteMore() {
        return (int) Math.min(Integer.MAX_VALUE - 8L, limits.maxDocumentSize() + 1L);
    }

    /**
     * Where the first character is that no document of ours holds anywhere (a C0 control other than tab
     * and line ends, DEL, a C1 control, or a noncharacter), or -1. Checked before parsing so that
     * the problem is placed exactly, and named the same way, whatever the format.
     */
    static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || (c >= 0x7F && c <= 0x9F)
                    || c == '\uFFFE'
                    || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    /** The line and column just after the text. */
    private static SourceLocation endOf(CharSequence text, String source) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                column++;
            }
        }
        return new SourceLocation(source, line, column);
    }

    /** Reads a document from text. A {@code null} format is detected from the content. */
    public <T> ReadResult<T> read(String content, String source, Format format, Class<T> type) {
        return read(content, source, format, type, true);
    }

    /** Reads a document from text with the mapper alone, as every read did before the binder; for tests. */
    <T> ReadResult<T> readWithMapper(String content, String source, Format format, Class<T> type) {
        return read(content, source, format, type, false);
    }

    private <T> ReadResult<T> read(String content, String source, Format format, Class<T> type, boolean binding) {
        if (content.length() > limits.maxDocumentSize()) {
            return failed(
                    new SourceLocation(source, 1, 1),
                    ReadLimitProblems.documentTooLarge("characters", limits.maxDocumentSize()));
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        int control = firstControlCharacter(text);
        if (control >= 0) {
            char c = text.charAt(control);
            return failed(
                    endOf(text.substring(0, control), source),
                    String.format(
                            Locale.ROOT,
                            "the file holds a control character (U+%04X) that text never does; it may be binary, or text"
                                    + " saved in another encoding such as %s",
                            (int) c,
                            c >= 0x7F && c <= 0x9F ? "Windows-1252" : "UTF-16"));
        }
        Format chosen = format != null ? format : Format.detect(text);
        LazyLocations locations = new LazyLocations(mappers, chosen, text, source);
        if (text.isBlank()) {
            return new ReadResult<>(
                    null,
                    List.of(ValidationProblem.at("", "the file is empty").locatedAt(new SourceLocation(source, 1, 1))),
                    locations);
        }
        if (binding && RecordBinder.supports(type)) {
            T bound = bind(chosen, type, text, locations);
            if (bound != null) {
                return new ReadResult<>(bound, List.of(), locations);
            }
        }
        // Read the plain way, so that every problem is as Jackson reports it.
        return CodecMappers.read(mapper(chosen), type, text, source, lenient, locations);
    }

    /**
     * The value of a document that reads cleanly, bound without a mapper (noting where each token is, as the
     * mapper's read does); {@code null} when the binder is not sure of it, and the mapper must read it.
     */
    private <T> T bind(Format format, Class<T> type, String text, LazyLocations locations) {
        try {
            return bound(format, type, text, locations);
        } catch (RuntimeException unsure) {
            // RecordBinder.Bail, a parser's JacksonException, or anything unforeseen: the mapper reads and reports.
            return null;
        }
    }

    /**
     * The value the binder gives for a document, noting its tokens for the locations when they are given.
     *
     * @throws RecordBinder.Bail saying why when the binder is not sure of the value
     */
    <T> T bound(Format format, Class<T> type, String text, LazyLocations locations) {
        try (RecordingParser parser = new RecordingParser(mappers.parser(format, text))) {
            T value = mappers.binder.read(parser, type);
            if (locations != null) {
                parser.notes().ifPresent(locations::noted);
            }
            return value;
        }
    }

    private static <T> ReadResult<T> failed(String source, String message) {
        return failed(new SourceLocation(source, 0, 0), message);
    }

    private static <T> ReadResult<T> failed(SourceLocation where, String message) {
        return new ReadResult<>(null, List.of(ValidationProblem.at("", message).locatedAt(where)), path -> where);
    }

    /** Builds the location index at most once, and only if a problem needs placing. */
    static final class LazyLocations implements java.util.function.Function<String, SourceLocation> {
        private final Mappers mappers;
        private final Format format;
        private final String text;
        private final String source;
        private volatile LocationIndex index;
        /** The tokens noted while the document was read, if it read to its end; the index is built from them. */
        private volatile RecordingParser.Notes notes;

        LazyLocations(Mappers mappers, Format format, String text, String source) {
            this.mappers = mappers;
            this.format = format;
            this.text = text;
            this.source = source;
        }

        @Override
        public SourceLocation apply(String path) {
            return index().locate(path);
        }

        /** Where the field name at the path is, or its value when the path does not end in a field. */
        SourceLocation field(String path) {
            return index().locateField(path);
        }

        /** Where a scan of the document stopped at an error, or {@code null}. */
        SourceLocation stoppedAt() {
            return index().stoppedAt();
        }

        /** How many steps look-ups have taken through the index so far; for tests that count work. */
        long probes() {
            LocationIndex i = index;
            return i == null ? 0 : i.probes();
        }

        void noted(RecordingParser.Notes tokens) {
            this.notes = tokens;
        }

        private LocationIndex index() {
            LocationIndex i = index;
            if (i == null) {
                RecordingParser.Notes tokens = notes;
                i = tokens != null
                        ? LocationIndex.replay(tokens, source)
                        : LocationIndex.scan(mappers.parser(format, text), source);
                index = i;
                notes = null;
            }
            return i;
        }
    }

    // ---- writing

    /** The document for a model value, ending with a newline. */
    public String write(Object value, Format format) {
        String text = mapper(format).writeValueAsString(value);
        return text.endsWith("\n") ? text : text + "\n";
    }

    /**
     * The document for a model value, written over the text of the document it was read from (and edited) so
     * that what did not change stays as the user wrote it. In YAML, every entry whose value is unchanged keeps
     * its text byte for byte: comments above, beside and between entries, folded and literal text, flow lists,
     * quoting, blank lines, key order; changed and new entries are written as {@link #write(Object, Format)}
     * writes them, at the place and indentation of what they replace. The result always reads back to the
     * value: when the original cannot be read by this codec, or keeping its layout would not give the value,
     * the result is the plain document after the comment lines the original opens with. JSON has no comments
     * and is written plainly.
     *
     * @param original the text of the file as it is now (within this codec's read limits)
     * @param value the model value to write, of the type the original holds
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public String rewrite(String original, Object value, Format format) {
        String plain = write(value, format);
        if (format != Format.YAML) {
            return plain;
        }
        String bom = original.startsWith("\uFEFF") ? "\uFEFF" : "";
        String text = original.substring(bom.length());
        ReadResult<?> before = read(text, "", Format.YAML, value.getClass());
        if (before.isClean()) {
            // Trees from JSON, which types every value as the model does: YAML would take the text "1e3" for a number.
            JsonNode oldTree = mappers.json().readTree(write(before.value().get(), Format.JSON));
            JsonNode newTree = mappers.json().readTree(write(value, Format.JSON));
            String kept =
                    KeptLayout.splice(text, oldTree, newTree, mappers.yaml()).orElse(null);
            if (kept != null) {
                ReadResult<?> back = read(kept, "", Format.YAML, value.getClass());
                if (back.isClean() && write(back.value().get(), Format.YAML).equals(plain)) {
                    return bom + kept;
                }
            }
        }
        return bom + leadingComment(text) + plain;
    }

    /** The comment lines a text opens with. */
    static String leadingComment(String text) {
        StringBuilder comment = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            comment.append(line).append('\n');
        }
        return comment.toString();
    }

    /**
     * Writes a model value to a file atomically: the file is either left as it was or replaced whole.
     * The format comes from the file's extension.
     */
    public void write(Object value, Path file) {
        Format format = Format.fromFileName(file)
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the format of " + file + " from its name; use .json, .yaml or .yml"));
        writeAtomically(file, write(value, format));
    }

    /** Writes text to a file, UTF-8, as {@link #writeAtomically(Path, byte[])} does. */
    public static void writeAtomically(Path file, String text) {
        writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes to an output file without ever destroying what is not a plain file. A regular file (or a
     * new one) is written through a temporary file in the same directory and a rename, so that it is either
     * left as it was or replaced whole, and keeps the POSIX mode and group of the file it replaces; a new
     * file gets the mode the umask gives. A device or FIFO ({@code /dev/null}, a named pipe) is written
     * straight, never replaced, and {@code /dev/stdout} through the process's own standard output. A symbolic link is followed to its target; the link stays a link. Missing parent directories are
     * created.
     *
     * @throws CannotWriteException when the path is a directory, or the system refuses the write; its
     *     message is one line, {@code cannot write FILE: REASON}
     */
    public static void writeAtomically(Path file, byte[] bytes) {
        OutputFile.write(file, bytes);
    }

    ObjectMapper mapper(Format format) {
        return format == Format.JSON ? mappers.json() : mappers.yaml();
    }
}
