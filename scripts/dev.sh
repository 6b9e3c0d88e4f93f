#!/usr/bin/env bash
# DockPrep's one entry point for building, testing and running on any Linux host.
#
#   scripts/dev.sh run [APP ARGS…]     build, then start DockPrep on your display
#   scripts/dev.sh test [CTEST ARGS…]  build, then run the whole test suite (offscreen); with CI=true
#                                      then also the sanitizer and fuzz stages below (= check)
#   scripts/dev.sh check               test, then asan, then fuzz: everything CI runs
#   scripts/dev.sh asan [CTEST ARGS…]  the whole suite again built with ASan + UBSan (build/asan)
#   scripts/dev.sh fuzz [SECONDS]      build the libFuzzer targets (build/fuzz), run each SECONDS (20)
#   scripts/dev.sh package [--check]   a .deb with CPack; --check installs it in the root and starts it
#   scripts/dev.sh screenshot [FILE]   build, then write a PNG of the main window taken under Xvfb
#   scripts/dev.sh diagram-shots [DIR] build, then write a PNG of every diagram and of a few of their
#                                      states (hover, panel, steps, zoom) for review (build/diagram-shots)
#   scripts/dev.sh bench               build optimised (build/bench), then run the benchmark suite:
#                                      one table, the same in build/bench/bench/results.json
#   scripts/dev.sh build | shell | env | drop-root
#
# Where the host packages Qt ≥ 6.5 and KF6 SyntaxHighlighting, everything runs natively. Where it
# does not (Debian 12, Ubuntu 24.04…), a Debian 13 root is made once under the cache folder and
# reused; configure, build, tests and the app run inside it with this checkout bound in, your
# display passed through, and your data left in your real home.
set -Eeuo pipefail

readonly SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly CACHE=${DOCKPREP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dockprep}
readonly ROOT=$CACHE/trixie-root
readonly SUITE=trixie
# Everything the build, the tests, the screenshots and the benchmarks need inside the root.
readonly ROOT_PACKAGES="g++ cmake ninja-build pkgconf qt6-base-dev qt6-svg-dev libqt6sql6-sqlite
 libkf6syntaxhighlighting-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
 libyaml-cpp-dev libmd4c-dev xvfb xauth fonts-dejavu-core appstream
 libpocketsphinx-dev pocketsphinx-en-us flite flite1-dev
 qt6-multimedia-dev qt6-speech-dev qt6-speech-flite-plugin
 clang libclang-rt-19-dev poppler-utils dpkg-dev file qt6-svg-plugins"
# Only for `bench`, installed on its first use so the build and CI stay lean: the two peers the
# start-up and memory figures are compared with, ImageMagick to keep each program's first painted
# frame as a PNG (so anyone can see what was measured), and the icon-theme caches every desktop
# has: without them Qt stats each theme folder for every icon a window asks for (about 90,000
# calls and 150 ms in DockPrep's first window), which no user's start-up pays.
readonly BENCH_PACKAGES="zeal parley imagemagick gtk-update-icon-cache"
STEP=setup

