package org.kpiengine.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.report.Restatement;

/**
 * What a later bundle restates of an earlier one of the same scorecard: every figure of a period both
 * cover whose value differs, and every input that changed between them (data, definition files,
 * template, engine version, as-of date), so that a reader can tell late data from a corrected definition.
 */
public record Restatements(String earlier, String later, List<String> changedInputs, List<FigureChange> figures) {

    public Restatements {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        changedInputs = List.copyOf(changedInputs);
        figures = List.copyOf(figures);
    }

    /** @throws InvalidInputException if either folder is not a bundle, or they are of different scorecards */
    public static Restatements between(Path earlierBundle, Path laterBundle) {
        Manifest before = manifestOf(earlierBundle);
        Manifest after = manifestOf(laterBundle);
        if (!before.scorecard().equals(after.scorecard())) {
            throw new InvalidInputException(SourceLocation.of(laterBundle), "is a bundle of scorecard '"
                    + after.scorecard() + "', not of '" + before.scorecard() + "': only runs of one scorecard restate "
                    + "each other");
        }
        return between(before, ResultFigures.read(earlierBundle.resolve(ScorecardArchiver.RESULTS_JSON)), after,
                ResultFigures.read(laterBundle.resolve(ScorecardArchiver.RESULTS_JSON)));
    }

    /** What the later run restates of the earlier, from their manifests (files listed) and results. */
    static Restatements between(Manifest before, ResultFigures earlierFigures, Manifest after,
                                ResultFigures laterFigures) {
        Set<String> shared = new TreeSet<>(earlierFigures.periods());
        shared.retainAll(laterFigures.periods());
        List<FigureChange> figures = earlierFigures.changesTo(laterFigures).stream()
                .filter(change -> shared.contains(change.period())).toList();
        return new Restatements(before.bundle(), after.bundle(), changedInputs(before, after), figures);
    }

    /** The same, as the report's restatements appendix shows it. */
    Restatement forReport(String earlierAsOf) {
        return new Restatement(earlier, earlierAsOf, changedInputs, figures.stream()
                .map(figure -> new Restatement.RestatedFigure(figure.kpi(), figure.period(), figure.segment(),
                        figure.before(), figure.after()))
                .toList());
    }

    private static Manifest manifestOf(Path bundle) {
        if (!BundleVerifier.isBundle(bundle)) {
            throw new InvalidInputException(SourceLocation.of(bundle), "not a bundle: it has no " + BundleFiles.MANIFEST);
        }
        return Manifest.read(bundle.resolve(BundleFiles.MANIFEST));
    }

    private static List<String> changedInputs(Manifest before, Manifest after) {
        List<String> changes = new ArrayList<>();
        if (!before.asOf().equals(after.asOf())) {
            changes.add("as-of date: " + before.asOf() + " -> " + after.asOf());
        }
        if (!Objects.equals(before.engineVersion(), after.engineVersion())) {
            changes.add("engine version: " + before.engineVersion() + " -> " + after.engineVersion());
        }
        changes.addAll(dataChanges(before, after));
        changes.addAll(fileChanges(before, after));
        return changes;
    }

    private static List<String> dataChanges(Manifest before, Manifest after) {
        Map<String, DataFingerprint> old = byDataset(before);
        Map<String, DataFingerprint> now = byDataset(after);
        Set<String> datasets = new TreeSet<>(old.keySet());
        datasets.addAll(now.keySet());
        List<String> changes = new ArrayList<>();
        for (String dataset : datasets) {
            DataFingerprint a = old.get(dataset);
            DataFingerprint b = now.get(dataset);
            if (a == null || b == null) {
                changes.add("data " + dataset + ": " + (a == null ? "read only by the later run" : "read only by the "
                        + "earlier run"));
            } else if (!sameData(a, b, before.asOf().equals(after.asOf()))) {
                changes.add("data " + dataset + ": " + describe(a) + " -> " + describe(b));
            }
        }
        return changes;
    }

    /**
     * A file is the same data when its hash is. A table has no hash: it is the same when it has as many
     * rows and, for runs of one as-of date (which aggregate the same periods), gave the same aggregated rows.
     */
    private static boolean sameData(DataFingerprint a, DataFingerprint b, boolean sameAsOf) {
        if (a.file() != null || b.file() != null) {
            return Objects.equals(a.sha256(), b.sha256());
        }
        return Objects.equals(a.rows(), b.rows()) && (!sameAsOf || a.aggregatedSha256().equals(b.aggregatedSha256()));
    }

    private static String describe(DataFingerprint source) {
        return source.file() != null ? Path.of(source.file()).getFileName() + " sha256 " + source.sha256()
                : "table " + source.table() + " with " + source.rows() + " rows, aggregated sha256 "
                + source.aggregatedSha256();
    }

    /** Definition and template files of the snapshot, by path and hash; the run's own outputs are left out. */
    private static List<String> fileChanges(Manifest before, Manifest after) {
        Map<String, String> old = snapshotFiles(before);
        Map<String, String> now = snapshotFiles(after);
        Set<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<String> changes = new ArrayList<>();
        for (String path : paths) {
            String a = old.get(path);
            String b = now.get(path);
            if (a == null) {
                changes.add(path + ": added (sha256 " + b + ")");
            } else if (b == null) {
                changes.add(path + ": removed (was sha256 " + a + ")");
            } else if (!a.equals(b)) {
                changes.add(path + ": changed, sha256 " + a + " -> " + b);
            }
        }
        return changes;
    }

    private static Map<String, String> snapshotFiles(Manifest manifest) {
        return manifest.files().stream()
                .filter(file -> file.path().startsWith(DefinitionSnapshot.DEFINITIONS + "/")
                        || file.path().startsWith(DefinitionSnapshot.TEMPLATES + "/"))
                .collect(Collectors.toMap(BundleFile::path, BundleFile::sha256, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, DataFingerprint> byDataset(Manifest manifest) {
        return manifest.dataSources().stream().collect(Collectors.toMap(DataFingerprint::dataset, Function.identity()));
    }

    /** The restatements as a person reads them: the inputs that changed, then a table of the figures. */
    public String text() {
        StringBuilder out = new StringBuilder("Restatements of " + earlier + " by " + later + "\n\nInputs that changed:\n");
        if (changedInputs.isEmpty()) {
            out.append("  none\n");
        }
        changedInputs.forEach(change -> out.append("  ").append(change).append('\n'));
        out.append("\nFigures restated (periods both bundles cover):\n");
        TextTable table = new TextTable("KPI", "Period", "Segment", "Old value", "New value");
        figures.forEach(change -> table.add(change.kpi(), change.period(), change.segment(),
                FigureChange.text(change.before()), FigureChange.text(change.after())));
        out.append(table.isEmpty() ? "  none\n" : table.render());
        out.append('\n').append(figures.isEmpty() ? "No figure is restated."
                : figures.size() == 1 ? "1 figure is restated." : figures.size() + " figures are restated.").append('\n');
        return out.toString();
    }
}
