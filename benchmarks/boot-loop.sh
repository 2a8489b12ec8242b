#!/usr/bin/env bash
# Boot loop: boots a fresh copy of the built distribution N times and counts the boots after which the Derby driver
# bundle (se.kommunmeny.derby; in older builds Derby's own bundle `derby`) was not Active or karaf.log showed its
# activator failing (NoClassDefFoundError: org/osgi/framework/BundleActivator or javax/naming/Referenceable, from
# Derby's DynamicImport-Package during the concurrent resolve at first boot).
# Each boot: unpack karaf-assembly/target/kommunmeny-assembly-<version>.tar.gz into a temporary directory, set free
# loopback ports (HTTP, SSH, RMI) as itests' KarafProcess does, run offline (only system/), add a municipality and one
# user (roles operator + ssh + admin), start `bin/karaf server`, wait for GET /kommunmeny/api/health = 200, read the
# derby bundle's state with `bin/client` (bundle:list), grep data/log/karaf.log for the activator error, stop Karaf
# (SIGTERM to the process started here), delete the copy.
# Not part of the test run. Usage: benchmarks/boot-loop.sh [N]   (default 20; build first with mvn install -DskipTests)
# Environment: BOOT_LOOP_TARBALL=<file> boots another copy of the tarball; BOOT_LOOP_KEEP=1 keeps the unpacked copies of failing boots (path printed).
set -uo pipefail
cd "$(dirname "$0")/.."
N=${1:-20}
[[ "$N" =~ ^[0-9]+$ ]] && [ "$N" -gt 0 ] || { echo "usage: $0 [N]" >&2; exit 2; }
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
TARBALL=${BOOT_LOOP_TARBALL:-$PWD/karaf-assembly/target/kommunmeny-assembly-$VERSION.tar.gz}
[ -f "$TARBALL" ] || { echo "no $TARBALL: run mvn install -DskipTests first" >&2; exit 2; }
USER_NAME=bootloop
PASSWORD=bootloop-Secret-9
PATTERN='NoClassDefFoundError: (org/osgi/framework/BundleActivator|javax/naming/Referenceable)|EmbeddedActivator|Error starting bundle.*derby'

# shellcheck source=scripts/lib.sh
. scripts/lib.sh   # the working directory is the repository root (cd above)

failures=0
WORK=$(mktemp -d /tmp/boot-loop.XXXXXX)
KARAF_PID=
cleanup() { [ -n "$KARAF_PID" ] && kill "$KARAF_PID" 2>/dev/null; }
trap cleanup EXIT
for i in $(seq 1 "$N"); do
  dir="$WORK/$i"
  mkdir -p "$dir"
  tar xzf "$TARBALL" -C "$dir"
  home="$dir/kommunmeny-assembly-$VERSION"
  http=$(free_port); ssh=$(free_port); rmir=$(free_port); rmis=$(free_port)
  etc="$home/etc"
  set_prop "$etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$http"
  set_prop "$etc/org.apache.karaf.shell.cfg" sshPort "$ssh"
  set_prop "$etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
  set_prop "$etc/org.apache.karaf.management.cfg" rmiRegistryPort "$rmir"
  set_prop "$etc/org.apache.karaf.management.cfg" rmiServerPort "$rmis"
  set_prop "$etc/org.apache.karaf.management.cfg" rmiRegistryHost 127.0.0.1
  set_prop "$etc/org.apache.karaf.management.cfg" rmiServerHost 127.0.0.1
  set_prop "$etc/org.ops4j.pax.url.mvn.cfg" org.ops4j.pax.url.mvn.localRepository '${karaf.data}/no-maven-repository'
  set_prop "$etc/org.ops4j.pax.url.mvn.cfg" org.ops4j.pax.url.mvn.repositories ''
  printf 'code = 1984\nname = Arboga\ncounty = V\\u00e4stmanlands l\\u00e4n\ncountry = SE\n' >"$etc/se.kommunmeny.kommun.cfg"
  printf '%s = %s,operator,ssh,admin\n' "$USER_NAME" "$PASSWORD" >>"$etc/users.properties"

  start=$(date +%s)
  KARAF_EXEC=exec "$home/bin/karaf" server >"$home/console.log" 2>&1 &
  KARAF_PID=$!
  status=000
  for _ in $(seq 1 180); do
    status=$(curl -s -o /dev/null -w '%{http_code}' -u "$USER_NAME:$PASSWORD" \
      "http://127.0.0.1:$http/kommunmeny/api/health" || true)
    [ "$status" = 200 ] && break
    kill -0 "$KARAF_PID" 2>/dev/null || break
    sleep 1
  done
  up=$(( $(date +%s) - start ))
  state=$(echo 'bundle:list -s -t 0' | "$home/bin/client" -r 3 -d 2 -a "$ssh" -h 127.0.0.1 -u "$USER_NAME" \
    -p "$PASSWORD" -b 2>/dev/null | awk -F'|' '{gsub(/ /,"",$2); gsub(/ /,"",$5)} $5 ~ /^(derby|se\.kommunmeny\.derby)$/ {print $5 "=" $2}' \
    | tr '\n' ' ')
  log="$home/data/log/karaf.log"
  errors=$(grep -cE "$PATTERN" "$log" 2>/dev/null); errors=${errors:-0}
  tm_twice=$(grep -c 'more than one TransactionManager' "$log" 2>/dev/null); tm_twice=${tm_twice:-0}
  ds_lost=$(grep -c 'Lost DataSource for' "$log" 2>/dev/null); ds_lost=${ds_lost:-0}
  failed=no
  if [ "$errors" -gt 0 ] || [ "$status" != 200 ] || ! grep -qE '(^| )(derby|se\.kommunmeny\.derby)=Active' <<<"$state"; then
    failed=yes; failures=$((failures + 1))
  fi
  printf 'boot %2d: health %s after %3ss; bundles %s; activator errors in log %s; second TM %s; DataSource lost %s; failed %s\n' \
    "$i" "$status" "$up" "${state:-?}" "$errors" "$tm_twice" "$ds_lost" "$failed"
  if [ "$failed" = yes ]; then
    grep -m3 -E "$PATTERN" "$log" | cut -c1-300 | sed 's/^/    /'
  fi
  kill "$KARAF_PID" 2>/dev/null
  for _ in $(seq 1 90); do kill -0 "$KARAF_PID" 2>/dev/null || break; sleep 1; done
  kill -9 "$KARAF_PID" 2>/dev/null; wait "$KARAF_PID" 2>/dev/null; KARAF_PID=
  if [ "$failed" = yes ] && [ -n "${BOOT_LOOP_KEEP:-}" ]; then echo "    kept: $home"; else rm -rf "$dir"; fi
done
rmdir "$WORK" 2>/dev/null
echo "derby activator failures: $failures of $N boots"