say()  { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die()  { printf 'dockprep: %s\n' "$*" >&2; exit 1; }
trap 'rc=$?; printf "dockprep: step \"%s\" failed (exit %d)\n" "$STEP" "$rc" >&2; exit $rc' ERR
trap 'printf "\ndockprep: interrupted during \"%s\"; run the same command again to resume\n" "$STEP" >&2; exit 130' INT TERM

step() { STEP=$1; say "$2"; }

# ---------------------------------------------------------------- which environment
os_field() { (. /etc/os-release 2>/dev/null; eval "printf %s \"\${$1:-}\""); }

cmake_config_exists() {   # NAME: a CMake package config (NameConfig.cmake or name-config.cmake) in the usual prefixes
    local dir
    for dir in /usr/lib/*/cmake /usr/lib/cmake /usr/lib64/cmake /usr/share/cmake /usr/local/lib/cmake; do
        [ -f "$dir/$1/$1Config.cmake" ] || [ -f "$dir/$1/$1-config.cmake" ] && return 0
    done
    return 1
}

native_qt_version() {
    local f
    for f in /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersionImpl.cmake /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersion.cmake \
             /usr/lib64/cmake/Qt6Core/Qt6CoreConfigVersion*.cmake /usr/lib/cmake/Qt6Core/Qt6CoreConfigVersion*.cmake; do
        [ -f "$f" ] && { sed -n 's/^set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' "$f" | head -n1; return; }
    done
}

version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

native_ready() {
    local v; v=$(native_qt_version)
    [ -n "$v" ] && version_at_least "$v" 6.5 || return 1
    command -v cmake >/dev/null && command -v c++ >/dev/null || return 1
    local p
    for p in Qt6Svg Qt6SvgWidgets Qt6Sql Qt6Test Qt6LinguistTools Qt6Multimedia Qt6TextToSpeech KF6SyntaxHighlighting yaml-cpp; do
        cmake_config_exists "$p" || return 1
    done
    pkg-config --exists md4c pocketsphinx 2>/dev/null || return 1
}

# A host whose own apt can give us everything (Debian 13, Ubuntu 25.04 and later).
apt_host_new_enough() {
    command -v apt-get >/dev/null || return 1
    local id ver; id=$(os_field ID); ver=$(os_field VERSION_ID)
    case $id in
        debian) [ -z "$ver" ] || version_at_least "$ver" 13 ;;     # testing/sid have no VERSION_ID
        ubuntu) version_at_least "$ver" 25.04 ;;
        *) apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1 ;;
    esac
}

choose_env() {
    case ${DOCKPREP_ENV:-auto} in
        native|root) echo "$DOCKPREP_ENV"; return ;;
        auto) ;;
        *) die "DOCKPREP_ENV must be native, root or auto" ;;
    esac
    if native_ready; then echo native; return; fi
    if apt_host_new_enough; then echo native-install; return; fi
    if command -v apt-get >/dev/null; then echo root; return; fi
    echo missing
}

explain_missing() {
    cat >&2 <<'MSG'
dockprep: this host lacks Qt >= 6.5 (with Multimedia and TextToSpeech), KF6 SyntaxHighlighting, yaml-cpp, md4c or PocketSphinx, and has no apt to build a
Debian 13 root with. Install the build packages, then run the same command again:
  Fedora:  dnf install gcc-c++ cmake ninja-build qt6-qtbase-devel qt6-qtsvg-devel qt6-qttools-devel
           qt6-qtmultimedia-devel qt6-qtspeech-devel qt6-qtspeech-flite qt6-qttranslations
           kf6-syntax-highlighting-devel yaml-cpp-devel md4c-devel pocketsphinx-devel
           pocketsphinx-models flite flite-devel xorg-x11-server-Xvfb
  Arch:    pacman -S --needed base-devel cmake ninja qt6-base qt6-svg qt6-tools qt6-translations
           qt6-multimedia qt6-speech syntax-highlighting yaml-cpp md4c xorg-server-xvfb, and pocketsphinx with its US English
           model and flite (from the AUR)
MSG
    exit 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "needs root for: $*  (run it yourself, or install sudo)"; fi; }

install_native_packages() {
    step install "Installing build packages with apt"
    as_root apt-get update -q
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $ROOT_PACKAGES
}

# ---------------------------------------------------------------- the Debian 13 root
# The mirror this host already uses, read from its own apt configuration (deb822 or one-line).
host_mirror() {
    local uri
    uri=$(awk 'BEGIN{RS=""; IGNORECASE=1} /Types:[^\n]*deb/ && !/Suites:[^\n]*security/ {
               if (match($0, /URIs:[ \t]*[^ \t\n]+/)) { s=substr($0,RSTART,RLENGTH); sub(/URIs:[ \t]*/,"",s); print s; exit } }' \
            /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [ -n "$uri" ] || uri=$(awk '$1=="deb" && $0 !~ /security/ { for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' \
            /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -n1)
    # An Ubuntu host's archive does not carry Debian suites; Debian's mirror network is the fallback.
    case $uri in *ubuntu*|"") uri=${DOCKPREP_MIRROR:-}; esac
    [ -n "$uri" ] || die "could not read a Debian mirror from /etc/apt; set DOCKPREP_MIRROR to one"
    echo "$uri"
}

packages_stamp() { printf '%s\n' ${1:-$ROOT_PACKAGES} | sort | sha256sum | cut -c1-16; }

need_host_tool() {   # TOOL PACKAGE
    command -v "$1" >/dev/null && return
    [ "$(id -u)" = 0 ] || die "needs '$1': install the '$2' package (sudo apt-get install $2)"
    say "Installing $2 on the host (needed to make the Debian 13 root)"
    apt-get install -y -q --no-install-recommends "$2" >/dev/null 2>&1 ||
        { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "$2" >/dev/null; }
}

