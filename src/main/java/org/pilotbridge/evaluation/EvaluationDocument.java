package org.pilotbridge.evaluation;

/**
 * A letter or a report as a PDF/A-3b file.
 *
 * @param fileName safe for a {@code Content-Disposition} header and a mail attachment
 */
public record EvaluationDocument(String fileName, byte[] pdf) {

	public EvaluationDocument {
		pdf = pdf.clone();
	}

	@Override
	public byte[] pdf() {
		return pdf.clone();
	}

}
