#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, unit and integration tests
# (including the Python corpus, differential tests against GNU as and QEMU), the benchmark
# smoke run, the corpus, native-code tests and benchmarks again on a 32-bit build (where
# native code is Xtensa code on the LX106 simulator) with its heap figures checked, and a
# no_std build of the VM and the assembler.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

step() { echo; echo "==> $*"; }

# Property tests use a fixed seed here so that a run is reproducible (set PROPTEST_RNG_SEED to
# explore others; failures found are kept in the *.proptest-regressions files).
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261125}"

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo test --workspace (release; the corpus runs under -X emit=bytecode and -X emit=native)"
UPY_EMIT=native cargo test --workspace --release

step "the corpus under -X gcstress (a collection before every allocation), bytecode and native"
UPY_GCSTRESS=1 UPY_EMIT=native cargo test --release --test corpus

step "benchmark smoke run: every benchmark in every upy mode, outputs checked against CPython"
cargo run --release -p upy-bench -- --smoke

step "32-bit build: clippy of the code only it compiles (native code on the Xtensa simulator)"
cargo clippy --release --target i686-unknown-linux-gnu -p upy -p upy-emitter-xtensa --all-targets -- -D warnings

step "32-bit build: the Python corpus on i686, and native code tests (Xtensa code on the LX106 simulator)"
UPY_EMIT=native cargo test --release --target i686-unknown-linux-gnu \
    --test corpus --test native_differential --test prop_native --test prop_viper

step "32-bit build: the corpus under -X gcstress, bytecode and Xtensa native code"
UPY_GCSTRESS=1 UPY_EMIT=native cargo test --release --target i686-unknown-linux-gnu --test corpus

step "32-bit build: the upy binary"
cargo build --release --target i686-unknown-linux-gnu --bin upy

step "32-bit build: benchmark smoke run (native and viper modes run Xtensa code on the LX106 simulator)"
cargo run --release -p upy-bench -- --smoke --upy target/i686-unknown-linux-gnu/release/upy

step "32-bit build: heap cost of common objects within MicroPython's (bench/python/tools/ram.py)"
target/i686-unknown-linux-gnu/release/upy bench/python/tools/ram.py --check

step "no_std build of vm and asm (thumbv7em-none-eabihf)"
cargo build --release -p upy-vm -p upy-asm --target thumbv7em-none-eabihf

echo
echo "all checks passed"
