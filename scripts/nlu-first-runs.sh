#!/usr/bin/env bash
# docs/nlu.md, "Reject by evidence": the evidence gate measured on the recognizer each development
# set was first run on, before anything was tuned on it (today's recognizer has been tuned on every
# development set, so it cannot say how a change generalises). Development sets only: never a held-out one.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d "$root/.first-runs.XXXXXX") # inside the tree, so that node_modules resolves
trap 'rm -rf "$work"' EXIT
for pair in 096a0a1:dev-3 65616b2:dev-4 d7665b2:dev-6 575405d:dev-7; do
  commit=${pair%%:*} set=${pair##*:}
  mkdir -p "$work/$commit/scripts"
  git -C "$root" archive "$commit" src | tar -x -C "$work/$commit"
  cp "$root/scripts/nlu-first-run-collect.ts" "$work/$commit/scripts/"
  (cd "$work/$commit" && nice -n 10 npx tsx scripts/nlu-first-run-collect.ts "$root/test/fixtures/nlu/independent" "$set") > "$work/$set.json"
done
node "$root/scripts/nlu-first-run-gate.mjs" "$work"/dev-*.json
echo "-- with the hint rule:"
node "$root/scripts/nlu-first-run-gate.mjs" --hint "$work"/dev-*.json
