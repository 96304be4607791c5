#!/usr/bin/env bash
# Median time per epoch stage of the SIMD kernel (StageProfile, a test-scope tool), one thread,
# and the bytes the measuring thread allocated per epoch once warm (0 when no vector is boxed).
# Usage: engine-cpu-simd/stage-profile.sh [SECONDS] [INPUT...]; build first with
#   mvn -B -o -q -pl engine-cpu-simd -am test-compile
# Defaults: 10 seconds (half warm-up) on the two n = 256 benchmark inputs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-10}
shift || true
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=("$root/benchmarks/inputs/bench-n256-v64-yuma1.json.gz" "$root/benchmarks/inputs/bench-n256-v64-yuma3-liquid.json.gz")
fi
jackson_version=$(sed -n 's:.*<jackson.version>\(.*\)</jackson.version>.*:\1:p' "$root/pom.xml")
jackson="$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-core/$jackson_version/jackson-core-$jackson_version.jar"
cp="$root/engine-cpu-simd/target/test-classes:$root/engine-cpu-simd/target/classes:$root/engine-api/target/classes"
cp="$cp:$root/vector-format/target/classes:$jackson"
# C2 alone, as yuma bench measures (engine-cpu-simd/README.md, "JIT"); STAGE_PROFILE_JIT overrides
exec "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" ${STAGE_PROFILE_JIT:--XX:-TieredCompilation} \
  --add-modules jdk.incubator.vector \
  --enable-native-access=ALL-UNNAMED -cp "$cp" io.yuma.simd.StageProfile "$seconds" "${inputs[@]}"
