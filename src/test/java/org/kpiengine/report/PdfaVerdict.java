package org.kpiengine.report;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/A-3a verdict on one file: what it claims, whether it passes, and each failed rule once. */
public record PdfaVerdict(List<String> claimedFlavours, boolean compliant, List<String> failedRules) {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    public static PdfaVerdict of(Path pdf) throws Exception {
        VeraPDFFoundry foundry = Foundries.defaultInstance();
        List<String> claimed;
        try (PDFAParser parser = foundry.createParser(pdf.toFile(), PDFAFlavour.NO_FLAVOUR, PDFAFlavour.NO_FLAVOUR)) {
            claimed = parser.getFlavours().stream().map(PDFAFlavour::getId).toList();
        }
        try (PDFAParser parser = foundry.createParser(pdf.toFile(), PDFAFlavour.PDFA_3_A, PDFAFlavour.NO_FLAVOUR)) {
            PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_3_A, false);
            ValidationResult result = validator.validate(parser);
            Map<String, String> failures = new TreeMap<>(Comparator.naturalOrder());
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    failures.putIfAbsent(rule, rule + ": " + assertion.getMessage());
                }
            }
            return new PdfaVerdict(claimed, result.isCompliant(), List.copyOf(failures.values()));
        }
    }
}
