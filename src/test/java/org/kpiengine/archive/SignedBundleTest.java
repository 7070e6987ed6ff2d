package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.cli.CliRun;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.report.PdfaVerdict;

/** PAdES sign-off: the signed PDF stays PDF/A, the manifest records the signature, and verify checks it. */
class SignedBundleTest {

    private static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    static Path workspace;

    static Path keystore;
    static ArchivedBundle signed;
    static ArchivedBundle unsigned;

    @BeforeAll
    static void archiveSignedAndUnsigned() {
        keystore = TestKeystore.create(workspace.resolve("signer.p12"), PASSWORD);
        Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("project"));
        SigningKey key = SigningKey.load(keystore, PASSWORD.clone(), Optional.empty());
        signed = ArchivedRuns.archiveAt(workspace.resolve("archive"), definitions, "2026-02-28", "2026-03-01T09:00:00Z",
                "0000aaaa", "Quality Office", Optional.of(key));
        unsigned = ArchivedRuns.archiveAt(workspace.resolve("archive"), definitions, "2026-02-28",
                "2026-03-01T09:05:00Z", "0000bbbb", "Quality Office");
    }

    @Test
    void manifestAndIndexRecordTheSigner() {
        PdfSignature signature = signed.manifest().signature();
        assertEquals(TestKeystore.SUBJECT, signature.signer());
        assertEquals(SigningKey.load(keystore, PASSWORD.clone(), Optional.of(TestKeystore.ALIAS)).certificateSha256(),
                signature.certificateSha256());
        assertEquals("2026-03-01T09:00:00Z", signature.signedAt());
        assertEquals(TestKeystore.SUBJECT, signed.entry().signer());
        CliRun list = CliRun.of("archive", "list", workspace.resolve("archive").toString());
        assertTrue(list.out().contains(TestKeystore.SUBJECT), list.out());
    }

    @Test
    void theSignedPdfIsTheUnsignedOneWithTheSignatureAppended() throws Exception {
        byte[] signedPdf = Files.readAllBytes(signed.folder().resolve("scorecard.pdf"));
        byte[] unsignedPdf = Files.readAllBytes(unsigned.folder().resolve("scorecard.pdf"));
        assertEquals(unsignedPdf.length, signed.manifest().signature().unsignedSize());
        assertArrayEquals(unsignedPdf, Arrays.copyOf(signedPdf, unsignedPdf.length));
        assertEquals(Sha256.of(unsignedPdf), signed.manifest().signature().unsignedSha256());
    }

    @Test
    void theSignedPdfStaysPdfA() throws Exception {
        PdfaVerdict verdict = PdfaVerdict.of(signed.folder().resolve("scorecard.pdf"));
        assertTrue(verdict.compliant(), String.join("\n", verdict.failedRules()));
    }

    @Test
    void verifyChecksTheSignature() {
        CliRun run = CliRun.of("verify", signed.folder().toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("/scorecard.pdf: ok: signed by " + TestKeystore.SUBJECT + " at 2026-03-01T09:00:00Z;"
                + " the signature is valid and covers the whole file but itself"), run.out());
    }

    @Test
    void aChangeToTheSignedPdfBreaksTheSignature() {
        Path copy = ArchivedRuns.copy(signed.folder().getParent(), workspace.resolve("tampered-" + System.nanoTime()));
        Path pdf = copy.resolve(signed.folder().getFileName().toString()).resolve("scorecard.pdf");
        ArchivedRuns.flipByte(pdf, 2000);
        CliRun run = CliRun.of("verify", pdf.getParent().toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("/scorecard.pdf: error: changed: expected sha256"), run.out());
        assertTrue(run.out().contains("/scorecard.pdf: error: the signature does not match the file"), run.out());
    }

    @Test
    void aWrongPasswordOrAliasIsInvalidInput() {
        InvalidInputException wrong = assertThrows(InvalidInputException.class,
                () -> SigningKey.load(keystore, "wrong".toCharArray(), Optional.empty()));
        assertEquals(keystore + ": error: the keystore password is wrong", wrong.problems().get(0).format());
        InvalidInputException alias = assertThrows(InvalidInputException.class,
                () -> SigningKey.load(keystore, PASSWORD.clone(), Optional.of("ceo")));
        assertEquals(keystore + ": error: the keystore has no private key under the alias 'ceo'; its keys are "
                + TestKeystore.ALIAS, alias.problems().get(0).format());
    }

    @Test
    void thePasswordIsNeverAnOption() {
        CliRun run = CliRun.of("archive", "--scorecard", "complaints_monthly", "--out",
                workspace.resolve("unused").toString(), "--sign", keystore.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("--sign needs the keystore's password: set the environment variable "
                + "KPI_SIGN_PASSWORD, or run kpi in a terminal to be asked for it"), run.err());
    }
}
