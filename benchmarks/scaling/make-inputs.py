#!/usr/bin/env python3
"""Writes the scaling inputs of engine-cpu-simd/README.md: one subnet per size n (64 ... 4096) at a
fixed density (a quarter of the uids are permitted validators whose weight and bond rows cover
every column, as in bench-n256-v64-*), for original Yuma and for Yuma3 with liquid alpha.

Usage: benchmarks/scaling/make-inputs.py OUT_DIR  (then: ./yuma bench --engine simd --input ...)
The scalar fields come from the bundled n = 256 input; the per-uid values are drawn from its
per-uid arrays and the weights and bonds are random u16, all from a fixed seed.
"""
import gzip
import json
import pathlib
import random
import sys

SIZES = [64, 128, 256, 512, 1024, 2048, 4096]
TEMPLATE = pathlib.Path(__file__).resolve().parent.parent / "inputs" / "bench-n256-v64-yuma1.json.gz"
PER_UID = ["alpha_stake", "tao_stake", "last_update", "block_at_registration", "commit_block"]


def subnet(template, n, liquid, rng):
    validators = n // 4
    data = dict(template)
    data.update(n=n, max_allowed_validators=validators, liquid_alpha=liquid, yuma3=liquid)
    for field in PER_UID:
        data[field] = [rng.choice(template[field]) for _ in range(n)]
    data["validator_permit"] = [uid < validators for uid in range(n)]
    full_row = lambda: [[column, rng.randrange(65536)] for column in range(n)]
    data["weights"] = [full_row() if uid < validators else [] for uid in range(n)]
    data["bonds"] = [full_row() if uid < validators else [] for uid in range(n)]
    return data


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    template = json.load(gzip.open(TEMPLATE))
    for n in SIZES:
        for liquid in (False, True):
            name = f"scale-n{n}-v{n // 4}-{'yuma3-liquid' if liquid else 'yuma1'}"
            data = subnet(template["input"], n, liquid, random.Random(n * 2 + liquid))
            with gzip.open(out / f"{name}.json.gz", "wt") as f:
                json.dump({"name": name, "family": template["family"], "input": data}, f)
            print(out / f"{name}.json.gz")


if __name__ == "__main__":
    main()
