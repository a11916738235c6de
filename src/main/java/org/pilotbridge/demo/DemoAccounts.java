package org.pilotbridge.demo;

import java.util.List;

import org.pilotbridge.shared.Language;

/**
 * The people of the demo, all with the same password.
 */
final class DemoAccounts {

	static final String PASSWORD = "pilotbridge-demo";

	static final Account ADMIN = new Account("Alex Martin", "admin@pilotbridge.example", Language.ENGLISH,
			"platform administrator");

	static final Account AGENCY_MANAGER = new Account("Marie Dubois", "marie.dubois@oostervelde.example",
			Language.FRENCH, "challenge manager, City of Oostervelde");

	static final Account AGENCY_MEMBER = new Account("Pieter Janssens", "pieter.janssens@oostervelde.example",
			Language.DUTCH, "member and authorising officer, City of Oostervelde");

	static final Account SECOND_AGENCY_MANAGER = new Account("Katrin Vogel", "katrin.vogel@mobility.example",
			Language.GERMAN, "challenge manager, Federal Mobility Office (awaiting verification)");

	static final Account COMPANY_OWNER = new Account("Sofia Costa", "sofia@sensorylabs.example", Language.ENGLISH,
			"owner, Sensory Labs");

	static final Account COMPANY_MEMBER = new Account("Lucas Peeters", "lucas@sensorylabs.example", Language.DUTCH,
			"member, Sensory Labs");

	static final Account STARTUP_FOUNDER = new Account("Amina El Idrissi", "amina@greenroute.example", Language.FRENCH,
			"owner, GreenRoute (awaiting verification)");

	static final Account THIRD_COMPANY_OWNER = new Account("Jonas Weber", "jonas@databridge.example", Language.GERMAN,
			"owner, DataBridge Analytics");

	// The evaluation panel of the pothole challenge (see DemoEvaluation).

	static final Account PANEL_CHAIR = new Account("Elise Vermeulen", "elise.vermeulen@oostervelde.example",
			Language.ENGLISH, "chair of the evaluation panel of the pothole challenge, City of Oostervelde");

	static final Account CITY_EVALUATOR = new Account("Nadia Benali", "nadia.benali@oostervelde.example",
			Language.FRENCH, "evaluator of the pothole challenge, City of Oostervelde");

	static final Account CONFLICTED_EVALUATOR = new Account("Thomas Claes", "thomas.claes@oostervelde.example",
			Language.DUTCH, "evaluator of the pothole challenge, City of Oostervelde (advised Sensory Labs)");

	static final Account EXPERT_EVALUATOR = new Account("Hanna Schmidt", "hanna.schmidt@roadlab.example",
			Language.GERMAN, "evaluator of the pothole challenge, external expert");

	static final List<Account> ALL = List.of(ADMIN, AGENCY_MANAGER, AGENCY_MEMBER, SECOND_AGENCY_MANAGER, COMPANY_OWNER,
			COMPANY_MEMBER, STARTUP_FOUNDER, THIRD_COMPANY_OWNER, PANEL_CHAIR, CITY_EVALUATOR, CONFLICTED_EVALUATOR,
			EXPERT_EVALUATOR);

	private DemoAccounts() {
	}

	record Account(String name, String email, Language language, String role) {
	}

}
