#!/usr/bin/env bash
# docs/nlu.md, "Reject by evidence": the evidence gate measured on the recognizer each development
# set was first run on, before anything was tuned on it (today's recognizer has been tuned on every
# development set, so it cannot say how a change generalises). Development sets only: never a held-out one.
#
# usage: scripts/nlu-first-runs.sh [--hint] [--anchor] [VARIANT...]
# A variant retrains each archived tree's model with today's extra training lines added to its
# own: `base` (none, the default), `world` (src/nlu/training/world), `english`
# (src/nlu/training/en-US-spoken.ts), joined with + ("world+english"). --hint, --anchor and --world
# add the rules of nlu-first-run-gate.mjs (--world: the world model, docs/nlu.md "The world outside").
set -euo pipefail
flags='' variants=''
for a in "$@"; do case $a in --*) flags="$flags $a" ;; *) variants="$variants $a" ;; esac; done
variants=${variants:-base}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d "$root/.first-runs.XXXXXX") # inside the tree, so that node_modules resolves
trap '[ -n "${KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"' EXIT
for pair in 096a0a1:dev-3 65616b2:dev-4 d7665b2:dev-6 575405d:dev-7; do
  commit=${pair%%:*} set=${pair##*:}
  mkdir -p "$work/$commit/scripts"
  git -C "$root" archive "$commit" src | tar -x -C "$work/$commit"
  cp "$root/scripts/nlu-first-run-collect.ts" "$work/$commit/scripts/"
  for variant in $variants; do
    mkdir -p "$work/$variant"
    (cd "$work/$commit" && VARIANT=$variant nice -n 10 npx tsx scripts/nlu-first-run-collect.ts "$root/test/fixtures/nlu/independent" "$set" "$root") > "$work/$variant/$set.json"
  done
done
for variant in $variants; do
  echo "== $variant"
  node "$root/scripts/nlu-first-run-gate.mjs" $flags "$work/$variant"/dev-*.json
done
