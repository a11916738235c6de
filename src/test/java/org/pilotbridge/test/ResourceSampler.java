package org.pilotbridge.test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples, for the figures of docs/benchmarks.md, the memory a load test uses: the
 * proportional set size (PSS: resident memory, with pages shared between processes split
 * among them, so that the sum over Chromium's many processes means something) of this JVM
 * and of every process it started (browsers and their drivers, a packaged application),
 * read from {@code /proc} on Linux, and the heap in use of this JVM. It keeps the peaks;
 * tests log them and never assert them.
 */
public final class ResourceSampler implements AutoCloseable {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "resource-sampler");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong peakResident = new AtomicLong();

	private final AtomicLong peakHeap = new AtomicLong();

	private final AtomicInteger peakProcesses = new AtomicInteger();

	private ResourceSampler(Duration every) {
		timer.scheduleAtFixedRate(this::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
	}

	public static ResourceSampler every(Duration interval) {
		return new ResourceSampler(interval);
	}

	private void sample() {
		var processes = ProcessHandle.current().descendants().toList();
		var resident = proportional(ProcessHandle.current().pid())
				+ processes.stream().mapToLong(process -> proportional(process.pid())).sum();
		peakResident.accumulateAndGet(resident, Math::max);
		peakProcesses.accumulateAndGet(processes.size(), Math::max);
		peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
	}

	/**
	 * The proportional set size of the process in bytes, or 0 where {@code /proc} does
	 * not tell.
	 */
	private static long proportional(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))
				.stream()
				.filter(line -> line.startsWith("Pss:"))
				.findFirst()
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
				.orElse(0L);
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

	/** The peaks so far, in words for the test's log. */
	public String peaks() {
		return "peak memory (PSS) of the test JVM and the %d processes it started: %d MiB; peak heap in use of the test JVM: %d MiB"
			.formatted(peakProcesses.get(), peakResident.get() >> 20, peakHeap.get() >> 20);
	}

	/**
	 * The machine's load averages over 1, 5 and 15 minutes, as {@code /proc/loadavg}
	 * gives them.
	 */
	public static String loadAverage() {
		try {
			var fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException unavailable) {
			return "unknown";
		}
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

}
