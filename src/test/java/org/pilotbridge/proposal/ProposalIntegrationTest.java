package org.pilotbridge.proposal;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeSubmissions;
import org.pilotbridge.evaluation.EvaluationLetters;
import org.pilotbridge.evaluation.PanelDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;

import static org.awaitility.Awaitility.await;

/**
 * What the proposal module's integration tests share, so that they share one application
 * context: the module with everything it depends on, the audit trail and the
 * notifications (mails go to GreenMail), a clock tests move forward, the fixtures, and a
 * stand-in for the evaluation panel. The evaluation module, whose API the notifications
 * call when its events arrive, is not started: no evaluation event is published here, and
 * starting it would add its listeners to the proposal module's events.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "audit", "notification" })
@MockitoBean(types = { PanelDirectory.class, EvaluationLetters.class })
@Import({ MutableClockConfiguration.class, TestBidding.class, TestPanel.class })
abstract class ProposalIntegrationTest {

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry properties) {
		TestMail.register(properties);
	}

	@Autowired
	ProposalManagement management;

	@Autowired
	ProposalQuery query;

	@Autowired
	TestBidding bidding;

	@Autowired
	TestPanel panel;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	ChallengeSubmissions submissions;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	<T> T as(PersonId person, OrganisationId organisation, Supplier<T> work) {
		return bidding.as(person, organisation, work);
	}

	void as(PersonId person, OrganisationId organisation, Runnable work) {
		bidding.as(person, organisation, work);
	}

	<T> T as(TestBidding.Company company, Supplier<T> work) {
		return bidding.as(company.member(), company.id(), work);
	}

	void as(TestBidding.Company company, Runnable work) {
		bidding.as(company.member(), company.id(), work);
	}

	/**
	 * Waits until every event about the proposal has reached its listeners (audit trail,
	 * mails).
	 */
	void awaitEventsOf(ProposalId proposal) {
		await().until(() -> jdbc.sql("""
				SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?
				""").param("%" + proposal + "%").query(Long.class).single() == 0);
	}

	/**
	 * The actions recorded in the audit trail about the proposal, once its events have
	 * been handled.
	 */
	List<String> auditedActions(ProposalId proposal) {
		awaitEventsOf(proposal);
		return auditTrail.entriesOf("proposal", proposal).stream().map(AuditEntry::action).toList();
	}

	List<AuditEntry> auditEntries(ProposalId proposal) {
		awaitEventsOf(proposal);
		return auditTrail.entriesOf("proposal", proposal);
	}

}
