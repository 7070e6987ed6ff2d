package org.kpiengine.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.util.Drools;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kpiengine.cache.CacheFolder;
import org.kpiengine.cache.CacheKey;
import org.kpiengine.rules.model.BandVerdict;
import org.kpiengine.rules.model.Finding;
import org.kpiengine.rules.model.KpiResult;
import org.kpiengine.rules.model.Severity;

/**
 * Compiled rule packages kept between runs, so that a fresh JVM does not parse and compile the same rules again
 * ({@code kpi validate --skip-data} in a fresh JVM: 1.6 s compiling, 0.9 s from the cache). An entry is named by
 * a SHA-256 over every rule text with its resource path, the Drools and Java versions and the fact classes the rules are compiled against, so
 * an edited rule, KPI band or fact class simply misses. Only rule bases that compiled without errors are stored,
 * so a hit has nothing to report. The folder is the user's own ({@code ~/.cache/kpi-engine/rule-bases}, or the
 * system property {@value #FOLDER_PROPERTY}; {@code off} disables the cache), trusted like the definitions:
 * reading an entry deserializes it, though only Drools', MVEL's, the engine's and Java's own classes.
 */
final class RuleBaseCache {

    static final String FOLDER_PROPERTY = "kpi.ruleCache";
    /** Every class the rules see as a fact; a change to any of them changes how rules compile against it. */
    static final List<Class<?>> FACT_CLASSES = List.of(KpiResult.class, BandVerdict.class, Finding.class,
            Severity.class);
    private static final String SUFFIX = ".rules";
    private static final ObjectInputFilter ONLY_RULE_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;maxrefs=5000000;org.drools.**;org.kie.**;org.mvel2.**;org.kpiengine.**;java.**;!*");

    private final CacheFolder folder;

    private RuleBaseCache(CacheFolder folder) {
        this.folder = folder;
    }

    static RuleBaseCache fromSystem() {
        return new RuleBaseCache(CacheFolder.fromSystem(FOLDER_PROPERTY, "rule-bases"));
    }

    static RuleBaseCache off() {
        return new RuleBaseCache(CacheFolder.off());
    }

    static RuleBaseCache in(Path folder) {
        return new RuleBaseCache(CacheFolder.at(folder));
    }

    /** A rule base made from the stored packages of exactly these rule texts, keyed by resource path. */
    Optional<KieBase> load(Map<String, String> rules) {
        return folder.read(key(rules), SUFFIX, file -> {
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(readPackages(file));
            return base;
        });
    }

    void store(Map<String, String> rules, KieBase base) {
        List<KiePackage> packages = new ArrayList<>(base.getKiePackages());
        folder.write(key(rules), SUFFIX, file -> {
            try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeObject(packages);
            }
        });
    }

    Path entry(Map<String, String> rules) {
        return folder.entry(key(rules), SUFFIX).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<KiePackage> readPackages(Path file) throws IOException, ClassNotFoundException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(
                new BufferedInputStream(Files.newInputStream(file)), RuleBaseCache.class.getClassLoader())) {
            in.setObjectInputFilter(ONLY_RULE_CLASSES);
            return (List<KiePackage>) in.readObject();
        }
    }

    private static CacheKey key(Map<String, String> rules) {
        CacheKey key = CacheKey.of("compiled Drools rule packages").with(Drools.getFullVersion())
                .with(System.getProperty("java.specification.version"));
        for (Class<?> fact : FACT_CLASSES) {
            key.with(fact.getName()).with(classFile(fact));
        }
        rules.forEach((path, text) -> key.with(path).with(text));
        return key;
    }

    private static byte[] classFile(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            if (in == null) {
                throw new IllegalStateException("the engine's own class file of " + type.getName() + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the engine's own class file of " + type.getName()
                    + " cannot be read", e);
        }
    }
}
