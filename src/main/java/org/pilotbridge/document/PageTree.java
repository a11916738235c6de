package org.pilotbridge.document;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Counts the pages of a PDF by walking its page tree once, as a reader does, and finds a
 * tree that is no tree: a node reached twice, because the tree runs in a cycle (a node
 * among its own kids or those of its descendants) or shares a node between parents, which
 * PDFBox quietly skips but other readers may follow forever. A node is a page tree node
 * when its type is {@code /Pages} or it has kids, otherwise a page, as PDFBox decides.
 */
final class PageTree {

	private PageTree() {
	}

	/** Thrown when a node of the page tree is reached a second time. */
	static final class NotATree extends Exception {

		NotATree() {
			super("A node of the page tree is reached twice", null, false, false);
		}

	}

	/**
	 * The number of pages under the catalog's page tree, or {@code max + 1} as soon as
	 * there are more than {@code max}.
	 */
	static int count(COSDictionary catalog, int max) throws NotATree, IOException {
		var root = catalog.getCOSDictionary(COSName.PAGES);
		if (root == null) {
			return 0;
		}
		Set<COSDictionary> reached = Collections.newSetFromMap(new IdentityHashMap<>());
		var pending = new ArrayDeque<COSDictionary>();
		pending.push(root);
		var pages = 0;
		while (!pending.isEmpty()) {
			InterruptibleRead.checkNotInterrupted();
			var node = pending.pop();
			if (!reached.add(node)) {
				throw new NotATree();
			}
			var kids = node.getCOSArray(COSName.KIDS);
			if (!COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) && kids == null) {
				if (++pages > max) {
					return pages;
				}
				continue;
			}
			if (kids != null) {
				push(kids, pending);
			}
		}
		return pages;
	}

	private static void push(COSArray kids, ArrayDeque<COSDictionary> pending) {
		for (int i = kids.size() - 1; i >= 0; i--) {
			if (kids.getObject(i) instanceof COSDictionary kid) {
				pending.push(kid);
			}
		}
	}

}
