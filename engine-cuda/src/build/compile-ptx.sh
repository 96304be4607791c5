#!/usr/bin/env bash
# compile-ptx.sh: builds the epoch kernel's PTX from the CUDA sources, when nvcc is here.
#
#   compile-ptx.sh KERNEL_DIR OUT_PTX [--require]
#
# The Maven build runs it at process-resources with OUT_PTX in target/classes, so a machine with
# nvcc runs freshly built PTX; without nvcc it prints a note and exits 0, and the PTX kept in
# src/main/resources/kernels is what the jar carries. After editing a kernel source, refresh the
# kept PTX (KernelImageTest fails until you do):
#
#   engine-cuda/src/build/compile-ptx.sh engine-cuda/src/main/resources/kernels \
#       engine-cuda/src/main/resources/kernels/yuma_epoch.ptx --require
#
# The PTX's first line records the sources' SHA-256 (names, lengths and bytes, sorted by name);
# io.yuma.cuda.KernelImage recomputes it at load time and refuses PTX built from other sources.
# PTX is compiled for compute_80 (A100 and later; the driver JIT-compiles it for the GPU it
# finds) and carries the PTX ISA version of this nvcc, so the driver must be at least as new.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: compile-ptx.sh KERNEL_DIR OUT_PTX [--require]" >&2
    exit 2
fi
dir=$1
out=$2
require=${3:-}

if ! command -v nvcc >/dev/null 2>&1; then
    if [[ $require == --require ]]; then
        echo "compile-ptx.sh: nvcc not found on PATH" >&2
        exit 1
    fi
    echo "[engine-cuda] nvcc not found: using the PTX kept in src/main/resources/kernels"
    exit 0
fi

files=$(cd "$dir" && ls -- *.cu *.cuh | LC_ALL=C sort)
hash=$(cd "$dir" && for f in $files; do
    printf '%s\n%s\n' "$f" "$(wc -c <"$f" | tr -d ' ')"
    cat -- "$f"
done | sha256sum | cut -d' ' -f1)

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
if ! nvcc -ptx -arch=compute_80 -O3 -std=c++17 -o "$tmp" "$dir/yuma_epoch.cu"; then
    if [[ $require == --require ]]; then
        exit 1
    fi
    # An nvcc that cannot build here (an unsupported host compiler, say) must not stop the Java
    # build: the kept PTX stays, and KernelImageTest still fails if it does not match the sources.
    echo "[engine-cuda] WARNING: nvcc failed (see above): using the PTX kept in src/main/resources/kernels"
    exit 0
fi
mkdir -p "$(dirname "$out")"
{
    echo "// yuma-kernel-sources sha256=$hash files=$(echo $files | tr ' ' ',')"
    echo "// built by: nvcc -ptx -arch=compute_80 -O3 -std=c++17 ($(nvcc --version | tail -1))"
    cat "$tmp"
} >"$out.partial"
mv "$out.partial" "$out"
echo "[engine-cuda] PTX built with $(command -v nvcc) into $out"
