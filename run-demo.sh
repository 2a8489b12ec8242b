#!/usr/bin/env bash
# Runs a demo municipality (Arboga, Västmanland) on embedded Derby: builds the distribution if needed, unpacks it
# into run/demo, configures the municipality and demo users, starts Karaf and prints the URLs and credentials.
#   ./run-demo.sh          start (or show the URLs of the running demo)
#   ./run-demo.sh stop     stop it
#   ./run-demo.sh reset    stop it and delete its data
# The demo users and their passwords are for this demo only; a production instance ships with no users.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
TARBALL="$ROOT/karaf-assembly/target/kommunmeny-assembly-$VERSION.tar.gz"
DEMO="$ROOT/run/demo"
HOME_DIR="$DEMO/kommunmeny-assembly-$VERSION"
HTTP_PORT=${KOMMUNMENY_HTTP_PORT:-8181}
BASE="http://127.0.0.1:$HTTP_PORT/kommunmeny"

running() { [ -f "$DEMO/karaf.pid" ] && kill -0 "$(cat "$DEMO/karaf.pid")" 2>/dev/null; }

stop() {
  if running; then
    local pid; pid=$(cat "$DEMO/karaf.pid")
    echo "Stopping Kommunmeny demo (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$DEMO/karaf.pid"
}

case "${1:-start}" in
  stop) stop; exit 0 ;;
  reset) stop; rm -rf "$DEMO"; echo "Demo data removed."; exit 0 ;;
  start) ;;
  *) echo "usage: $0 [start|stop|reset]" >&2; exit 2 ;;
esac

if [ ! -f "$TARBALL" ]; then
  echo "Building the distribution (first run: downloads dependencies from Maven Central)…"
  mvn -B -q install -DskipTests
fi

if [ ! -d "$HOME_DIR" ]; then
  mkdir -p "$DEMO"
  tar xzf "$TARBALL" -C "$DEMO"
  etc="$HOME_DIR/etc"
  # .cfg files are read as ISO-8859-1: non-ASCII letters are written as \u escapes.
  cat > "$etc/se.kommunmeny.kommun.cfg" <<'CFG'
code = 1984
name = Arboga
county = V\u00e4stmanlands l\u00e4n
country = SE
CFG
  # Demo mode: plain HTTP on loopback instead of the shipped HTTPS listener (no certificate to make for a demo).
  sed -i -e "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" \
    -e "s/^org.osgi.service.http.enabled *=.*/org.osgi.service.http.enabled = true/" \
    -e "s/^org.osgi.service.http.secure.enabled *=.*/org.osgi.service.http.secure.enabled = false/" \
    -e "/^org.ops4j.pax.web.ssl.\(keystore\|key\).password *=/d" \
    "$etc/org.ops4j.pax.web.cfg"
  echo "offerings = treatment-plan, housing-support, employment-support, support-groups, purchasing" > "$etc/se.kommunmeny.offerings.cfg"
  # The example services (a 12-week CBT programme, housing and employment kinds, Dropp) as the last boot feature.
  sed -i 's/^\(    kommunmeny-core\)$/\1, kommunmeny-examples/' "$etc/org.apache.karaf.features.cfg"
  # Arboga as a seller of places to other municipalities (purchasing): its details on invoices.
  cat > "$etc/se.kommunmeny.purchasing.cfg" <<'CFG'
organisationNumber = 212000-2072
street = Ahlstr\u00f6msgatan 1
postalCode = 732 30
city = Arboga
bankAccount = 5050-1055
CFG
  # Plain menu entries that no module runs (the survey's AA and relatives' talks in Arboga).
  cat > "$etc/se.kommunmeny.menu.entry-aa.cfg" <<'CFG'
id = aa
name = AA
type = OTHER
targetGroups = ADULT_MEN,ADULT_WOMEN
anonymous = true
decisionRequired = false
providerKind = PURCHASED
providerName = Anonyma Alkoholister
content = Sj\u00e4lvhj\u00e4lpsgrupper enligt 12-stegsprogrammet
CFG
  cat > "$etc/se.kommunmeny.menu.entry-anhorigsamtal.cfg" <<'CFG'
