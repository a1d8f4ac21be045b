#!/usr/bin/env bash
# Installs the Debian 12 packages frontdesk needs that are not installed yet.
#   deploy/install-deps.sh            build and run (embedded SQLite)
#   deploy/install-deps.sh --test     also MariaDB, for the test suite,
#                                     Node.js with npm ci in protos/ (buf, for
#                                     protos.buf_lint) and in clients/node (the
#                                     Node client, for node.client), and
#                                     chromium with a CJK font (the HTML
#                                     reports rendered in cli.report_html)
# Uses sudo when not root. Installs nothing when everything is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  protobuf-compiler protobuf-compiler-grpc libprotobuf-dev
  libgrpc++-dev libgrpc-dev libabsl-dev libssl-dev
  libsoci-dev libmariadb-dev libsqlite3-dev libboost-dev
  libcli11-dev libspdlog-dev libfmt-dev libgtest-dev libgmock-dev
  golang-github-gogo-googleapis-dev tzdata
  python3 python3-grpcio python3-protobuf
)
test_mode=
if [ "${1:-}" = "--test" ]; then
  test_mode=1
  packages+=(mariadb-server mariadb-client)
  # Headless Chromium renders the HTML reports; WenQuanYi Zen Hei (the
  # smaller of Debian's CJK fonts) draws their Chinese in the screenshots.
  packages+=(chromium fonts-wqy-zenhei)
  # deploy.report_jobs reads the Kubernetes manifests.
  packages+=(python3-yaml)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# buf (protos.buf_lint) and the Node client's packages (node.client) come
# from npm: Debian's nodejs and npm, when the
# commands are missing. Checked by command, not by package: a nodejs from
# elsewhere (e.g. NodeSource, which bundles npm) is fine and would conflict
# with Debian's npm package.
if [ -n "$test_mode" ]; then
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# node_modules of protos/ (buf) and clients/node (@grpc/grpc-js,
# @grpc/proto-loader, typescript), each pinned by its package-lock.json:
# npm ci when it is missing or older than the lock. npm ci writes
# node_modules/.package-lock.json.
# --ignore-scripts: buf's postinstall only swaps its node launcher for the
# binary (the launcher works without it), protobufjs's only warns about
# how dependents pin its version; no other package runs code here.
if [ -n "$test_mode" ]; then
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  for dir in "$root/protos" "$root/clients/node"; do
    if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
       [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      echo "npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts)
    fi
  done
fi
