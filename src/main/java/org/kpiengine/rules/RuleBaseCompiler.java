package org.kpiengine.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.RuleFile;
import org.kpiengine.error.ProblemCollector;
import org.kpiengine.error.SourceLocation;

/**
 * Builds one rule base per run from the band rules generated from the KPIs' YAML and every
 * {@code .drl} file of the definitions folder. Nothing is compiled into the application.
 */
public final class RuleBaseCompiler {

    private static final String RESOURCE_ROOT = "src/main/resources/kpi/";
    /** Drools reports a parser error's column only inside its text, as in {@code [ERR 101] Line 7:36 ...}. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+)\\s*");
    /** Drools' follow-up to a parser error; the parser error itself says what is wrong. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private RuleBaseCompiler() {
    }

    /** Compiles the rules, or takes them from the rule-base cache when exactly these rules compiled before. */
    public static RuleBase compile(DefinitionSet definitions) {
        return compile(definitions, RuleBaseCache.fromSystem());
    }

    /** Compiles the rules without reading or filling the rule-base cache, as the first run of these rules does. */
    public static RuleBase compileAnew(DefinitionSet definitions) {
        return compile(definitions, RuleBaseCache.off());
    }

    static RuleBase compile(DefinitionSet definitions, RuleBaseCache cache) {
        Map<String, String> resources = new LinkedHashMap<>();
        Map<String, String> displayNames = new LinkedHashMap<>();
        for (KpiDefinition kpi : definitions.kpis()) {
            String path = RESOURCE_ROOT + "generated/bands_" + kpi.id() + ".drl";
            resources.put(path, BandRuleGenerator.generate(kpi));
            displayNames.put(path, kpi.location().file() + " (bands)");
        }
        int index = 0;
        Map<String, SourceLocation> ruleLocations = new LinkedHashMap<>();
        for (RuleFile rule : definitions.ruleFiles()) {
            ruleLocations.putAll(RuleLocations.of(rule));
            String path = RESOURCE_ROOT + "user/rules_" + index++ + ".drl";
            resources.put(path, rule.text());
            displayNames.put(path, rule.displayName());
        }
        KieBase base = cache.load(resources).orElseGet(() -> {
            KieBase built = build(resources, displayNames);
            cache.store(resources, built);
            return built;
        });
        return new RuleBase(base, ruleLocations);
    }

    private static KieBase build(Map<String, String> resources, Map<String, String> displayNames) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        resources.forEach(files::write);
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        reportErrors(builder, displayNames);
        KieContainer container = services.newKieContainer(builder.getKieModule().getReleaseId());
        return container.getKieBase();
    }

    private static void reportErrors(KieBuilder builder, Map<String, String> displayNames) {
        ProblemCollector problems = new ProblemCollector();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String text = clean(message.getText());
            if (text.startsWith(NULL_PACKAGE)) {
                continue;
            }
            int line = Math.max(0, message.getLine());
            int column = line == 0 ? 0 : Math.max(0, message.getColumn());
            Matcher position = PARSER_POSITION.matcher(text);
            if (position.find()) {
                line = Integer.parseInt(position.group(1));
                column = Integer.parseInt(position.group(2)) + 1;
                text = text.substring(position.end());
            }
            if (text.startsWith("Unable to resolve ObjectType")) {
                text += "; import it from org.kpiengine.rules.model (KpiResult, BandVerdict, Finding) or check its spelling";
            }
            problems.error(new SourceLocation(displayName(message.getPath(), displayNames), line, column),
                    "the rule cannot be compiled: " + text);
        }
        if (!problems.hasErrors() && builder.getResults().hasMessages(Message.Level.ERROR)) {
            problems.error(new SourceLocation("rules", 0, 0), "the rules cannot be compiled: "
                    + clean(builder.getResults().getMessages(Message.Level.ERROR).get(0).getText()));
        }
        problems.throwIfErrors();
    }

    /** Drools names files without the resource folder; find which of ours it means. */
    private static String displayName(String path, Map<String, String> displayNames) {
        if (path == null) {
            return "rules";
        }
        return displayNames.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("/" + path) || entry.getKey().equals(path))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(path);
    }

    private static String clean(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((first, second) -> first + " " + second).orElse(text)
                .replaceAll("\\s+", " ").strip();
    }
}
