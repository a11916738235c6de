package org.pilotbridge.catalogue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@Import(MutableClockConfiguration.class)
class CatalogueSolutionIntegrationTests {

	@Autowired
	SolutionManagement management;

	@Autowired
	SolutionScreening screening;

	@Autowired
	SolutionQuery query;

	@Autowired
	SolutionSearch search;

	@Autowired
	SolutionDirectory directory;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	RunAs runAs;

	CatalogueParticipants the;

	@BeforeEach
	void setUp() {
		the = CatalogueParticipants.create(accounts, organisations, runAs);
	}

	@Test
	void publishesASolutionOnlyOnceAnAdministratorApprovesIt(Scenario scenario) {
		var id = asOwner(() -> management.create(the.company(), Fixtures.completeProfile().build()));
		asMember(() -> management.submit(id));

		assertThat(managed(id).state()).isEqualTo(SolutionState.PENDING);
		assertThat(query.byReference(managed(id).reference())).isEmpty();

		scenario.stimulate(() -> asAdmin(() -> screening.approve(id, managed(id).version())))
			.andWaitForEventOfType(SolutionPublished.class)
			.matching(event -> event.solution().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.firstTime()).isTrue();
				assertThat(event.company()).isEqualTo(the.company());
			});

		var published = query.byReference(managed(id).reference()).orElseThrow();
		assertThat(published.name()).isEqualTo("Bin fill sensors");
		assertThat(published.trl()).isEqualTo(8);
		assertThat(published.descriptionHtml()).contains("<strong>lid</strong>");
		assertThat(published.companyName()).isEqualTo("Company " + the.run());
		assertThat(directory.published()).extracting(SolutionDirectory.ListedSolution::path)
			.contains("/solutions/" + published.reference());
	}

	@Test
	void showsTheCompanyWhyItsSolutionWasRefusedAndPublishesItOnceFixed() {
		var id = submitted(Fixtures.completeProfile().website("http://binsensors.example").build());

		asAdmin(() -> screening.reject(id, managed(id).version(), "The website does not mention the product."));

		var refused = managed(id);
		assertThat(refused.state()).isEqualTo(SolutionState.REJECTED);
		assertThat(refused.rejectionReason()).isEqualTo("The website does not mention the product.");
		assertThat(query.byReference(refused.reference())).isEmpty();
		var mine = runAs.person(the.member(), the.company(), () -> query.mine());
		assertThat(mine.solutions()).extracting(MySolutions -> MySolutions.rejectionReason())
			.containsExactly("The website does not mention the product.");

		asOwner(() -> management.update(id, refused.version(),
				refused.profile().toBuilder().website("https://binsensors.example/product").build()));
		asOwner(() -> management.submit(id));
		asAdmin(() -> screening.approve(id, managed(id).version()));

		assertThat(query.byReference(refused.reference()).orElseThrow().website())
			.isEqualTo("https://binsensors.example/product");
		assertThat(managed(id).rejectionReason()).isNull();
	}

	@Test
	void keepsThePublishedVersionOnlineWhileAChangeWaitsForScreening() {
		var id = published(Fixtures.completeProfile().build());
		var reference = managed(id).reference();

		asOwner(() -> management.update(id, managed(id).version(),
				managed(id).profile().toBuilder().name("Bin fill sensors 2").trl(9).build()));
		assertThat(managed(id).state()).isEqualTo(SolutionState.DRAFT);
		asOwner(() -> management.submit(id));

		var online = query.byReference(reference).orElseThrow();
		assertThat(online.name()).isEqualTo("Bin fill sensors");
		assertThat(online.trl()).isEqualTo(8);
		assertThat(managed(id).profile().name()).isEqualTo("Bin fill sensors 2");

		asAdmin(() -> screening.reject(id, managed(id).version(), "Level 9 needs a reference in operation."));
		assertThat(query.byReference(reference).orElseThrow().name()).isEqualTo("Bin fill sensors");

		asOwner(() -> management.submit(id));
		asAdmin(() -> screening.approve(id, managed(id).version()));
		assertThat(query.byReference(reference).orElseThrow().name()).isEqualTo("Bin fill sensors 2");
	}

	@Test
	void refusesToSubmitAnIncompleteProfileWithOneProblemPerField() {
		var id = asOwner(() -> management.create(the.company(), SolutionProfile.builder().name("Just a name").build()));

		assertThatThrownBy(() -> asOwner(() -> management.submit(id))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
					.containsExactlyInAnyOrder(tuple("pitch", "validation.required"),
							tuple("description", "validation.required"), tuple("problemsSolved", "validation.required"),
							tuple("cpvCodes", "catalogue.solution.cpv-required"),
							tuple("trl", "catalogue.solution.trl-required"),
							tuple("languages", "catalogue.solution.languages-required")));
		assertThat(managed(id).state()).isEqualTo(SolutionState.DRAFT);
	}

	@Test
	void refusesMalformedValuesEvenInADraft() {
		assertThatThrownBy(() -> asOwner(() -> management.create(the.company(),
				Fixtures.completeProfile()
					.website("javascript:alert(1)")
					.trl(10)
					.cpvCodes(List.of("99999999-9"))
					.build())))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
						.containsExactlyInAnyOrder(tuple("website", "catalogue.solution.website-invalid"),
								tuple("trl", "catalogue.solution.trl-range"),
								tuple("cpvCodes", "catalogue.solution.cpv-unknown")));
		assertThat(SolutionValidation.isWebAddress("https://example.org/a?b=c")).isTrue();
		assertThat(SolutionValidation.isWebAddress("ftp://example.org")).isFalse();
		assertThat(SolutionValidation.isWebAddress("https://user:pw@example.org")).isFalse();
		assertThat(SolutionValidation.isWebAddress("https://localhost")).isFalse();
	}

	@Test
	void refusesEveryChangeBySomeoneOutsideTheCompanyAndChangesNothing() {
		var id = published(Fixtures.completeProfile().build());
		var before = managed(id);
		var changed = before.profile().toBuilder().name("Taken over").build();

		for (var person : List.of(the.otherOwner(), the.manager(), the.outsider())) {
			refused(person, () -> management.update(id, before.version(), changed));
			refused(person, () -> management.submit(id));
			refused(person, () -> management.withdraw(id));
			refused(person, () -> management.delete(id));
			refused(person, () -> management.addImage(id, "x.png", new ByteArrayInputStream(Fixtures.png(20, 20))));
			refused(person,
					() -> management.attachBrochure(id, "x.pdf", new ByteArrayInputStream(Fixtures.onePagePdf())));
			refused(person, () -> management.create(the.company(), changed));
			refused(person, () -> query.managed(id));
		}
		assertThat(managed(id)).isEqualTo(before);
		assertThat(query.byReference(before.reference()).orElseThrow().name()).isEqualTo("Bin fill sensors");
	}

	@Test
	void refusesScreeningByAnyoneButAPlatformAdministrator() {
		var id = submitted(Fixtures.completeProfile().build());
		var version = managed(id).version();

		for (var person : List.of(the.owner(), the.manager(), the.outsider())) {
			assertThatThrownBy(() -> runAs.person(person, null, () -> screening.approve(id, version)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> runAs.person(person, null, () -> screening.reject(id, version, "No")))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> runAs.person(person, null, () -> screening.pending()))
				.isInstanceOf(AuthorizationDeniedException.class);
		}
		assertThat(managed(id).state()).isEqualTo(SolutionState.PENDING);
	}

	@Test
	void letsNoMemberOfARefusedCompanyWriteSolutions() {
		assertThatThrownBy(() -> runAs.person(the.rejectedOwner(), the.rejectedCompany(),
				() -> management.create(the.rejectedCompany(), Fixtures.completeProfile().build())))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("catalogue.company.rejected"));
	}

	@Test
	void refusesAnImageThatIsNotAPictureAndKeepsTheSolutionAsItWas() {
		var id = published(Fixtures.completeProfile().build());
		var before = managed(id);

		assertThatThrownBy(() -> asOwner(() -> management.addImage(id, "photo.png",
				new ByteArrayInputStream("not a picture".getBytes(StandardCharsets.UTF_8)))))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
						.containsExactly(tuple("images", "catalogue.image.not-an-image")));
		assertThat(managed(id)).isEqualTo(before);
	}

	@Test
	void storesUpToThreeImagesReEncodedAndShowsThemToThePublicOnlyOncePublished() throws Exception {
		var id = asOwner(() -> management.create(the.company(), Fixtures.completeProfile().build()));
		var reference = managed(id).reference();
		var first = asOwner(
				() -> management.addImage(id, "Façade photo.PNG", new ByteArrayInputStream(Fixtures.png(2400, 1200))));
		asOwner(() -> management.addImage(id, "two.jpg", new ByteArrayInputStream(Fixtures.jpeg(300, 200))));
		asOwner(() -> management.addImage(id, "three.jpg", new ByteArrayInputStream(Fixtures.jpeg(300, 200))));

		assertThatThrownBy(() -> asOwner(
				() -> management.addImage(id, "four.jpg", new ByteArrayInputStream(Fixtures.jpeg(300, 200)))))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("catalogue.image.too-many"));
		var images = managed(id).images();
		assertThat(images).hasSize(3);
		assertThat(images.get(0).fileName()).isEqualTo("Facade-photo.png");
		assertThat(images.get(0).width()).isEqualTo(1600);

		assertThatThrownBy(() -> query.file(reference, first)).isInstanceOf(SolutionNotFound.class);
		var asMember = runAs.person(the.member(), the.company(), () -> query.file(reference, first));
		assertThat(ImageIO.read(new ByteArrayInputStream(asMember.content())).getWidth()).isEqualTo(1600);

		asOwner(() -> management.submit(id));
		asAdmin(() -> screening.approve(id, managed(id).version()));
		assertThat(query.file(reference, first).contentType()).isEqualTo("image/png");
		assertThat(query.byReference(reference).orElseThrow().images()).hasSize(3).startsWith(first);
	}

	@Test
	void keepsAPublishedImageOnlineUntilItsRemovalIsApproved() {
		var id = asOwner(() -> management.create(the.company(), Fixtures.completeProfile().build()));
		var image = asOwner(() -> management.addImage(id, "one.png", new ByteArrayInputStream(Fixtures.png(50, 50))));
		asOwner(() -> management.submit(id));
		asAdmin(() -> screening.approve(id, managed(id).version()));
		var reference = managed(id).reference();

		asOwner(() -> management.removeImage(id, image));

		assertThat(managed(id).images()).isEmpty();
		assertThat(query.file(reference, image).content()).isNotEmpty();
		asOwner(() -> management.submit(id));
		asAdmin(() -> screening.approve(id, managed(id).version()));
		assertThatThrownBy(() -> query.file(reference, image)).isInstanceOf(SolutionNotFound.class);
	}

	@Test
	void refusesABrochureThatFailsThePdfChecksAndAcceptsAProperOne() {
		var id = asOwner(() -> management.create(the.company(), Fixtures.completeProfile().build()));

		assertThatThrownBy(() -> asOwner(() -> management.attachBrochure(id, "brochure.pdf",
				new ByteArrayInputStream("%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII)))))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
						.containsExactly(tuple("brochure", "document.pdf.rejected.corrupted")));
		assertThatThrownBy(() -> asOwner(
				() -> management.attachBrochure(id, "brochure.pdf", new ByteArrayInputStream(Fixtures.png(10, 10)))))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("document.pdf.rejected.not-a-pdf"));
		assertThat(managed(id).brochure()).isNull();

		asOwner(() -> management.attachBrochure(id, "Our brochure", new ByteArrayInputStream(Fixtures.onePagePdf())));

		var brochure = managed(id).brochure();
		assertThat(brochure.fileName()).isEqualTo("Our-brochure.pdf");
		assertThat(brochure.pages()).isEqualTo(1);
	}

	@Test
	void findsPublishedSolutionsByWordsAndFiltersOnly() {
		var sensors = published(Fixtures.completeProfile()
			.name("Capteurs de remplissage " + the.run())
			.pitch("Des capteurs indiquent quelles poubelles sont pleines.")
			.languages(List.of(Language.FRENCH))
			.cpvCodes(List.of("48000000-8"))
			.trl(8)
			.build());
		var lights = published(Fixtures.completeProfile()
			.name("Adaptive street lights " + the.run())
			.pitch("Street lights that dim when nobody is around.")
			.languages(List.of(Language.ENGLISH, Language.GERMAN))
			.cpvCodes(List.of("34993000-4"))
			.trl(5)
			.build());
		var unpublished = submitted(Fixtures.completeProfile().name("Hidden lights " + the.run()).build());
		var mine = SolutionCriteria.all().withCompany(the.company());

		assertThat(hits(mine.withText("poubelle"))).containsExactly(sensors);
		assertThat(hits(mine.withText("lights"))).containsExactly(lights);
		assertThat(hits(mine.withCpvDivision("34"))).containsExactly(lights);
		assertThat(hits(mine.withMinTrl(7))).containsExactly(sensors);
		assertThat(hits(mine.withLanguage(Language.GERMAN))).containsExactly(lights);
		assertThat(hits(mine)).containsExactlyInAnyOrder(sensors, lights).doesNotContain(unpublished);
		var highlighted = search.search(mine.withText("capteurs"), 0, 10).hits().get(0);
		assertThat(highlighted.name()).contains(new SolutionHit.Segment("Capteurs", true));
		assertThatThrownBy(() -> search.search(mine.withCpvDivision("4"), 0, 10)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void takesAWithdrawnSolutionOutOfTheCatalogue() {
		var id = published(Fixtures.completeProfile().build());
		var reference = managed(id).reference();

		asMember(() -> management.withdraw(id));

		assertThat(query.byReference(reference)).isEmpty();
		assertThat(managed(id).state()).isEqualTo(SolutionState.DRAFT);
	}

	private List<SolutionId> hits(SolutionCriteria criteria) {
		return search.search(criteria, 0, 50).hits().stream().map(SolutionHit::id).toList();
	}

	private SolutionId submitted(SolutionProfile profile) {
		var id = asOwner(() -> management.create(the.company(), profile));
		asOwner(() -> management.submit(id));
		return id;
	}

	private SolutionId published(SolutionProfile profile) {
		var id = submitted(profile);
		asAdmin(() -> screening.approve(id, managed(id).version()));
		return id;
	}

	private ManagedSolution managed(SolutionId id) {
		return runAs.person(the.owner(), the.company(), () -> query.managed(id));
	}

	private void refused(PersonId person, Runnable action) {
		assertThatThrownBy(() -> runAs.person(person, null, action)).isInstanceOf(AccessDeniedException.class);
	}

	private <T> T asOwner(java.util.function.Supplier<T> work) {
		return runAs.person(the.owner(), the.company(), work);
	}

	private void asOwner(Runnable work) {
		runAs.person(the.owner(), the.company(), work);
	}

	private void asMember(Runnable work) {
		runAs.person(the.member(), the.company(), work);
	}

	private void asAdmin(Runnable work) {
		runAs.person(the.admin(), null, work);
	}

}
