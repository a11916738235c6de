package org.pilotbridge.bench;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ProposalDeadlinePassed;
import org.pilotbridge.challenge.SubmissionTimedOut;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.proposal.SubmittedVersion;
import org.pilotbridge.shared.EventBacklog;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

/**
 * The deadline rush: 1,000 companies submitting their proposal, with its PDF, for one
 * challenge in its last minute (the PDFs uploaded before, or with
 * {@code -Dbench.upload-in-rush=true} in that minute too). Reports the throughput and
 * latency percentiles of the uploads, the submissions and the whole, and proves that
 * nothing is lost: every receipt a company got is a stored version with the same digest,
 * every version gets its receipt PDF and its e-mail, and nothing else is stored. Not a
 * test: run it by hand (see docs/benchmarks.md).
 * <p>
 * It starts the whole application on a throw-away embedded PostgreSQL with a clock that
 * runs in real time but can be set, prepares the companies and their proposals (content
 * saved, PDF attached unless it is to be uploaded in the rush), sets the clock to one
 * minute before the deadline and starts the companies at evenly spread moments of that
 * minute (an open model: a company does not wait for another), each on one of
 * {@code bench.clients} threads, as many as the web server has to serve requests. One
 * challenge is the worst case: its submissions serialise on its row lock (see DD005).
 */
public final class DeadlineRushBenchmark {

	private static final int COMPANIES = intProperty("bench.companies", 1000);

	private static final int WINDOW_SECONDS = intProperty("bench.window-seconds", 60);

	private static final int CLIENTS = intProperty("bench.clients", 200);

	/**
	 * How many people own the companies (each owns several), to keep the preparation
	 * short.
	 */
	private static final int PEOPLE = intProperty("bench.people", Math.max(1, COMPANIES / 10));

	/** Whether the companies upload their PDF in the last minute too, not days before. */
	private static final boolean UPLOAD_IN_RUSH = Boolean.getBoolean("bench.upload-in-rush");

	/** The sizes of the attached PDFs, in kB, used in turn. */
	private static final List<Integer> FILE_KB = List
		.of(System.getProperty("bench.file-kb", "500,1000,2000,4000").split(","))
		.stream()
		.map(String::strip)
		.map(Integer::parseInt)
		.toList();

