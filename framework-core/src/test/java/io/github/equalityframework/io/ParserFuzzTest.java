package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A fuzz target for the JSON and YAML readers: valid documents with their bytes mutated (bits flipped,
 * bytes replaced, cut short, ranges deleted or repeated, pieces of other documents and YAML/JSON syntax
 * spliced in). Whatever the bytes, reading and then validating must return problems, each placed in the
 * file, and never throw.
 *
 * <p>{@code ./mvnw verify} runs a few hundred tries. For a longer run, set {@code eflg.fuzz.tries}:
 * <pre>./mvnw -o -pl framework-core test -Dtest=ParserFuzzTest -Deflg.fuzz.tries=200000</pre>
 * which runs that many more mutations from the same generator (and a fixed seed per run, printed on
 * failure).
 */
class ParserFuzzTest {
    private static final ModelCodec CODEC = ModelCodec.strict();
    private static final SelfAssessmentValidator VALIDATOR = new SelfAssessmentValidator(TestFramework.catalogue());
    private static final List<Seed> SEEDS = List.of(
            new Seed("small.yaml", Format.YAML, Documents.SMALL_YAML),
            new Seed("full.yaml", Format.YAML, Documents.FULL_YAML),
            new Seed("small.json", Format.JSON, Documents.SMALL_JSON),
            new Seed("detected", null, Documents.SMALL_JSON),
            new Seed("detected", null, Documents.FULL_YAML));
    /** Syntax that steers a parser into its less travelled paths. */
    private static final List<String> TOKENS = List.of(
            "&a ",
            "*a",
            "!!java.net.URL ",
            "!x ",
            "[",
            "]",
            "{",
            "}",
            "\"",
            "'",
            ": ",
            "- ",
            "? ",
            "---\n",
            "...\n",
            "\t",
            "\n",
            "#",
            "|\n",
            ">-\n",
            "%YAML 1.1\n",
            "<<: ",
            "\\u0000",
            "\u0000",
            "\uFEFF",
            "\u0085",
            "\u2028",
            "\uD83D\uDE00",
            "9".repeat(120),
            "1e999999",
            "-0.0",
            "null",
            "~",
            "2023-02-30",
            "0024-01-01",
            ",",
            "//",
            "/*");

    record Seed(String name, Format format, String text) {}

    record Mutant(Seed seed, byte[] bytes) {
        @Override
        public String toString() {
            return seed.name + " mutated: " + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Property(tries = 300)
    void mutatedDocumentsGiveLocatedProblemsAndNeverThrow(@ForAll("mutants") Mutant mutant) {
        check(mutant);
    }

    @Test
    @EnabledIfSystemProperty(named = "eflg.fuzz.tries", matches = "\\d+")
    void longerFuzzRunOnDemand() {
        int tries = Integer.parseInt(System.getProperty("eflg.fuzz.tries"));
        mutants().sampleStream().limit(tries).forEach(ParserFuzzTest::check);
    }

    private static void check(Mutant mutant) {
        String name = mutant.seed.name;
        ReadResult<SelfAssessment> read = CODEC.read(mutant.bytes, name, mutant.seed.format, SelfAssessment.class);
        List<ValidationProblem> problems =
                read.value().map(a -> read.place(VALIDATOR.validate(a))).orElse(read.problems());
        assertTrue(read.value().isPresent() || !problems.isEmpty(), "no value and no problem");
        for (ValidationProblem p : problems) {
            assertNotNull(p.location(), () -> "not placed: " + p);
            assertTrue(
                    p.location().source().equals(name)
                            && p.location().line() >= 1
                            && p.location().column() >= 1,
                    () -> "not placed in the file: " + p);
            assertFalse(p.message().isBlank(), "a problem without a message");
        }
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        Arbitrary<Seed> seeds = Arbitraries.of(SEEDS);
        Arbitrary<Long> randomness = Arbitraries.longs();
        Arbitrary<Integer> steps = Arbitraries.integers().between(1, 6);
        return Combinators.combine(seeds, randomness, steps).as((seed, r, n) -> {
            Random random = new Random(r);
            byte[] bytes = seed.text.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < n; i++) {
                bytes = mutate(bytes, random);
            }
            return new Mutant(seed, bytes);
        });
    }

    private static byte[] mutate(byte[] in, Random random) {
        if (in.length == 0) {
            return token(random);
        }
        int at = random.nextInt(in.length);
        switch (random.nextInt(7)) {
            case 0 -> { // flip a bit
                byte[] out = in.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1 -> { // replace a byte
                byte[] out = in.clone();
                out[at] = (byte) random.nextInt(256);
                return out;
            }
            case 2 -> { // cut short
                return Arrays.copyOf(in, at);
            }
            case 3 -> { // delete a range
                int end = Math.min(in.length, at + 1 + random.nextInt(40));
                return concat(Arrays.copyOfRange(in, 0, at), Arrays.copyOfRange(in, end, in.length));
            }
            case 4 -> { // repeat a range
                int end = Math.min(in.length, at + 1 + random.nextInt(80));
                byte[] range = Arrays.copyOfRange(in, at, end);
                return concat(Arrays.copyOfRange(in, 0, end), concat(range, Arrays.copyOfRange(in, end, in.length)));
            }
            case 5 -> { // splice in part of another document
                byte[] other = SEEDS.get(random.nextInt(SEEDS.size())).text.getBytes(StandardCharsets.UTF_8);
                int from = random.nextInt(other.length);
                int to = Math.min(other.length, from + 1 + random.nextInt(120));
                return concat(
                        Arrays.copyOfRange(in, 0, at),
                        concat(Arrays.copyOfRange(other, from, to), Arrays.copyOfRange(in, at, in.length)));
            }
            default -> { // insert syntax
                return concat(
                        Arrays.copyOfRange(in, 0, at), concat(token(random), Arrays.copyOfRange(in, at, in.length)));
            }
        }
    }

    private static byte[] token(Random random) {
        return TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
