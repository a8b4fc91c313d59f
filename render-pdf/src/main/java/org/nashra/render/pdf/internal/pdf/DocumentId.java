package org.nashra.render.pdf.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The trailer {@code /ID} of a document made from what it shows, not from the clock: a digest of
 * its pages' content streams, the font programs they use and the document information. PDFBox
 * otherwise makes the ID from the time of saving, so two renders of the same input differ; with
 * this one they are the same bytes, and a batch can be compared or cached.
 *
 * <pre>{@code
 * DocumentId.set(document);   // after the last page, fonts and metadata; before save
 * document.save(out);
 * }</pre>
 */
public final class DocumentId {

    private DocumentId() {
    }

    /** Sets both parts of the ID (the permanent and the changing one, equal for a new file) to the digest. */
    public static void set(PDDocument document) throws IOException {
        MessageDigest digest = md5();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
                digestRaw(it.next().getCOSObject(), digest);
            }
            PDResources resources = page.getResources();
            COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts != null) {
                for (COSName name : fonts.keySet()) {
                    if (fonts.getDictionaryObject(name) instanceof COSDictionary font && seen.add(font)) {
                        digest.update(name.getName().getBytes(StandardCharsets.US_ASCII));
                        digestProgram(font, digest);
                    }
                }
            }
        }
        COSDictionary info = document.getDocumentInformation().getCOSObject();
        for (COSName key : info.keySet()) {
            digest.update((key.getName() + '=' + info.getString(key)).getBytes(StandardCharsets.UTF_8));
        }
        byte[] id = digest.digest();
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        document.getDocument().setDocumentID(array);
    }

    /** The embedded program of a Type 0 font, the only kind the renderer writes. */
    private static void digestProgram(COSDictionary font, MessageDigest digest) throws IOException {
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants
                && descendants.getObject(0) instanceof COSDictionary cidFont
                && cidFont.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor
                && descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream program) {
            digestRaw(program, digest);
        }
    }

    /** A stream as stored, compressed: Flate output is deterministic, and inflating it again would cost time. */
    private static void digestRaw(COSStream stream, MessageDigest digest) throws IOException {
        try (InputStream raw = stream.createRawInputStream()) {
            digest.update(raw.readAllBytes());
        }
    }

    private static MessageDigest md5() {
        try {
            // an identifier, not a signature: the 16 bytes PDF readers expect
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("MD5 is a required JDK algorithm", e));
        }
    }
}
