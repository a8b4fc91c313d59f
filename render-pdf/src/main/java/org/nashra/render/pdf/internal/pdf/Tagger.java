package org.nashra.render.pdf.internal.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the structure tree of a tagged PDF: elements created in reading order,
 * each drawn piece of content marked with an MCID that points back to its
 * element, and the parent tree that maps a page's MCIDs to their elements.
 *
 * <pre>{@code
 * Tagger tagger = new Tagger(document, "ar");
 * Tagger.Element p = tagger.add(tagger.root(), "P");
 * int mcid = tagger.mark(page, p);          // then: /P <</MCID mcid>> BDC … EMC on that page
 * tagger.finish();
 * }</pre>
 *
 * <p>Not thread-safe: one per document being written.
 */
public final class Tagger {

    /** A structure element; its standard type names its tag in the content stream. */
    public static final class Element {
        private final PDStructureElement element;

        private Element(PDStructureElement element) {
            this.element = element;
        }

        /** The structure type: {@code P}, {@code H1}, {@code TD}… */
        public String type() {
            return element.getStructureType();
        }
    }

    private final PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
    private final Element root;
    private final Map<PageWriter, List<PDStructureElement>> marked = new LinkedHashMap<>();
    private final Map<PageWriter, Integer> keys = new HashMap<>();
    /** The element of each annotation, by the annotation's {@code /StructParent} key. */
    private final Map<Integer, PDStructureElement> annotations = new HashMap<>();
    private int nextKey;

    /**
     * Tags the document: a structure tree under a {@code Document} element, the
     * catalog's {@code /MarkInfo} and its language.
     */
    public Tagger(PDDocument document, String language) {
        Objects.requireNonNull(language, "language");
        PDStructureElement doc = new PDStructureElement("Document", treeRoot);
        treeRoot.appendKid(doc);
        this.root = new Element(doc);
        document.getDocumentCatalog().setStructureTreeRoot(treeRoot);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        document.getDocumentCatalog().setMarkInfo(markInfo);
        document.getDocumentCatalog().setLanguage(language);
    }

    /** The {@code Document} element. */
    public Element root() {
        return root;
    }

    /** A new element of the given standard type, the last child of {@code parent}. */
    public Element add(Element parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent.element);
        parent.element.appendKid(e);
        return new Element(e);
    }

    /** A new element with its own language ({@code en} for a Latin span). */
    public Element add(Element parent, String type, String language) {
        Element e = add(parent, type);
        e.element.setLanguage(language);
        return e;
    }

    /** A {@code Figure} with the text that stands for it ({@code /Alt}), as PDF/UA asks of every image. */
    public Element figure(Element parent, String alt) {
        Element figure = add(parent, "Figure");
        figure.element.setAlternateDescription(alt);
        return figure;
    }

    /** Where an element (a {@code Figure}) sits on its page: its layout attribute {@code /BBox}. */
    public void boundingBox(Element e, PDRectangle box) {
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(box);
        e.element.addAttribute(layout);
    }

    /** A header cell: a {@code TH} whose {@code /Scope} is its column. */
    public Element columnHeader(Element row) {
        Element th = add(row, "TH");
        PDTableAttributeObject table = new PDTableAttributeObject();
        table.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        th.element.addAttribute(table);
        return th;
    }

    /** A title for an element, read by assistive technology ({@code /T}). */
    public void title(Element e, String title) {
        e.element.setTitle(title);
    }

    /**
     * The next MCID of a page, now owned by {@code element}; the caller wraps what
     * it draws in {@code BDC}/{@code EMC} with this MCID and the element's type.
     */
    public int mark(PageWriter page, Element element) {
        List<PDStructureElement> list = marked.computeIfAbsent(page, p -> {
            int key = nextKey++;
            keys.put(p, key);
            p.page().getCOSObject().setInt(COSName.STRUCT_PARENTS, key);
            return new ArrayList<>();
        });
        int mcid = list.size();
        list.add(element.element);
        // a reference with its page, since one element (a paragraph) may run across pages
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page.page());
        // written inside its element's /K, not as an object of its own: a bulletin has hundreds of these,
        // and each object costs the file an entry in an object stream and in the cross-reference stream
        reference.getCOSObject().setDirect(true);
        element.element.appendKid(reference);
        return mcid;
    }

    /**
     * Makes an annotation of a page (a link) content of {@code element}: an object reference
     * in the element, the annotation's {@code /StructParent} in the parent tree, and the page's
     * tab order by structure, as PDF/UA asks.
     */
    public void annotation(PageWriter page, Element element, PDAnnotation annotation) {
        int key = nextKey++;
        annotation.setStructParent(key);
        annotations.put(key, element.element);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page.page());
        element.element.appendKid(reference);
        page.page().getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    /** Writes the parent tree; call once, after the last page is drawn. */
    public void finish() {
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        annotations.forEach(numbers::put);
        for (Map.Entry<PageWriter, List<PDStructureElement>> e : marked.entrySet()) {
            COSArray array = new COSArray();
            for (PDStructureElement element : e.getValue()) {
                array.add(element);
            }
            numbers.put(keys.get(e.getKey()), new PDParentTreeValue(array));
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(numbers);
        treeRoot.setParentTree(parentTree);
        treeRoot.setParentTreeNextKey(nextKey);
    }
}
