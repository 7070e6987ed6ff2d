package org.kpiengine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import outside.engine.Tripwire;

/**
 * A rule base taken from the cache judges exactly as a freshly compiled one; an edited rule misses; an entry
 * that is broken, or that would bring a class to life from outside the rule engine, is ignored and compiled anew.
 */
class RuleBaseCacheTest {

    private static ScorecardEvaluation sample;
    private static DefinitionSet definitions;

    @TempDir
    Path folder;

    @BeforeAll
    static void evaluateTheSampleOnce() {
        KpiEngine engine = KpiEngine.load(ProjectFiles.DEFINITIONS);
        definitions = engine.definitions();
        sample = engine.evaluate(engine.scorecard(Optional.of("management_review")), Optional.of(LocalDate.of(2026, 3, 31)))
                .evaluation();
    }

    @Test
    void aStoredRuleBaseJudgesAsAFreshlyCompiledOne() {
        RuleBaseCache cache = RuleBaseCache.in(folder);
        Interpretation fresh = RuleBaseCompiler.compile(definitions, RuleBaseCache.in(folder.resolve("other")))
                .interpret(sample);

        RuleBaseCompiler.compile(definitions, cache);
        assertEquals(1, entries(folder).size(), "the first compile stores one entry");
        Interpretation cached = RuleBaseCompiler.compile(definitions, cache).interpret(sample);

        assertEquals(1, entries(folder).size(), "the second compile reads it back");
        assertFalse(fresh.findings().isEmpty(), "the sample raises findings to compare");
        assertEquals(fresh.findings(), cached.findings());
        assertEquals(bands(fresh), bands(cached));
        assertEquals(fresh.ruleFiles(), cached.ruleFiles());
    }

    @Test
    void anEditedRuleMisses() {
        Map<String, String> rules = Map.of("kpi/user/rules_0.drl", "package kpi;\n");
        RuleBaseCache cache = RuleBaseCache.in(folder);

        assertNotEquals(cache.entry(rules), cache.entry(Map.of("kpi/user/rules_0.drl", "package kpi;\n\n")));
        assertNotEquals(cache.entry(rules), cache.entry(Map.of("kpi/user/rules_1.drl", "package kpi;\n")));
    }

    @Test
    void aBrokenEntryIsCompiledAgainAndReplaced() throws IOException {
        RuleBaseCache cache = RuleBaseCache.in(folder);
        RuleBaseCompiler.compile(definitions, cache);
        Path entry = entries(folder).get(0);
        Files.writeString(entry, "not a rule base");

        Interpretation result = RuleBaseCompiler.compile(definitions, cache).interpret(sample);

        assertFalse(result.findings().isEmpty());
        assertTrue(Files.size(entry) > 1000, "the broken entry was replaced by a compiled rule base");
    }

    @Test
    void anEntryNamingAClassFromOutsideTheRuleEngineIsNotRead() throws IOException {
        RuleBaseCache cache = RuleBaseCache.in(folder);
        Map<String, String> rules = Map.of("kpi/user/rules_0.drl", "package kpi;\n");
        Files.createDirectories(folder);
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(cache.entry(rules)))) {
            out.writeObject(new ArrayList<>(List.of(new Tripwire())));
        }

        assertTrue(cache.load(rules).isEmpty());
        assertFalse(Tripwire.triggered(), "the filter stopped the stream before the class came to life");
    }

    @Test
    void everyFactClassIsPartOfTheKey() throws IOException {
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/kpiengine/rules/model"))) {
            List<String> model = sources.map(file -> file.getFileName().toString().replace(".java", "")).sorted().toList();
            assertEquals(model, RuleBaseCache.FACT_CLASSES.stream().map(Class::getSimpleName).sorted().toList());
        }
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".rules")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> bands(Interpretation interpretation) {
        List<String> bands = new ArrayList<>();
        for (var kpi : interpretation.evaluation().kpis()) {
            for (Period period : interpretation.evaluation().periods()) {
                interpretation.band(kpi.id(), period, null)
                        .ifPresent(band -> bands.add(kpi.id() + " " + period.label() + " " + band.verdict()));
            }
        }
        return bands;
    }
}
