package org.kpiengine.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finishes an exported PDF: completes its PDF/A conformance where Jasper falls short (see {@link CidSets}), then
 * makes it reproducible, so that the same document content always gives the same bytes. It pins what a PDF writer
 * varies from run to run:
 * <ul>
 * <li>the dates in the Info dictionary (CreationDate, ModDate) and in the XMP metadata (xmp:CreateDate,
 * xmp:ModifyDate, xmp:MetadataDate), each set to one instant given by the caller, the same in both as PDF/A
 * requires;</li>
 * <li>the font-subset prefixes ({@code ABCDEF+DejaVuSans}), each replaced by six letters derived from the
 * font's name and embedded font program, the same wherever the prefixed name appears;</li>
 * <li>the trailer /ID, both entries set to the first 16 bytes of a SHA-256 over the saved document with an
 * all-zero placeholder ID in their place.</li>
 * </ul>
 * Only dates and keys already present are rewritten, none is added. The document is written with a full
 * save and without object or cross-reference streams, which every PDF/A part allows.
 */
final class PdfNormalizer {

    private static final Pattern SUBSET_PREFIX = Pattern.compile("^([A-Z]{6})\\+(.*)$", Pattern.DOTALL);
    private static final Pattern XMP_DATE_ELEMENT = Pattern.compile(
            "(<(\\w+):(CreateDate|ModifyDate|MetadataDate)>)[^<]*(</\\2:\\3>)");
    private static final Pattern XMP_DATE_ATTRIBUTE = Pattern.compile(
            "(\\b\\w+:(?:CreateDate|ModifyDate|MetadataDate)\\s*=\\s*)(\"[^\"]*\"|'[^']*')");
    private static final DateTimeFormatter PDF_DATE =
            DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter XMP_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final int ID_LENGTH = 16;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private PdfNormalizer() {
    }