	private DeadlineRushBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (var context = new SpringApplicationBuilder(PilotbridgeApplication.class, TestBidding.class,
				RushClock.class)
			.run("--server.port=0", "--pilotbridge.demo.enabled=false", "--logging.level.root=WARN",
					"--pilotbridge.embedded-database.data-directory=",
					"--pilotbridge.embedded-database.database-name=bench",
					"--spring.main.allow-bean-definition-overriding=true")) {
			var bidding = context.getBean(TestBidding.class);
			var proposals = context.getBean(ProposalManagement.class);
			var query = context.getBean(ProposalQuery.class);
			var directory = context.getBean(ChallengeDirectory.class);
			var clock = context.getBean(ShiftedClock.class);
			var backlog = context.getBean(EventBacklog.class);
			var jdbc = context.getBean(JdbcClient.class);

			var preparing = System.nanoTime();
			var agency = bidding.agency();
			var challenge = bidding.challenge(agency);
			var content = bidding.complete(challenge);
			var files = FILE_KB.stream().map(kb -> TestPdfs.ofSize(kb * 1024L, kb)).toList();
			var owners = new ArrayList<PersonId>();
			for (int i = 0; i < PEOPLE; i++) {
				owners.add(bidding.person("owner", Language.values()[i % Language.values().length], false));
			}
			var bids = new ArrayList<Bid>();
			for (int i = 0; i < COMPANIES; i++) {
				var owner = owners.get(i % PEOPLE);
				var company = bidding.companyOf(owner, "Rush company " + i);
				var proposal = bidding.proposal(owner, company, challenge, content);
				var bid = new Bid(owner, company, proposal, files.get(i % files.size()));
				if (!UPLOAD_IN_RUSH) {
					upload(bidding, proposals, bid);
				}
				bids.add(bid);
			}
			var totalMegabytes = bids.stream().mapToLong(bid -> bid.file().length).sum() / 1048576.0;
			System.out.printf(Locale.ROOT,
					"Prepared %d companies of %d people in %.0f s; %.0f MB of PDFs (%s kB each, in turn) uploaded %s%n",
					COMPANIES, PEOPLE, (System.nanoTime() - preparing) / 1e9, totalMegabytes, FILE_KB,
					UPLOAD_IN_RUSH ? "in the last minute" : "before the last minute");
			awaitEvents(backlog);

			var deadline = challenge.proposalsDeadline();
			var rushStart = deadline.minusSeconds(WINDOW_SECONDS);
			clock.set(rushStart);
			var receipts = new ConcurrentHashMap<ProposalId, SubmittedVersion>();
			var uploads = new ConcurrentLinkedQueue<Long>();
			var submissions = new ConcurrentLinkedQueue<Long>();
			var totals = new ConcurrentLinkedQueue<Long>();
			var late = new AtomicInteger();
			var timedOut = new AtomicInteger();
			var failed = new ConcurrentLinkedQueue<String>();
			var profiling = Profiling.start();
			var started = System.nanoTime();
			try (var clients = Executors.newFixedThreadPool(CLIENTS);
					var arrivals = Executors.newSingleThreadScheduledExecutor()) {
				for (int i = 0; i < COMPANIES; i++) {
					var bid = bids.get(i);
					var offsetNanos = (long) (WINDOW_SECONDS * 1e9 * i / COMPANIES);
					arrivals.schedule(() -> clients.execute(() -> {
						var arrival = started + offsetNanos;
						try {
							var beforeUpload = System.nanoTime();
							if (UPLOAD_IN_RUSH) {
								upload(bidding, proposals, bid);
							}
							var beforeSubmit = System.nanoTime();
							if (UPLOAD_IN_RUSH) {
								uploads.add(beforeSubmit - beforeUpload);
							}
							var receipt = bidding.as(bid.owner(), bid.company(),
									() -> proposals.submit(bid.proposal()));
							var done = System.nanoTime();
							submissions.add(done - beforeSubmit);
							totals.add(done - arrival);
							receipts.put(bid.proposal(), receipt);
						}
						catch (ProposalDeadlinePassed tooLate) {
							late.incrementAndGet();
						}
						catch (SubmissionTimedOut notRecordedInTime) {
							timedOut.incrementAndGet();
						}
						catch (RuntimeException e) {
							failed.add(e.getClass().getSimpleName() + ": " + e.getMessage());
						}
					}), offsetNanos, TimeUnit.NANOSECONDS);
				}
				arrivals.shutdown();
				arrivals.awaitTermination(WINDOW_SECONDS + 60L, TimeUnit.SECONDS);
				clients.shutdown();
				clients.awaitTermination(1, TimeUnit.HOURS);
			}
			var rushSeconds = (System.nanoTime() - started) / 1e9;
			profiling.close();
			System.out.printf(Locale.ROOT,
					"Rush: %d companies arriving over %d s, %d client threads; all answered after %.1f s%n", COMPANIES,
					WINDOW_SECONDS, CLIENTS, rushSeconds);
			System.out.printf(Locale.ROOT, "receipts %d, refused as late %d, timed out %d, failed %d%n",
					receipts.size(), late.get(), timedOut.get(), failed.size());
			failed.stream().distinct().limit(5).forEach(failure -> System.out.println("  " + failure));
			report("upload (attach, PDF checked and stored)", uploads, rushSeconds);
			report("submission (new version, receipt number)", submissions, rushSeconds);
			report("arrival to receipt (queue, upload, submission)", totals, rushSeconds);

			var drained = System.nanoTime();
			awaitEvents(backlog);
			System.out.printf(Locale.ROOT, "Receipt PDFs and e-mails done %.1f s after the last submission%n",
					(System.nanoTime() - drained) / 1e9);

			clock.set(challenge.proposalsOpenAt());
			directory.challenge(challenge.id());
			var stored = bidding.as(agency.manager(), agency.id(), () -> query.submitted(challenge.id()));
			var storedDigests = jdbc.sql("""
					SELECT v.proposal_id, v.digest FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id
					WHERE p.challenge_id = ?
					""")
				.param(challenge.id().id())
				.query((rs, row) -> Map.entry(rs.getObject(1).toString(), rs.getString(2)))
				.list();
			var intact = receipts.values()
				.stream()
				.filter(receipt -> storedDigests
					.contains(Map.entry(receipt.proposal().id().toString(), receipt.digest())))
				.count();
			var receiptPdfs = jdbc
				.sql("""
						SELECT count(*) FROM proposal_receipt r JOIN proposal p ON p.id = r.proposal_id WHERE p.challenge_id = ?
						""")
				.param(challenge.id().id())
				.query(Long.class)
				.single();
			var mails = jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE template = 'proposal-receipt'")
				.query(Long.class)
				.single();
			System.out.printf(Locale.ROOT,
					"Zero lost: receipts %d; submissions the manager reads after the close %d; stored versions %d, "
							+ "of which match a receipt's digest %d; receipt PDFs %d; receipt e-mails %d%n",
					receipts.size(), stored.size(), storedDigests.size(), intact, receiptPdfs, mails);
			if (stored.size() != receipts.size() || storedDigests.size() != receipts.size() || intact != receipts.size()
					|| receiptPdfs != receipts.size() || mails != receipts.size()) {
				System.out.println("LOST OR EXTRA SUBMISSIONS: the figures above differ");
				System.exit(1);
			}
		}
	}

	private static void upload(TestBidding bidding, ProposalManagement proposals, Bid bid) {
		bidding.as(bid.owner(), bid.company(),
				() -> proposals.attach(bid.proposal(), "proposal.pdf", new ByteArrayInputStream(bid.file())));
	}

	private static void awaitEvents(EventBacklog backlog) throws InterruptedException {
		while (backlog.pending() > 0) {
			Thread.sleep(200);
		}
	}

	private static void report(String what, ConcurrentLinkedQueue<Long> nanos, double wallSeconds) {
		if (nanos.isEmpty()) {
			System.out.printf(Locale.ROOT, "%-50s n=0%n", what);
			return;
		}
		var sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT,
				"%-50s n=%d, %.1f per second; latency ms: p50 %.0f, p90 %.0f, p99 %.0f, max %.0f%n", what,
				sorted.size(), sorted.size() / wallSeconds, millis(sorted, 0.50), millis(sorted, 0.90),
				millis(sorted, 0.99), sorted.getLast() / 1e6);
	}

	/** The nearest-rank percentile. */
	private static double millis(List<Long> sorted, double percentile) {
		var rank = (int) Math.ceil(percentile * sorted.size());
		return sorted.get(Math.max(0, rank - 1)) / 1e6;
	}

	private static int intProperty(String name, int defaultValue) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
	}

	private record Bid(PersonId owner, OrganisationId company, ProposalId proposal, byte[] file) {
	}

	/**
	 * The real time, shifted: the benchmark sets it to a minute before the deadline, and
	 * it runs on from there.
	 */
	static final class ShiftedClock extends Clock {

		private volatile Duration offset = Duration.ZERO;

		void set(Instant now) {
			offset = Duration.between(Clock.systemUTC().instant(), now);
		}

		@Override
		public Instant instant() {
			return Clock.systemUTC().instant().plus(offset);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

	/** A test configuration, so that component scanning leaves it to this benchmark. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RushClock {

		@Bean
		@Primary
		ShiftedClock shiftedClock() {
			return new ShiftedClock();
		}

	}

}
