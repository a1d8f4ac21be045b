#!/usr/bin/env bash
# Installs the Debian 12 packages frontdesk needs that are not installed yet.
#   deploy/install-deps.sh            build and run (embedded SQLite)
#   deploy/install-deps.sh --test     also MariaDB, for the test suite
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
if [ "${1:-}" = "--test" ]; then
  packages+=(mariadb-server mariadb-client)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
