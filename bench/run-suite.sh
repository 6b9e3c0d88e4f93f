#!/usr/bin/env bash
# DockPrep's benchmark suite: every part in turn, then one table (and OUT/results.json).
#   bench/run-suite.sh BIN_DIR APP OUT_DIR SOURCE_DIR
# BIN_DIR holds the bench executables, APP is the dockprep binary. Each part's own output goes to
# OUT_DIR/logs/, the rows behind the table to OUT_DIR/rows.tsv, and the first painted frame of
# every program measured to OUT_DIR/frames/ (so anyone can see what "started" looked like).
# DOCKPREP_BENCH_RUNS (default 12) sets the start-up runs per program; DOCKPREP_BENCH_ONLY (e.g.
# "store programs") runs only those parts: curriculum matcher store export diagrams analyzer visits programs.
# DOCKPREP_BENCH_BASELINE=/path/to/an/older/dockprep adds that binary's start-up and memory rows,
# measured in the same interleaved rounds: a before/after comparison under the same conditions.
set -Eeuo pipefail

readonly BIN=$1 APP=$2 OUT=$3 SRC=$4
readonly RUNS=${DOCKPREP_BENCH_RUNS:-12}
readonly RSS_RUNS=3
readonly ROWS=$OUT/rows.tsv LOGS=$OUT/logs FRAMES=$OUT/frames
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dockprep-bench.XXXXXX")
XVFB_PID=

cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

part() { printf '\033[1m--> %s\033[0m\n' "$*" >&2; }

wanted() { [ -z "${DOCKPREP_BENCH_ONLY:-}" ] || [[ " $DOCKPREP_BENCH_ONLY " == *" $1 "* ]]; }

# A row in the format of bench/benchrows.h: group, item, key=value;…, target, ok|MISSED|(empty).
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$ROWS"; }

mkdir -p "$OUT" "$LOGS" "$FRAMES"
: >"$ROWS"
readonly LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- in-process parts
inprocess() {   # PART DESCRIPTION EXECUTABLE…
    local name=$1 description=$2; shift 2
    wanted "$name" || return 0
    part "$description"
    if ! "$@" --rows "$ROWS" >"$LOGS/$name.log" 2>&1; then
        tail -n 20 "$LOGS/$name.log" >&2
        echo "run-suite: $name failed; full output in $LOGS/$name.log" >&2
        exit 1
    fi
}
inprocess curriculum "Curriculum load" "$BIN/dockprep_bench_curriculum"
inprocess matcher "Key-point matcher: precision and recall on the labelled answers" "$BIN/dockprep_bench_matcher"
inprocess store "Notes database, 0 to 100,000 notes (a few minutes)" "$BIN/dockprep_bench_store"
inprocess export "Export of 10,000 notes to every format" "$BIN/dockprep_bench_export"
inprocess diagrams "Diagrams: render and hit-test" "$BIN/diagram_bench"
inprocess analyzer "Dockerfile analyzer" "$BIN/dockprep_bench_analyzer"
inprocess visits "Memory while visiting every entry and diagram twice" "$BIN/dockprep_bench_visits"

# ---------------------------------------------------------------- whole programs under Xvfb
# Each program: a key, a label, and the command. Peers that are not installed are reported so.
PROGRAMS=(floor stackfloor empty notes0 notes1k notes10k notes100k zeal parley)
declare -A LABEL=(
    [floor]="Qt floor (bare QMainWindow)"
    [stackfloor]="Qt floor + required stack (KSyntaxHighlighting, SQLite, Svg)"
    [empty]="DockPrep, empty data folder (first start)"
    [notes0]="DockPrep, 0 notes (existing database)"
    [notes1k]="DockPrep, 1,000 notes"
    [notes10k]="DockPrep, 10,000 notes"
    [notes100k]="DockPrep, 100,000 notes"
    [zeal]="Zeal"
    [parley]="Parley"
)
declare -A SEED=([notes0]=0 [notes1k]=1000 [notes10k]=10000 [notes100k]=100000)
if [ -n "${DOCKPREP_BENCH_BASELINE:-}" ]; then
    for key in empty notes0 notes1k notes10k notes100k; do
        LABEL[baseline-$key]="baseline ${LABEL[$key]#DockPrep, }"
    done
    PROGRAMS=(floor stackfloor empty baseline-empty notes0 baseline-notes0 notes1k baseline-notes1k notes10k baseline-notes10k
              notes100k baseline-notes100k zeal parley)
