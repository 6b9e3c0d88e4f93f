#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR/fuzz for SECONDS each (called by `scripts/dev.sh fuzz`,
# inside the build environment):
#   1. replays fuzz/regressions/<target>/* — every input that once crashed a target, kept for good;
#   2. writes a seed corpus from content/, diagrams/ and ../shared/corpus (generated here at run
#      time, never copied into the project) to BUILD_DIR/corpus/<target>/seeds;
#   3. fuzzes with a time, memory and per-input limit. A crash, leak, timeout or broken invariant
#      leaves the input in BUILD_DIR/artifacts/<target>/ and fails the run.
# Usage: fuzz/run.sh BUILD_DIR [SECONDS] [TARGET…]
set -uo pipefail

readonly SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly BUILD=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS] [TARGET…]}
readonly SECONDS_EACH=${2:-20}
shift $(( $# < 2 ? $# : 2 ))
readonly SHARED_CORPUS=${DOCKPREP_CORPUS_DIR:-$(cd "$SRC/.." && pwd)/shared/corpus}
# Stacks with function names in reports: clang's symbolizer where it is installed, else binutils'.
for s in /usr/lib/llvm-19/bin/llvm-symbolizer /usr/bin/llvm-symbolizer; do
    [ -x "$s" ] && export ASAN_SYMBOLIZER_PATH=$s && break
done

# Copies the files matched by the patterns into DIR; missing sources are skipped (the shared
# corpus is optional outside this machine).
seed_files() {
    local dir=$1; shift
    local f
    for f in "$@"; do
        [ -f "$f" ] && cp -- "$f" "$dir/$(printf '%s' "${f#"$SRC"/}" | tr '/' '_')"
    done
    return 0
}

# One line per file: for targets that read a short text (what a user types).
seed_lines() {
    local dir=$1 n=0 line
    while IFS= read -r line; do
        [ -n "$line" ] || continue
        printf '%s' "$line" >"$dir/line-$n"; n=$((n + 1))
    done
}

make_seeds() {   # TARGET DIR
    local target=$1 dir=$2
    shopt -s nullglob globstar
    case $target in
        contentloader)  seed_files "$dir" "$SRC"/content/**/*.md "$SRC"/tests/data/content/**/*.md ;;
        markdown)       seed_files "$dir" "$SRC"/content/**/*.md "$SRC"/README.md "$SRC"/docs/**/*.md ;;
        diagramcatalog) seed_files "$dir" "$SRC"/diagrams/catalog.yaml "$SRC"/content/chapters.yaml ;;
        diagrammetadata) for f in "$SRC"/diagrams/*.yaml "$SRC"/diagrams/*.svg; do   # first byte: even = metadata, odd = drawing
                            case $f in *.svg) p=1 ;; *) p=0 ;; esac
                            { printf "$p"; cat "$f"; } >"$dir/${f##*/}"; done ;;
        searchquery)    { sed -n 's/^title: //p' "$SRC"/content/**/*.md | head -n 200
                          printf '%s\n' 'C++' 'docker-compose' 'key: value' 'AND' '"' 'NEAR(a b)' 'a OR b NOT c' \
                              '-v' '*' 'col:term' '^start' 'überlay' '🐳 whale' "it's" '(((' 'a"b"c'
                        } | seed_lines "$dir" ;;
        dockerfile*)    seed_files "$dir" "$SHARED_CORPUS"/dockerfiles/* "$SRC"/content/challenges/*dockerfile*.yaml ;;
        compose*)       seed_files "$dir" "$SHARED_CORPUS"/compose/* "$SRC"/content/challenges/*compose*.yaml ;;
        jsonbackup)     printf '%s' '{"format":"dockprep-backup","formatVersion":1,"app":"DockPrep 0.1.0","exported":"2025-03-01T10:00:00Z",
"notes":[{"id":"0b9d7c3e-2a4f-4c1e-9f7a-1d2e3f4a5b6c","target":"entry:first-image","body":"Layers are **cached** <script>","created":"2025-03-01T10:00:00Z","updated":"2025-03-02T10:00:00Z"}],
"bookmarks":[{"entryId":"first-image","label":"revise","created":"2025-03-01T10:00:00Z"}],
"progress":[{"entryId":"second-run","studied":true,"studiedAt":"2025-03-01T10:00:00Z","lastSeen":"2025-03-03T10:00:00Z"}]}' >"$dir/backup.json"
                        printf '%s' '{"format":"dockprep-backup","formatVersion":99}' >"$dir/newer.json" ;;
        *)              seed_files "$dir" "$SRC"/tests/data/**/* ;;
    esac
    shopt -u nullglob globstar
    # /dev/zero-style streams (issue 17): NUL bytes and one byte repeated, as long as -max_len
    # lets a seed be. The YAML bombs are committed in fuzz/regressions/compose.
    case $target in
        dockerfile*|compose*|jsonbackup) head -c 65536 /dev/zero >"$dir/stream-zeros"
                                         head -c 65536 /dev/zero | tr '\0' 'a' >"$dir/stream-letters" ;;
    esac
    # libFuzzer needs at least one input to start from.
    [ -n "$(ls -A "$dir")" ] || printf '\n' >"$dir/empty"
}

failed=()
summary=()
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for bin in "$BUILD"/fuzz/fuzz_*; do [ -f "$bin" ] && [ -x "$bin" ] && targets+=("${bin##*/fuzz_}"); done
fi
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no targets built in $BUILD/fuzz" >&2; exit 1; }

for target in "${targets[@]}"; do
    bin=$BUILD/fuzz/fuzz_$target
    [ -x "$bin" ] || { echo "fuzz: $bin is not built" >&2; failed+=("$target (not built)"); continue; }
    corpus=$BUILD/corpus/$target
    artifacts=$BUILD/artifacts/$target/
    rm -rf "$corpus/seeds"; mkdir -p "$corpus/seeds" "$corpus/grown" "$artifacts"
    make_seeds "$target" "$corpus/seeds"
    log=$BUILD/fuzz-$target.log

    regressions=("$SRC"/fuzz/regressions/"$target"/*)
    if [ -e "${regressions[0]}" ]; then
        if ! ASAN_OPTIONS=allow_addr2line=1 "$bin" -rss_limit_mb=2048 -timeout=10 "${regressions[@]}" >"$log.regressions" 2>&1; then
            tail -n 40 "$log.regressions" >&2
            failed+=("$target (a committed regression input fails again)")
            continue
        fi
    fi

    # detect_leaks: a leak per input is a finding too. -timeout: a single input taking over 10 s
    # (a hang, quadratic blow-up) is a finding. grown/ keeps what libFuzzer learnt between runs.
    if ASAN_OPTIONS=detect_leaks=1:allow_addr2line=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus/grown" "$corpus/seeds" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        tail -n 60 "$log" >&2
        failed+=("$target (see $log and $artifacts)")
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1)
    summary+=("$(printf '%-16s %-7s %10s runs  %s  seeds %s' "$target" "$result" "${runs:-?}" "${cov:-cov: ?}" \
                 "$(ls "$corpus/seeds" | wc -l)")")
done

printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    printf 'fuzz: failed: %s\n' "${failed[@]}" >&2
    exit 1
fi
