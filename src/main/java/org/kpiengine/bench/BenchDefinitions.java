package org.kpiengine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A temporary copy of a definitions folder for one benchmark run: every file dataset points at the
 * benchmark data, and one extra scorecard shows the whole library, monthly over 12 periods, by team.
 * Its sections and sign-off are taken from the management review scorecard when there is one, so
 * that the rendered report is that review, monthly; KPIs it does not list go into a last section.
 */
final class BenchDefinitions implements AutoCloseable {

    static final String SCORECARD_ID = "bench_whole_library";
    static final String TEMPLATE_SOURCE_SCORECARD = "management_review.yaml";
    private static final Pattern PATH_LINE = Pattern.compile("(?m)^(\\s+path:\\s*)(\\S.*?)\\s*$");

    private final Path folder;
    private final int kpiCount;

    private BenchDefinitions(Path folder, int kpiCount) {
        this.folder = folder;
        this.kpiCount = kpiCount;
    }

    Path folder() {
        return folder;
    }

    int kpiCount() {
        return kpiCount;
    }

    static BenchDefinitions create(Path source, Path data, int trailingMonths, String segmentBy) throws IOException {
        Path root = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException(new SourceLocation(root.toString(), 0, 0),
                    "the definitions folder does not exist or is not a folder; run the bench from the project"
                            + " folder or name the library with --definitions");
        }
        Path copy = Files.createTempDirectory("kpi-bench-definitions");
        try {
            copyTree(root, copy);
            pointDatasetsAt(copy.resolve("datasets"), data);
            List<String> kpis = libraryKpis(copy.resolve("kpis"));
            writeScorecard(copy.resolve("scorecards"), kpis, trailingMonths, segmentBy);
            return new BenchDefinitions(copy, kpis.size());
        } catch (IOException | RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** Replaces each file dataset's {@code path} with the file of the same name in the benchmark data. */
    private static void pointDatasetsAt(Path datasets, Path data) throws IOException {
        try (Stream<Path> files = Files.list(datasets)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher matcher = PATH_LINE.matcher(text);
                if (!matcher.find()) {
                    continue; // a JDBC dataset: no file to point anywhere
                }
                String original = matcher.group(2).replaceAll("^['\"]|['\"]$", "");
                Path replacement = data.toAbsolutePath().normalize().resolve(Path.of(original).getFileName().toString());
                if (!Files.isRegularFile(replacement)) {
                    throw new IllegalArgumentException("dataset file " + file.getFileName() + " reads " + original
                            + ", which the benchmark data in " + data + " does not have");
                }
                String quoted = "'" + replacement.toString().replace("'", "''") + "'";
                Files.writeString(file, matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + quoted)),
                        StandardCharsets.UTF_8);
            }
        }
    }

    private static List<String> libraryKpis(Path kpis) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(kpis)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Map<String, Object> kpi = read(file);
                if (kpi != null && kpi.get("id") instanceof String id && !"retired".equals(kpi.get("status"))) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static void writeScorecard(Path scorecards, List<String> kpis, int trailingMonths, String segmentBy)
            throws IOException {
        Path review = scorecards.resolve(TEMPLATE_SOURCE_SCORECARD);
        Map<String, Object> model = Files.isRegularFile(review) ? read(review) : null;
        Set<String> remaining = new LinkedHashSet<>(kpis);
        List<Map<String, Object>> sections = new ArrayList<>();
        if (model != null && model.get("sections") instanceof List<?> modelSections) {
            for (Object item : modelSections) {
                Map<String, Object> section = (Map<String, Object>) item;
                List<String> listed = ((List<String>) section.get("kpis")).stream().filter(remaining::remove).toList();
                if (!listed.isEmpty()) {
                    sections.add(section(String.valueOf(section.get("title")), listed));
                }
            }
        }
        if (!remaining.isEmpty()) {
            sections.add(section(sections.isEmpty() ? "All KPIs" : "Other KPIs", List.copyOf(remaining)));
        }
        Map<String, Object> scorecard = new LinkedHashMap<>();
        scorecard.put("id", SCORECARD_ID);
        scorecard.put("title", "Benchmark - the whole KPI library, monthly");
        scorecard.put("organisation", model != null && model.get("organisation") != null ? model.get("organisation")
                : "Benchmark");
        scorecard.put("sections", sections);
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("grain", "month");
        period.put("trailing", trailingMonths);
        scorecard.put("period", period);
        scorecard.put("segment_by", segmentBy);
        scorecard.put("template", model != null && model.get("template") != null ? model.get("template")
                : "scorecard.jrxml");
        if (model != null && model.get("sign_off") != null) {
            scorecard.put("sign_off", model.get("sign_off"));
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(scorecards.resolve(SCORECARD_ID + ".yaml"), new Yaml(options).dump(scorecard),
                StandardCharsets.UTF_8);
    }

    private static Map<String, Object> section(String title, List<String> kpis) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("title", title);
        section.put("kpis", kpis);
        return section;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) throws IOException {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        return loaded instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
