#!/usr/bin/env bash
# Installs what the test suite drives beyond npm: Debian's validators and servers (as root) and the pinned
# PyPI tools in a virtualenv (scripts/test-requirements.txt). `npm test` runs it first every time, so when
# everything is already there it only checks, in well under a second.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=node_modules/.cache/devops-baseline-test/venv # test/helpers/toolchain.ts reads the same path
REQUIREMENTS=scripts/test-requirements.txt
PYTHON=${PYTHON:-python3}

# The PostGIS package is named after the server's major version (15 on Debian 12).
postgis_package() {
  local initdb major=""
  for initdb in /usr/lib/postgresql/*/bin/initdb; do [ -e "$initdb" ] && major=${initdb#/usr/lib/postgresql/} && major=${major%%/*}; done
  [ -n "$major" ] || major=$(apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n 1)
  echo "postgresql-${major:-15}-postgis-3"
}

# Fills `missing` with "package<TAB>what the tests run" for each absent tool ("-": no package to install).
missing=()
need_command() {
  command -v "$1" >/dev/null 2>&1 && return
  # Debian puts some tools in /usr/sbin, which a non-root user's PATH lacks; the tests find them on PATH.
  if [ -x "/usr/sbin/$1" ]; then missing+=("-	$1 is in /usr/sbin: add it to PATH (export PATH=\"\$PATH:/usr/sbin\")"); else missing+=("$2	command $1"); fi
}
need_file() { compgen -G "$1" >/dev/null || missing+=("$2	file $1"); }
check_debian() {
  missing=()
  need_command shellcheck shellcheck                 # run: blocks and generated scripts
  need_command docker-compose docker-compose         # `docker-compose config` on generated compose files
  need_command nginx nginx                           # `nginx -t` on the generated proxy config
  need_command caddy caddy                           # `caddy validate` and a local TLS round trip on the compose Caddyfile
  need_command promtool prometheus                   # alert rules and their unit tests
  need_command amtool prometheus-alertmanager        # alertmanager.yml
  need_file '/usr/lib/postgresql/*/bin/initdb' postgresql # backup round trip, migrations, CI services
  need_file '/usr/share/postgresql/*/extension/postgis.control' "$(postgis_package)"
  need_command redis-server redis-server             # CI services
  need_command tmux tmux                             # the interactive init test
  [ "$(id -u)" != 0 ] || need_command runuser util-linux # initdb refuses root: PostgreSQL runs as `postgres`
  need_command git git
  need_command openssl openssl                       # throwaway certificates for `nginx -t`
  need_command jq jq
  need_command chromium chromium                     # the HTML rollout report, driven by playwright-core
  need_command curl curl
  need_command wget wget                             # the static-site images' HEALTHCHECK (wget --spider), run by test/execution
  "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || missing+=("python3-venv	$PYTHON -m venv (ensurepip)")
}

packages() { printf '%s\n' "${missing[@]}" | cut -f1 | grep -vx -- - | sort -u | tr '\n' ' ' || true; }
report_missing() {
  echo "test:setup: the tests need these, not found on this machine:" >&2
  printf '%s\n' "${missing[@]}" | awk -F'\t' '{ if ($1 == "-") print "  " $2; else printf "  %-45s Debian package %s\n", $2, $1 }' >&2
}

check_debian
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    report_missing
    [ -z "$(packages)" ] || echo "Install them as root, then run npm test again:
  sudo apt-get update && sudo apt-get install -y --no-install-recommends $(packages)" >&2
    exit 1
  fi
  read -r -a to_install <<<"$(packages)"
  if ((${#to_install[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${to_install[@]}"
    check_debian
  fi
  if ((${#missing[@]})); then
    report_missing
    exit 1
  fi
fi

# The venv is complete when its stamp (the requirements it was built from, written last) matches and
# every tool is there; otherwise it is rebuilt from scratch, so a failed install never half-counts.
venv_complete() {
  cmp -s "$REQUIREMENTS" "$VENV/.requirements" || return 1
  local tool
  for tool in python uv poetry check-jsonschema; do [ -x "$VENV/bin/$tool" ] || return 1; done
}
if ! venv_complete; then
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "test:setup: $PYTHON is $("$PYTHON" --version 2>&1); the pinned tools need Python 3.11 or newer (set PYTHON=...)" >&2
    exit 1
  fi
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/pip" install --disable-pip-version-check --no-input -q -r "$REQUIREMENTS"
  cp "$REQUIREMENTS" "$VENV/.requirements"
fi
echo "test:setup: Debian tools present; PyPI tools in $VENV/bin"