id = anhorigsamtal
name = Motiverande samtal f\u00f6r anh\u00f6riga
type = MOTIVATING_ADVISORY
targetGroups = RELATIVES_ADULTS
anonymous = true
decisionRequired = false
need = Motiverande, hj\u00e4lp att ta beslut
offer = Enskilda samtal
content = Strukturerade enskilda samtal med eller utan registrering
CFG
  # Demo users, one per role, with passwords generated for this demo.
  : > "$DEMO/DEMO-CREDENTIALS.txt"
  for pair in anna:handlaggare bo:behandlare elin:enhetschef lena:loggranskare olle:operator; do
    user=${pair%%:*}; role=${pair#*:}
    pass="demo-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    echo "$user = $pass,$role" >> "$etc/users.properties"
    printf '%-6s %-14s %s\n' "$user" "$role" "$pass" >> "$DEMO/DEMO-CREDENTIALS.txt"
  done
  # An administrator for the Karaf shell (bin/client).
  pass="demo-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  printf 'admin = %s,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' "$pass" >> "$etc/users.properties"
  printf '%-6s %-14s %s\n' admin "karaf admin" "$pass" >> "$DEMO/DEMO-CREDENTIALS.txt"
fi

if ! running; then
  echo "Starting Kommunmeny demo in $HOME_DIR"
  cd "$HOME_DIR"
  # exec: the recorded pid is Karaf's own JVM, so stop signals reach it.
  KARAF_EXEC=exec nohup bin/karaf server > "$DEMO/console.log" 2>&1 < /dev/null &
  echo $! > "$DEMO/karaf.pid"
  cd "$ROOT"
fi

user=$(awk 'NR==1{print $1}' "$DEMO/DEMO-CREDENTIALS.txt"); pass=$(awk 'NR==1{print $3}' "$DEMO/DEMO-CREDENTIALS.txt")
printf 'Waiting for the platform'
for _ in $(seq 1 180); do
  if curl -fsS -u "$user:$pass" "$BASE/api/health" >/dev/null 2>&1; then ready=1; break; fi
  running || { echo; echo "Karaf exited; see $DEMO/console.log and $HOME_DIR/data/log/karaf.log" >&2; exit 1; }
  printf '.'; sleep 1
done
echo
[ "${ready:-0}" = 1 ] || { echo "Not ready after 180 s; see $HOME_DIR/data/log/karaf.log" >&2; exit 1; }

cat <<TXT
Kommunmeny demo is running: Arboga kommun (1984), embedded Derby. pid $(cat "$DEMO/karaf.pid")

  Menu page      $BASE/api/menu/html          (English: ?lang=en)
  Menu (JSON)    $BASE/api/menu
  Menu (CSV)     $BASE/api/menu/csv
  Health         $BASE/api/health
  OpenAPI        $BASE/api/openapi
  REST base      $BASE/api/<offering>/…        e.g. $BASE/api/treatment-plan/programmes
  WSDLs          $BASE/soap/Menu?wsdl
                 $BASE/soap/PersonRegister?wsdl
                 $BASE/soap/TreatmentPlan?wsdl
                 $BASE/soap/TreatmentCourse?wsdl
                 $BASE/soap/HousingSupport?wsdl
                 $BASE/soap/EmploymentSupport?wsdl
                 $BASE/soap/SupportGroups?wsdl

Demo users (HTTP Basic; generated for this demo only, also in run/demo/DEMO-CREDENTIALS.txt):
$(sed 's/^/  /' "$DEMO/DEMO-CREDENTIALS.txt")

Karaf shell:  $HOME_DIR/bin/client -u admin -p <admin password>   then e.g.  kommunmeny:menu
Stop:         ./run-demo.sh stop        Start over:  ./run-demo.sh reset
TXT
