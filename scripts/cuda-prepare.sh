#!/usr/bin/env bash
# cuda-prepare.sh: run HERE (a machine with JDK 25, Maven and Maven Central), from anywhere in
# the repository, before scripts/cuda-device.sh runs on the GPU machine (which has CUDA and a
# driver but no Java and no network).
#
#   scripts/cuda-prepare.sh [--emulator]
#
# Builds, under the repository root:
#   target/cuda-runtime/   a jlink'd Java runtime (java.base, java.logging, jdk.incubator.vector):
#                          the GPU machine needs no JDK
#   target/cuda-jars/      the engines and the device harness with their runtime dependencies:
#                          JCuda's classes, and a slim jcuda-natives jar holding only
#                          libJCudaDriver for linux-x86_64 (the driver API binding; it needs
#                          libcuda.so.1 there, nothing else), engine-cuda's test jar (the
#                          CPU emulator's Java side, for --emulate only), plus
#                          yuma-cuda-device.jar, the harness cuda-device.sh runs (the
#                          cuda-device-harness module)
#   target/cuda-emulator/  with --emulator (needs g++): the kernels compiled for the CPU, so
#                          `scripts/cuda-device.sh --emulate` can dry-run everything here
#
# Then carry target/cuda-runtime and target/cuda-jars to the GPU machine (together well under
# 64 MiB) and run scripts/cuda-device.sh there from the repository root.
#
# It builds cuda-device-harness and the modules it needs with `mvn package` in this checkout
# (the working tree as it is, uncommitted files included); nothing is installed into ~/.m2.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
want_emulator=no
for arg in "$@"; do
    case $arg in
        --emulator) want_emulator=yes ;;
        *) echo "usage: scripts/cuda-prepare.sh [--emulator]" >&2; exit 2 ;;
    esac
done

die() {
    echo "cuda-prepare: $*" >&2
    exit 1
}

jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x $jdk/bin/jlink && -x $jdk/bin/javac ]] || die "no JDK at $jdk: set JAVA_HOME to a JDK 25"
export JAVA_HOME=$jdk
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
command -v mvn >/dev/null || die "Maven (mvn) is needed"

runtime=target/cuda-runtime
jars=target/cuda-jars
work=target/cuda-prepare
rm -rf "$runtime" "$jars" "$work"
mkdir -p "$jars" "$work"

echo "== building the device harness and the engines (mvn package, tests skipped)"
mvn -q -pl cuda-device-harness -am package dependency:copy-dependencies -DskipTests \
    -DincludeScope=runtime -DoutputDirectory="$root/$work/deps"
cp cuda-device-harness/target/cuda-device-harness-*[0-9T].jar "$jars/yuma-cuda-device.jar"
for dep in "$work"/deps/*.jar; do
    case $(basename "$dep") in
        jcuda-natives-*) ;; # replaced by the slim jar below
        *) cp "$dep" "$jars/" ;;
    esac
done

echo "== slim JCuda natives: libJCudaDriver only"
natives=$(ls "$work"/deps/jcuda-natives-*-linux-x86_64.jar 2>/dev/null | head -1)
[[ -n $natives ]] || die "no jcuda-natives linux-x86_64 jar was resolved (is this linux-x86_64?)"
mkdir -p "$work/natives"
(cd "$work/natives" && "$jdk/bin/jar" xf "$root/$natives" 'lib/')
find "$work/natives/lib" -type f ! -name 'libJCudaDriver-*' -delete
"$jdk/bin/jar" cf "$jars/$(basename "${natives%.jar}")-driver-only.jar" -C "$work/natives" lib

echo "== runtime (jlink)"
"$jdk/bin/jlink" --add-modules java.base,java.logging,jdk.incubator.vector --strip-debug --no-man-pages \
    --no-header-files --compress=zip-9 --output "$runtime"

if [[ $want_emulator == yes ]]; then
    echo "== CPU emulator of the kernels (g++)"
    command -v g++ >/dev/null || die "--emulator needs g++"
    mkdir -p target/cuda-emulator
    g++ -std=c++20 -O2 -Wall -Wextra -Werror -pthread -o target/cuda-emulator/yuma_emulator \
        engine-cuda/src/test/cpp/yuma_emulator.cpp
fi

rm -rf "$work"
echo "== ready"
du -sh "$runtime" "$jars"
echo "total: $(du -scm "$runtime" "$jars" | tail -1 | cut -f1) MiB (carry: $runtime $jars)"
echo "next, on the GPU machine, from the repository root: scripts/cuda-device.sh"
