package org.pilotbridge.catalogue;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.catalogue.SolutionFiles.StoredFile;
import org.pilotbridge.document.PdfInspection;
import org.pilotbridge.document.PdfInspector;
import org.pilotbridge.document.SafeFileName;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.InvalidInput;

/**
 * What the members of a company do with its solution profiles: write them, add up to
 * {@value Solution#MAX_IMAGES} images and a PDF brochure, submit them for screening, and
 * take them out of the catalogue. Every change applies to the working version; the
 * published version stays as a platform administrator approved it until a newer version
 * is approved. Each call checks that the current person belongs to the solution's
 * company.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SolutionManagement {

	private final Solutions solutions;

	private final SolutionFiles files;

	private final SolutionValidation validation;

	private final ImageSanitizer images;

	private final PdfInspector pdfs;

	private final CatalogueAccess access;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SolutionManagement(Solutions solutions, SolutionFiles files, SolutionValidation validation, ImageSanitizer images,
			PdfInspector pdfs, CatalogueAccess access, CurrentPerson current, ApplicationEventPublisher events,
			Clock clock) {
		this.solutions = solutions;
		this.files = files;
		this.validation = validation;
		this.images = images;
		this.pdfs = pdfs;
		this.access = access;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts a solution of the company, which the current person belongs to.
	 * @throws InvalidInput when a text is too long or a value malformed
	 */
	public SolutionId create(OrganisationId company, SolutionProfile profile) {
		var author = access.requireCompanyMember(company);
		validation.checkFormat(profile);
		var solution = Solution.create(SolutionReferences.newReference(profile.name()), company, author, profile,
				clock.instant());
		return solutions.save(solution).id();
	}

	/**
	 * Saves the working version as it is. A solution submitted or screened becomes a
	 * draft again, to be submitted anew; its published version stays online meanwhile.
	 * @param version the version the solution was read at
	 * @throws OptimisticLockingFailureException when someone saved the solution since
	 * @throws InvalidInput when a text is too long or a value malformed
	 */
	public void update(SolutionId id, int version, SolutionProfile profile) {
		var solution = lockAndLoad(id);
		access.requireCompanyMember(solution.company());
		if (solution.version() != version) {
			throw new OptimisticLockingFailureException(
					"Solution " + id + " is at version " + solution.version() + ", not " + version);
		}
		validation.checkFormat(profile);
		solution.describe(profile, clock.instant());
		solutions.save(solution);
	}

	/**
	 * Submits the working version for screening by a platform administrator.
	 * @throws InvalidInput listing what is missing, one problem per field, or when it is
	 * waiting for screening or published already
	 */
	public void submit(SolutionId id) {
		var solution = lockAndLoad(id);
		access.requireCompanyMember(solution.company());
		if (solution.state() == SolutionState.PENDING || solution.state() == SolutionState.PUBLISHED) {
			throw InvalidInput.of("solution", "catalogue.solution.nothing-to-submit");
		}
		validation.checkComplete(solution.profile());
		solution.submit(clock.instant());
		solutions.save(solution);
		events.publishEvent(new SolutionSubmitted(id, solution.reference(), solution.profile().name(),
				solution.company(), current.auditRecord("solution.submitted", "solution", id,
						Map.of("reference", solution.reference(), "name", solution.profile().name()))));
	}

	/**
	 * Takes the solution out of the public catalogue. The working version stays, as a
	 * draft, and can be submitted again.
	 */
	public void withdraw(SolutionId id) {
		var solution = lockAndLoad(id);
		access.requireCompanyMember(solution.company());
		if (!solution.isPublic()) {
			throw InvalidInput.of("solution", "catalogue.solution.not-public");
		}
		solution.withdraw(clock.instant());
		solutions.save(solution);
		files.deleteAllBut(id, solution.filesInUse());
		events.publishEvent(new SolutionWithdrawn(id, solution.reference(), solution.profile().name(),
				solution.company(),
				current.auditRecord("solution.withdrawn", "solution", id, Map.of("reference", solution.reference()))));
	}

	/** Deletes a solution that was never in the catalogue, with its files. */
	public void delete(SolutionId id) {
		var solution = lockAndLoad(id);
		access.requireCompanyMember(solution.company());
		if (solution.isPublic()) {
			throw InvalidInput.of("solution", "catalogue.solution.withdraw-first");
		}
		solutions.delete(solution);
	}

	/**
	 * Adds an image to the working version: a PNG or JPEG picture, stored re-encoded,
	 * scaled down and without its metadata.
	 * @throws InvalidInput when the solution has {@value Solution#MAX_IMAGES} images
	 * already, or the file is not an acceptable picture
	 */
	public SolutionFileId addImage(SolutionId id, String fileName, InputStream content) {
		var solution = lockAndLoad(id);
		var member = access.requireCompanyMember(solution.company());
		if (solution.images().size() >= Solution.MAX_IMAGES) {
			throw InvalidInput.of(ImageSanitizer.FIELD, "catalogue.image.too-many", Solution.MAX_IMAGES);
		}
		var image = images.sanitize(content);
		var name = SafeFileName.of(stem(fileName) + "." + image.extension());
		var now = clock.instant();
		var file = files.add(id, new StoredFile(SolutionFileInfo.Kind.IMAGE, name.value(), image.contentType(),
				image.content(), image.sha256(), image.width(), image.height(), null), member, now);
		solution.addImage(file, now);
		solutions.save(solution);
		return file;
	}

	public void removeImage(SolutionId id, SolutionFileId image) {
		var solution = lockAndLoad(id);
		access.requireCompanyMember(solution.company());
		if (solution.removeImage(image, clock.instant())) {
			solutions.save(solution);
			files.deleteAllBut(id, solution.filesInUse());
		}
	}

	/**
	 * Sets the brochure of the working version, replacing any earlier one.
	 * @throws InvalidInput when the file is not an acceptable PDF (see
	 * {@link PdfInspector})
	 */
	public SolutionFileId attachBrochure(SolutionId id, String fileName, InputStream content) {
		var solution = lockAndLoad(id);
		var member = access.requireCompanyMember(solution.company());
		var pdf = switch (pdfs.inspect(content)) {
			case PdfInspection.Accepted accepted -> accepted;
			case PdfInspection.Rejected rejected ->
				throw InvalidInput.of("brochure", rejected.messageKey(), rejected.arguments().toArray());
		};
		var now = clock.instant();
		var file = files.add(id, new StoredFile(SolutionFileInfo.Kind.BROCHURE, SafeFileName.ofPdf(fileName).value(),
				"application/pdf", pdf.content(), pdf.sha256(), null, null, pdf.pages()), member, now);
		solution.replaceBrochure(file, now);
		solutions.save(solution);
		files.deleteAllBut(id, solution.filesInUse());
		return file;
	}

	public void removeBrochure(SolutionId id) {
		var solution = lockAndLoad(id);
		access.requireCompanyMember(solution.company());
		if (solution.brochure().isPresent()) {
			solution.replaceBrochure(null, clock.instant());
			solutions.save(solution);
			files.deleteAllBut(id, solution.filesInUse());
		}
	}

	private Solution lockAndLoad(SolutionId id) {
		solutions.lock(id.id()).orElseThrow(() -> new SolutionNotFound(id));
		return solutions.findById(id.id()).orElseThrow(() -> new SolutionNotFound(id));
	}

	private static String stem(String fileName) {
		var name = fileName == null ? "" : fileName;
		var dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name.isBlank() ? "image" : name;
	}

}
