#!/usr/bin/env bash
# Backup and restore of a Kommunmeny platform instance (README, "Backup and restore").
#
#   Embedded Derby — the running platform makes the backup itself, as the operator:
#     curl -u operator:PASSWORD -X POST http://127.0.0.1:8181/kommunmeny/api/operations/backups
#     (or `kommunmeny:backup` in the Karaf console): <karaf-home>/backups/<yyyyMMdd-HHmmss>/ holds the database,
#     the instance's configuration (etc/) and manifest.json with every table's row count and checksum.
#   ./kommunmeny-backup.sh restore <backup-dir> <karaf-home|instance-dir>
#     puts a Derby backup into a fresh, stopped instance: database and configuration.
#
#   PostgreSQL — the database server's own tool, while the platform runs:
#   ./kommunmeny-backup.sh pg-backup <karaf-home|instance-dir> <backup-dir>
#     pg_dump (custom format, one consistent snapshot) of the instance's database and its configuration (etc/).
#   ./kommunmeny-backup.sh pg-restore <backup-dir> <karaf-home|instance-dir>
#     pg_restore into the (empty) database the fresh instance's etc/org.ops4j.datasource-kommunmeny.cfg names,
#     and the configuration.
#
#   After a restore, start the instance and compare GET /api/operations/digest (operator) with the manifest.
set -euo pipefail

die() { echo "$*" >&2; exit 2; }
usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# The Karaf home of an instance directory made by kommunmeny-instance.sh, or the home itself.
home_of() {
  local dir=$1
  if [ -x "$dir/bin/karaf" ]; then echo "$dir"; return; fi
  local found
  found=$(ls -d "$dir"/kommunmeny-assembly-*/ 2>/dev/null | head -1)
  [ -n "$found" ] && [ -x "$found/bin/karaf" ] || die "$dir is neither a Karaf home nor an instance directory"
  echo "${found%/}"
}

# The instance's own configuration a restore needs beside the data: the municipality, its offerings and services
# (se.kommunmeny.*.cfg), the accounts, the boot features, and etc/kommunmeny/ (keys, own templates).
# Not the data source's configuration: where the database lies is the new instance's own.
copy_configuration() {
  local from=$1 to=$2
  mkdir -p "$to"
  local f
  for f in "$from"/se.kommunmeny.*.cfg "$from/users.properties" "$from/org.apache.karaf.features.cfg"; do
    [ -f "$f" ] && cp -p "$f" "$to/"
  done
  if [ -d "$from/kommunmeny" ]; then cp -pR "$from/kommunmeny" "$to/"; fi
}

refuse_running() {
  local home=$1 pid
  for pid in $(pgrep -f -- "-Dkaraf.home=$home( |$)" || true); do
    die "the instance in $home is running (pid $pid): stop it first"
  done
}

pg_tool() {
  local tool=$1
  if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin/"$tool" 2>/dev/null | sort -V | tail -1)
  [ -n "$found" ] || die "$tool not found: install PostgreSQL's client tools"
  echo "$found"
}

# Reads url/user/password of the instance's data source and sets PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD.
pg_connection() {
  local cfg=$1/etc/org.ops4j.datasource-kommunmeny.cfg
  [ -f "$cfg" ] || die "no $cfg: the instance does not use PostgreSQL"
  local url
  url=$(sed -n 's/^[[:space:]]*url[[:space:]]*=[[:space:]]*//p' "$cfg" | head -1)
  [[ $url =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]] || die "not a PostgreSQL URL in $cfg: $url"
  export PGHOST=${BASH_REMATCH[1]} PGPORT=${BASH_REMATCH[3]:-5432} PGDATABASE=${BASH_REMATCH[4]}
  PGUSER=$(sed -n 's/^[[:space:]]*user[[:space:]]*=[[:space:]]*//p' "$cfg" | head -1)
  PGPASSWORD=$(sed -n 's/^[[:space:]]*password[[:space:]]*=[[:space:]]*//p' "$cfg" | head -1)
  export PGUSER PGPASSWORD
}

restore() {
  local backup=$1 home
  home=$(home_of "$2")
  [ -f "$backup/manifest.json" ] || die "$backup has no manifest.json: not a platform backup"
  local name
  name=$(sed -n 's/^ *"directory" *: *"\([^"]*\)".*/\1/p' "$backup/manifest.json" | head -1)
  [ -n "$name" ] && [ -f "$backup/$name/service.properties" ] || die "$backup holds no Derby database"
  refuse_running "$home"
  local target=$home/data/derby/$name
  [ ! -e "$target" ] || die "$target exists: restore into a fresh instance (or move the old database away)"
  mkdir -p "$(dirname "$target")"
  cp -pR "$backup/$name" "$target"
  copy_configuration "$backup/etc" "$home/etc"
  echo "Restored $backup into $home (database $name, configuration)"
}

do_pg_backup() {
  local home backup=$2
  home=$(home_of "$1")
  pg_connection "$home"
  [ ! -e "$backup" ] || die "$backup exists: give a new directory"
  (umask 077; mkdir -p "$backup")
  "$(pg_tool pg_dump)" --format=custom --no-owner --file="$backup/kommunmeny.dump"
  copy_configuration "$home/etc" "$backup/etc"
  echo "Backed up database $PGDATABASE of $home into $backup"
}

do_pg_restore() {
  local backup=$1 home
  home=$(home_of "$2")
  [ -f "$backup/kommunmeny.dump" ] || die "$backup has no kommunmeny.dump"
  refuse_running "$home"
  pg_connection "$home"
  local tables
  tables=$("$(pg_tool psql)" -Atc "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
  [ "$tables" = 0 ] || die "database $PGDATABASE is not empty ($tables tables): restore into a fresh database"
  "$(pg_tool pg_restore)" --no-owner --exit-on-error --dbname="$PGDATABASE" "$backup/kommunmeny.dump"
  copy_configuration "$backup/etc" "$home/etc"
  echo "Restored $backup into database $PGDATABASE of $home"
}

[ $# -ge 1 ] || usage
case $1 in
  restore) [ $# -eq 3 ] || usage; restore "$2" "$3" ;;
  pg-backup) [ $# -eq 3 ] || usage; do_pg_backup "$2" "$3" ;;
  pg-restore) [ $# -eq 3 ] || usage; do_pg_restore "$2" "$3" ;;
  *) usage ;;
esac
