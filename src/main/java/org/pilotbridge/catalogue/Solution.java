package org.pilotbridge.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/**
 * A company's solution profile: the working version its members edit and, once a platform
 * administrator has approved a version, the published one the public sees. The two are
 * kept apart so that a published solution stays online, as it was approved, while a
 * change waits for screening. State changes are package-private and guard themselves; the
 * services check who may make them.
 */
@Table("solution")
public class Solution {

	public static final int NAME_MAX_LENGTH = 120;

	public static final int PITCH_MAX_LENGTH = 600;

	public static final int DESCRIPTION_MAX_LENGTH = 10_000;

	public static final int PROBLEMS_MAX_LENGTH = 3000;

	public static final int REFERENCES_MAX_LENGTH = 3000;

	public static final int WEBSITE_MAX_LENGTH = 300;

	public static final int REASON_MAX_LENGTH = 1000;

	public static final int MAX_CPV_CODES = 10;

	public static final int MAX_IMAGES = 3;

	public static final int MIN_TRL = 1;

	public static final int MAX_TRL = 9;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final String reference;

	private final UUID companyId;

	private final UUID createdBy;

	private SolutionState state;

	private String name;

	private String pitch;

	private String description;

	private String problemsSolved;

	private List<String> cpvCodes;

	private @Nullable Integer trl;

	private String customerReferences;

	private List<String> languages;

	private @Nullable String website;

	private List<String> imageIds;

	private @Nullable String brochureId;

	private @Nullable String rejectionReason;

	private final Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant submittedAt;

	private @Nullable Instant screenedAt;

	@MappedCollection(idColumn = "solution_id")
	private @Nullable Publication publication;

	@PersistenceCreator
	Solution(UUID id, @Nullable Integer version, String reference, UUID companyId, UUID createdBy, SolutionState state,
			String name, String pitch, String description, String problemsSolved, List<String> cpvCodes,
			@Nullable Integer trl, String customerReferences, List<String> languages, @Nullable String website,
			List<String> imageIds, @Nullable String brochureId, @Nullable String rejectionReason, Instant createdAt,
			Instant updatedAt, @Nullable Instant submittedAt, @Nullable Instant screenedAt,
			@Nullable Publication publication) {
		this.id = id;
		this.version = version;
		this.reference = reference;
		this.companyId = companyId;
		this.createdBy = createdBy;
		this.state = state;
		this.name = name;
		this.pitch = pitch;
		this.description = description;
		this.problemsSolved = problemsSolved;
		this.cpvCodes = new ArrayList<>(cpvCodes == null ? List.of() : cpvCodes);
		this.trl = trl;
		this.customerReferences = customerReferences;
		this.languages = new ArrayList<>(languages == null ? List.of() : languages);
		this.website = website;
		this.imageIds = new ArrayList<>(imageIds == null ? List.of() : imageIds);
		this.brochureId = brochureId;
		this.rejectionReason = rejectionReason;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.submittedAt = submittedAt;
		this.screenedAt = screenedAt;
		this.publication = publication;
	}

	static Solution create(String reference, OrganisationId company, PersonId author, SolutionProfile profile,
			Instant now) {
		var solution = new Solution(UUID.randomUUID(), null, reference, company.id(), author.id(), SolutionState.DRAFT,
				"", "", "", "", List.of(), null, "", List.of(), null, List.of(), null, null, now, now, null, null,
				null);
		solution.describe(profile, now);
		return solution;
	}

	public SolutionId id() {
		return new SolutionId(id);
	}

	public int version() {
		return version == null ? 0 : version;
	}

	/**
	 * The stable part of the solution's public address, {@code /solutions/<reference>}.
	 */
	public String reference() {
		return reference;
	}

	public OrganisationId company() {
		return new OrganisationId(companyId);
	}

	public PersonId createdBy() {
		return new PersonId(createdBy);
	}

	public SolutionState state() {
		return state;
	}

	/** The working version. */
	public SolutionProfile profile() {
		return new SolutionProfile(name, pitch, description, problemsSolved, cpvCodes, trl, customerReferences,
				languages(languages), website);
	}

	public List<SolutionFileId> images() {
		return ids(imageIds);
	}

	public Optional<SolutionFileId> brochure() {
		return Optional.ofNullable(brochureId).map(SolutionFileId::of);
	}

