package org.pilotbridge.security;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.catalogue.CatalogueSettings;
import org.pilotbridge.catalogue.SolutionCriteria;
import org.pilotbridge.catalogue.SolutionDirectory;
import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionMatching;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionScreening;
import org.pilotbridge.catalogue.SolutionSearch;
import org.pilotbridge.challenge.AgencyDashboard;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeFollowing;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeSearch;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.ClarificationQuery;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.challenge.PublicChallengeVersion;
import org.pilotbridge.challenge.SavedSearchFrequency;
import org.pilotbridge.challenge.SavedSearchManagement;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.consultation.ConsultationAnswering;
import org.pilotbridge.consultation.ConsultationDirectory;
import org.pilotbridge.consultation.ConsultationDraft;
import org.pilotbridge.consultation.ConsultationManagement;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.evaluation.AwardApproval;
import org.pilotbridge.evaluation.AwardManagement;
import org.pilotbridge.evaluation.BidderRequests;
import org.pilotbridge.evaluation.ConsensusInput;
import org.pilotbridge.evaluation.DeclarationInput;
import org.pilotbridge.dossier.ProcurementFiles;
import org.pilotbridge.evaluation.EvaluationLetters;
import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.evaluation.PanelRole;
import org.pilotbridge.evaluation.Score;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.DecisionRules;
import org.pilotbridge.identity.InvitationManagement;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonManagement;
import org.pilotbridge.identity.PlatformSettings;
import org.pilotbridge.identity.SignInOptions;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.notification.DeveloperMailbox;
import org.pilotbridge.notification.Inbox;
import org.pilotbridge.pilot.PilotDecision;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.pilot.PilotResults;
import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.proposal.ProposalDashboard;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.TestPdfs;

import static org.pilotbridge.security.MatrixRows.service;
import static org.pilotbridge.security.MatrixRows.trusted;

/**
 * The access matrix: every route, web address and service entry point of Pilotbridge
 * against every role, with what each role gets. {@link AccessMatrixTests} proves every
 * cell against the running application and fails, naming it, for any route, address or
 * public service method that has no line here.
 * <p>
 * The roles, in column order: anonymous visitor (anon), owner of another company
 * (oth-co), owner of the company that bids (company), manager of another agency (oth-ag),
 * manager of the agency that owns the challenges (manager), evaluator on another
 * challenge's panel (oth-pn), evaluator on the panel of the challenge under evaluation,
 * having declared no conflict (evaluator), platform administrator (admin). The world they
 * act in is {@link SecurityScenario}.
 * <p>
 * Outcomes ({@link Outcome}): {@code ok} allowed; {@code empty} allowed, with nothing for
 * this person; {@code deny} refused (403, a view explaining the refusal, or an
 * {@code AccessDeniedException}); {@code login} sent to sign in; {@code 404} not found
 * (views and objects one may not know of are not found, so that their existence is not
 * revealed); {@code invalid} allowed to ask but refused for what was asked, with a
 * translated reason; {@code trusted} for other modules and jobs only.
 * <p>
 * Adding a route, an address or a service method is adding one line.
 */
final class AccessMatrix {

	private AccessMatrix() {
	}

