#!/bin/sh
# Installs PostgreSQL from Debian's packages when it is missing, for the PostgreSQL store tests (CI calls
# this before `npm test`). The tests start their own throw-away cluster (tests/setup/postgres.ts), so the
# package's default cluster is not created. Needs root (or sudo); does nothing when PostgreSQL is there.
set -eu

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "pg-install: PostgreSQL already installed: $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=
elif command -v sudo >/dev/null 2>&1; then
  SUDO=sudo
else
  echo "pg-install: PostgreSQL is missing and this user cannot install packages (run as root, or set DATABASE_URL_TEST)" >&2
  exit 1
fi

# No "main" cluster and no service start: the tests run their own server on a free loopback port.
$SUDO mkdir -p /etc/postgresql-common
if [ ! -f /etc/postgresql-common/createcluster.conf ] || ! grep -q '^create_main_cluster' /etc/postgresql-common/createcluster.conf; then
  echo 'create_main_cluster = false' | $SUDO tee -a /etc/postgresql-common/createcluster.conf >/dev/null
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends postgresql postgresql-contrib

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "pg-install: installation finished but no initdb was found under /usr/lib/postgresql" >&2
  exit 1
fi
echo "pg-install: installed $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
