package io.github.equalityframework.io;

import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * A YAML factory whose generator writes text containing NEL (U+0085, the next-line control character)
 * double-quoted, where it is escaped as {@code \N}. SnakeYAML writes NEL raw in plain and literal
 * block scalars, and reading such a file back treats it as a line break: the text comes back changed,
 * or the file cannot be read at all. NEL turns up in real text when Windows-1252 text (where byte 0x85
 * is "…") was decoded as Latin-1.
 *
 * <p>Its parsers apply the {@link ReadLimits}: Jackson's stream read constraints, snakeyaml's code point
 * limit, the {@link ScanLimitReader}'s stop inside a huge value, and the refusals of
 * {@link GuardedYamlParser} (aliases, foreign tags, over-long field names).
 */
final class SafeYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;
    /**
     * How many characters SnakeYAML reads at a time. Each read copies what it has read ahead of the
     * current token, so the work of scanning a long value is its length squared over this; at 64 Ki, a
     * value at the {@link ScanLimitReader}'s bound costs about 32 copies of each character read.
     */
    static final int BUFFER_SIZE = 64 * 1024;

    private final int maxNameLength;
    private final int maxStringLength;

    SafeYamlFactory(ReadLimits limits) {
        super(YAMLFactory.builder()
                .streamReadConstraints(ModelCodec.constraints(limits))
                .loadSettings(LoadSettings.builder()
                        .setCodePointLimit(limits.maxDocumentSize())
                        .setBufferSize(BUFFER_SIZE)
                        // Jackson reads events, not composed nodes, so these are a second line behind the parser's
                        // refusal of aliases.
                        .setMaxAliasesForCollections(0)
                        .setAllowRecursiveKeys(false)
                        .build()));
        this.maxNameLength = limits.maxNameLength();
        this.maxStringLength = limits.maxStringLength();
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader reader) {
        return new GuardedYamlParser(
                readCtxt,
                ioCtxt,
                _getBufferRecycler(),
                readCtxt.getStreamReadFeatures(_streamReadFeatures),
                readCtxt.getFormatReadFeatures(_formatReadFeatures),
                _loadSettings,
                // Room for a value at the limit written with escapes or folded over indented lines, its
                // field name, and what the parser reads ahead.
                new ScanLimitReader(reader, maxStringLength, maxStringLength + maxNameLength + 2L * BUFFER_SIZE),
                maxNameLength);
    }

    @Override
    protected YAMLGenerator _createGenerator(ObjectWriteContext writeCtxt, IOContext ioCtxt, Writer out) {
        return new Generator(
                writeCtxt,
                ioCtxt,
                writeCtxt.getStreamWriteFeatures(_streamWriteFeatures),
                writeCtxt.getFormatWriteFeatures(_formatWriteFeatures),
                _quotingChecker,
                out,
                _version,
                _dumpSettings);
    }

    @Override
    protected YAMLGenerator _createUTF8Generator(ObjectWriteContext writeCtxt, IOContext ioCtxt, OutputStream out) {
        return _createGenerator(writeCtxt, ioCtxt, _createWriter(ioCtxt, out, JsonEncoding.UTF8));
    }

    private static final class Generator extends YAMLGenerator {
        Generator(
                ObjectWriteContext writeCtxt,
                IOContext ioCtxt,
                int streamWriteFeatures,
                int yamlFeatures,
                StringQuotingChecker quotingChecker,
                Writer out,
                SpecVersion version,
                DumpSettings dumpSettings) {
            super(writeCtxt, ioCtxt, streamWriteFeatures, yamlFeatures, quotingChecker, out, version, dumpSettings);
        }

        @Override
        public JsonGenerator writeString(String text) {
            if (text != null && text.indexOf('\u0085') >= 0) {
                _verifyValueWrite("write String value");
                _writeScalar(text, "string", ScalarStyle.DOUBLE_QUOTED);
                return this;
            }
            return super.writeString(text);
        }
    }
}