fi

start_xvfb() {
    # -displayfd picks a free display; -br makes the root black, the "not painted" colour the probe
    # looks for; no TCP and no abstract socket, so nothing outside this run can see or clash with it.
    Xvfb -displayfd 5 -screen 0 1600x1000x24 -br -nolisten tcp -nolisten local \
        5>"$WORK/display" >"$LOGS/xvfb.log" 2>&1 </dev/null &
    XVFB_PID=$!
    local i
    for i in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.05; done
    [ -s "$WORK/display" ] || { echo "run-suite: Xvfb did not start (see $LOGS/xvfb.log)" >&2; exit 1; }
    DISPLAY=:$(cat "$WORK/display")
}

# A home made before the runs and copied fresh for every run: first-run state never carries over
# from one run to the next. Zeal is told not to look for updates or add a tray icon, and its
# settings version is set so no migration runs; Parley needs nothing (it shows its dashboard, no
# wizard). Check OUT/frames/ to see that each program's first frame is its main window.
make_template_home() {
    local home=$WORK/home-template
    mkdir -p "$home/.config/Zeal" "$home/.local/share" "$home/.cache"
    cat >"$home/.config/Zeal/Zeal.conf" <<'CONF'
check_for_update=false
show_systray_icon=false
start_minimized=false

[internal]
version=0.7.2
CONF
}

seed_data() {
    local key
    for key in notes0 notes1k notes10k notes100k; do
        "$BIN/dockprep_bench_seed" "$WORK/seed-$key" "${SEED[$key]}" >>"$LOGS/seed.log" 2>&1
    done
}

installed() {   # KEY: whether the program can be run
    case $1 in
        zeal|parley) command -v "$1" >/dev/null ;;
        *) return 0 ;;
    esac
}

# Runs one program through the probe in a fresh home (and, for DockPrep, a fresh copy of its data
# folder); prints the probe's line.
probe() {   # KEY [PROBE OPTIONS…]
    local key=$1; shift
    local run; run=$(mktemp -d "$WORK/run.XXXXXX")
    cp -a "$WORK/home-template" "$run/home"
    mkdir -m 700 "$run/runtime"
    local command=() app=$APP
    if [[ $key == baseline-* ]]; then app=$DOCKPREP_BENCH_BASELINE; key=${key#baseline-}; fi
    case $key in
        floor)  command=("$BIN/dockprep_bench_qtfloor") ;;
        stackfloor) command=("$BIN/dockprep_bench_stackfloor") ;;
        empty)  mkdir "$run/data"; command=("$app" --data-dir "$run/data") ;;
        notes*) cp -a "$WORK/seed-$key" "$run/data"; command=("$app" --data-dir "$run/data") ;;
        zeal)   command=(zeal) ;;
        parley) command=(parley) ;;
    esac
    local extra=()
    # Chromium (Zeal's web view) refuses to run as root with its sandbox on.
    [ "$key" = zeal ] && [ "$(id -u)" = 0 ] && extra+=(QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox)
    env -i PATH="$PATH" LANG=C.UTF-8 DISPLAY="$DISPLAY" QT_QPA_PLATFORM=xcb HOME="$run/home" \
        XDG_CONFIG_HOME="$run/home/.config" XDG_DATA_HOME="$run/home/.local/share" \
        XDG_CACHE_HOME="$run/home/.cache" XDG_RUNTIME_DIR="$run/runtime" "${extra[@]}" \
        "$BIN/dockprep_bench_startup" "$@" -- "${command[@]}" 2>>"$LOGS/startup-$key.log"
    rm -rf "$run"
}

# FIELD: a non-negative number from a probe line (nothing for a failed run or -1, "never settled")
field() { sed -n "s/.*\\b$1=\\([0-9][0-9.]*\\).*/\\1/p"; }