	public Optional<String> rejectionReason() {
		return Optional.ofNullable(rejectionReason);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Optional<Instant> submittedAt() {
		return Optional.ofNullable(submittedAt);
	}

	public Optional<Instant> screenedAt() {
		return Optional.ofNullable(screenedAt);
	}

	/**
	 * The version the public sees, if one was ever approved and the solution is not
	 * withdrawn.
	 */
	public Optional<Publication> publication() {
		return Optional.ofNullable(publication);
	}

	public boolean isPublic() {
		return publication != null;
	}

	/** Every file either version refers to; the others can go. */
	List<SolutionFileId> filesInUse() {
		var working = Stream.concat(imageIds.stream(), Stream.ofNullable(brochureId));
		var published = publication == null ? Stream.<String>empty()
				: Stream.concat(publication.imageIds().stream(), Stream.ofNullable(publication.brochureId()));
		return Stream.concat(working, published).distinct().map(SolutionFileId::of).toList();
	}

	/**
	 * Takes what the profile says; a change of a submitted or screened version makes it a
	 * draft again.
	 */
	void describe(SolutionProfile profile, Instant now) {
		if (profile.equals(profile()) && version != null) {
			return;
		}
		this.name = profile.name();
		this.pitch = profile.pitch();
		this.description = profile.description();
		this.problemsSolved = profile.problemsSolved();
		this.cpvCodes = new ArrayList<>(profile.cpvCodes());
		this.trl = profile.trl();
		this.customerReferences = profile.customerReferences();
		this.languages = new ArrayList<>(profile.languages().stream().map(Language::code).toList());
		this.website = profile.website();
		changed(now);
	}

	void addImage(SolutionFileId image, Instant now) {
		if (imageIds.size() >= MAX_IMAGES) {
			throw new IllegalStateException("Solution " + id + " has " + MAX_IMAGES + " images already");
		}
		imageIds.add(image.toString());
		changed(now);
	}

	boolean removeImage(SolutionFileId image, Instant now) {
		var removed = imageIds.remove(image.toString());
		if (removed) {
			changed(now);
		}
		return removed;
	}

	void replaceBrochure(@Nullable SolutionFileId brochure, Instant now) {
		this.brochureId = brochure == null ? null : brochure.toString();
		changed(now);
	}

	private void changed(Instant now) {
		this.updatedAt = now;
		if (state != SolutionState.DRAFT) {
			this.state = SolutionState.DRAFT;
		}
	}

	void submit(Instant now) {
		if (state != SolutionState.DRAFT && state != SolutionState.REJECTED) {
			throw new IllegalStateException("Solution " + id + " is " + state + ", it cannot be submitted");
		}
		this.state = SolutionState.PENDING;
		this.submittedAt = now;
	}

	/** Publishes the working version as it is: it replaces the published one. */
	void approve(Instant now) {
		require(SolutionState.PENDING);
		var first = publication == null ? now : publication.firstPublishedAt();
		this.publication = new Publication(reference, companyId, name, pitch, description, problemsSolved,
				List.copyOf(cpvCodes), trl == null ? MIN_TRL : trl, customerReferences, List.copyOf(languages), website,
				List.copyOf(imageIds), brochureId, first, now);
		this.state = SolutionState.PUBLISHED;
		this.rejectionReason = null;
		this.screenedAt = now;
	}

	void reject(String reason, Instant now) {
		require(SolutionState.PENDING);
		this.state = SolutionState.REJECTED;
		this.rejectionReason = reason;
		this.screenedAt = now;
	}

	/** Takes the solution out of the catalogue; the working version stays, as a draft. */
	void withdraw(Instant now) {
		if (publication == null) {
			throw new IllegalStateException("Solution " + id + " is not in the catalogue");
		}
		this.publication = null;
		this.state = SolutionState.DRAFT;
		this.updatedAt = now;
	}

	private void require(SolutionState expected) {
		if (state != expected) {
			throw new IllegalStateException("Solution " + id + " is " + state + ", not " + expected);
		}
	}

	private static List<Language> languages(List<String> codes) {
		return codes.stream().flatMap(code -> Language.ofCode(code).stream()).toList();
	}

	private static List<SolutionFileId> ids(List<String> ids) {
		return ids.stream().map(SolutionFileId::of).toList();
	}

	/**
	 * The version of a solution the public sees, as a platform administrator approved it.
	 *
	 * @param firstPublishedAt when the solution first entered the catalogue
	 * @param publishedAt when this version was approved
	 */
	@Table("solution_publication")
	public record Publication(String reference, UUID companyId, String name, String pitch, String description,
			String problemsSolved, List<String> cpvCodes, int trl, String customerReferences, List<String> languages,
			@Nullable String website, List<String> imageIds, @Nullable String brochureId, Instant firstPublishedAt,
			Instant publishedAt) {

		public Publication {
			cpvCodes = List.copyOf(cpvCodes);
			languages = List.copyOf(languages);
			imageIds = List.copyOf(imageIds);
		}

		public SolutionProfile profile() {
			return new SolutionProfile(name, pitch, description, problemsSolved, cpvCodes, trl, customerReferences,
					Solution.languages(languages), website);
		}

		public List<SolutionFileId> images() {
			return ids(imageIds);
		}

		public Optional<SolutionFileId> brochure() {
			return Optional.ofNullable(brochureId).map(SolutionFileId::of);
		}

	}

}
