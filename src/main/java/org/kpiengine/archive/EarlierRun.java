package org.kpiengine.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bundle a new run of a scorecard may restate: the latest one of the same scorecard in the archive's index
 * that is still there and covers at least one period the new run covers too.
 */
final class EarlierRun {

    private EarlierRun() {
    }

    static Optional<Path> of(Path archive, String scorecard, ResultFigures newFigures) {
        Path index = archive.resolve(ArchiveIndex.FILE);
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        List<IndexEntry> entries = ArchiveIndex.read(index);
        for (int i = entries.size() - 1; i >= 0; i--) {
            IndexEntry entry = entries.get(i);
            Path bundle = archive.resolve(entry.bundle()).normalize();
            if (!scorecard.equals(entry.scorecard()) || !bundle.startsWith(archive) || !BundleVerifier.isBundle(bundle)
                    || !Files.isRegularFile(bundle.resolve(ScorecardArchiver.RESULTS_JSON))) {
                continue;
            }
            Set<String> shared = new HashSet<>(ResultFigures.read(bundle.resolve(ScorecardArchiver.RESULTS_JSON))
                    .periods());
            shared.retainAll(newFigures.periods());
            if (!shared.isEmpty()) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }
}
