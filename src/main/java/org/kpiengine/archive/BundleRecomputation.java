package org.kpiengine.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.rules.Interpretation;

/**
 * Re-evaluating a bundle: its scorecard, from its own snapshot of the definitions, at its as-of date,
 * over the data files its manifest names, and every figure compared with the bundle's results. The
 * caller evaluates (the archive does not know the engine); this class says what to evaluate and judges
 * the outcome.
 */
public final class BundleRecomputation {

    private final Path bundle;
    private final Manifest manifest;
    private final Map<String, DataFingerprint> fingerprints;

    private BundleRecomputation(Path bundle, Manifest manifest) {
        this.bundle = bundle;
        this.manifest = manifest;
        this.fingerprints = manifest.dataSources().stream()
                .collect(Collectors.toMap(DataFingerprint::dataset, Function.identity()));
    }

    /** @throws InvalidInputException if the folder is not a bundle */
    public static BundleRecomputation of(Path bundle) {
        Path folder = bundle.toAbsolutePath().normalize();
        if (!BundleVerifier.isBundle(folder)) {
            throw new InvalidInputException(SourceLocation.of(bundle), "--recompute needs one bundle, a folder with "
                    + BundleFiles.MANIFEST);
        }
        return new BundleRecomputation(folder, Manifest.read(folder.resolve(BundleFiles.MANIFEST)));
    }

    public Path definitions() {
        return bundle.resolve(DefinitionSnapshot.DEFINITIONS);
    }

    public String scorecard() {
        return manifest.scorecard();
    }

    public LocalDate asOf() {
        return LocalDate.parse(manifest.asOf());
    }

    /** The datasets with each file source read from where the manifest says it was read. */
    public List<DatasetDefinition> relocate(Collection<DatasetDefinition> datasets) {
        return datasets.stream().map(dataset -> {
            DataFingerprint recorded = fingerprints.get(dataset.id());
            if (recorded == null || recorded.file() == null || !dataset.format().isFile()) {
                return dataset;
            }
            return dataset.withPath(Path.of(recorded.file()));
        }).toList();
    }

    /**
     * Says of every data source whether it is still what the bundle was made from, before anything is
     * re-evaluated; false when a data file is gone, so that there is nothing to re-evaluate from.
     */
    public boolean checkData(Verification verification) {
        boolean present = true;
        for (DataFingerprint source : manifest.dataSources()) {
            String where = "data " + source.dataset();
            if (source.file() == null) {
                verification.ok(where, "table " + source.table() + " is read again from the database; a database "
                        + "table has no file hash to compare");
                continue;
            }
            Path file = Path.of(source.file());
            if (!Files.isRegularFile(file)) {
                verification.problem(where, source.file() + " is no longer there; the bundle cannot be recomputed");
                present = false;
            } else {
                String sha256 = Sha256.of(file);
                if (sha256.equals(source.sha256())) {
                    verification.ok(where, file.getFileName() + " is unchanged (sha256 " + sha256 + ")");
                } else {
                    verification.problem(where, file.getFileName() + " has changed since the bundle was made: sha256 "
                            + sha256 + ", recorded " + source.sha256());
                }
            }
        }
        return present;
    }

    /** Compares every figure of the re-evaluation with the bundle's results; each difference is a problem. */
    public void compare(Interpretation recomputed, Verification verification) {
        ResultFigures archived = ResultFigures.read(bundle.resolve(ScorecardArchiver.RESULTS_JSON));
        List<FigureChange> changes = archived.changesTo(ResultFigures.of(recomputed));
        String where = bundle.getFileName() + "/" + ScorecardArchiver.RESULTS_JSON;
        for (FigureChange change : changes) {
            verification.problem(where, change.kpi() + ", " + change.period() + ", " + change.segment() + ": archived "
                    + FigureChange.text(change.before()) + ", recomputed " + FigureChange.text(change.after()));
        }
        if (changes.isEmpty()) {
            verification.ok(where, "all " + archived.size() + " figures recomputed to the same values");
        }
    }
}
