package org.pilotbridge.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.evaluation.PanelMemberInvited;
import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;

/**
 * The panel invitations the demo sends while it seeds, by address: the link each invitee
 * would read in their mail, so that the demo's evaluators accept them as people do.
 * Invitations that people send later are none of the demo's business and are not kept.
 */
@Component
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty(name = "pilotbridge.demo.enabled")
class DemoInvitations {

	private final Map<String, String> links = new ConcurrentHashMap<>();

	private volatile boolean seeding;

	@EventListener
	void on(PanelMemberInvited event) {
		if (seeding) {
			links.put(event.email(), event.link());
		}
	}

	/** Runs the seeding, keeping the links of the invitations it sends until it ends. */
	void whileSeeding(Runnable seed) {
		seeding = true;
		try {
			seed.run();
		}
		finally {
			seeding = false;
			links.clear();
		}
	}

	/** The token of the invitation last sent to the address while seeding. */
	String token(String email) {
		var link = links.remove(email);
		if (link == null) {
			throw new IllegalStateException("The demo sent no invitation to " + email);
		}
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
