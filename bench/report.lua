-- Prints one machine-readable line at the end of a wrk run (read by read-path.sh):
-- RESULT requests seconds rps p50_ms p90_ms p99_ms max_ms errors
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %d %.1f %.1f %.2f %.2f %.2f %.2f %d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, errors))
end
