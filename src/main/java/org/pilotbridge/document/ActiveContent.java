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
import org.apache.pdfbox.cos.COSStream;

/**
 * Finds what could act on a reader's machine or reach outside the file anywhere in a PDF:
 * JavaScript (document-level scripts, open actions, additional actions of the document,
 * pages, annotations and form fields, links, and dynamic XFA forms), launch actions,
 * embedded files, and actions that reach outside: another file ({@code GoToR},
 * {@code GoToE}), a web address ({@code URI}), a form sent or data imported
 * ({@code SubmitForm}, {@code ImportData}), renditions, sounds and movies, wherever they
 * sit (the catalog's open action and additional actions, pages' additional actions,
 * annotations' actions and additional actions, outline items, form fields, or the chain
 * of a {@code /Next} action). It visits every object reachable from the trailer once, so
 * that nothing hides in a place a viewer looks and a narrower check does not, and it has
 * {@link Inflation} unpack every stream it meets into a counting sink, so a stream that
 * inflates to gigabytes is refused without ever being held.
 */
final class ActiveContent {

	private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

	private static final COSName LAUNCH = COSName.getPDFName("Launch");

	/** Actions that reach outside the file. */
	private static final Set<COSName> OUTSIDE_ACTIONS = Set.of(COSName.getPDFName("GoToR"), COSName.getPDFName("GoToE"),
			COSName.URI, COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"),
			COSName.getPDFName("Rendition"), COSName.getPDFName("Sound"), COSName.getPDFName("Movie"));

	private ActiveContent() {
	}

	/** The first reason found to reject the document, if any. */
	static Optional<PdfRejection> find(COSDocument document, Inflation inflation) throws IOException {
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
					if (dictionary instanceof COSStream stream && !inflation.withinBound(stream)) {
						return Optional.of(PdfRejection.INFLATES_TOO_MUCH);
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
		if (action instanceof COSName name && OUTSIDE_ACTIONS.contains(name)) {
			return Optional.of(PdfRejection.OUTSIDE_ACTION);
		}
		if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
				|| FILE_ATTACHMENT.equals(dictionary.getDictionaryObject(COSName.SUBTYPE))
				|| COSName.EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE))) {
			return Optional.of(PdfRejection.EMBEDDED_FILE);
		}
		return Optional.empty();
	}

}
