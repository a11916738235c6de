package org.pilotbridge.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A Java Flight Recording of the measured part of a benchmark only, when
 * {@code -Dbench.jfr=<file>} is set; read it with {@code jfr view hot-methods <file>},
 * {@code jfr view latencies-by-type <file>} and
 * {@code jfr view contention-by-site <file>}.
 */
final class Profiling implements AutoCloseable {

	private final Recording recording;

	private Profiling(Recording recording) {
		this.recording = recording;
	}

	static Profiling start() throws IOException, ParseException {
		var file = System.getProperty("bench.jfr");
		if (file == null || file.isBlank()) {
			return new Profiling(null);
		}
		var recording = new Recording(Configuration.getConfiguration("profile"));
		recording.setDestination(Path.of(file));
		recording.start();
		System.out.println("Recording the measured part to " + file);
		return new Profiling(recording);
	}

	@Override
	public void close() {
		if (recording != null) {
			recording.stop();
			recording.close();
		}
	}

}
