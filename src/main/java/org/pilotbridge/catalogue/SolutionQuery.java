package org.pilotbridge.catalogue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.shared.Markdown;

/**
 * Reads solutions: the public page of a published one (for anyone), the working version
 * for the company's members and platform administrators, the company's list, and the
 * download of an image or brochure (published files for anyone, the others for the
 * company and administrators only).
 */
@Service
@Transactional(readOnly = true)
public class SolutionQuery {

	static final int DESCRIPTION_LENGTH = 160;

	private final Solutions solutions;

	private final SolutionFiles files;

	private final CatalogueAccess access;

	private final CpvCatalogue cpv;

	private final OrganisationDirectory organisations;

	SolutionQuery(Solutions solutions, SolutionFiles files, CatalogueAccess access, CpvCatalogue cpv,
			OrganisationDirectory organisations) {
		this.solutions = solutions;
		this.files = files;
		this.access = access;
		this.cpv = cpv;
		this.organisations = organisations;
	}

	/** The address of a solution's public page. */
	public static String pathOf(String reference) {
		return "/solutions/" + reference;
	}

	/**
	 * A solution in the catalogue, by the reference in its address; empty when it is not
	 * public.
	 */
	public Optional<PublicSolution> byReference(String reference) {
		return solutions.idByReference(reference == null ? "" : reference.strip())
			.flatMap(solutions::findById)
			.filter(Solution::isPublic)
			.map(this::toPublic);
	}

	/**
	 * The working version, for the company's members and platform administrators.
	 * @throws SolutionNotFound when there is no such solution
	 * @throws AccessDeniedException when the person is neither
	 */
	@PreAuthorize("isAuthenticated()")
	public ManagedSolution managed(SolutionId id) {
		var solution = solutions.findById(id.id()).orElseThrow(() -> new SolutionNotFound(id));
		if (!access.isCompanyMember(solution.company()) && !access.isPlatformAdmin()) {
			throw new AccessDeniedException("Only the company's members see its working versions");
		}
		var known = files.of(id);
		var images = solution.images()
			.stream()
			.flatMap(image -> known.stream().filter(file -> file.id().equals(image)))
			.toList();
		var brochure = solution.brochure()
			.flatMap(b -> known.stream().filter(file -> file.id().equals(b)).findFirst())
			.orElse(null);
		return new ManagedSolution(id, solution.version(), solution.reference(), solution.company(), solution.state(),
				solution.profile(), images, brochure,
				solution.state() == SolutionState.REJECTED ? solution.rejectionReason().orElse(null) : null,
				solution.submittedAt().orElse(null),
				solution.publication().map(Solution.Publication::publishedAt).orElse(null), solution.updatedAt());
	}

	/**
	 * Whether the current person belongs to the company of the solution, and so may
	 * change it.
	 */
	public boolean isMine(SolutionId id) {
		return solutions.findById(id.id()).filter(solution -> access.isCompanyMember(solution.company())).isPresent();
	}

	/** The solutions of the company the current person acts for, latest change first. */
	@PreAuthorize("isAuthenticated()")
	public MySolutions mine() {
		var company = access.activeCompany();
		if (company.isEmpty()) {
			return new MySolutions(null, "", List.of());
		}
		var rows = solutions.findAllById(solutions.idsByCompany(company.get().id()))
			.stream()
			.sorted(Comparator.comparing(Solution::updatedAt).reversed())
			.map(s -> new MySolutions.Row(s.id(), s.reference(), s.profile().name(), s.state(), s.isPublic(),
					s.state() == SolutionState.REJECTED ? s.rejectionReason().orElse(null) : null, s.updatedAt()))
			.toList();
		return new MySolutions(company.get(),
				organisations.organisation(company.get()).map(OrganisationSummary::name).orElse(""), rows);
	}

	/**
	 * An image or the brochure of a solution: of its published version for anyone, of its
	 * working version for the company's members and platform administrators.
	 * @throws SolutionNotFound when there is no such file, or the person may not see it
	 */
	public SolutionFileContent file(String reference, SolutionFileId file) {
		var solution = solutions.idByReference(reference)
			.flatMap(solutions::findById)
			.orElseThrow(() -> new SolutionNotFound(reference));
		var published = solution.publication()
			.map(p -> p.images().contains(file) || p.brochure().filter(file::equals).isPresent())
			.orElse(false);
		if (!published && !access.isCompanyMember(solution.company()) && !access.isPlatformAdmin()) {
			throw new SolutionNotFound(file);
		}
		return files.content(solution.id(), file).orElseThrow(() -> new SolutionNotFound(file));
	}

	private PublicSolution toPublic(Solution solution) {
		var published = solution.publication().orElseThrow();
		var profile = published.profile();
		var brochure = published.brochure()
			.flatMap(b -> files.of(solution.id()).stream().filter(file -> file.id().equals(b)).findFirst())
			.orElse(null);
		return new PublicSolution(solution.id(), solution.reference(), profile.name(), profile.pitch(),
				Markdown.plainText(profile.pitch().isEmpty() ? profile.description() : profile.pitch(),
						DESCRIPTION_LENGTH),
				Markdown.toSafeHtml(profile.description()), Markdown.toSafeHtml(profile.problemsSolved()),
				Markdown.toSafeHtml(profile.customerReferences()), solution.company(), companyName(solution.company()),
				profile.cpvCodes().stream().flatMap(code -> cpv.find(code).stream()).toList(), published.trl(),
				profile.languages(), profile.website(), published.images(), brochure, published.firstPublishedAt(),
				published.publishedAt());
	}

	private String companyName(OrganisationId company) {
		return organisations.organisation(company).map(OrganisationSummary::name).orElse("");
	}

	/**
	 * The solutions of a company, as its members see them.
	 *
	 * @param company {@code null} when the person belongs to no company
	 */
	public record MySolutions(@Nullable OrganisationId company, String companyName, List<Row> solutions) {

		/**
		 * One solution: its name in the working version, where screening stands, whether
		 * a version is online.
		 */
		public record Row(SolutionId id, String reference, String name, SolutionState state, boolean isPublic,
				@Nullable String rejectionReason, Instant updatedAt) {
		}

	}

}
