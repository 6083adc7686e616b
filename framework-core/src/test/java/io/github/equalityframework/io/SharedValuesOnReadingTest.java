package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.SelfAssessment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A register read from a file holds one copy of the kinds, owners, dates and characteristic lists its items repeat
 * (the records share them when they are made, whoever makes them): a benchmark that builds its register in code
 * measures the model a file gives.
 */
class SharedValuesOnReadingTest {
    @Test
    void itemsReadFromAFileShareTheValuesTheyRepeat() {
        String yaml = """
                organisation: {name: Anytown Borough Council, code: E07000999}
                framework: lga-eflg-2021
                period: {from: 2024-04-01, to: 2025-03-31}
                evidence:
                  - {id: ev-1, title: Library EIA, kind: eia, date: 2024-06-01, characteristics: [age, disability], owner: Communities Team}
                  - {id: ev-2, title: Budget EIA, kind: eia, date: 2024-06-01, characteristics: [age, disability], owner: Communities Team}
                """;

        SelfAssessment read = ModelCodec.strict()
                .read(yaml, "anytown.yaml", Format.YAML, SelfAssessment.class)
                .value()
                .orElseThrow();
        List<EvidenceItem> register = read.evidence();

        assertEquals(List.of("age", "disability"), register.get(1).characteristics());
        assertSame(register.get(0).characteristics(), register.get(1).characteristics());
        assertSame(register.get(0).kind(), register.get(1).kind());
        assertSame(register.get(0).owner(), register.get(1).owner());
        assertSame(register.get(0).date(), register.get(1).date());
    }
}
