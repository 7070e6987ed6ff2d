package org.kpiengine.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kpiengine.data.EngineChoice;
import org.kpiengine.data.MeasureSource;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.report.Restatement;
import org.kpiengine.rules.Interpretation;

/**
 * One archiving run: which scorecard of which definitions, how to evaluate and render it (with which template
 * files: the template first, then its subreports), who asks for
 * it, with which parameters, the key that signs it off, if any, and whether to store the evidence
 * (the records behind each KPI's latest figure). Evaluating and rendering are passed
 * in so that the archive depends on no more than their results.
 */
public record ArchiveRequest(DefinitionSet definitions, ScorecardDefinition scorecard, Optional<LocalDate> asOf,
                             List<Path> templateFiles, Evaluation evaluation, Rendering rendering, String engineVersion,
                             String author, Map<String, String> parameters, Optional<SigningKey> signing,
                             boolean evidence, EngineChoice engines) {

    /** Evaluates and interprets the scorecard over the given source. */
    @FunctionalInterface
    public interface Evaluation {
        Interpretation evaluate(MeasureSource source);
    }

    /**
     * Renders the PDF scorecard of an interpretation to a file, with what it restates of the latest earlier
     * bundle of the scorecard in the archive, when there is one whose periods it shares.
     */
    @FunctionalInterface
    public interface Rendering {
        void render(Interpretation interpretation, Optional<Restatement> restatement, Path pdf);
    }

    /** A run on each dataset's own engine. */
    public ArchiveRequest(DefinitionSet definitions, ScorecardDefinition scorecard, Optional<LocalDate> asOf,
                          List<Path> templateFiles, Evaluation evaluation, Rendering rendering, String engineVersion,
                          String author, Map<String, String> parameters, Optional<SigningKey> signing,
                          boolean evidence) {
        this(definitions, scorecard, asOf, templateFiles, evaluation, rendering, engineVersion, author, parameters, signing,
                evidence, EngineChoice.AS_DEFINED);
    }

    public ArchiveRequest {
        Objects.requireNonNull(definitions, "definitions");
        Objects.requireNonNull(engines, "engines");
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(asOf, "asOf");
        templateFiles = List.copyOf(templateFiles);
        if (templateFiles.isEmpty()) {
            throw new IllegalArgumentException("a rendering needs at least its template");
        }
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(rendering, "rendering");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(author, "author");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(signing, "signing");
    }
}
