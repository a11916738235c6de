package org.pilotbridge.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.builder.SpringApplicationBuilder;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

/**
 * Measures proposal submissions with 10 MB attachments: how long a submission takes and
 * how many a node accepts per second, all for one challenge (the worst case: they
 * serialise on its row lock). Not a test: run it by hand (see docs/benchmarks.md) on an
 * otherwise idle machine.
 * <p>
 * It starts the whole application on a throw-away embedded PostgreSQL, as the integration
 * tests do, prepares companies whose proposals each carry a PDF of just under 10 MB, then
 * measures: the upload of that file (read, checked with PDFBox, stored), sequential
 * submissions, and concurrent resubmissions from several threads. Everything that follows
 * a submission (audit entry, receipt rendering, receipt e-mail into the outbox) runs as
 * in production, in the background.
 */
public final class ProposalSubmissionBenchmark {

	private static final int COMPANIES = intProperty("bench.companies", 30);

	private static final int THREADS = intProperty("bench.threads", 8);

	private static final int CONCURRENT_SUBMISSIONS = intProperty("bench.submissions", 240);

	/** Just under the 10 MB limit of an attachment. */
	private static final long FILE_SIZE = 10L * 1024 * 1024 - 16 * 1024;

	private ProposalSubmissionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (var context = new SpringApplicationBuilder(PilotbridgeApplication.class, TestBidding.class).run(
				"--server.port=0", "--pilotbridge.demo.enabled=false", "--logging.level.root=WARN",
				"--pilotbridge.embedded-database.data-directory=",
				"--pilotbridge.embedded-database.database-name=bench")) {
			var bidding = context.getBean(TestBidding.class);
			var proposals = context.getBean(ProposalManagement.class);
			var agency = bidding.agency();
			var challenge = bidding.challenge(agency);
			var bidder = bidding.person("bidder", Language.ENGLISH, false);
			var content = bidding.complete(challenge);

			System.out.printf(Locale.ROOT, "Preparing %d proposals with a %.1f MB file each…%n", COMPANIES,
					FILE_SIZE / 1048576.0);
			var bids = new ArrayList<Bid>();
			var uploads = new ArrayList<Long>();
			for (int i = 0; i < COMPANIES; i++) {
				var company = bidding.companyOf(bidder, "Bench " + i);
				var proposal = bidding.proposal(bidder, company, challenge, content);
				var file = TestPdfs.ofSize(FILE_SIZE, i);
				var name = "annex-" + i + ".pdf";
				var started = System.nanoTime();
				bidding.as(bidder, company, () -> proposals.attach(proposal, name, new ByteArrayInputStream(file)));
				uploads.add(System.nanoTime() - started);
				bids.add(new Bid(bidder, company, proposal));
			}
			report("upload of a 10 MB PDF (attach)", uploads, -1);

			var profiling = Profiling.start();
			var sequential = new ArrayList<Long>();
			var sequentialStart = System.nanoTime();
			for (var bid : bids) {
				sequential.add(submit(bidding, proposals, bid));
			}
			report("submission, one at a time", sequential, System.nanoTime() - sequentialStart);

			var latencies = new ConcurrentLinkedQueue<Long>();
			var start = new CountDownLatch(1);
			var futures = new ArrayList<Future<?>>();
			long concurrentStart;
			try (var threads = Executors.newFixedThreadPool(THREADS)) {
				for (int i = 0; i < CONCURRENT_SUBMISSIONS; i++) {
					var bid = bids.get(i % bids.size());
					futures.add(threads.submit(() -> {
						start.await();
						latencies.add(submit(bidding, proposals, bid));
						return null;
					}));
				}
				concurrentStart = System.nanoTime();
				start.countDown();
				for (var future : futures) {
					future.get();
				}
			}
			report("resubmission, " + THREADS + " threads at once", new ArrayList<>(latencies),
					System.nanoTime() - concurrentStart);
			profiling.close();
		}
	}

	private static long submit(TestBidding bidding, ProposalManagement proposals, Bid bid) {
		var started = System.nanoTime();
		bidding.as(bid.member(), bid.company(), () -> proposals.submit(bid.proposal()));
		return System.nanoTime() - started;
	}

	private static void report(String what, List<Long> nanos, long wallNanos) {
		var sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		var throughput = wallNanos > 0
				? String.format(Locale.ROOT, ", %.1f per second", nanos.size() / (wallNanos / 1e9)) : "";
		System.out.printf(Locale.ROOT, "%-45s n=%d%s; latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", what,
				nanos.size(), throughput, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
				sorted.get(sorted.size() - 1) / 1e6);
	}

	/** The nearest-rank percentile. */
	private static double millis(List<Long> sorted, double percentile) {
		var rank = (int) Math.ceil(percentile * sorted.size());
		return sorted.get(Math.max(0, rank - 1)) / 1e6;
	}

	private static int intProperty(String name, int defaultValue) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
	}

	private record Bid(PersonId member, OrganisationId company, ProposalId proposal) {
	}

}