stats() {   # reads numbers, prints "min median max count"
    sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%s %s %s %d\n", v[1], v[int((NR + 1) / 2)], v[NR], NR }'
}

# Probes every program ROUNDS times, interleaved so a slow minute on a shared machine hits every
# program alike; appends each FIELD of the probe's line to $WORK/FILE-KEY.
interleaved() {   # ROUNDS LOG-WORD "FIELD:FILE …" [PROBE OPTIONS…]
    local rounds=$1 word=$2 fields=$3 round key line pair; shift 3
    for round in $(seq "$rounds"); do
        for key in "${PROGRAMS[@]}"; do
            installed "$key" || continue
            line=$(probe "$key" "$@") || true
            echo "$key $word $round: $line" >>"$LOGS/startup.log"
            for pair in $fields; do
                echo "$line" | field "${pair%%:*}" >>"$WORK/${pair#*:}-$key"
            done
        done
    done
}

whole_programs() {
    wanted programs || return 0
    if [ ! -x "$BIN/dockprep_bench_startup" ] || ! command -v Xvfb >/dev/null; then
        echo "run-suite: no start-up probe (libxcb headers missing at build time) or no Xvfb: skipping whole programs" >&2
        return
    fi
    part "Start-up and memory of whole programs under Xvfb ($RUNS runs each, interleaved)"
    start_xvfb
    make_template_home
    seed_data
    local key line
    for key in "${PROGRAMS[@]}"; do
        : >"$WORK/painted-$key"; : >"$WORK/settled-$key"; : >"$WORK/rss-$key"; : >"$WORK/group-rss-$key"
        installed "$key" || continue
        # A first run that is not counted: it warms the disk cache like any later start, and keeps
        # the first painted frame to look at.
        line=$(probe "$key" --frame "$WORK/frame-$key.ppm") || true
        echo "$key warm-up: $line" >>"$LOGS/startup.log"
        if command -v convert >/dev/null; then convert "$WORK/frame-$key.ppm" "$FRAMES/$key.png" 2>/dev/null || true
        else cp "$WORK/frame-$key.ppm" "$FRAMES/$key.ppm" 2>/dev/null || true; fi
    done
    interleaved "$RUNS" run "painted_ms:painted settled_ms:settled" --settle-ms 300
    interleaved "$RSS_RUNS" "memory run" "rss_kb:rss group_rss_kb:group-rss" --idle-ms 2000
    report_whole_programs
}

