#!/bin/sh
# Prints the dependency graph between the crate's top-level modules (from `crate::x`
# paths in each module's files) and fails if it has a cycle. `tsort` reports loops.
# Usage: scripts/module-cycles.sh   (from the repository root)
set -eu
cd "$(dirname "$0")/.."
edges=$(for f in src/*.rs src/*/; do
    m=$(basename "$f" .rs)
    case "$m" in lib|main) continue ;; esac
    [ -d "src/$m" ] && files="src/$m" || files="src/$m.rs"
    { grep -rhoE 'crate::[a-z_0-9]+' $files | sed 's/crate:://'
      grep -rhoE 'crate::\{[^}]*\}' $files | sed 's/crate::{//; s/}//' | tr ',' '\n' | sed 's/^ *//; s/::.*//'
    } | sort -u | while read -r d; do
        [ "$d" != "$m" ] && echo "$m $d"
    done
done | sort -u)
echo "$edges"
if echo "$edges" | tsort >/dev/null 2>/tmp/tsort.err && ! grep -q loop /tmp/tsort.err; then
    echo "no cycles"
else
    cat /tmp/tsort.err
    exit 1
fi
