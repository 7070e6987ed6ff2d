package org.kpiengine.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.kpiengine.data.RoutingMeasureSource;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.KpiException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.evaluation.ScorecardEvaluator;
import org.kpiengine.report.Restatement;
import org.kpiengine.report.ResultRow;
import org.kpiengine.report.ResultRows;
import org.kpiengine.report.ResultsWriter;
import org.kpiengine.rules.Interpretation;

/**
 * Writes one write-once bundle per run into an archive folder: built in a {@code .<name>.partial}
 * folder, moved into place with one atomic rename, then chained into the archive's index. A run that
 * fails or dies leaves no folder that looks like a bundle and no index entry.
 */
public final class ScorecardArchiver {

    static final String PDF = "scorecard.pdf";
    static final String RESULTS_JSON = "results.json";
    static final String RESULTS_CSV = "results.csv";
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path archive;
    private final Clock clock;
    private final Supplier<String> runSuffixes;

    public ScorecardArchiver(Path archive) {
        this(archive, Clock.systemUTC(), ScorecardArchiver::randomSuffix);
    }

    ScorecardArchiver(Path archive, Clock clock, Supplier<String> runSuffixes) {
        this.archive = archive.toAbsolutePath().normalize();
        this.clock = clock;
        this.runSuffixes = runSuffixes;
    }

    /**
     * @throws InvalidInputException if the archive folder cannot be made or used, besides whatever
     *                               evaluating and rendering throw
     * @throws KpiException          (an internal error) if writing the bundle inside it fails
     */
    public ArchivedBundle archive(ArchiveRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (request.evidence()) {
            Evidence.requireIdColumns(request.definitions(), request.scorecard());
        }
        prepareFolder();
        try {
            return write(request, now);
        } catch (IOException | UncheckedIOException e) {
            throw new KpiException("the bundle could not be written in " + archive + ": " + e.getMessage(), e);
        }
    }

    /** The one step whose failure is the user's to fix: the folder they named cannot hold an archive. */
    private void prepareFolder() {
        try {
            Files.createDirectories(archive);
            PartialBundles.removeAbandoned(archive);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(SourceLocation.of(archive), "cannot hold an archive: " + e.getMessage());
        }
    }

    private ArchivedBundle write(ArchiveRequest request, Instant now) throws IOException {
        List<DatasetDefinition> datasets = ScorecardEvaluator.datasetsFor(request.definitions(), request.scorecard());
        Interpretation interpretation;
        List<DataFingerprint> fingerprints;
        Optional<Evidence> evidence = Optional.empty();
        try (RecordingMeasureSource source =
                     new RecordingMeasureSource(new RoutingMeasureSource(datasets, request.engines()))) {
            interpretation = request.evaluation().evaluate(source);
            fingerprints = DataFingerprints.of(datasets, source);
            if (request.evidence()) {
                evidence = Optional.of(Evidence.collect(request.definitions(), interpretation.evaluation(), source));
            }
        }
        String asOf = interpretation.evaluation().asOf().toString();
        String name = request.scorecard().id() + "-" + asOf + "-" + RUN_TIME.format(now) + "-" + runSuffixes.get();
        Path bundle = archive.resolve(name);
        try (PartialBundles.Claim claim = PartialBundles.claim(archive, name)) {
            Path partial = claim.folder();
            String retainUntil = request.scorecard().retention()
                    .map(retention -> retention.retainUntil(LocalDate.ofInstant(now, ZoneOffset.UTC)).toString())
                    .orElse(null);
            Manifest draft = new Manifest(Manifest.FORMAT, name, request.engineVersion(), request.scorecard().id(), asOf,
                    request.author(), now.toString(), retainUntil, null, request.parameters(), fingerprints, List.of(),
                    List.of());
            Manifest manifest = fill(archive, partial, request, interpretation, evidence, draft);
            moveIntoPlace(partial, bundle);
            IndexEntry entry = ArchiveIndex.append(archive, manifest, Sha256.of(bundle.resolve(BundleFiles.MANIFEST)));
            return new ArchivedBundle(bundle, manifest, entry);
        }
    }

    private static Manifest fill(Path archive, Path partial, ArchiveRequest request, Interpretation interpretation,
                                 Optional<Evidence> evidence, Manifest draft) throws IOException {
        List<ResultRow> rows = ResultRows.of(interpretation);
        try (Writer out = Files.newBufferedWriter(partial.resolve(RESULTS_JSON), StandardCharsets.UTF_8)) {
            ResultsWriter.json(rows, interpretation.findings(), out);
        }
        try (Writer out = Files.newBufferedWriter(partial.resolve(RESULTS_CSV), StandardCharsets.UTF_8)) {
            ResultsWriter.csv(rows, out);
        }
        if (evidence.isPresent()) {
            evidence.get().write(partial);
        }
        DefinitionSnapshot.copy(request.definitions().root(), request.definitions().datasets(), request.templateFiles(),
                partial);
        List<PdfAttachment> attachments = BundleFiles.list(partial).stream()
                .map(file -> PdfAttachment.of(BundleFiles.relative(partial, file))).toList();
        Path pdf = partial.resolve(PDF);
        request.rendering().render(interpretation, restatement(archive, partial, draft), pdf);
        PdfAttachments.attach(pdf, partial, attachments, documentInstant(draft.asOf()));
        Manifest signed = draft.withAttachments(attachments.stream().map(PdfAttachment::path).toList());
        if (request.signing().isPresent()) {
            signed = signed.withSignature(PadesSigner.sign(pdf, request.signing().get(),
                    Instant.parse(draft.generatedAt())));
        }
        List<BundleFile> files = BundleFiles.list(partial).stream().map(file -> BundleFile.of(partial, file)).toList();
        Manifest manifest = signed.withFiles(files);
        Files.write(partial.resolve(BundleFiles.MANIFEST), manifest.toJson());
        return manifest;
    }

    /**
     * What this run restates of the latest earlier bundle of the scorecard, once the results and snapshot are
     * written; empty when no figure changed, so that a rerun with the same inputs gives the same PDF.
     */
    private static Optional<Restatement> restatement(Path archive, Path partial, Manifest draft) {
        ResultFigures figures = ResultFigures.read(partial.resolve(RESULTS_JSON));
        return EarlierRun.of(archive, draft.scorecard(), figures).map(earlier -> {
            Manifest before = Manifest.read(earlier.resolve(BundleFiles.MANIFEST));
            Manifest after = draft.withFiles(BundleFiles.list(partial).stream()
                    .map(file -> BundleFile.of(partial, file)).toList());
            return Restatements.between(before, ResultFigures.read(earlier.resolve(RESULTS_JSON)), after, figures)
                    .forReport(before.asOf());
        }).filter(restatement -> !restatement.figures().isEmpty());
    }

    /** The attachments' dates, like the PDF's own: the as-of day at 00:00 UTC, never the time of the run. */
    private static Instant documentInstant(String asOf) {
        return LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** One rename; never onto an existing bundle, never a copy that could be seen half done. */
    private static void moveIntoPlace(Path partial, Path bundle) throws IOException {
        if (Files.exists(bundle)) {
            throw new IOException("a bundle named " + bundle.getFileName() + " already exists; bundles are never"
                    + " overwritten");
        }
        try {
            Files.move(partial, bundle, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + bundle.getParent() + " cannot rename atomically", e);
        }
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
