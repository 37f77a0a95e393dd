#!/bin/bash
# The replica: on first start, copy the primary (pg_basebackup, which also writes the standby
# settings with -R); afterwards, just start as a hot standby that streams from it.
set -euo pipefail
DATA=/var/lib/postgresql/data
if [ ! -s "$DATA/PG_VERSION" ]; then
  until pg_basebackup -h db-primary -U replicator -D "$DATA" -R -X stream --checkpoint=fast; do
    echo "waiting for the primary…"
    rm -rf "${DATA:?}"/*
    sleep 2
  done
  chmod 0700 "$DATA"
fi
exec postgres -D "$DATA" -c hot_standby=on
