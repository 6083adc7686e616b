package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.migration.EditionMapping;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped mappings from the 2014 and 2009 editions to 2021, checked against the editions they join. */
class EditionMappingContentTest {

    static FrameworkDefinition edition(String id) {
        return LgaContentTest.REGISTRY.catalogue().framework(id).orElseThrow();
    }

    static EditionMapping mapping(String from) {
        return LgaContentTest.REGISTRY.migration().mapping(from).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lga-eflg-2014", "lga-eflg-2009"})
    void theMappingIsSoundAgainstBothEditions(String from) {
        List<String> problems = mapping(from).check(edition(from), edition("lga-eflg-2021")).stream()
                .map(ValidationProblem::format)
                .toList();
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lga-eflg-2014", "lga-eflg-2009"})
    void everySourceCriterionAppearsExactlyOnceInTheSourceOrder(String from) {
        List<String> sources =
                mapping(from).entries().stream().map(EditionMapping.Entry::from).toList();
        assertEquals(edition(from).criteria().map(Criterion::id).toList(), sources);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lga-eflg-2014", "lga-eflg-2009"})
    void everyTargetIsA2021Criterion(String from) {
        FrameworkDefinition target = edition("lga-eflg-2021");
        List<String> unknown = mapping(from).entries().stream()
                .flatMap(e -> e.to().stream())
                .filter(id -> target.criterion(id).isEmpty())
                .toList();
        assertEquals(List.of(), unknown);
        assertEquals("lga-eflg-2021", mapping(from).to());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lga-eflg-2014", "lga-eflg-2009"})
    void theMappingSaysItIsTheProductsOwnNotAnLgaPublication(String from) {
        assertEquals(
                true,
                mapping(from).note().contains("product's own mapping"),
                mapping(from).note());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lga-eflg-2014", "lga-eflg-2009"})
    void every2021CriterionHasAnOlderCriterionLeadingToIt(String from) {
        Map<String, Long> received = mapping(from).entries().stream()
                .flatMap(e -> e.to().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> orphans = edition("lga-eflg-2021")
                .criteria()
                .map(Criterion::id)
                .filter(id -> !received.containsKey(id))
                .toList();
        assertEquals(List.of(), orphans, "2021 criteria that no older criterion leads to");
    }
}
