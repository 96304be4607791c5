#!/usr/bin/env bash
# fuzz.sh: fuzz one Jazzer target for a while, coverage-guided (FUZZING.md).
#
#   scripts/fuzz.sh TARGET [MINUTES]      e.g. scripts/fuzz.sh VectorReaderFuzzTest 10
#   scripts/fuzz.sh --list
#
# TARGET is the simple name of a fuzz test class (a class with one @FuzzTest method under some
# module's src/test/java: Jazzer fuzzes one method per run); MINUTES defaults to 10. The module is
# found from the class's file, its dependencies are built, and the target runs with JAZZER_FUZZ=1
# for MINUTES. The inputs that grew coverage are kept in
# MODULE/.cifuzz-corpus/ (ignored by git, reused by the next run); a finding is written beside the
# checked-in corpus (src/test/resources/PACKAGE/CLASSInputs/METHOD/) and stops the run, so that
# the next `mvn verify` fails on it until the bug is fixed. At the end the figures are printed:
# executions, executions per second, coverage (libFuzzer's cov: edges and ft: features), corpus
# size, and the branch and line coverage of the classes the run reached. The whole log is in MODULE/target/fuzz/CLASS.log.
set -euo pipefail
cd "$(dirname "$0")/.."

targets() {
    grep -rl --include='*.java' '@FuzzTest' -- */src/test/java | sort
}

if [[ "${1:-}" == "--list" || $# -lt 1 ]]; then
    echo "fuzz targets (scripts/fuzz.sh TARGET [MINUTES]):"
    targets | sed 's|^\([^/]*\)/src/test/java/.*/\([^/]*\)\.java$|  \2 (\1)|'
    [[ $# -ge 1 ]] && exit 0 || exit 2
fi

target="$1"
minutes="${2:-10}"
file="$(targets | grep "/${target}\.java$" | head -1 || true)"
if [[ -z "$file" ]]; then
    echo "fuzz.sh: no fuzz target named $target (scripts/fuzz.sh --list names them)" >&2
    exit 2
fi
module="${file%%/src/test/java/*}"
class="$(sed 's|^.*/src/test/java/||; s|\.java$||; s|/|.|g' <<<"$file")"

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
mkdir -p "$module/target/fuzz"
log="$module/target/fuzz/$(basename "$target").log"
report="$PWD/$module/target/fuzz/$(basename "$target")-coverage.txt"

# Instrument the project and Jackson (whose parser the vector reader drives) for coverage, but
# not the contract, whose string checks would teach the fuzzer the names it looks for; a
# heap of 1 GiB makes an allocation the contract did not catch fail as an OutOfMemoryError. No
# JUnit timeout is set: Jazzer would pass it to libFuzzer as -timeout, but JUnit also applies it
# to the whole fuzzing run and interrupts it; a hang shows as a run whose executions stop.
echo "fuzz.sh: fuzzing $class ($module) for $minutes minutes; log: $log"
set +e
JAZZER_FUZZ=1 mvn -B -o -q -pl "$module" -am verify \
    -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -Djazzer.max_duration="${minutes}m" -Djazzer.hooks=true \
    -Djazzer.instrumentation_includes='io.yuma.**:com.fasterxml.jackson.**' \
    -Djazzer.instrumentation_excludes='io.yuma.testkit.fuzz.**' \
    -Djazzer.coverage_report="$report" \
    -Dyuma.test.jvmArgs="--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -ea -Xmx1g -XX:+EnableDynamicAgentLoading" \
    >"$log" 2>&1
status=$?
set -e

echo "fuzz.sh: figures (libFuzzer's last status line: #executions, cov = edges, ft = features, corp = corpus entries/size, exec/s):"
grep -E '^#[0-9]+\s+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true
grep -E 'Done [0-9]+ runs in [0-9]+ second' "$log" || true
if [[ -f "$report" ]]; then
    # The report lists every loaded class's file; those the run reached (any branch or line
    # covered) are the decoder's, and their totals are its coverage.
    echo "fuzz.sh: coverage of the files the run reached (full report: $report):"
    awk '/^[A-Za-z]+ coverage:$/ { section = $1; next }
         section != "" && $2 ~ /^[0-9]+\/[0-9]+$/ { split($2, f, "/"); if (f[1] > 0) { hit[section] += f[1]; all[section] += f[2];
             if (section == "Branch") files = files sprintf("  %-40s %s %s\n", $1, $2, $3) } }
         END { for (s in hit) printf("  %s: %d of %d (%.1f%%)\n", s, hit[s], all[s], 100 * hit[s] / all[s]);
               printf("  branches per file:\n%s", files) }' "$report"
fi
if [[ $status -ne 0 ]]; then
    echo "fuzz.sh: the run failed (exit $status): a finding, or a build error; see $log" >&2
    grep -E 'FAILURE|Exception|Error|crash-|Crash|==' "$log" | head -20 >&2 || true
fi
exit $status