# ---------------------------------------------------------------- start-up and memory targets
report_whole_programs() {
    local -A median min max runs settled rss grouprss
    local key
    for key in "${PROGRAMS[@]}"; do
        read -r min[$key] median[$key] max[$key] runs[$key] < <(stats <"$WORK/painted-$key") || true
        settled[$key]=$(stats <"$WORK/settled-$key" | cut -d' ' -f2)
        rss[$key]=$(stats <"$WORK/rss-$key" 2>/dev/null | awk '{ printf "%.1f", $2 / 1024 }')
        grouprss[$key]=$(stats <"$WORK/group-rss-$key" 2>/dev/null | awk '{ printf "%.1f", $2 / 1024 }')
    done
    local floor=${median[floor]:-0}
    local bound; bound=$(awk -v f="$floor" 'BEGIN { printf "%.0f", f * 1.3 }')
    local peers=()
    for key in zeal parley; do [ -n "${median[$key]:-}" ] && peers+=("$key"); done

    local group="Start-up to first painted window (Xvfb, no window manager; ms; settled = CPU quiet for 300 ms)"
    for key in "${PROGRAMS[@]}"; do
        if [ -z "${median[$key]:-}" ]; then
            row "$group" "${LABEL[$key]}: not installed" "" "" ""
            continue
        fi
        local target="" verdict=""
        case $key in
            empty|notes*)
                # One verdict for the row, and each part of the target marked, so a row that beats
                # both peers but not the floor says so.
                local met=1 part peer
                part=$(awk -v m="${median[$key]}" -v b="$bound" 'BEGIN { print (m <= b) ? "ok" : "missed" }')
                [ "$part" = ok ] || met=0
                target="≤ 1.3× floor ($bound ms) $part"
                for peer in "${peers[@]}"; do
                    part=$(awk -v m="${median[$key]}" -v p="${median[$peer]}" 'BEGIN { print (m < p) ? "ok" : "missed" }')
                    [ "$part" = ok ] || met=0
                    target+=", < ${LABEL[$peer]} (${median[$peer]} ms) $part"
                done
                verdict=$([ "$met" = 1 ] && echo ok || echo MISSED) ;;
        esac
        row "$group" "${LABEL[$key]}" \
            "min_ms=${min[$key]};median_ms=${median[$key]};max_ms=${max[$key]};settled_median_ms=${settled[$key]:-0};runs=${runs[$key]}" \
            "$target" "$verdict"
    done

    # Sub-linear: 100 times the notes must not show in the start-up (nothing at start reads them all).
    if [ -n "${median[notes1k]:-}" ] && [ -n "${median[notes100k]:-}" ]; then
        local ratio; ratio=$(awk -v a="${median[notes100k]}" -v b="${median[notes1k]}" 'BEGIN { printf "%.2f", a / b }')
        row "Start-up scaling with the number of notes" "100,000 vs 1,000 notes (median ÷ median)" \
            "ratio=$ratio" "< 1.25 (nothing at start reads every note)" \
            "$(awk -v r="$ratio" 'BEGIN { print (r < 1.25) ? "ok" : "MISSED" }')"
    fi

    # How much of the distance to the bare floor is the required stack's, and how much DockPrep's own.
    if [ -n "${median[stackfloor]:-}" ] && [ -n "${median[empty]:-}" ]; then
        local over; over=$(awk -v a="${median[empty]}" -v b="${median[stackfloor]}" 'BEGIN { printf "%.2f", a / b }')
        row "Start-up above the floors" "DockPrep (empty) ÷ Qt floor + required stack (median ÷ median)" "ratio=$over" "" ""
        over=$(awk -v a="${median[stackfloor]}" -v b="${median[floor]}" 'BEGIN { printf "%.2f", a / b }')
        row "Start-up above the floors" "Qt floor + required stack ÷ bare Qt floor (median ÷ median)" "ratio=$over" "" ""
    fi

    # The curriculum as shipped (questions, diagrams, challenges): what DockPrep holds beyond a bare window.
    local curriculum_mb
    curriculum_mb=$(find "$SRC/content" "$SRC/diagrams" -type f \( -name '*.md' -o -name '*.yaml' -o -name '*.svg' \) \
                        -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }')
    local rss_bound; rss_bound=$(awk -v f="${rss[floor]:-0}" -v c="$curriculum_mb" 'BEGIN { printf "%.1f", f * 1.5 + c }')
    group="Resident memory 2 s after start-up (VmRSS of the main process, MB, median of $RSS_RUNS)"
    for key in "${PROGRAMS[@]}"; do
        [ -n "${rss[$key]:-}" ] || continue
        local target="" verdict=""
        case $key in
            empty|notes*)
                target="≤ 1.5× floor + curriculum ($rss_bound MB; curriculum $curriculum_mb MB)"
                verdict=$(awk -v m="${rss[$key]}" -v b="$rss_bound" 'BEGIN { print (m <= b) ? "ok" : "MISSED" }') ;;
        esac
        row "$group" "${LABEL[$key]}" "rss_mb=${rss[$key]};process_group_rss_mb=${grouprss[$key]}" "$target" "$verdict"
    done
}

whole_programs

# ---------------------------------------------------------------- the table
version_of() { dpkg-query -W -f '${Version}' "$1" 2>/dev/null || echo "not installed"; }
"$BIN/dockprep_bench_report" "$ROWS" --json "$OUT/results.json" \
    --meta "machine=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) CPUs" \
    --meta "load average before / after=$LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)" \
    --meta "build=${DOCKPREP_BUILD_TYPE:-unknown}, Qt $(version_of libqt6core6t64)" \
    --meta "peers=Zeal $(version_of zeal), Parley $(version_of parley)" \
    --meta "logs=$LOGS, first frames=$FRAMES"
