package io.github.equalityframework.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.time.LocalDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The codec's Jackson mappers, and its read of a document with one. Kept out of {@link ModelCodec} so that a
 * process whose documents all read cleanly (bound by the {@link RecordBinder}) never loads Jackson databind:
 * the JVM loads the classes a class's code names when it checks that code, whether or not it runs.
 */
final class CodecMappers {
    private CodecMappers() {}

    /** The JSON mapper for the limits, reading with the factory's parsers. */
    static ObjectMapper json(ReadLimits limits, JsonFactory factory) {
        return configure(JsonMapper.builder(factory), limits)
                .defaultPrettyPrinter(jsonPrettyPrinter())
                .build();
    }

    /** The YAML mapper for the limits, reading with the factory's parsers. */
    static ObjectMapper yaml(ReadLimits limits, SafeYamlFactory factory) {
        return configure(
                        YAMLMapper.builder(factory)
                                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                                .disable(YAMLWriteFeature.SPLIT_LINES)
                                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                                .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR),
                        limits)
                .build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder, ReadLimits limits) {
        return builder.addModule(
                        new SimpleModule("plausible-dates") {
                            @Override
                            public void setupModule(SetupContext context) {
                                super.setupModule(context);
                                context.addValueInstantiators(new DirectRecordCreators());
                            }
                        }.addDeserializer(LocalDate.class, new PlausibleDates(limits))
                                .addDeserializer(String.class, new ControlFreeStrings()))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(incl ->
                        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                // A scope with nothing listed means "everything", the default: leave it out like an empty list.
                .withConfigOverride(
                        Scope.class,
                        o -> o.setIncludeAsProperty(JsonInclude.Value.construct(
                                JsonInclude.Include.CUSTOM,
                                JsonInclude.Include.NON_EMPTY,
                                ModelCodec.EverythingInScope.class,
                                null)));
    }

    private static DefaultPrettyPrinter jsonPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /**
     * Reads a document with the mapper: every problem found, each placed, and the value where one could be read.
     */
    static <T> ReadResult<T> read(
            ObjectMapper mapper,
            Class<T> type,
            String text,
            String source,
            boolean lenient,
            ModelCodec.LazyLocations locations) {
        ProblemCollector collector = new ProblemCollector(source, lenient);
        T value = null;
        try {
            value = readNoting(mapper, type, collector, text, locations);
        } catch (JacksonException e) {
            // Read again the plain way, so that the problem is exactly as Jackson reports it.
            collector = new ProblemCollector(source, lenient);
            try {
                value = mapper.readerFor(type)
                        .withHandler(collector)
                        .withAttribute(ProblemCollector.class, collector)
                        .readValue(new WholeCodePointReader(text));
            } catch (JacksonException again) {
                ValidationProblem problem = UnreadableDocument.problem(again, source, pathOf(again));
                SourceLocation stopped = problem.location() == null ? locations.stoppedAt() : null;
                collector.add(stopped == null ? problem : problem.locatedAt(stopped));
            }
        }
        if (value == null && collector.isEmpty()) {
            collector.add("", "the document is empty (null)", TokenStreamLocation.NA);
        }
        return new ReadResult<>(value, collector.placeFields(locations::field), locations);
    }

    /**
     * Reads while noting where each token is, so that problems found later are placed without a second
     * parse. Throws for a document that does not read cleanly to its end, trailing content included.
     */
    private static <T> T readNoting(
            ObjectMapper mapper,
            Class<T> type,
            ProblemCollector collector,
            String text,
            ModelCodec.LazyLocations locations) {
        try (RecordingParser parser = new RecordingParser(mapper.createParser(new WholeCodePointReader(text)))) {
            T value = mapper.readerFor(type)
                    .withHandler(collector)
                    .withAttribute(ProblemCollector.class, collector)
                    .readValue(parser);
            if (parser.nextToken() != null) {
                throw MismatchedInputException.from(parser, type, "trailing content"); // reported by the plain read
            }
            parser.notes().ifPresent(locations::noted);
            return value;
        }
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
