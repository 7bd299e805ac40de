#!/usr/bin/env bash
# Builds upy and runs a Python program with it: scripts/run.sh [upy options] FILE.py [args]
# (default: the example in examples/hello.py).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin upy
if [ $# -eq 0 ]; then set -- examples/hello.py; fi
exec target/release/upy "$@"
