package org.pilotbridge.document;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * Finds what could act on a reader's machine anywhere in a PDF: JavaScript (document-level scripts,
 * open actions, additional actions of the document, pages, annotations and form fields, links, and
 * dynamic XFA forms), launch actions, and embedded files. It visits every object reachable from the
 * trailer, so that nothing hides in a place a viewer looks and a narrower check does not; it reads
 * only the dictionaries and never decodes a stream, so a content stream that inflates to gigabytes
 * costs nothing.
 */
final class ActiveContent {

	private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

	private static final COSName LAUNCH = COSName.getPDFName("Launch");

	private ActiveContent() {
	}

	/** The first reason found to reject the document, if any. */
	static Optional<PdfRejection> find(COSDocument document) throws IOException {
		Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
		var pending = new ArrayDeque<COSBase>();
		pending.push(document.getTrailer());
		while (!pending.isEmpty()) {
			InterruptibleRead.checkNotInterrupted();
			var object = pending.pop();
			if (!visited.add(object)) {
				continue;
			}
			switch (object) {
				case COSObject reference -> {
					var target = reference.getObject();
					if (target != null) {
						pending.push(target);
					}
				}
				case COSDictionary dictionary -> {
					var found = rejectionOf(dictionary);
					if (found.isPresent()) {
						return found;
					}
					dictionary.getValues().forEach(pending::push);
				}
				case COSArray array -> array.forEach(pending::push);
				default -> {
					// numbers, strings, names and the like hold nothing further
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<PdfRejection> rejectionOf(COSDictionary dictionary) {
		var action = dictionary.getDictionaryObject(COSName.S);
		if (COSName.JAVA_SCRIPT.equals(action) || dictionary.containsKey(COSName.JS)
				|| dictionary.containsKey(COSName.JAVA_SCRIPT) || dictionary.containsKey(COSName.XFA)) {
			return Optional.of(PdfRejection.SCRIPT);
		}
		if (LAUNCH.equals(action)) {
			return Optional.of(PdfRejection.LAUNCH_ACTION);
		}
		if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
				|| FILE_ATTACHMENT.equals(dictionary.getDictionaryObject(COSName.SUBTYPE))
				|| COSName.EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE))) {
			return Optional.of(PdfRejection.EMBEDDED_FILE);
		}
		return Optional.empty();
	}

}