# Runs a command inside the root. Mounts live in bwrap's own namespace: nothing is left behind.
in_root() {
    local args=(--bind "$ROOT" / --dev /dev --proc /proc --tmpfs /tmp --tmpfs /run
                --ro-bind /etc/resolv.conf /etc/resolv.conf
                --bind "$SRC" "$SRC" --chdir "$SRC" --die-with-parent
                --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                --setenv LANG C.UTF-8)
    local shared; shared=$(cd "$SRC/.." && pwd)/shared
    [ -d "$shared" ] && args+=(--ro-bind "$shared" "$shared")
    [ "$(id -u)" = 0 ] && args+=(--cap-add ALL)
    args+=("${IN_ROOT_EXTRA[@]}")
    bwrap "${args[@]}" "$@"
}
IN_ROOT_EXTRA=()

make_root() {
    local stamp; stamp=$(packages_stamp)
    if [ -f "$ROOT/.dockprep-ready" ] && [ "$(cat "$ROOT/.dockprep-ready")" = "$stamp" ]; then
        return   # reused as it is: nothing is downloaded
    fi
    need_host_tool bwrap bubblewrap
    local mirror; mirror=$(host_mirror)
    if [ ! -f "$ROOT/.dockprep-base" ]; then
        step root "Making a Debian 13 root under $ROOT (once; about a minute)"
        local partial=$ROOT.partial
        rm -rf "$partial"; mkdir -p "$CACHE"
        if [ "$(id -u)" = 0 ]; then
            need_host_tool debootstrap debootstrap
            # A private mount namespace: an interrupted debootstrap cannot leave /proc or /sys mounted.
            unshare --mount --propagation private \
                debootstrap --variant=minbase "$SUITE" "$partial" "$mirror" >"$CACHE/debootstrap.log" 2>&1 ||
                { tail -n 20 "$CACHE/debootstrap.log" >&2; die "debootstrap failed; full log: $CACHE/debootstrap.log"; }
        else
            command -v mmdebstrap >/dev/null || die "making the root without root needs mmdebstrap (apt-get install mmdebstrap)"
            mmdebstrap --mode=unshare --variant=minbase "$SUITE" "$partial" "$mirror" >"$CACHE/mmdebstrap.log" 2>&1 ||
                { tail -n 20 "$CACHE/mmdebstrap.log" >&2; die "mmdebstrap failed; full log: $CACHE/mmdebstrap.log"; }
        fi
        touch "$partial/.dockprep-base"
        rm -rf "$ROOT"; mv "$partial" "$ROOT"
    fi
    step packages "Installing Qt 6, KF6 SyntaxHighlighting and the toolchain in the root (about 90 s)"
    # shellcheck disable=SC2086
    in_root sh -c "apt-get -o APT::Sandbox::User=root update -q &&
        DEBIAN_FRONTEND=noninteractive apt-get -o APT::Sandbox::User=root install -y -q --no-install-recommends $(echo $ROOT_PACKAGES) &&
        apt-get clean" >"$CACHE/packages.log" 2>&1 ||
        { tail -n 20 "$CACHE/packages.log" >&2; die "package install in the root failed; full log: $CACHE/packages.log"; }
    echo "$stamp" >"$ROOT/.dockprep-ready"
}

