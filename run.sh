#!/usr/bin/env bash
# Annalist developer entry point.
#   ./run.sh [app] [ARGS...]  install missing Debian packages, build the qt6 flavour, start the app
#   ./run.sh test             install missing Debian packages, build and test qt6 and qt5-kf5
#   ./run.sh asan             build and test the AddressSanitizer/UBSan preset
#   ./run.sh deps             only install the Debian packages
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Debian 12 packages the project needs to build, test and run both flavours.
PACKAGES=(
    build-essential cmake ninja-build pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    qtbase5-dev qtbase5-dev-tools qttools5-dev qttools5-dev-tools libqt5sql5-sqlite
    libkf5syntaxhighlighting-dev extra-cmake-modules
    libsqlite3-dev libxml2-dev iso-codes miscfiles wamerican libbenchmark-dev
    xvfb xauth poppler-utils fonts-dejavu-core fonts-noto-cjk qt6-translations-l10n qttranslations5-l10n
    libpoppler-qt6-dev libpoppler-qt5-dev libqpdf-dev libzip-dev
)

log() { printf '\033[1m[annalist]\033[0m %s\n' "$*" >&2; }

install_deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { log "need root or sudo to install packages"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

jobs() { nproc 2>/dev/null || echo 2; }

build() { # preset [extra cmake args...]
    local preset=$1; shift
    cmake --preset "$preset" "$@" >/dev/null
    cmake --build --preset "$preset" -j "$(jobs)"
}

run_tests() { # preset
    local preset=$1
    log "testing $preset"
    QT_QPA_PLATFORM=offscreen ctest --preset "$preset" -j "$(jobs)" --timeout 600
}

cmd=${1:-app}
[ $# -gt 0 ] && shift
case "$cmd" in
    deps)
        install_deps
        ;;
    app)
        install_deps
        build qt6
        exec build/qt6/bin/annalist "$@"
        ;;
    test)
        install_deps
        for preset in qt6 qt5-kf5; do
            log "building $preset (warnings are errors)"
            build "$preset" -DANNALIST_WERROR=ON
            run_tests "$preset"
        done
        log "all tests passed for qt6 and qt5-kf5"
        ;;
    asan)
        install_deps
        build asan -DANNALIST_WERROR=ON
        run_tests asan
        ;;
    *)
        echo "usage: $0 [app [ARGS...] | test | asan | deps]" >&2
        exit 2
        ;;
esac
