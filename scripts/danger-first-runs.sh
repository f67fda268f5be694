#!/usr/bin/env bash
# docs/nlu.md, "Composition over a taxonomy": the danger composition measured on the recognizer each
# development set was first run on, before anything was tuned on it. Development sets only: never a
# held-out one. Pass --list to print the lines it changes.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d "$root/.danger-first-runs.XXXXXX") # inside the tree, so that node_modules resolves
trap 'rm -rf "$work"' EXIT
for pair in 843e021:dev-2 096a0a1:dev-3 65616b2:dev-4 296fbd1:dev-5 d7665b2:dev-6 575405d:dev-7; do
  commit=${pair%%:*} set=${pair##*:}
  mkdir -p "$work/$commit/scripts"
  git -C "$root" archive "$commit" src | tar -x -C "$work/$commit"
  cp "$root/scripts/danger-first-run-collect.ts" "$work/$commit/scripts/"
  (cd "$work/$commit" && nice -n 10 npx tsx scripts/danger-first-run-collect.ts "$root/test/fixtures/nlu/independent" "$set") > "$work/$set.json"
done
(cd "$root" && nice -n 10 npx tsx scripts/danger-first-runs.ts "$@" "$work"/dev-*.json)
