#!/bin/sh
# Regenerate the expectations of the test corpus from CPython.
#
#   tests/corpus/NAME.py  -> tests/corpus/NAME.exp  (stdout of python3)
#   tests/viper/NAME.py   -> tests/viper/NAME.exp   (the same; viper_err_* are hand-written)
#   tests/errors/NAME.py  -> tests/errors/NAME.err  (last stderr line of python3,
#                                                    plus "line N" from the traceback)
#
# Helper modules (tests/corpus/helper_*.py and packages) get no .exp.
# Error programs whose first line starts with "# upy:" deliberately differ
# from CPython; their hand-written .err files are left untouched.
#
# Usage: tests/gen_expected.sh [substring-filter]
set -u
PY=${PYTHON:-python3}
export PYTHONDONTWRITEBYTECODE=1
here=$(cd "$(dirname "$0")" && pwd)
filter=${1:-}
status=0

cd "$here/corpus" || exit 1
for f in *.py; do
    case "$f" in helper_*) continue ;; esac
    case "$f" in *"$filter"*) ;; *) continue ;; esac
    base=${f%.py}
    if ! timeout 20 "$PY" "$f" > "$base.exp" 2> /tmp/gen_expected.$$.err; then
        echo "ERROR: corpus/$f exited with failure" >&2
        cat /tmp/gen_expected.$$.err >&2
        status=1
    elif [ -s /tmp/gen_expected.$$.err ]; then
        echo "ERROR: corpus/$f wrote to stderr" >&2
        cat /tmp/gen_expected.$$.err >&2
        status=1
    fi
done

cd "$here/viper" || exit 1
for f in *.py; do
    case "$f" in helper_*|viper_err_*) continue ;; esac
    case "$f" in *"$filter"*) ;; *) continue ;; esac
    if ! timeout 20 "$PY" "$f" > "${f%.py}.exp"; then
        echo "ERROR: viper/$f exited with failure" >&2
        status=1
    fi
done

cd "$here/errors" || exit 1
for f in *.py; do
    case "$f" in *"$filter"*) ;; *) continue ;; esac
    base=${f%.py}
    if head -n 1 "$f" | grep -q '^# upy:'; then
        [ -f "$base.err" ] || { echo "ERROR: errors/$f needs a hand-written $base.err" >&2; status=1; }
        continue
    fi
    timeout 20 "$PY" "$f" > /dev/null 2> /tmp/gen_expected.$$.err
    rc=$?
    if [ "$rc" -ne 1 ]; then
        echo "ERROR: errors/$f exited with $rc, expected 1" >&2
        status=1
    fi
    last=$(grep -v '^[[:space:]]*$' /tmp/gen_expected.$$.err | tail -n 1)
    # Innermost line number reported for this file in the traceback / syntax error.
    line=$(grep -o "File \"[^\"]*$f\", line [0-9]*" /tmp/gen_expected.$$.err | tail -n 1 | sed 's/.*, //')
    {
        printf '%s\n' "$last"
        [ -n "$line" ] && printf '%s\n' "$line"
    } > "$base.err"
done
rm -f /tmp/gen_expected.$$.err
exit $status
