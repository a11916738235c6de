package org.pilotbridge.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;

/**
 * Seeds the demo (and the volume data set, in a build that has it) while the application
 * starts, before its web server accepts the first connection: the demo turns the
 * application's clock back to write its history, and no visitor may be served while it
 * does. Seeding with a clock of its own per thread would leave the application's clock
 * alone, but not the jobs and listeners the seeding sets off, nor a visitor whose request
 * closes a demo challenge "today" while the demo still bids on it weeks ago; so the
 * application waits until the demo is written, a few seconds on the first start.
 * Scheduled jobs start only after this, too.
 */
@Component
@ConditionalOnEmbeddedDatabase
@ConditionalOnExpression("${pilotbridge.demo.enabled:false} or ${pilotbridge.volume.enabled:false}")
class DemoSeeding implements SmartLifecycle {

	private final ObjectProvider<FirstStartSeed> seeds;

	private final DemoClock clock;

	private volatile boolean running;

	DemoSeeding(ObjectProvider<FirstStartSeed> seeds, DemoClock clock) {
		this.seeds = seeds;
		this.clock = clock;
	}

	@Override
	public void start() {
		try {
			seeds.orderedStream().forEach(FirstStartSeed::seedOnFirstStart);
		}
		finally {
			clock.serving();
			running = true;
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Just before the web server starts to accept connections. */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
	}

}