	/**
	 * Views (Vaadin routes, tried by server-side navigation) and web addresses (Spring
	 * MVC mappings, tried through the security filter chain). {@code <name>} in an
	 * address is an object of the scenario: open/closed challenge references and ids,
	 * proposals, files, solution, consultations, tokens, and the references of the
	 * company's planned, running and ended pilots.
	 */
	static final String ADDRESSES = """
			# what  route or mapping                                        address tried                                                  anon  oth-co company oth-ag manager oth-pn evaluator admin
			GET     /                                                       /                                                              ok    ok     ok      ok     ok      ok     ok        ok
			GET     /{language:fr|nl|de}                                    /fr                                                            ok    ok     ok      ok     ok      ok     ok        ok
			GET     /{language:fr|nl|de}/                                   /nl/                                                           ok    ok     ok      ok     ok      ok     ok        ok
			GET     /accessibility                                          /accessibility                                                 ok    ok     ok      ok     ok      ok     ok        ok
			GET     /{language:fr|nl|de}/accessibility                      /de/accessibility                                              ok    ok     ok      ok     ok      ok     ok        ok
			GET     /sign-in/continue                                       /sign-in/continue?to=/fr/accessibility                         login ok     ok      ok     ok      ok     ok        ok   # back to the public page after signing in
			view    /sign-in                                                /sign-in                                                       ok    ok     ok      ok     ok      ok     ok        ok
			view    /welcome                                                /welcome                                                       login ok     ok      ok     ok      ok     ok        ok
			view    /profile                                                /profile                                                       login ok     ok      ok     ok      ok     ok        ok
			view    /notifications                                          /notifications                                                 login ok     ok      ok     ok      ok     ok        ok
			view    /organisation                                           /organisation                                                  login ok     ok      ok     ok      ok     ok        ok
			view    /organisations/join                                     /organisations/join                                            login ok     ok      ok     ok      ok     ok        ok
			view    /organisations/new/:kind(agency|company)                /organisations/new/company                                     login ok     ok      ok     ok      ok     ok        ok
			view    /invitations/:token                                     /invitations/<invitationToken>                                 ok    ok     ok      ok     ok      ok     ok        ok
			view    /invitations/:token/accept                              /invitations/<invitationToken>/accept                          login ok     ok      ok     ok      ok     ok        ok
			view    /admin/audit                                            /admin/audit                                                   login 404    404     404    404     404    404       ok
			view    /admin/organisations                                    /admin/organisations                                           login 404    404     404    404     404    404       ok
			view    /admin/people                                           /admin/people                                                  login 404    404     404    404     404    404       ok
			view    /admin/solutions                                        /admin/solutions                                               login 404    404     404    404     404    404       ok
			GET     /challenges                                             /challenges?q=bus&status=OPEN                                  ok    ok     ok      ok     ok      ok     ok        ok
			GET     /{language:fr|nl|de}/challenges                         /fr/challenges                                                 ok    ok     ok      ok     ok      ok     ok        ok
			GET     /challenges/{reference}                                 /challenges/<open>                                             ok    ok     ok      ok     ok      ok     ok        ok
			GET     /{language:fr|nl|de}/challenges/{reference}             /de/challenges/<closed>                                        ok    ok     ok      ok     ok      ok     ok        ok
			POST    /challenges/{reference}/follow                          /challenges/<open>/follow?follow=true                          login ok     ok      deny   deny    deny   deny      deny
			POST    /challenges/{reference}/questions                       /challenges/<open>/questions?text=Is%20it%20anonymised%3F      login ok     ok      deny   deny    deny   deny      deny
			POST    /challenges/saved-searches                              /challenges/saved-searches?name=Mine&q=sensor                  login ok     ok      ok     ok      ok     ok        ok
			view    /challenges/:reference/proposal                         /challenges/<open>/proposal                                    login ok     ok      deny   deny    deny   deny      deny
			view    /proposals                                              /proposals                                                     login ok     ok      deny   deny    deny   deny      deny
			view    /agency                                                 /agency                                                        login deny   deny    ok     ok      deny   deny      deny
			view    /agency/challenges/new                                  /agency/challenges/new                                         login ok     ok      ok     ok      ok     ok        ok
			view    /agency/challenges/:id                                  /agency/challenges/<openId>                                    login 404    404     404    ok      404    404       404
			view    /agency/challenges/:id/edit                             /agency/challenges/<draftId>/edit                              login 404    404     404    ok      404    404       404
			view    /agency/challenges/:id/suggestions                      /agency/challenges/<openId>/suggestions                        login 404    404     404    ok      404    404       404
			view    /agency/consultations                                   /agency/consultations                                          login ok     ok      ok     ok      ok     ok        ok
			view    /agency/consultations/new                               /agency/consultations/new                                      login ok     ok      ok     ok      ok     ok        ok
			view    /agency/consultations/:id                               /agency/consultations/<openConsultationId>                     login 404    404     404    ok      404    404       404
			view    /company/solutions                                      /company/solutions                                             login ok     ok      ok     ok      ok     ok        ok
			view    /company/solutions/new                                  /company/solutions/new                                         login ok     ok      ok     ok      ok     ok        ok
			view    /company/solutions/:id/edit                             /company/solutions/<draftSolutionId>/edit                      login 404    ok      404    404     404    404       ok
			view    /evaluation                                             /evaluation                                                    login ok     ok      ok     ok      ok     ok        ok
			view    /evaluation/invitations/:token                          /evaluation/invitations/<panelToken>                           login ok     ok      ok     ok      ok     ok        ok
			view    /evaluation/challenges/:challenge                       /evaluation/challenges/<closedId>                              login deny   deny    deny   ok      deny   ok        deny
			view    /evaluation/challenges/:challenge/panel                 /evaluation/challenges/<closedId>/panel                        login deny   deny    deny   ok      deny   ok        deny
			view    /evaluation/challenges/:challenge/declarations          /evaluation/challenges/<closedId>/declarations                 login deny   deny    deny   ok      deny   ok        deny
			view    /evaluation/challenges/:challenge/progress              /evaluation/challenges/<closedId>/progress                     login deny   deny    deny   ok      deny   deny      deny
			view    /evaluation/proposals/:proposal                         /evaluation/proposals/<closedProposal>                         login deny   deny    deny   deny    deny   ok        deny
			view    /evaluation/proposals/:proposal/consensus               /evaluation/proposals/<closedProposal>/consensus               login deny   deny    deny   ok      deny   deny      deny
			view    /evaluation/challenges/:challenge/decision              /evaluation/challenges/<closedId>/decision                     login deny   deny    deny   ok      deny   deny      deny
			view    /evaluation/proposals/:proposal/decision                /evaluation/proposals/<closedProposal>/decision                login 404    ok      404    404     404    404       404
			view    /pilots                                                 /pilots                                                        login ok     ok      ok     ok      ok     ok        ok
			view    /agency/pilots/:reference                               /agency/pilots/<plannedPilot>                                  login 404    ok      404    ok      404    404       404  # the company is shown its own page of the pilot
			view    /agency/pilots/:reference                               /agency/pilots/<endedPilot>                                    login 404    ok      404    ok      404    404       404
			view    /company/pilots/:reference                              /company/pilots/<plannedPilot>                                 login 404    ok      404    ok      404    404       404  # the managers read the company's account
			GET     /solutions                                              /solutions?q=sensors&cpv=72&trl=5&lang=nl&sort=MATURITY&page=1 ok    ok     ok      ok     ok      ok     ok        ok
			GET     /{language:fr|nl|de}/solutions                          /fr/solutions                                                  ok    ok     ok      ok     ok      ok     ok        ok
			GET     /solutions/{reference}                                  /solutions/<solution>                                          ok    ok     ok      ok     ok      ok     ok        ok
			GET     /solutions/{reference}                                  /solutions/no-such-solution                                    404   404    404     404    404     404    404       404   # not in the catalogue
			GET     /{language:fr|nl|de}/solutions/{reference}              /de/solutions/<solution>                                       ok    ok     ok      ok     ok      ok     ok        ok
			GET     /consultations                                          /consultations                                                 ok    ok     ok      ok     ok      ok     ok        ok
			GET     /{language:fr|nl|de}/consultations                      /nl/consultations                                              ok    ok     ok      ok     ok      ok     ok        ok
			GET     /consultations/{reference}                              /consultations/<openConsultation>                              ok    ok     ok      ok     ok      ok     ok        ok
			GET     /consultations/{reference}                              /consultations/MC-1999-0000                                    404   404    404     404    404     404    404       404
			GET     /{language:fr|nl|de}/consultations/{reference}          /fr/consultations/<openConsultation>                           ok    ok     ok      ok     ok      ok     ok        ok
			view    /consultations/:reference/answer                        /consultations/<openConsultation>/answer                       login ok     ok      ok     ok      ok     ok        ok   # who is not a company member is told so
			GET     /results                                                /results                                                       ok    ok     ok      ok     ok      ok     ok        ok
			GET     /{language:fr|nl|de}/results                            /de/results                                                    ok    ok     ok      ok     ok      ok     ok        ok
			GET     /results/{reference}                                    /results/<endedPilot>                                          ok    ok     ok      ok     ok      ok     ok        ok
			GET     /results/{reference}                                    /results/<runningPilot>                                        404   404    404     404    404     404    404       404   # results not published
			GET     /{language:fr|nl|de}/results/{reference}                /nl/results/<endedPilot>                                       ok    ok     ok      ok     ok      ok     ok        ok
			view    /dev/mailbox                                            /dev/mailbox                                                   ok    ok     ok      ok     ok      ok     ok        ok   # development only, and only to this machine: the browserless sessions are on it (DeveloperMailboxIntegrationTests: nobody else)
			GET     /challenges/{reference}/attachments/{attachment}        /challenges/<open>/attachments/<openAttachment>                ok    ok     ok      ok     ok      ok     ok        ok
			GET     /proposals/{proposal}/attachments/{attachment}          /proposals/<openProposal>/attachments/<openFile>               login 404    ok      404    404     404    404       404  # sealed until the deadline
			GET     /proposals/{proposal}/versions/{version}/receipt        /proposals/<openProposal>/versions/1/receipt                   login 404    ok      404    404     404    404       404
			GET     /proposals/{proposal}/outcome-letter                    /proposals/<closedProposal>/outcome-letter                     login 404    404     404    404     404    404       404  # no outcome yet: nothing shown before the award is final
			GET     /evaluation-documents/proposals/{proposal}/letter       /evaluation-documents/proposals/<closedProposal>/letter        login 404    404     404    404     404    404       404  # no decision yet
			GET     /evaluation-documents/challenges/{challenge}/report     /evaluation-documents/challenges/<closedId>/report             login 404    404     404    ok      404    404       404
			GET     /procurement-files/{challenge}                          /procurement-files/<closedId>                                  login 404    404     404    ok      404    404       404  # the challenge's managers, once its proposals are opened
			GET     /procurement-files/{challenge}                          /procurement-files/<openId>                                    login 404    404     404    404     404    404       404  # not before the deadline
			GET     /solutions/{reference}/images/{image}                   /solutions/<solution>/images/<image>                           ok    ok     ok      ok     ok      ok     ok        ok
			GET     /solutions/{reference}/brochure/{brochure}              /solutions/<solution>/brochure/<brochure>                      ok    ok     ok      ok     ok      ok     ok        ok
			GET     /cards/challenges/{reference}.png                       /cards/challenges/<open>.png                                   ok    ok     ok      ok     ok      ok     ok        ok   # link preview picture, no session
			GET     /{language:fr|nl|de}/cards/challenges/{reference}.png   /fr/cards/challenges/<closed>.png                              ok    ok     ok      ok     ok      ok     ok        ok
			GET     /cards/solutions/{reference}.png                        /cards/solutions/<solution>.png                                ok    ok     ok      ok     ok      ok     ok        ok
			GET     /{language:fr|nl|de}/cards/solutions/{reference}.png    /de/cards/solutions/<solution>.png                             ok    ok     ok      ok     ok      ok     ok        ok
			GET     /cards/results/{reference}.png                          /cards/results/<endedPilot>.png                                ok    ok     ok      ok     ok      ok     ok        ok
			GET     /cards/results/{reference}.png                          /cards/results/<runningPilot>.png                              404   404    404     404    404     404    404       404  # results not published
			GET     /{language:fr|nl|de}/cards/results/{reference}.png      /nl/cards/results/<endedPilot>.png                             ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/challenges                                         /api/challenges                                                ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/challenges/{reference}                             /api/challenges/<open>                                         ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/ocds/releases                                      /api/ocds/releases                                             ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/ocds/records/{ocid}                                /api/ocds/records/<ocid>                                       ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/exports/challenges.csv                             /api/exports/challenges.csv                                    ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/exports/awards.csv                                 /api/exports/awards.csv                                        ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/docs                                               /api/docs                                                      ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/docs/openapi.json                                  /api/docs/openapi.json                                         ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/docs/openapi.json.yaml                             /api/docs/openapi.json.yaml                                    ok    ok     ok      ok     ok      ok     ok        ok
			GET     /api/docs/openapi.json/swagger-config                   /api/docs/openapi.json/swagger-config                          ok    ok     ok      ok     ok      ok     ok        ok
			GET     /feeds/challenges.atom                                  /feeds/challenges.atom                                         ok    ok     ok      ok     ok      ok     ok        ok
			GET     /sitemap.xml                                            /sitemap.xml                                                   ok    ok     ok      ok     ok      ok     ok        ok
			GET     /robots.txt                                             /robots.txt                                                    ok    ok     ok      ok     ok      ok     ok        ok
			GET     /account/login                                          /account/login                                                  ok    ok     ok      ok     ok      ok     ok        ok
			GET     /account/register                                       /account/register                                              ok    ok     ok      ok     ok      ok     ok        ok
			POST    /account/register                                       /account/register                                              ok    ok     ok      ok     ok      ok     ok        ok
			GET     /account/registered                                     /account/registered                                            ok    ok     ok      ok     ok      ok     ok        ok
			GET     /account/confirm                                        /account/confirm?token=unknown                                 ok    ok     ok      ok     ok      ok     ok        ok
			GET     /account/forgot-password                                /account/forgot-password                                       ok    ok     ok      ok     ok      ok     ok        ok
			POST    /account/forgot-password                                /account/forgot-password                                       ok    ok     ok      ok     ok      ok     ok        ok
			GET     /account/reset-password                                 /account/reset-password?token=unknown                          ok    ok     ok      ok     ok      ok     ok        ok
			POST    /account/reset-password                                 /account/reset-password                                        ok    ok     ok      ok     ok      ok     ok        ok
			ANY     /account/too-many-attempts                              /account/too-many-attempts                                     ok    ok     ok      ok     ok      ok     ok        ok   # where the throttle forwards a refused attempt
			ANY     /account/sign-in-refused                                /account/sign-in-refused                                       ok    ok     ok      ok     ok      ok     ok        ok   # where the provider forwards a sign-in link it refuses (400)
			GET     /actuator                                               /actuator                                                      ok    ok     ok      ok     ok      ok     ok        ok  # lists the exposed endpoints: health, info and prometheus
			GET     /actuator/health                                        /actuator/health                                               ok    ok     ok      ok     ok      ok     ok        ok
			GET     /actuator/health/**                                     /actuator/health/liveness                                      ok    ok     ok      ok     ok      ok     ok        ok
			GET     /actuator/info                                          /actuator/info                                                 ok    ok     ok      ok     ok      ok     ok        ok
			GET     /actuator/prometheus                                    /actuator/prometheus                                           login deny   deny    deny   deny    deny   deny      deny  # the scraper only, with its password (operations.md)
			ANY     /error                                                  /error                                                         error error  error   error  error   error  error     error  # Spring Boot's error page asked directly: 500, no details
			""";

