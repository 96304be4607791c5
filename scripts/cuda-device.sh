#!/usr/bin/env bash
# cuda-device.sh: run ON THE GPU MACHINE, from the repository root, after scripts/cuda-prepare.sh
# ran on a machine with a JDK and target/cuda-runtime and target/cuda-jars were brought along.
# That machine needs the NVIDIA driver (libcuda.so.1; CUDA 13 or newer for the kept PTX) and no
# Java, no Maven, no network.
#
#   scripts/cuda-device.sh [--emulate] [--quick] [HARNESS OPTIONS...]
#
# Runs the cuda engine (io.yuma.cuda.device.DeviceRun, module cuda-device-harness) through:
#   1. the golden vectors of vector-format/vectors, one epoch per call and all in one batch;
#   2. the differential duel against the reference engine (the testkit's SubnetGenerator and
#      DuelRunner; profiles ci and full; run, runAll and runBatch);
#   3. the batch benchmark: 4096 busy subnets x 256 uids and 1024 x 1024 (SubnetGenerator.busy),
#      upload / kernel / download / end-to-end times per batch, results checked bit for bit
#      against the SIMD engine.
# and writes the report to engine-cuda/DEVICE-RESULTS.md and to $OUT (or target/cuda-device-out),
# with nvidia-smi's view of the machine and the full log beside it. Exit status 0 only when
# every check agreed.
#
# HARNESS OPTIONS: --skip golden,duel,bench   --duel-cases N (ci profile; full gets N/10)
#                  --duel-seed S   --bench 4096x256,1024x1024   --reps R
# To stay inside a 10-minute command limit, split the run: first `--skip bench`, then
# `--skip golden,duel` (each run rewrites the report; keep both from $OUT).
#
# --emulate runs the same harness here on the CPU, through the g++ build of the kernels
# (cuda-prepare.sh --emulator; the harness's --emulator option, which opens the cuda engine on
# engine-cuda's test-jar emulator), to check the harness and the scripts without a GPU. Its report
# goes to $OUT/DEVICE-RESULTS-emulated.md and never to engine-cuda/DEVICE-RESULTS.md: an
# emulated run is not a GPU result. --quick shrinks the duel and the benchmark.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
java=target/cuda-runtime/bin/java
jars=target/cuda-jars
out=${OUT:-$root/target/cuda-device-out}
emulate=no
quick=no
harness=()
for arg in "$@"; do
    case $arg in
        --emulate) emulate=yes ;;
        --quick) quick=yes ;;
        *) harness+=("$arg") ;;
    esac
done

die() {
    echo "cuda-device: $*" >&2
    exit 2
}

[[ -x $java ]] || die "no $java: run scripts/cuda-prepare.sh on a machine with a JDK and bring target/cuda-runtime here"
[[ -f $jars/yuma-cuda-device.jar ]] || die "no $jars/yuma-cuda-device.jar: run scripts/cuda-prepare.sh first"
[[ -d vector-format/vectors ]] || die "run from the repository root (vector-format/vectors not found)"
mkdir -p "$out/tmp"

flags=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED "-Djava.io.tmpdir=$out/tmp")
if [[ $emulate == yes ]]; then
    emulator=$root/target/cuda-emulator/yuma_emulator
    [[ -x $emulator ]] || die "no $emulator: run scripts/cuda-prepare.sh --emulator"
    harness=(--emulator "$emulator" "${harness[@]}")
    report=$out/DEVICE-RESULTS-emulated.md
else
    report=$out/DEVICE-RESULTS.md
fi
if [[ $quick == yes ]]; then
    harness=(--duel-cases 300 --bench 256x256,64x1024 --reps 3 "${harness[@]}")
fi

{
    echo "# machine"
    date -u
    uname -a
    if command -v nvidia-smi >/dev/null 2>&1; then
        nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv || true
        nvidia-smi || true
    else
        echo "nvidia-smi: not found"
    fi
} >"$out/machine.txt" 2>&1

set +e
"$java" "${flags[@]}" -cp "$jars/*" io.yuma.cuda.device.DeviceRun --report "$report" \
    --vectors vector-format/vectors "${harness[@]}" 2>&1 | tee "$out/device-run.log"
status=${PIPESTATUS[0]}
set -e

if [[ -f $report ]]; then
    {
        echo
        echo "## Machine"
        echo
        echo '```'
        cat "$out/machine.txt"
        echo '```'
    } >>"$report"
    if [[ $emulate == no ]]; then
        cp "$report" engine-cuda/DEVICE-RESULTS.md
        echo "cuda-device: report in engine-cuda/DEVICE-RESULTS.md and $report"
    else
        echo "cuda-device: EMULATED (CPU) report in $report; not a GPU result"
    fi
fi
exit "$status"
