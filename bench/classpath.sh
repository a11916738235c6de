# Compiles the tests and prints the class path of the benchmark main classes (test scope).
# shellcheck shell=bash
test_classpath() {
  (cd "$ROOT" && flock /tmp/pb-build.lock ./mvnw --batch-mode --no-transfer-progress -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >&2)
  echo "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/test-cp.txt")"
}
