#!/usr/bin/env bash
# coldstart.sh — times cold runs of the `pamphlet` command, each run a new JVM:
#   pdf   a 1,000-word article (examples/ketamine-assisted-therapy.md, its links to the other
#         examples made plain text) to PDF: `pamphlet build one-article.md --format pdf`
#   epub  the 100-article generated corpus to EPUB: `pamphlet build corpus --format epub`
#
# Usage (from the repository root, after `./mvnw -q -B -DskipTests package -pl cli,bench -am`):
#   bench/coldstart.sh [RUNS] [LAUNCHER ...]
# Every LAUNCHER (default: ./pamphlet) is a `pamphlet` script, such as the one of another
# checkout, to compare; the runs alternate between them, so that a change in the machine's load
# falls on all alike. Prints, per launcher and case, the median and the fastest wall-clock time
# and the median CPU time (user + system, all threads), in seconds. One run of each launcher
# and case comes first and is not counted (it makes the class-data-sharing archive if needed).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${1:-10}"
shift || true
launchers=("$@")
[ ${#launchers[@]} -eq 0 ] && launchers=("$root/pamphlet")

work="$(mktemp -d "${TMPDIR:-/tmp}/pamphlet-coldstart.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/one"
cp -r "$root/examples/images" "$work/one/"
sed -E 's/\[([^]]*)\]\((neuroplasticity-and-depression|brain-networks)\.md[^)]*\)/\1/g' \
  "$root/examples/ketamine-assisted-therapy.md" > "$work/one/one-article.md"
java -cp "$root/bench/target/benchmarks.jar" dev.pamphlet.core.testing.CorpusGenerator "$work/corpus" \
  >/dev/null

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
cases=(pdf epub)
args_pdf=(build "$work/one/one-article.md" --format pdf)
args_epub=(build "$work/corpus" --format epub)

# One timed run: appends "wall cpu" in seconds to $work/<launcher index>.<case>.
timed() {
  local index="$1" case="$2" launcher="${launchers[$1]}"
  local -n args="args_$case"
  local TIMEFORMAT="%R %U %S"
  local times
  times="$( { time "$launcher" "${args[@]}" --out "$work/out.$index" >/dev/null 2>&1; } 2>&1 )" \
    || { echo "coldstart: $launcher ${args[*]} failed" >&2; exit 1; }
  awk '{printf "%.3f %.3f\n", $1, $2 + $3}' <<< "$times" >> "$work/$index.$case"
}

for index in "${!launchers[@]}"; do
  for case in "${cases[@]}"; do
    timed "$index" "$case"
    rm -f "$work/$index.$case"
  done
done
for ((run = 1; run <= runs; run++)); do
  for case in "${cases[@]}"; do
    for index in "${!launchers[@]}"; do
      timed "$index" "$case"
    done
  done
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-9s %-9s %-9s %s\n' case wall-med wall-min cpu-med launcher
for case in "${cases[@]}"; do
  for index in "${!launchers[@]}"; do
    file="$work/$index.$case"
    printf '%-6s %-9s %-9s %-9s %s\n' "$case" \
      "$(cut -d' ' -f1 "$file" | median)" "$(cut -d' ' -f1 "$file" | sort -n | head -1)" \
      "$(cut -d' ' -f2 "$file" | median)" "${launchers[$index]}"
  done
done
