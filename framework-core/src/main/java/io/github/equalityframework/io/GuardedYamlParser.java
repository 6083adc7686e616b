package io.github.equalityframework.io;

import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML parser that refuses what the model never needs and a hostile file might use:
 *
 * <ul>
 *   <li>aliases ({@code *name}): Jackson reads an alias as the anchor's name, silently, so a value would
 *       come back wrong; refusing them also rules out alias bombs ("billion laughs");</li>
 *   <li>tags other than the YAML core ones ({@code !!java.net.URL}, {@code !custom}): the codec builds
 *       only model types, and a tag that asks for another type is a sign of an attack or a mistake;</li>
 *   <li>a core tag on the wrong kind of value ({@code !!str} on a list), which Jackson would ignore;</li>
 *   <li>field names longer than the limit, which Jackson checks for JSON only.</li>
 * </ul>
 */
final class GuardedYamlParser extends YAMLParser {
    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");
    /** The plain scalars YAML's core schema reads as no value, besides {@code null}, which Jackson knows. */
    private static final Set<String> CORE_NULLS = Set.of("~", "Null", "NULL");

    private final int maxNameLength;
    private final ScanLimitReader reader;

    GuardedYamlParser(
            ObjectReadContext readCtxt,
            IOContext ioCtxt,
            BufferRecycler recycler,
            int streamReadFeatures,
            int formatReadFeatures,
            LoadSettings settings,
            ScanLimitReader reader,
            int maxNameLength) {
        super(readCtxt, ioCtxt, recycler, streamReadFeatures, formatReadFeatures, settings, reader, false);
        this.maxNameLength = maxNameLength;
        this.reader = reader;
    }

    @Override
    public JsonToken nextToken() throws JacksonException {
        JsonToken token = super.nextToken();
        reader.tokenReturned();
        if (token == null) {
            return null;
        }
        if (isCurrentAlias()) {
            throw refused("the YAML alias *" + getString() + " is not supported; write the value out in full");
        }
        String tag = getRawTag();
        if (tag != null && !(tag.startsWith(CORE) && CORE_TAGS.contains(tag.substring(CORE.length())))) {
            throw refused("the YAML tag " + shown(tag) + " is not allowed; a document holds only plain text, numbers,"
                    + " lists and objects");
        }
        if (tag != null && !token.isStructEnd() && token != JsonToken.PROPERTY_NAME) {
            // A core tag that asks for another kind of value than the one written would be ignored silently.
            String kind = token == JsonToken.START_ARRAY ? "seq" : token == JsonToken.START_OBJECT ? "map" : null;
            String core = tag.substring(CORE.length());
            boolean fits = kind == null ? !core.equals("seq") && !core.equals("map") : core.equals(kind);
            if (!fits) {
                throw refused("the YAML tag " + shown(tag) + " does not fit the "
                        + (kind == null ? "single value" : kind.equals("seq") ? "list" : "object")
                        + " it is on; remove the tag");
            }
        }
        if (token == JsonToken.PROPERTY_NAME && currentName().length() > maxNameLength) {
            throw refused(ReadLimitProblems.nameTooLong(maxNameLength));
        }
        return token;
    }

    /**
     * A plain {@code ~} is no value, as YAML's core schema says and as users write it ({@code plugins: [a, ~]}):
     * Jackson's resolver follows the JSON schema, which knows only {@code null}, and would read the text "~".
     */
    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws JacksonException {
        if (scalar.isPlain() && scalar.getTag().isEmpty() && CORE_NULLS.contains(scalar.getValue())) {
            return JsonToken.VALUE_NULL;
        }
        return super._decodeScalar(scalar);
    }

    private StreamReadException refused(String message) {
        return new StreamReadException(this, message, currentTokenLocation());
    }

    private static String shown(String tag) {
        return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
    }
}