    /** The PDF in {@code pdf} with its dates set to {@code instant} (whole seconds, UTC) and everything else pinned. */
    static byte[] normalize(byte[] pdf, Instant instant) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            CidSets.removeFrom(document);
            setInfoDates(document, instant);
            setXmpDates(document, instant);
            renameSubsets(document);
            setId(document, new byte[ID_LENGTH]);
            byte[] saved = save(document);
            byte[] id = new byte[ID_LENGTH];
            System.arraycopy(sha256(saved), 0, id, 0, ID_LENGTH);
            writeId(saved, id);
            return saved;
        }
    }

    /**
     * Puts {@code id} in place of both placeholder entries of the trailer's /ID. Written over the saved bytes
     * rather than saved again: the hex strings have the same length, so no offset moves.
     */
    private static void writeId(byte[] pdf, byte[] id) {
        byte[] placeholder = ("<" + HEX.formatHex(new byte[ID_LENGTH]) + ">").getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = ("<" + HEX.formatHex(id) + ">").getBytes(StandardCharsets.US_ASCII);
        int from = lastIndexOf(pdf, "trailer".getBytes(StandardCharsets.US_ASCII), pdf.length);
        int replaced = 0;
        for (int at = from < 0 ? -1 : indexOf(pdf, placeholder, from); at >= 0 && replaced < 2;
                at = indexOf(pdf, placeholder, at + placeholder.length)) {
            System.arraycopy(replacement, 0, pdf, at, replacement.length);
            replaced++;
        }
        if (replaced != 2) {
            throw new IllegalStateException("the trailer /ID of the saved PDF was not where it was expected");
        }
    }

    private static int indexOf(byte[] bytes, byte[] sought, int from) {
        for (int i = from; i <= bytes.length - sought.length; i++) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] sought, int before) {
        for (int i = Math.min(before, bytes.length) - sought.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        return -1;
    }

    private static void setInfoDates(PDDocument document, Instant instant) {
        COSDictionary info = document.getDocument().getTrailer().getCOSDictionary(COSName.INFO);
        if (info == null) {
            return;
        }
        String date = PDF_DATE.format(instant);
        for (COSName key : new COSName[] {COSName.CREATION_DATE, COSName.MOD_DATE}) {
            if (info.containsKey(key)) {
                info.setItem(key, new COSString(date));
            }
        }
    }

    private static void setXmpDates(PDDocument document, Instant instant) throws IOException {
        COSStream metadata = document.getDocumentCatalog().getCOSObject().getCOSStream(COSName.METADATA);
        if (metadata == null) {
            return;
        }
        String xmp;
        try (InputStream in = metadata.createInputStream()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String date = XMP_DATE.format(instant);
        String pinned = XMP_DATE_ELEMENT.matcher(xmp)
                .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + date + match.group(4)));
        pinned = XMP_DATE_ATTRIBUTE.matcher(pinned).replaceAll(match -> {
            char quote = match.group(2).charAt(0);
            return Matcher.quoteReplacement(match.group(1) + quote + date + quote);
        });
        if (!pinned.equals(xmp)) {
            // Unfiltered, as PDF/A wants the metadata stream readable without decoding.
            try (OutputStream out = metadata.createOutputStream()) {
                out.write(pinned.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Replaces each random subset prefix by one derived from the font's name and program, everywhere it appears. */
    private static void renameSubsets(PDDocument document) throws IOException {
        Set<COSDictionary> dictionaries = reachableDictionaries(document);
        Map<String, String> prefixes = new HashMap<>();
        for (COSDictionary dictionary : dictionaries) {
            if (COSName.FONT_DESC.equals(dictionary.getCOSName(COSName.TYPE))) {
                Matcher name = subsetName(dictionary.getCOSName(COSName.FONT_NAME));
                if (name != null) {
                    prefixes.putIfAbsent(name.group(1), derivedPrefix(name.group(2), fontProgram(dictionary)));
                }
            }
        }
        for (COSDictionary dictionary : dictionaries) {
            COSName type = dictionary.getCOSName(COSName.TYPE);
            if (COSName.FONT.equals(type)) {
                rename(dictionary, COSName.BASE_FONT, prefixes);
            } else if (COSName.FONT_DESC.equals(type)) {
                rename(dictionary, COSName.FONT_NAME, prefixes);
            }
        }
    }

    private static void rename(COSDictionary dictionary, COSName key, Map<String, String> prefixes) {
        Matcher name = subsetName(dictionary.getCOSName(key));
        if (name != null) {
            // A font without a descriptor of its own (a Type 0 font) shares its descendant's prefix.
            String prefix = prefixes.computeIfAbsent(name.group(1), old -> derivedPrefix(name.group(2), new byte[0]));
            dictionary.setItem(key, COSName.getPDFName(prefix + "+" + name.group(2)));
        }
    }

    private static Matcher subsetName(COSName name) {
        if (name == null) {
            return null;
        }
        Matcher matcher = SUBSET_PREFIX.matcher(name.getName());
        return matcher.matches() ? matcher : null;
    }

    private static byte[] fontProgram(COSDictionary descriptor) throws IOException {
        for (COSName key : new COSName[] {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3}) {
            COSStream stream = descriptor.getCOSStream(key);
            if (stream != null) {
                try (InputStream in = stream.createInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        return new byte[0];
    }

    /** Six upper-case letters from a SHA-256 over the font's name without prefix and its font program. */
    static String derivedPrefix(String baseName, byte[] fontProgram) {
        MessageDigest digest = sha256Digest();
        byte[] name = baseName.getBytes(StandardCharsets.UTF_8);
        digest.update(name);
        digest.update((byte) 0);
        digest.update(fontProgram);
        byte[] hash = digest.digest();
        StringBuilder prefix = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            prefix.append((char) ('A' + Math.floorMod(hash[i], 26)));
        }
        return prefix.toString();
    }

    /** Every dictionary (streams included) reachable from the trailer, direct or indirect, each once. */
    static Set<COSDictionary> reachableDictionaries(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<COSDictionary> dictionaries = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(document.getDocument().getTrailer());
        while (!pending.isEmpty()) {
            COSBase base = pending.pop();
            if (base instanceof COSObject object) {
                base = object.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                dictionaries.add(dictionary);
                dictionary.getValues().forEach(pending::push);
            } else if (base instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
        return dictionaries;
    }

    private static void setId(PDDocument document, byte[] id) {
        COSArray ids = new COSArray();
        for (int i = 0; i < 2; i++) {
            COSString entry = new COSString(id);
            entry.setForceHexForm(true);
            ids.add(entry);
        }
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256Digest().digest(bytes);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