# The benchmark peers, once: in the root under their own stamp (the build's stamp is untouched),
# natively with apt when it is there. Without them the suite still runs and says they are missing.
install_bench_packages() {
    local stamp; stamp=$(packages_stamp "$BENCH_PACKAGES")
    if [ "$ENV_KIND" = root ]; then
        [ -f "$ROOT/.dockprep-bench-ready" ] && [ "$(cat "$ROOT/.dockprep-bench-ready")" = "$stamp" ] && return
        step bench-packages "Installing the benchmark peers in the root ($BENCH_PACKAGES; once)"
        # shellcheck disable=SC2086
        in_root sh -c "apt-get -o APT::Sandbox::User=root update -q &&
            DEBIAN_FRONTEND=noninteractive apt-get -o APT::Sandbox::User=root install -y -q --no-install-recommends $(echo $BENCH_PACKAGES) &&
            apt-get clean && update-icon-caches /usr/share/icons/*" >"$CACHE/bench-packages.log" 2>&1 ||
            { tail -n 20 "$CACHE/bench-packages.log" >&2; die "installing the benchmark peers failed; full log: $CACHE/bench-packages.log"; }
        echo "$stamp" >"$ROOT/.dockprep-bench-ready"
    elif ! command -v zeal >/dev/null || ! command -v parley >/dev/null; then
        if command -v apt-get >/dev/null && { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null; }; then
            step bench-packages "Installing the benchmark peers with apt ($BENCH_PACKAGES)"
            # shellcheck disable=SC2086
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $BENCH_PACKAGES
        else
            say "Zeal or Parley is not installed: the suite reports them as missing"
        fi
    fi
}

# ---------------------------------------------------------------- build, test, run
ENV_KIND=
PRESET=${DOCKPREP_PRESET:-$([ "${CI:-}" = true ] && echo ci || echo dev)}

prepare() {
    ENV_KIND=$(choose_env)
    case $ENV_KIND in
        native) ;;
        native-install) install_native_packages; ENV_KIND=native ;;
        root) make_root ;;
        missing) explain_missing ;;
    esac
}

run_env() {   # runs "$@" natively or in the root
    if [ "$ENV_KIND" = root ]; then in_root "$@"; else "$@"; fi
}

build() {
    local dir=$SRC/build/$PRESET
    if [ ! -f "$dir/build.ninja" ]; then
        step configure "Configuring ($PRESET preset, $ENV_KIND)"
        run_env cmake --preset "$PRESET" -S "$SRC" >/dev/null
    fi
    step build "Building"
    run_env cmake --build "$dir" --parallel "$(nproc)"
}

test_suite() {
    step test "Running the test suite (offscreen)"
    run_ctest "$SRC/build/$PRESET" "$@"
}

run_ctest() {   # BUILD_DIR [CTEST ARGS…]; SUITE_ENV may hold extra VAR=value settings
    local dir=$1; shift
    # Tests get a throw-away home so they never touch the user's notes.
    local home; home=$(mktemp -d "${TMPDIR:-/tmp}/dockprep-test-home.XXXXXX")
    local extra=("${IN_ROOT_EXTRA[@]}")
    IN_ROOT_EXTRA+=(--bind "$home" "$home")
    run_env env HOME="$home" XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen "${SUITE_ENV[@]}" \
        ctest --test-dir "$dir" --output-on-failure --timeout 600 "$@"
    IN_ROOT_EXTRA=("${extra[@]}")
    rm -rf "$home"
}
SUITE_ENV=()

# ---------------------------------------------------------------- sanitizers and fuzzing
configure_preset() {   # PRESET: configures build/PRESET once, then only builds incrementally
    [ -f "$SRC/build/$1/build.ninja" ] && return
    step "configure-$1" "Configuring ($1 preset, $ENV_KIND)"
    run_env cmake --preset "$1" -S "$SRC" >/dev/null
}

# The whole suite, GUI tests included, under AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer; any report fails the test that triggered it. Suppressions (third-party code only,
# each one justified) live in scripts/sanitizers/.
sanitizer_suite() {
    configure_preset asan
    step asan-build "Building with ASan + UBSan (build/asan)"
    run_env cmake --build "$SRC/build/asan" --parallel "$(nproc)"
    step asan-test "Running the test suite under ASan + UBSan + LSan (offscreen)"
    local supp=$SRC/scripts/sanitizers
    SUITE_ENV=(ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1
               "LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0"
               "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp")
    run_ctest "$SRC/build/asan" "$@"
    SUITE_ENV=()
}

# Every libFuzzer target for a bounded time after replaying its committed regressions; a crash,
# leak, timeout or broken invariant fails the stage (see fuzz/README.md).
fuzz_suite() {
    configure_preset fuzz
    step fuzz-build "Building the libFuzzer targets (clang, build/fuzz)"
    run_env cmake --build "$SRC/build/fuzz" --parallel "$(nproc)" --target fuzzers
    step fuzz "Fuzzing each target for ${1:-20} s"
    run_env "$SRC/fuzz/run.sh" "$SRC/build/fuzz" "${1:-20}"
}

pass_display() {
    [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] ||
        die "no display: DISPLAY and WAYLAND_DISPLAY are unset (use 'scripts/dev.sh screenshot' on a headless machine)"
    [ "$ENV_KIND" = root ] || return 0
    # The user's real home holds the notes and settings, so they outlive the root.
    IN_ROOT_EXTRA+=(--bind "$HOME" "$HOME" --setenv HOME "$HOME")
    [ -d /tmp/.X11-unix ] && IN_ROOT_EXTRA+=(--ro-bind /tmp/.X11-unix /tmp/.X11-unix)
    [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && IN_ROOT_EXTRA+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ]; then
        IN_ROOT_EXTRA+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR")
    fi
}

app() { echo "$SRC/build/$PRESET/app/dockprep"; }

# Makes the .deb with CPack; with --check, installs it in the Debian 13 root, starts the installed
# app there (a screenshot under Xvfb proves the window comes up) and removes the package again.
package_deb() {
    step package "Making the .deb (cpack, build/$PRESET)"
    run_env sh -c "cd '$SRC/build/$PRESET' && cpack -G DEB >cpack.log 2>&1" ||
        { tail -n 20 "$SRC/build/$PRESET/cpack.log" >&2; die "cpack failed; full log: build/$PRESET/cpack.log"; }
    local deb; deb=$(ls -t "$SRC/build/$PRESET"/dockprep_*.deb | head -n1)
    echo "$deb"
    [ "${1:-}" = --check ] || return 0
    [ "$ENV_KIND" = root ] || die "--check installs into the Debian 13 root; on this host install it yourself: sudo apt install $deb"
    step package-check "Installing $(basename "$deb") in the root and starting it"
    run_env sh -c "DEBIAN_FRONTEND=noninteractive apt-get -o APT::Sandbox::User=root install -y -q --no-install-recommends '$deb' >/tmp/install.log 2>&1 ||
                   { tail -n 20 /tmp/install.log; exit 1; }
        dpkg -L dockprep | while read -r f; do [ -f \"\$f\" ] && echo \"  \$f\"; done
        dpkg -s dockprep | sed -n 's/^Depends: /  depends on: /p'
        home=\$(mktemp -d) && HOME=\$home xvfb-run -a -s '-screen 0 1280x800x24' /usr/bin/dockprep --data-dir \$home/data \
            --screenshot '$SRC/build/$PRESET/installed-app.png' && rc=0 || rc=\$?
        DEBIAN_FRONTEND=noninteractive apt-get -o APT::Sandbox::User=root remove -y -q dockprep >/dev/null 2>&1
        exit \$rc"
    say "The installed app started and drew its window: build/$PRESET/installed-app.png (package removed again)"
}

main() {
    local cmd=${1:-help}; shift || true
    case $cmd in
        run)        prepare; build; pass_display; step run "Starting DockPrep"; run_env "$(app)" "$@" ;;
        test)       prepare; build; test_suite "$@"
                    if [ "${CI:-}" = true ]; then sanitizer_suite; fuzz_suite; fi ;;
        check)      prepare; build; test_suite; sanitizer_suite; fuzz_suite ;;
        asan)       prepare; sanitizer_suite "$@" ;;
        fuzz)       prepare; fuzz_suite "$@" ;;
        build)      prepare; build ;;
        screenshot) local out; out=$(realpath -m "${1:-$SRC/build/screenshot.png}"); shift || true
                    prepare; build; step screenshot "Taking a screenshot under Xvfb → $out"
                    mkdir -p "$(dirname "$out")"; IN_ROOT_EXTRA+=(--bind "$(dirname "$out")" "$(dirname "$out")")
                    local home; home=$(mktemp -d); IN_ROOT_EXTRA+=(--bind "$home" "$home")
                    run_env env HOME="$home" xvfb-run -a -s "-screen 0 1600x1000x24" "$(app)" --screenshot "$out" "$@"
                    rm -rf "$home"; echo "$out" ;;
        diagram-shots) local dir; dir=$(realpath -m "${1:-$SRC/build/diagram-shots}")
                    prepare; build; step diagram-shots "Writing the diagrams' PNGs → $dir"
                    mkdir -p "$dir"; IN_ROOT_EXTRA+=(--bind "$dir" "$dir")
                    run_env env QT_QPA_PLATFORM=offscreen "$SRC/build/$PRESET/tests/ui/diagrams/diagramshots" "$dir" ;;
        package)    prepare; build; package_deb "$@" ;;
        bench)      # Optimised like the peers' distribution builds; a debug build would measure -O0.
                    prepare; install_bench_packages; configure_preset bench
                    step bench "Building (build/bench) and running the benchmark suite"
                    run_env cmake --build "$SRC/build/bench" --parallel "$(nproc)" --target bench ;;
        shell)      prepare; run_env bash ;;
        env)        choose_env ;;
        drop-root)  rm -rf "$ROOT" "$ROOT.partial"; say "Removed $ROOT" ;;
        help|-h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
        *) die "unknown command '$cmd' (try: run, test, check, asan, fuzz, screenshot, diagram-shots, bench, package, build, shell)" ;;
    esac
}

main "$@"
