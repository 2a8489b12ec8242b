#!/usr/bin/env bash
# Every municipality of the survey "Vad finns på menyn?" (Västmanland) on its own platform instance, plus the county's
# instance with the county overview, on this host: one command.
#
#   ./run-county.sh start [dir]    create what is missing, start every platform one after another, then the county
#   ./run-county.sh stop [dir]     stop them all
#   ./run-county.sh status [dir]
#
# dir defaults to run/county. Ports: from KOMMUNMENY_PORT_BASE (default 18100), four per instance (HTTP on the first;
# a demo on one host: plain HTTP on loopback, kommunmeny-instance.sh --http).
# Each municipality is created with ./kommunmeny-instance.sh from its profile
# (kommun-arboga … kommun-vasteras, and kommun-vasteras-skultuna for the Skultuna district), with its own ports and its
# own data under dir/<profile>/, and an account `lansstyrelsen` (role partner) that the county uses to read the
# menu. The county instance (profile lan-vastmanland) gets one etc/se.kommunmeny.regionaloverview.platform-<name>.cfg
# per platform. Passwords are generated and written to dir/CREDENTIALS.txt (mode 600).
# About 400 MB of memory per instance; the first start takes a few minutes (each platform boots in turn).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)
INSTANCE="$ROOT/kommunmeny-instance.sh"
PROFILES=(kommun-arboga kommun-fagersta kommun-hallstahammar kommun-heby kommun-kungsor kommun-koping
  kommun-norberg kommun-sala kommun-skinnskatteberg kommun-surahammar kommun-vasteras kommun-vasteras-skultuna)
COUNTY=lan-vastmanland
READER=lansstyrelsen
PORT_BASE=${KOMMUNMENY_PORT_BASE:-18100}

cmd=${1:-start}
DIR=${2:-$ROOT/run/county}

prop() { sed -n "s/^$2 *= *//p" "$1/instance.properties" | head -1; }
password() { head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

create_all() {
  mkdir -p "$DIR"
  DIR=$(cd "$DIR" && pwd)
  umask 077
  touch "$DIR/CREDENTIALS.txt"
  local profile dir i=0
  for profile in "${PROFILES[@]}"; do
    dir="$DIR/$profile"
    i=$((i + 1))
    [ -f "$dir/instance.properties" ] && continue
    "$INSTANCE" create "$dir" "$profile" --http --ports $((PORT_BASE + 10 * i)) >/dev/null
    local reader_password
    reader_password="rd-$(password)"
    printf '%s = %s,partner\n' "$READER" "$reader_password" >> "$dir"/kommunmeny-assembly-*/etc/users.properties
    printf '%s %s %s\n' "$profile" "$READER" "$reader_password" >> "$DIR/CREDENTIALS.txt"
    echo "created $profile (http $(prop "$dir" http))"
  done
  dir="$DIR/$COUNTY"
  if [ ! -f "$dir/instance.properties" ]; then
    "$INSTANCE" create "$dir" "$COUNTY" --http --ports "$PORT_BASE" >/dev/null
    echo "created $COUNTY (http $(prop "$dir" http))"
  fi
  # The county reads every platform with that platform's reader account.
  local etc name
  etc=$(echo "$dir"/kommunmeny-assembly-*/etc)
  for profile in "${PROFILES[@]}"; do
    name=${profile#kommun-}
    [ -f "$etc/se.kommunmeny.regionaloverview.platform-$name.cfg" ] && continue
    # The password in a file of its own (mode 600), named by the configuration: never in the configuration itself.
    mkdir -p "$etc/kommunmeny/county"
    printf '%s' "$(awk -v p="$profile" '$1==p{print $3}' "$DIR/CREDENTIALS.txt")" > "$etc/kommunmeny/county/$name.password"
    cat > "$etc/se.kommunmeny.regionaloverview.platform-$name.cfg" <<CFG
url = http://127.0.0.1:$(prop "$DIR/$profile" http)/kommunmeny
user = $READER
password = \$[secret:kommunmeny/county/$name.password]
label = $name
CFG
  done
}

start_all() {
  create_all
  local profile
  for profile in "${PROFILES[@]}" "$COUNTY"; do
    "$INSTANCE" start "$DIR/$profile"
  done
  local county_password http
  county_password=$(awk '$1=="operator"{print $2}' "$DIR/$COUNTY/CREDENTIALS.txt")
  http=$(prop "$DIR/$COUNTY" http)
  local base="http://127.0.0.1:$http/kommunmeny/api/regional-overview"
  # The overview answers once the offering is installed; every platform is up already.
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null -u "operator:$county_password" "$base?refresh=true" 2>/dev/null && break
    sleep 1
  done
  curl -fsS -u "operator:$county_password" "$base?refresh=true" | python3 -c '
import json, sys
o = json.load(sys.stdin)
print("Platforms: %d answered, %d did not" % (sum(p["status"] == "OK" for p in o["platforms"]),
                                             sum(p["status"] != "OK" for p in o["platforms"])))
for s in o["summary"]:
    print("  %-40s %2d  %s" % (s["label"], s["count"], ", ".join(s["municipalities"])))'
  cat <<TXT

County overview   $base/html   (JSON: $base, CSV: $base/csv)
                  user operator, password in $DIR/$COUNTY/CREDENTIALS.txt
Municipalities    $(for p in "${PROFILES[@]}"; do printf '%s http://127.0.0.1:%s/kommunmeny/api/menu/html\n                  ' "${p#kommun-}" "$(prop "$DIR/$p" http)"; done)
Each platform's operator password is in $DIR/<profile>/CREDENTIALS.txt; stop them all with: $0 stop $DIR
TXT
}

case "$cmd" in
  start) start_all ;;
  stop)
    for profile in "$COUNTY" "${PROFILES[@]}"; do
      [ -d "$DIR/$profile" ] && "$INSTANCE" stop "$DIR/$profile"
    done
    true ;;
  status)
    for profile in "${PROFILES[@]}" "$COUNTY"; do
      [ -d "$DIR/$profile" ] && printf '%-28s %s\n' "$profile" "$("$INSTANCE" status "$DIR/$profile")"
    done
    true ;;
  *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