	/**
	 * Service entry points: one line per public method and situation, calling it through
	 * its Spring proxy. Columns as above: anon, oth-co, company, oth-ag, manager, oth-pn,
	 * evaluator, admin.
	 */
	static final List<MatrixRows.ServiceRow> SERVICES = List.of(
			// identity
			service("CurrentPerson.id", "who asks", "empty ok ok ok ok ok ok ok",
					c -> c.bean(CurrentPerson.class).id()),
			service("CurrentPerson.required", "who asks", "login ok ok ok ok ok ok ok",
					c -> c.bean(CurrentPerson.class).required()),
			service("CurrentPerson.isPlatformAdmin", "who asks", "empty empty empty empty empty empty empty ok",
					c -> c.bean(CurrentPerson.class).isPlatformAdmin()),
			service("CurrentPerson.activeOrganisation", "who asks", "empty ok ok ok ok empty empty empty",
					c -> c.bean(CurrentPerson.class).activeOrganisation()),
			service("CurrentPerson.actor", "who asks", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CurrentPerson.class).actor()),
			service("CurrentPerson.auditRecord", "who asks", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CurrentPerson.class)
						.auditRecord("matrix.read", "challenge", c.w().open().id(), Map.of())),
			service("CurrentPerson.ipAddress", "within a request", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CurrentPerson.class).ipAddress()),
			service("SignInOptions.all", "the sign-in page", "ok ok ok ok ok ok ok ok",
					c -> c.bean(SignInOptions.class).all()),
			service("PersonManagement.me", "own profile", "login ok ok ok ok ok ok ok",
					c -> c.bean(PersonManagement.class).me()),
			service("PersonManagement.updateProfile", "own profile", "login ok ok ok ok ok ok ok", c -> {
				c.bean(PersonManagement.class).updateProfile("A new name", Language.FRENCH);
				return MatrixRows.DONE;
			}), service("PersonManagement.signOutEverywhere", "own sessions", "login ok ok ok ok ok ok ok", c -> {
				c.bean(PersonManagement.class).signOutEverywhere();
				return MatrixRows.DONE;
			}), service("PersonManagement.deactivate", "the company's owner", "login deny deny deny deny deny deny ok",
					c -> {
						c.bean(PersonManagement.class).deactivate(c.w().company().member());
						return MatrixRows.DONE;
					}),
			service("PersonManagement.reactivate", "the company's owner", "login deny deny deny deny deny deny ok",
					c -> {
						c.bean(PersonManagement.class).reactivate(c.w().company().member());
						return MatrixRows.DONE;
					}),
			service("PersonManagement.search", "everyone", "login deny deny deny deny deny deny ok",
					c -> c.bean(PersonManagement.class).search("", 0, 10)),
			service("PlatformSettings.allowUnverifiedCompanies/0", "read: the proposal rules depend on it",
					"ok ok ok ok ok ok ok ok", c -> c.bean(PlatformSettings.class).allowUnverifiedCompanies()),
			service("PlatformSettings.allowUnverifiedCompanies/1", "change", "login deny deny deny deny deny deny ok",
					c -> {
						c.bean(PlatformSettings.class).allowUnverifiedCompanies(false);
						return MatrixRows.DONE;
					}),
			service("OrganisationManagement.register", "a new company", "login ok ok ok ok ok ok ok",
					c -> c.bean(OrganisationManagement.class)
						.register(OrganisationData.of(OrganisationKind.COMPANY, "New company", "BE", "Veldstraat 1",
								"9000", "Ghent", "", TestIdentities.belgianNumber(), SizeClass.SMALL))),
			service("OrganisationManagement.update", "the company", "login deny ok deny deny deny deny deny", c -> {
				c.bean(OrganisationManagement.class)
					.update(c.w().company().id(), OrganisationData.of(OrganisationKind.COMPANY, "Renamed company", "BE",
							"Veldstraat 2", "9000", "Ghent", "", TestIdentities.belgianNumber(), SizeClass.SMALL));
				return MatrixRows.DONE;
			}), service("OrganisationManagement.verify", "a verified company", "login deny deny deny deny deny deny ok",
					c -> {
						c.bean(OrganisationManagement.class).verify(c.w().company().id());
						return MatrixRows.DONE;
					}),
			service("OrganisationManagement.reject", "a verified company", "login deny deny deny deny deny deny ok",
					c -> {
						c.bean(OrganisationManagement.class).reject(c.w().company().id(), "Not a company");
						return MatrixRows.DONE;
					}),
			service("OrganisationManagement.requestToJoin", "the company", "login ok invalid ok ok ok ok ok", c -> {
				c.bean(OrganisationManagement.class).requestToJoin(c.w().company().id(), "Let me in");
				return MatrixRows.DONE;
			}),
			service("OrganisationManagement.pendingJoinRequests", "the company",
					"login deny ok deny deny deny deny deny",
					c -> c.bean(OrganisationManagement.class).pendingJoinRequests(c.w().company().id())),
			service("OrganisationManagement.approveJoinRequest", "the company",
					"login deny ok deny deny deny deny deny", c -> {
						c.bean(OrganisationManagement.class)
							.approveJoinRequest(c.w().company().id(), c.w().joinRequest(), MembershipRole.MEMBER);
						return MatrixRows.DONE;
					}),
			service("OrganisationManagement.declineJoinRequest", "the company",
					"login deny ok deny deny deny deny deny", c -> {
						c.bean(OrganisationManagement.class)
							.declineJoinRequest(c.w().company().id(), c.w().joinRequest());
						return MatrixRows.DONE;
					}),
			service("OrganisationManagement.changeRole", "the company's member",
					"login deny ok deny deny deny deny deny", c -> {
						c.bean(OrganisationManagement.class)
							.changeRole(c.w().company().id(), c.w().company().member(), MembershipRole.OWNER);
						return MatrixRows.DONE;
					}),
			service("OrganisationManagement.appointAuthorisingOfficer", "the agency's member",
					"login deny deny deny ok deny deny deny", c -> {
						c.bean(OrganisationManagement.class)
							.appointAuthorisingOfficer(c.w().agency().id(), c.w().agency().member(), false);
						return MatrixRows.DONE;
					}),
			service("OrganisationManagement.setDecisionRules", "the agency's rules",
					"login deny deny deny ok deny deny deny", c -> {
						c.bean(OrganisationManagement.class)
							.setDecisionRules(c.w().agency().id(), DecisionRules.DEFAULT);
						return MatrixRows.DONE;
					}),
			service("OrganisationQuery.activeDecisionRules", "any", "login ok ok ok ok ok ok ok",
					c -> c.bean(OrganisationQuery.class).activeDecisionRules()),
			service("OrganisationManagement.removeMember", "the company's member",
					"login deny ok deny deny deny deny deny", c -> {
						c.bean(OrganisationManagement.class)
							.removeMember(c.w().company().id(), c.w().company().member());
						return MatrixRows.DONE;
					}),
			service("OrganisationManagement.switchTo", "the company", "login deny ok deny deny deny deny deny", c -> {
				c.bean(OrganisationManagement.class).switchTo(c.w().company().id());
				return MatrixRows.DONE;
			}),
			service("OrganisationQuery.mine", "own organisations", "login ok ok ok ok empty empty empty",
					c -> c.bean(OrganisationQuery.class).mine()),
			service("OrganisationQuery.active", "own organisation", "login ok ok ok ok empty empty empty",
					c -> c.bean(OrganisationQuery.class).active()),
			service("OrganisationQuery.requireCompanyMember", "to act for a company",
					"login deny ok deny deny deny deny deny",
					c -> c.bean(OrganisationQuery.class)
						.requireCompanyMember(c.w().company().id(), "catalogue.company.rejected")),
			service("OrganisationQuery.activeCompany", "own company", "login ok ok empty empty empty empty empty",
					c -> c.bean(OrganisationQuery.class).activeCompany()),
			service("OrganisationQuery.details", "the company", "login deny ok deny deny deny deny ok",
					c -> c.bean(OrganisationQuery.class).details(c.w().company().id())),
			service("OrganisationQuery.findToJoin", "by name", "login ok ok ok ok ok ok ok",
					c -> c.bean(OrganisationQuery.class).findToJoin(c.w().company().name())),
			service("OrganisationQuery.list", "every organisation", "login deny deny deny deny deny deny ok",
					c -> c.bean(OrganisationQuery.class).list(null, "", 0, 10)),
			service("OrganisationQuery.count", "every organisation", "login deny deny deny deny deny deny ok",
					c -> c.bean(OrganisationQuery.class).count(null, "")),
			service("OrganisationDirectory.organisation", "the agency, as feeds show it", "ok ok ok ok ok ok ok ok",
					c -> c.bean(OrganisationDirectory.class).organisation(c.w().agency().id())),
			service("OrganisationDirectory.names", "the agency's name, as lists show it", "ok ok ok ok ok ok ok ok",
					c -> c.bean(OrganisationDirectory.class).names(List.of(c.w().agency().id()))),
			service("InvitationManagement.invite", "to the company", "login deny ok deny deny deny deny deny",
					c -> c.bean(InvitationManagement.class)
						.invite(c.w().company().id(),
								"new-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example",
								MembershipRole.MEMBER, Language.ENGLISH)),
			service("InvitationManagement.pending", "of the company", "login deny ok deny deny deny deny deny",
					c -> c.bean(InvitationManagement.class).pending(c.w().company().id())),
			service("InvitationManagement.revoke", "of the company", "login deny ok deny deny deny deny deny", c -> {
				c.bean(InvitationManagement.class).revoke(c.w().invitation());
				return MatrixRows.DONE;
			}),
			service("InvitationManagement.preview", "with the link", "ok ok ok ok ok ok ok ok",
					c -> c.bean(InvitationManagement.class).preview(c.w().invitationToken())),
			service("InvitationManagement.accept", "with the link, sent to someone else",
					"login invalid invalid invalid invalid invalid invalid invalid",
					c -> c.bean(InvitationManagement.class).accept(c.w().invitationToken())),
			// audit
			service("AuditTrail.latest", "the whole trail", "login deny deny deny deny deny deny ok",
					c -> c.bean(AuditTrail.class).latest(0, 10)),
			service("AuditTrail.verify", "the whole trail", "login deny deny deny deny deny deny ok",
					c -> c.bean(AuditTrail.class).verify()),
			// challenge
			service("ChallengeSearch.search", "published challenges", "ok ok ok ok ok ok ok ok",
					c -> c.bean(ChallengeSearch.class).search(SearchCriteria.all(), 0, 10)),
			service("ChallengeQuery.byReference", "an open challenge", "ok ok ok ok ok ok ok ok",
					c -> c.bean(ChallengeQuery.class).byReference(c.w().open().reference())),
			service("PublicChallengeVersion.current", "the version of public facts, for caches",
					"ok ok ok ok ok ok ok ok", c -> c.bean(PublicChallengeVersion.class).current()),
			service("ChallengeQuery.awardNotice", "not awarded yet", "empty empty empty empty empty empty empty empty",
					c -> c.bean(ChallengeQuery.class).awardNotice(c.w().closed().id())),
			service("ChallengeQuery.awardNotices", "not awarded yet", "empty empty empty empty empty empty empty empty",
					c -> c.bean(ChallengeQuery.class).awardNotices(List.of(c.w().closed().id()))),
			service("ChallengeQuery.attachment", "of an open challenge", "ok ok ok ok ok ok ok ok",
					c -> c.bean(ChallengeQuery.class).attachment(c.w().open().id(), c.w().openAttachment())),
			service("ChallengeQuery.managed", "an open challenge", "login deny deny deny ok deny deny deny",
					c -> c.bean(ChallengeQuery.class).managed(c.w().open().id())),
			service("ChallengeQuery.managed", "a draft", "login deny deny deny ok deny deny deny",
					c -> c.bean(ChallengeQuery.class).managed(c.w().draft())),
			service("ChallengeDirectory.byReference", "an open challenge, for views and downloads",
					"ok ok ok ok ok ok ok ok",
					c -> c.bean(ChallengeDirectory.class).byReference(c.w().open().reference())),
			service("ChallengeDirectory.isManager", "whether the person asking manages it, for the public page",
					"empty empty empty empty ok empty empty empty",
					c -> c.bean(ChallengeDirectory.class)
						.isManager(c.bean(CurrentPerson.class).id().orElse(c.w().company().owner()),
								c.w().open().id())),
			service("ChallengeDirectory.challenge", "an open challenge, for views and downloads",
					"ok ok ok ok ok ok ok ok", c -> c.bean(ChallengeDirectory.class).challenge(c.w().open().id())),
			service("ChallengeManagement.maxBudget", "the platform's cap", "login ok ok ok ok ok ok ok",
					c -> c.bean(ChallengeManagement.class).maxBudget()),
			service("ChallengeManagement.createDraft", "for the agency", "login deny deny deny ok deny deny deny",
					c -> c.bean(ChallengeManagement.class)
						.createDraft(c.w().agency().id(), c.w().versions().openContent())),
			service("ChallengeManagement.updateDraft", "the agency's draft", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(ChallengeManagement.class)
							.updateDraft(c.w().draft(), c.w().versions().draft(), c.w().versions().openContent());
						return MatrixRows.DONE;
					}),
			service("ChallengeManagement.discardDraft", "the agency's draft", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(ChallengeManagement.class).discardDraft(c.w().draft());
						return MatrixRows.DONE;
					}),
			service("ChallengeManagement.publish", "an incomplete draft", "login deny deny deny invalid deny deny deny",
					c -> {
						c.bean(ChallengeManagement.class).publish(c.w().draft());
						return MatrixRows.DONE;
					}),
			service("ChallengeManagement.publishNew", "an incomplete challenge never saved",
					"login deny deny deny invalid deny deny deny",
					c -> c.bean(ChallengeManagement.class)
						.publishNew(c.w().agency().id(), ChallengeDraft.builder().title("Never saved").build())),
			service("ChallengeManagement.amend", "an open challenge", "login deny deny deny ok deny deny deny", c -> {
				c.bean(ChallengeManagement.class)
					.amend(c.w().open().id(), c.w().versions().open(),
							c.w().versions().openContent().toBuilder().context("More context.").build(),
							"Clearer context");
				return MatrixRows.DONE;
			}), service("ChallengeManagement.withdraw", "an open challenge", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(ChallengeManagement.class).withdraw(c.w().open().id(), "No budget after all");
						return MatrixRows.DONE;
					}),
			service("ChallengeManagement.attach", "to an open challenge", "login deny deny deny ok deny deny deny",
					c -> c.bean(ChallengeManagement.class)
						.attach(c.w().open().id(), "annex.pdf", new ByteArrayInputStream(TestPdfs.onePage()),
								"An annex")),
			service("ChallengeManagement.detach", "from an open challenge", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(ChallengeManagement.class).detach(c.w().open().id(), c.w().openAttachment(), "Outdated");
						return MatrixRows.DONE;
					}),
			service("ChallengeManagement.startEvaluation/1", "of an open challenge",
					"login deny deny deny invalid deny deny deny", c -> {
						c.bean(ChallengeManagement.class).startEvaluation(c.w().open().id());
						return MatrixRows.DONE;
					}),
			service("ChallengeManagement.startEvaluation/2", "of an open challenge, scoring due in a week",
					"login deny deny deny invalid deny deny deny", c -> {
						c.bean(ChallengeManagement.class)
							.startEvaluation(c.w().open().id(), LocalDate.now().plusDays(7));
						return MatrixRows.DONE;
					}),
			service("ChallengeManagement.moveScoringDue", "of an open challenge, not under evaluation",
					"login deny deny deny invalid deny deny deny", c -> {
						c.bean(ChallengeManagement.class)
							.moveScoringDue(c.w().open().id(), LocalDate.now().plusDays(9));
						return MatrixRows.DONE;
					}),
			service("ClarificationManagement.ask", "about an open challenge", "login ok ok deny deny deny deny deny",
					c -> c.bean(ClarificationManagement.class).ask(c.w().open().id(), "Is the data anonymised?")),
			service("ClarificationManagement.answer", "a pending question", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(ClarificationManagement.class).answer(c.w().question(), null, "Yes, it is.");
						return MatrixRows.DONE;
					}),
			service("ClarificationManagement.reject", "a pending question", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(ClarificationManagement.class).reject(c.w().question(), "Out of scope");
						return MatrixRows.DONE;
					}),
			service("ClarificationQuery.answers", "none published yet",
					"empty empty empty empty empty empty empty empty",
					c -> c.bean(ClarificationQuery.class).answers(c.w().open().id())),
			service("ClarificationQuery.pending", "of an open challenge", "login deny deny deny ok deny deny deny",
					c -> c.bean(ClarificationQuery.class).pending(c.w().open().id())),
			service("ClarificationQuery.mine", "of an open challenge", "login empty ok empty empty empty empty empty",
					c -> c.bean(ClarificationQuery.class).mine(c.w().open().id())),
			service("ChallengeFollowing.follow", "an open challenge", "login ok ok deny deny deny deny deny", c -> {
				c.bean(ChallengeFollowing.class).follow(c.w().open().id());
				return MatrixRows.DONE;
			}),
			service("ChallengeFollowing.unfollow", "an open challenge", "login ok ok deny deny deny deny deny", c -> {
				c.bean(ChallengeFollowing.class).unfollow(c.w().open().id());
				return MatrixRows.DONE;
			}),
			service("ChallengeFollowing.isFollowing", "an open challenge", "login empty ok deny deny deny deny deny",
					c -> c.bean(ChallengeFollowing.class).isFollowing(c.w().open().id())),
			service("ChallengeFollowing.followed", "own follows", "login empty ok deny deny deny deny deny",
					c -> c.bean(ChallengeFollowing.class).followed()),
			service("SavedSearchManagement.save", "a search", "login ok ok ok ok ok ok ok",
					c -> c.bean(SavedSearchManagement.class)
						.save("Mine", SearchCriteria.text("sensor"), SavedSearchFrequency.IMMEDIATE)),
			service("SavedSearchManagement.mine", "own searches", "login empty ok empty empty empty empty empty",
					c -> c.bean(SavedSearchManagement.class).mine()),
			service("SavedSearchManagement.delete", "the company owner's search",
					"login deny ok deny deny deny deny deny", c -> {
						c.bean(SavedSearchManagement.class).delete(c.w().savedSearch());
						return MatrixRows.DONE;
					}),
			service("AgencyDashboard.dashboard", "own agency", "login deny deny ok ok deny deny deny",
					c -> c.bean(AgencyDashboard.class).dashboard()),
			service("CpvCatalogue.find", "a code", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CpvCatalogue.class).find("72000000-5")),
			service("CpvCatalogue.exists", "a code", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CpvCatalogue.class).exists("72000000-5")),
			service("CpvCatalogue.search", "by words", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CpvCatalogue.class).search("software", 5)),
			service("CpvCatalogue.searchCodes", "by words", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CpvCatalogue.class).searchCodes("software", 5)),
			service("CpvCatalogue.describe", "a code", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CpvCatalogue.class).describe("72000000-5")),
			service("CpvCatalogue.divisions", "all", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CpvCatalogue.class).divisions()),
			service("CpvCatalogue.divisionOf", "a code", "ok ok ok ok ok ok ok ok",
					c -> c.bean(CpvCatalogue.class).divisionOf("72000000-5")),
			// proposal
			service("ProposalManagement.start", "for an open challenge", "login ok invalid deny deny deny deny deny",
					c -> c.bean(ProposalManagement.class).start(c.w().open().id())),
			service("ProposalManagement.saveDraft", "a sealed proposal", "login 404 ok 404 404 404 404 404",
					c -> c.bean(ProposalManagement.class)
						.saveDraft(c.w().openProposal(), c.w().versions().openProposal(),
								c.bean(TestBidding.class).complete(c.w().open()))),
			service("ProposalManagement.attach", "to a sealed proposal", "login 404 ok 404 404 404 404 404",
					c -> c.bean(ProposalManagement.class)
						.attach(c.w().openProposal(), "annex.pdf", new ByteArrayInputStream(TestPdfs.onePage()))),
			service("ProposalManagement.detach", "from a sealed proposal", "login 404 ok 404 404 404 404 404", c -> {
				c.bean(ProposalManagement.class).detach(c.w().openProposal(), c.w().openFile().id());
				return MatrixRows.DONE;
			}),
			service("ProposalManagement.submit", "a sealed proposal again", "login 404 ok 404 404 404 404 404",
					c -> c.bean(ProposalManagement.class).submit(c.w().openProposal())),
			service("ProposalManagement.withdraw", "a sealed proposal", "login 404 ok 404 404 404 404 404", c -> {
				c.bean(ProposalManagement.class).withdraw(c.w().openProposal());
				return MatrixRows.DONE;
			}),
			service("ProposalManagement.submit", "after the deadline", "login 404 invalid 404 404 404 404 404",
					c -> c.bean(ProposalManagement.class).submit(c.w().closedProposal())),
			service("ProposalQuery.mine", "for an open challenge", "login empty ok deny deny deny deny deny",
					c -> c.bean(ProposalQuery.class).mine(c.w().open().id())),
			service("ProposalQuery.editable", "a sealed proposal", "login 404 ok 404 404 404 404 404",
					c -> c.bean(ProposalQuery.class).editable(c.w().openProposal())),
			service("ProposalQuery.checklist", "a sealed proposal", "login 404 ok 404 404 404 404 404",
					c -> c.bean(ProposalQuery.class).checklist(c.w().openProposal())),
			service("ProposalQuery.version", "a sealed proposal", "login 404 ok 404 404 404 404 404",
					c -> c.bean(ProposalQuery.class).version(c.w().openProposal(), 1)),
			service("ProposalQuery.latest", "a sealed proposal", "login 404 ok 404 404 404 404 404",
					c -> c.bean(ProposalQuery.class).latest(c.w().openProposal())),
			service("ProposalQuery.attachment", "of a sealed proposal", "login 404 ok 404 404 404 404 404",
					c -> c.bean(ProposalQuery.class).attachment(c.w().openProposal(), c.w().openFile().id())),
			service("ProposalQuery.receipt", "of a sealed proposal", "login 404 ok 404 404 404 404 404",
					c -> c.bean(ProposalQuery.class).receipt(c.w().openProposal(), 1)),
			service("ProposalQuery.submitted", "before the deadline", "login deny deny deny deny deny deny deny",
					c -> c.bean(ProposalQuery.class).submitted(c.w().open().id())),
			service("ProposalQuery.latest", "under evaluation", "login 404 ok 404 ok 404 ok 404",
					c -> c.bean(ProposalQuery.class).latest(c.w().closedProposal())),
			service("ProposalQuery.version", "under evaluation", "login 404 ok 404 ok 404 ok 404",
					c -> c.bean(ProposalQuery.class).version(c.w().closedProposal(), 1)),
			service("ProposalQuery.attachment", "under evaluation", "login 404 ok 404 ok 404 ok 404",
					c -> c.bean(ProposalQuery.class).attachment(c.w().closedProposal(), c.w().closedFile().id())),
			service("ProposalQuery.submitted", "under evaluation", "login deny deny deny ok deny ok deny",
					c -> c.bean(ProposalQuery.class).submitted(c.w().closed().id())),
			service("ProposalQuery.outcomeLetter", "before the outcome", "login 404 404 404 404 404 404 404",
					c -> c.bean(ProposalQuery.class).outcomeLetter(c.w().closedProposal())),
			service("ProposalDashboard.mine", "own company", "login ok ok deny deny deny deny deny",
					c -> c.bean(ProposalDashboard.class).mine()),
			// evaluation
			service("PanelManagement.invite", "to the panel", "login deny deny deny ok deny deny deny",
					c -> c.bean(PanelManagement.class)
						.invite(c.w().closed().id(),
								"expert-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example", "An expert",
								PanelRole.EVALUATOR, Language.ENGLISH)),
			service("PanelManagement.invitation", "with the link", "login ok ok ok ok ok ok ok",
					c -> c.bean(PanelManagement.class).invitation(c.w().panelToken())),
			service("PanelManagement.accept", "with the link, sent to someone else",
					"login invalid invalid invalid invalid invalid invalid invalid",
					c -> c.bean(PanelManagement.class).accept(c.w().panelToken())),
			service("PanelManagement.panel", "under evaluation", "login deny deny deny ok deny ok deny",
					c -> c.bean(PanelManagement.class).panel(c.w().closed().id())),
			service("EvaluationManagement.bidders", "under evaluation", "login deny deny deny ok deny ok deny",
					c -> c.bean(EvaluationManagement.class).bidders(c.w().closed().id())),
			service("EvaluationManagement.declare", "the chair first, the evaluator again",
					"login deny deny deny ok deny invalid deny", c -> {
						c.bean(EvaluationManagement.class)
							.declare(c.w().closed().id(), Map.of(c.w().company().id(), DeclarationInput.noConflict()));
						return MatrixRows.DONE;
					}),
			service("EvaluationManagement.saveDraft", "scores", "login deny deny deny deny deny ok deny", c -> {
				c.bean(EvaluationManagement.class).saveDraft(c.w().closedProposal(), scores(c));
				return MatrixRows.DONE;
			}), service("EvaluationManagement.submit", "scores", "login deny deny deny deny deny ok deny", c -> {
				c.bean(EvaluationManagement.class).submit(c.w().closedProposal(), scores(c));
				return MatrixRows.DONE;
			}),
			service("EvaluationQuery.todo", "own panels", "login empty empty empty ok ok ok empty",
					c -> c.bean(EvaluationQuery.class).todo()),
			service("EvaluationQuery.declarationForm", "under evaluation", "login deny deny deny ok deny ok deny",
					c -> c.bean(EvaluationQuery.class).declarationForm(c.w().closed().id())),
			service("EvaluationQuery.scoring", "a proposal", "login deny deny deny deny deny ok deny",
					c -> c.bean(EvaluationQuery.class).scoring(c.w().closedProposal())),
			service("EvaluationQuery.scores", "before scoring", "login deny deny deny ok deny invalid deny",
					c -> c.bean(EvaluationQuery.class).scores(c.w().closedProposal())),
			service("EvaluationQuery.consensusForm", "before scores", "login deny deny deny invalid deny deny deny",
					c -> c.bean(EvaluationQuery.class).consensusForm(c.w().closedProposal())),
			service("EvaluationQuery.progress", "under evaluation", "login deny deny deny ok deny deny deny",
					c -> c.bean(EvaluationQuery.class).progress(c.w().closed().id())),
			service("EvaluationQuery.ranking", "under evaluation", "login deny deny deny ok deny deny deny",
					c -> c.bean(EvaluationQuery.class).ranking(c.w().closed().id())),
			service("AwardManagement.recordConsensus", "before scores", "login deny deny deny invalid deny deny deny",
					c -> {
						c.bean(AwardManagement.class).recordConsensus(c.w().closedProposal(), consensus(c));
						return MatrixRows.DONE;
					}),
			service("AwardManagement.proposeAward", "before consensus", "login deny deny deny invalid deny deny deny",
					c -> {
						c.bean(AwardManagement.class)
							.proposeAward(c.w().closed().id(), List.of(c.w().closedProposal()), null);
						return MatrixRows.DONE;
					}),
			service("AwardManagement.proposeNoAward", "before consensus", "login deny deny deny invalid deny deny deny",
					c -> {
						c.bean(AwardManagement.class)
							.proposeNoAward(c.w().closed().id(), "None of the proposals fits the routes we run.");
						return MatrixRows.DONE;
					}),
			service("AwardApproval.approve", "nothing to approve, nobody an officer",
					"login deny deny deny deny deny deny deny", c -> {
						c.bean(AwardApproval.class).approve(c.w().closed().id(), true);
						return MatrixRows.DONE;
					}),
			service("AwardApproval.sendBack", "nothing to approve, nobody an officer",
					"login deny deny deny deny deny deny deny", c -> {
						c.bean(AwardApproval.class)
							.sendBack(c.w().closed().id(), "The justification does not explain the ranking.");
						return MatrixRows.DONE;
					}),
			service("AwardApproval.awaitingMyApproval", "own agencies",
					"login empty empty empty empty empty empty empty",
					c -> c.bean(AwardApproval.class).awaitingMyApproval()),
			service("AwardApproval.overview", "under evaluation", "login deny deny deny ok deny deny deny",
					c -> c.bean(AwardApproval.class).overview(c.w().closed().id())),
			service("BidderRequests.decision", "before the decision", "login 404 ok 404 404 404 404 404",
					c -> c.bean(BidderRequests.class).decision(c.w().closedProposal())),
			service("BidderRequests.requestReview", "before the decision", "login 404 invalid 404 404 404 404 404",
					c -> {
						c.bean(BidderRequests.class)
							.requestReview(c.w().closedProposal(), "The panel misread our price table entirely.");
						return MatrixRows.DONE;
					}),
			service("BidderRequests.askDebriefing", "before the decision", "login 404 invalid 404 404 404 404 404",
					c -> {
						c.bean(BidderRequests.class)
							.askDebriefing(c.w().closedProposal(), "Could we meet to understand the scores?");
						return MatrixRows.DONE;
					}),
			service("BidderRequests.answerReview", "no such request",
					"login invalid invalid invalid invalid invalid invalid invalid", c -> {
						c.bean(BidderRequests.class)
							.answerReview(UUID.randomUUID(), "The panel read your annex again and stands by it.");
						return MatrixRows.DONE;
					}),
			service("BidderRequests.upholdReview", "no such request",
					"login invalid invalid invalid invalid invalid invalid invalid", c -> {
						c.bean(BidderRequests.class)
							.upholdReview(UUID.randomUUID(),
									"The panel misread your annex: the decision is withdrawn.");
						return MatrixRows.DONE;
					}),
			service("BidderRequests.answerDebriefing", "no such request",
					"login invalid invalid invalid invalid invalid invalid invalid", c -> {
						c.bean(BidderRequests.class)
							.answerDebriefing(UUID.randomUUID(), null,
									"The panel read your annex again and stands by it.");
						return MatrixRows.DONE;
					}),
			service("PanelManagement.composes", "under evaluation", "login empty empty empty ok empty empty empty",
					c -> c.bean(PanelManagement.class).composes(c.w().closed().id())),
			service("PanelManagement.remove", "an invitation nobody accepted", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(PanelManagement.class)
							.remove(c.w().closed().id(), c.w().panel().waiting(), "Invited the wrong address.", null);
						return MatrixRows.DONE;
					}),
			service("PanelManagement.remove", "the evaluator, who submitted no scores",
					"login deny deny deny ok deny deny deny", c -> {
						c.bean(PanelManagement.class)
							.remove(c.w().closed().id(), c.w().panel().evaluator(), "Has not answered for three weeks.",
									null);
						return MatrixRows.DONE;
					}),
			service("PanelManagement.remove", "the chair, without a new chair",
					"login deny deny deny invalid deny deny deny", c -> {
						c.bean(PanelManagement.class)
							.remove(c.w().closed().id(), c.w().panel().chair(), "Leaves the agency next week.", null);
						return MatrixRows.DONE;
					}),
			service("PanelManagement.designateStandIn", "the chair has declared no conflict",
					"login deny deny deny invalid deny deny deny", c -> {
						c.bean(PanelManagement.class).designateStandIn(c.w().closed().id(), c.w().panel().evaluator());
						return MatrixRows.DONE;
					}),
			service("PanelManagement.removals", "one member removed", "login deny deny deny ok deny deny deny",
					c -> c.bean(PanelManagement.class).removals(c.w().closed().id())),
			service("EvaluationLetters.letter/1", "before the decision", "login 404 404 404 404 404 404 404",
					c -> c.bean(EvaluationLetters.class).letter(c.w().closedProposal())),
			service("EvaluationLetters.report/1", "under evaluation", "login deny deny deny ok deny deny deny",
					c -> c.bean(EvaluationLetters.class).report(c.w().closed().id())),
			// catalogue
			service("SolutionSearch.search", "the catalogue", "ok ok ok ok ok ok ok ok",
					c -> c.bean(SolutionSearch.class).search(SolutionCriteria.all(), 0, 10)),
			service("SolutionDirectory.published", "for the sitemap", "ok ok ok ok ok ok ok ok",
					c -> c.bean(SolutionDirectory.class).published()),
			service("SolutionDirectory.publishedSince", "for the sitemap", "ok ok ok ok ok ok ok ok",
					c -> c.bean(SolutionDirectory.class)
						.publishedSince(c.w().closed().proposalsDeadline().minusSeconds(86_400 * 60))),
			service("SolutionQuery.byReference", "a published solution", "ok ok ok ok ok ok ok ok",
					c -> c.bean(SolutionQuery.class).byReference(c.w().solutionReference())),
			service("SolutionQuery.file", "a published picture", "ok ok ok ok ok ok ok ok",
					c -> c.bean(SolutionQuery.class).file(c.w().solutionReference(), c.w().solutionImage())),
			service("SolutionQuery.managed", "the company's draft", "login deny ok deny deny deny deny ok",
					c -> c.bean(SolutionQuery.class).managed(c.w().draftSolution())),
			service("SolutionQuery.isMine", "the company's solution", "empty empty ok empty empty empty empty empty",
					c -> c.bean(SolutionQuery.class).isMine(c.w().solution())),
			service("SolutionQuery.mine", "own company", "login ok ok ok ok ok ok ok",
					c -> c.bean(SolutionQuery.class).mine()),
			service("SolutionManagement.create", "for the company", "login deny ok deny deny deny deny deny",
					c -> c.bean(SolutionManagement.class)
						.create(c.w().company().id(), SecurityScenario.profile("Another sensor"))),
			service("SolutionManagement.update", "the company's draft", "login deny ok deny deny deny deny deny", c -> {
				c.bean(SolutionManagement.class)
					.update(c.w().draftSolution(), c.w().versions().draftSolution(),
							SecurityScenario.profile("Better sensors"));
				return MatrixRows.DONE;
			}),
			service("SolutionManagement.submit", "the company's draft", "login deny ok deny deny deny deny deny", c -> {
				c.bean(SolutionManagement.class).submit(c.w().draftSolution());
				return MatrixRows.DONE;
			}), service("SolutionManagement.withdraw", "a published solution", "login deny ok deny deny deny deny deny",
					c -> {
						c.bean(SolutionManagement.class).withdraw(c.w().solution());
						return MatrixRows.DONE;
					}),
			service("SolutionManagement.delete", "the company's draft", "login deny ok deny deny deny deny deny", c -> {
				c.bean(SolutionManagement.class).delete(c.w().draftSolution());
				return MatrixRows.DONE;
			}),
			service("SolutionManagement.addImage", "to the company's draft", "login deny ok deny deny deny deny deny",
					c -> c.bean(SolutionManagement.class)
						.addImage(c.w().draftSolution(), "bin.png", new ByteArrayInputStream(Pictures.png()))),
			service("SolutionManagement.removeImage", "of a published solution",
					"login deny ok deny deny deny deny deny", c -> {
						c.bean(SolutionManagement.class).removeImage(c.w().solution(), c.w().solutionImage());
						return MatrixRows.DONE;
					}),
			service("SolutionManagement.attachBrochure", "to the company's draft",
					"login deny ok deny deny deny deny deny",
					c -> c.bean(SolutionManagement.class)
						.attachBrochure(c.w().draftSolution(), "brochure.pdf",
								new ByteArrayInputStream(TestPdfs.onePage()))),
			service("SolutionManagement.removeBrochure", "of a published solution",
					"login deny ok deny deny deny deny deny", c -> {
						c.bean(SolutionManagement.class).removeBrochure(c.w().solution());
						return MatrixRows.DONE;
					}),
			service("SolutionScreening.pending", "waiting versions", "login deny deny deny deny deny deny empty",
					c -> c.bean(SolutionScreening.class).pending()),
			service("SolutionScreening.approve", "a published solution", "login deny deny deny deny deny deny invalid",
					c -> {
						c.bean(SolutionScreening.class).approve(c.w().solution(), c.w().versions().solution());
						return MatrixRows.DONE;
					}),
			service("SolutionScreening.reject", "a published solution", "login deny deny deny deny deny deny invalid",
					c -> {
						c.bean(SolutionScreening.class)
							.reject(c.w().solution(), c.w().versions().solution(), "Not a product");
						return MatrixRows.DONE;
					}),
			service("SolutionMatching.suggestionsFor", "an open challenge", "login deny deny deny ok deny deny deny",
					c -> c.bean(SolutionMatching.class).suggestionsFor(c.w().open().id())),
			service("SolutionMatching.invite", "to an open challenge", "login deny deny deny ok deny deny deny", c -> {
				c.bean(SolutionMatching.class).invite(c.w().open().id(), c.w().solution(), "Please answer");
				return MatrixRows.DONE;
			}),
			service("SolutionMatching.invitedAt", "not invited", "login deny deny deny empty deny deny deny",
					c -> c.bean(SolutionMatching.class).invitedAt(c.w().open().id(), c.w().solution())),
			service("CatalogueSettings.matchNotifications", "of the company", "login deny ok deny deny deny deny deny",
					c -> c.bean(CatalogueSettings.class).matchNotifications(c.w().company().id())),
			service("CatalogueSettings.setMatchNotifications", "of the company",
					"login deny ok deny deny deny deny deny", c -> {
						c.bean(CatalogueSettings.class).setMatchNotifications(c.w().company().id(), false);
						return MatrixRows.DONE;
					}),
			service("ConsultationManagement.publish", "for the agency", "login deny deny deny ok deny deny deny",
					c -> c.bean(ConsultationManagement.class)
						.publish(c.w().agency().id(), ConsultationDraft.of("Parking", "Too few places.",
								List.of("How many?"), List.of("72000000-5"), Language.ENGLISH,
								LocalDateTime.ofInstant(c.w().closed().proposalsDeadline().plusSeconds(86_400 * 40),
										ConsultationDraft.DEFAULT_TIME_ZONE)))),
			service("ConsultationManagement.draftChallenge", "from a closed consultation",
					"login deny deny deny ok deny deny deny",
					c -> c.bean(ConsultationManagement.class).draftChallenge(c.w().closedConsultation())),
			service("ConsultationAnswering.answer", "for the company", "login deny ok deny deny deny deny deny", c -> {
				c.bean(ConsultationAnswering.class)
					.answer(c.w().openConsultation(), c.w().company().id(), List.of("We would measure noise."), true);
				return MatrixRows.DONE;
			}),
			service("ConsultationAnswering.answeringFor", "who asks", "login ok ok empty empty empty empty empty",
					c -> c.bean(ConsultationAnswering.class).answeringFor()),
			service("ConsultationAnswering.answerOf", "of the company", "login deny empty deny deny deny deny deny",
					c -> c.bean(ConsultationAnswering.class).answerOf(c.w().openConsultation(), c.w().company().id())),
			service("ConsultationQuery.byReference", "an open consultation", "ok ok ok ok ok ok ok ok",
					c -> c.bean(ConsultationQuery.class).byReference(c.w().openConsultationReference())),
			service("ConsultationQuery.list", "open consultations", "ok ok ok ok ok ok ok ok",
					c -> c.bean(ConsultationQuery.class).list(true, 0, 10)),
			service("ConsultationQuery.ofMyAgency", "own agency", "login ok ok ok ok ok ok ok",
					c -> c.bean(ConsultationQuery.class).ofMyAgency()),
			service("ConsultationQuery.managed", "an open consultation", "login deny deny deny ok deny deny deny",
					c -> c.bean(ConsultationQuery.class).managed(c.w().openConsultation())),
			service("ConsultationQuery.answers", "a closed consultation", "login deny deny deny ok deny deny deny",
					c -> c.bean(ConsultationQuery.class).answers(c.w().closedConsultation())),
			service("ConsultationQuery.answers", "an open consultation", "login deny deny deny invalid deny deny deny",
					c -> c.bean(ConsultationQuery.class).answers(c.w().openConsultation())),
			service("ConsultationDirectory.published", "for the sitemap", "ok ok ok ok ok ok ok ok",
					c -> c.bean(ConsultationDirectory.class).published()),
			// dossier
			service("ProcurementFiles.download", "of the challenge under evaluation",
					"login 404 404 404 ok 404 404 404", c -> {
						c.bean(ProcurementFiles.class)
							.download(c.w().closed().id(), name -> OutputStream.nullOutputStream());
						return MatrixRows.DONE;
					}),
			service("ProcurementFiles.download", "of an open challenge", "login 404 404 404 404 404 404 404", c -> {
				c.bean(ProcurementFiles.class).download(c.w().open().id(), name -> OutputStream.nullOutputStream());
				return MatrixRows.DONE;
			}),
			// pilot
			service("PilotQuery.mine", "own pilots", "login empty ok empty ok empty empty empty",
					c -> c.bean(PilotQuery.class).mine()),
			service("PilotQuery.byReference", "a planned pilot", "login 404 ok 404 ok 404 404 404",
					c -> c.bean(PilotQuery.class).byReference(c.w().plannedPilot().reference())),
			service("PilotQuery.byReference", "an ended pilot, results published", "login 404 ok 404 ok 404 404 404",
					c -> c.bean(PilotQuery.class).byReference(c.w().endedPilot().reference())),
			service("PilotManagement.schedule", "a planned pilot", "login deny deny deny ok deny deny deny", c -> {
				c.bean(PilotManagement.class)
					.schedule(c.w().plannedPilot().id(), c.w().plannedPilot().version(), today(c),
							today(c).plusWeeks(8));
				return MatrixRows.DONE;
			}),
			service("PilotManagement.addMilestone", "to a planned pilot", "login deny deny deny ok deny deny deny",
					c -> c.bean(PilotManagement.class)
						.addMilestone(c.w().plannedPilot().id(), c.w().plannedPilot().version(), "Data shared",
								today(c).plusWeeks(2))),
			service("PilotManagement.changeMilestone", "of a planned pilot", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(PilotManagement.class)
							.changeMilestone(c.w().plannedPilot().id(), c.w().plannedPilot().version(),
									c.w().plannedPilot().milestone(), "Sensors fitted on two routes",
									today(c).plusWeeks(1));
						return MatrixRows.DONE;
					}),
			service("PilotManagement.removeMilestone", "of a planned pilot", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(PilotManagement.class)
							.removeMilestone(c.w().plannedPilot().id(), c.w().plannedPilot().version(),
									c.w().plannedPilot().milestone());
						return MatrixRows.DONE;
					}),
			service("PilotManagement.start", "a planned pilot", "login deny deny deny ok deny deny deny", c -> {
				c.bean(PilotManagement.class).start(c.w().plannedPilot().id(), c.w().plannedPilot().version());
				return MatrixRows.DONE;
			}), service("PilotManagement.markMilestone", "of a running pilot", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(PilotManagement.class)
							.markMilestone(c.w().runningPilot().id(), c.w().runningPilot().version(),
									c.w().runningPilot().milestone(), true);
						return MatrixRows.DONE;
					}),
			service("PilotManagement.markMilestone", "of a planned pilot",
					"login deny deny deny invalid deny deny deny", c -> {
						c.bean(PilotManagement.class)
							.markMilestone(c.w().plannedPilot().id(), c.w().plannedPilot().version(),
									c.w().plannedPilot().milestone(), true);
						return MatrixRows.DONE;
					}),
			service("PilotManagement.complete", "a running pilot", "login deny deny deny ok deny deny deny", c -> {
				c.bean(PilotManagement.class)
					.complete(c.w().runningPilot().id(), c.w().runningPilot().version(), today(c), results());
				return MatrixRows.DONE;
			}), service("PilotManagement.stop", "a running pilot", "login deny deny deny ok deny deny deny", c -> {
				c.bean(PilotManagement.class)
					.stop(c.w().runningPilot().id(), c.w().runningPilot().version(),
							"The supplier's sensors failed in the rain.");
				return MatrixRows.DONE;
			}), service("PilotManagement.recordResults", "of the ended pilot", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(PilotManagement.class)
							.recordResults(c.w().endedPilot().id(), c.w().endedPilot().version(), results());
						return MatrixRows.DONE;
					}),
			service("PilotManagement.publishResults", "of a running pilot",
					"login deny deny deny invalid deny deny deny", c -> {
						c.bean(PilotManagement.class)
							.publishResults(c.w().runningPilot().id(), c.w().runningPilot().version());
						return MatrixRows.DONE;
					}),
			service("PilotManagement.publishResults", "of the ended pilot, again",
					"login deny deny deny ok deny deny deny", c -> {
						c.bean(PilotManagement.class)
							.publishResults(c.w().endedPilot().id(), c.w().endedPilot().version());
						return MatrixRows.DONE;
					}),
			service("PilotManagement.withdrawResults", "of the ended pilot", "login deny deny deny ok deny deny deny",
					c -> {
						c.bean(PilotManagement.class)
							.withdrawResults(c.w().endedPilot().id(), c.w().endedPilot().version());
						return MatrixRows.DONE;
					}),
			service("PilotManagement.writeAccount", "of a planned pilot", "login deny ok deny deny deny deny deny",
					c -> {
						c.bean(PilotManagement.class)
							.writeAccount(c.w().plannedPilot().id(), c.w().plannedPilot().version(),
									"We fitted the first sensors.");
						return MatrixRows.DONE;
					}),
			service("PilotManagement.writeAccount", "of the ended pilot, results published",
					"login deny ok deny deny deny deny deny", c -> {
						c.bean(PilotManagement.class)
							.writeAccount(c.w().endedPilot().id(), c.w().endedPilot().version(),
									"The drivers trusted the sensors.");
						return MatrixRows.DONE;
					}),
			service("PublicResults.byReference", "published results", "ok ok ok ok ok ok ok ok",
					c -> c.bean(PublicResults.class).byReference(c.w().endedPilot().reference())),
			service("PublicResults.byReference", "a running pilot: nothing published",
					"empty empty empty empty empty empty empty empty",
					c -> c.bean(PublicResults.class).byReference(c.w().runningPilot().reference())),
			service("PublicResults.published", "every published result", "ok ok ok ok ok ok ok ok",
					c -> c.bean(PublicResults.class).published()),
			service("PublicResults.statistics", "the platform's figures", "ok ok ok ok ok ok ok ok",
					c -> c.bean(PublicResults.class).statistics()),
			// notification
			service("Inbox.unreadCount", "own notices", "login ok ok ok ok ok ok ok",
					c -> c.bean(Inbox.class).unreadCount()),
			service("Inbox.latest", "own notices", "login ok ok ok ok empty ok empty",
					c -> c.bean(Inbox.class).latest(10)),
			service("Inbox.markRead", "an unknown notice: nothing happens", "login ok ok ok ok ok ok ok", c -> {
				c.bean(Inbox.class).markRead(UUID.randomUUID());
				return MatrixRows.DONE;
			}), service("Inbox.markAllRead", "own notices", "login ok ok ok ok ok ok ok", c -> {
				c.bean(Inbox.class).markAllRead();
				return MatrixRows.DONE;
			}),
			service("DeveloperMailbox.latest", "asked from another machine: nobody's mail is shown",
					"404 404 404 404 404 404 404 404",
					c -> fromElsewhere(() -> c.bean(DeveloperMailbox.class).latest(0, 10))),
			// shared
			service("PublicLinks.base", "the public address", "ok ok ok ok ok ok ok ok",
					c -> c.bean(PublicLinks.class).base()),
			service("PublicLinks.to/1", "the public address", "ok ok ok ok ok ok ok ok",
					c -> c.bean(PublicLinks.class).to("/challenges")),
			service("PublicLinks.to/2", "a public page in French", "ok ok ok ok ok ok ok ok",
					c -> c.bean(PublicLinks.class).to(Language.FRENCH, "/challenges")));

	/**
	 * Entry points for other modules and jobs only. They take decisions for a caller that
	 * has checked who acts (or act for the system); no view and no controller may call
	 * them, which {@link AccessMatrixTests} verifies.
	 */
	static final List<MatrixRows.TrustedRow> TRUSTED = List.of(
			trusted("AccountProvisioning", "creates people at their first OpenID Connect sign-in; SYSTEM role only"),
			trusted("RunAs", "lets jobs and the demo act as someone, explicitly"),
			trusted("PersonSessions", "answers the session revocation filter"),
			trusted("OrganisationDirectory.roleOf", "memberships, for other modules' object checks"),
			trusted("OrganisationDirectory.hasRole", "memberships, for other modules' object checks"),
			trusted("OrganisationDirectory.isMember", "memberships, for other modules' object checks"),
			trusted("OrganisationDirectory.members", "memberships, for notifications"),
			trusted("OrganisationDirectory.isAuthorisingOfficer",
					"who approves an agency's decisions, for the evaluation's and challenge's object checks"),
			trusted("OrganisationDirectory.authorisingOfficers", "who approves, for the notifications and the award"),
			trusted("OrganisationDirectory.decisionRules",
					"which decisions an agency wants approved, for the evaluation and the challenge"),
			trusted("OrganisationDirectory.person", "names and languages, for notifications and documents"),
			trusted("OrganisationDirectory.organisationsOf",
					"a person's organisations, for keeping bidders off a panel"),
			trusted("AuditTrail.record", "every module records its actions"),
			trusted("AuditTrail.entriesOf", "what is recorded about an object, for modules and tests"),
			trusted("AuditTrail.size", "for tests and operations"),
			trusted("AuditTrail.excerpt",
					"the entries about a challenge and its proposals, for the procurement file, which checks who asks"),
			trusted("ProposalArchive",
					"every proposal version received, for the procurement file, which checks who asks"),
			trusted("EvaluationArchive",
					"the evaluation's records and documents, for the procurement file, which checks who asks"),
			trusted("ChallengeDirectory.managers", "who manages a challenge, for other modules' checks"),
			trusted("ChallengeDirectory.underEvaluationWithScoringDue",
					"the evaluations whose panels are reminded, for the evaluation module's job"),
			trusted("ChallengeDirectory.published",
					"the public facts of every published challenge, for the platform's figures"),
			trusted("ChallengeAudience", "followers and saved searches, for notifications"),
			trusted("ChallengeSubmissions", "the proposal module's hooks, within its own checked transaction"),
			trusted("ChallengeOutcomes", "the evaluation module's award decision"),
			trusted("PanelDirectory",
					"the chair, its stand-in, the members who joined and whether all scores are in, for notifications"),
			trusted("ProposalOutcomes", "the evaluation module's outcomes"),
			trusted("AwardedProposals", "which proposals won, for the pilot module's planning"),
			trusted("ProposingCompanies",
					"which of given organisations take part in a challenge, for keeping bidders off its panel"),
			trusted("PilotPlanning", "plans the pilots of a final award: the award listener and the demo's seeding"),
			trusted("PilotDirectory", "pilots as contracts, for the open data"),
			trusted("EvaluationLetters.letter/2", "letters for notifications, in the recipient's language"),
			trusted("EvaluationLetters.report/2", "the report for notifications, in the recipient's language"),
			trusted("EvaluationLetters.letterRecipients", "who gets a letter, for notifications"),
			trusted("EvaluationLetters.reportRecipients", "who gets the report, for notifications"),
			trusted("Documents", "renders PDFs from texts the calling module has checked"),
			trusted("PdfInspector", "checks uploads for the modules that accept them"),
			trusted("EventBacklog",
					"how many module events are still to be handled, for the volume data set and operators"),
			trusted("RequestReceipt",
					"when the request being served reached the server, for the modules that record a time of receipt"));

	/**
	 * Calls as if in a request from another machine (the matrix's own cells have no
	 * request, or Vaadin's).
	 */
	private static <T> T fromElsewhere(Supplier<T> call) {
		var before = RequestContextHolder.getRequestAttributes();
		var request = new MockHttpServletRequest("GET", "/dev/mailbox");
		request.setRemoteAddr("203.0.113.9");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			return call.get();
		}
		finally {
			RequestContextHolder.setRequestAttributes(before);
		}
	}

	private static List<Score> scores(MatrixRows.Calls c) {
		return c.w()
			.closed()
			.criteria()
			.stream()
			.filter(criterion -> criterion.type() == CriterionType.QUALITATIVE)
			.map(criterion -> new Score(criterion.id(), 4, "The approach fits our routes and is explained clearly."))
			.toList();
	}

	/** Today in the challenges' zone, by the application's clock. */
	private static LocalDate today(MatrixRows.Calls c) {
		return LocalDate.ofInstant(c.bean(Clock.class).instant(), ChallengeDraft.DEFAULT_TIME_ZONE);
	}

	private static PilotResults results() {
		return new PilotResults(PilotOutcome.PARTLY_SUCCEEDED, "Half the routes needed fewer trips.",
				PilotDecision.SCALE_UP);
	}

	private static List<ConsensusInput> consensus(MatrixRows.Calls c) {
		return scores(c).stream()
			.map(score -> new ConsensusInput(score.criterion(), 4, "The panel agreed the approach fits our routes.",
					""))
			.toList();
	}

}
