#!/usr/bin/env bash
# One Kommunmeny platform instance for one municipality, from the one generic distribution.
#
#   ./kommunmeny-instance.sh create <dir> <profile> [--ports BASE] [--postgresql <url> <user> <password>]
#                                  [--tls-keystore <file.p12> --tls-password-file <file>] [--http]
#   ./kommunmeny-instance.sh create <dir> <file.xml> [...]   a profile of one's own (a features file, see the README)
#   ./kommunmeny-instance.sh start  <dir>      start it (waits until /api/health answers 200)
#   ./kommunmeny-instance.sh stop   <dir>      stop it (SIGTERM to its own JVM, SIGKILL after 60 s)
#   ./kommunmeny-instance.sh status <dir>
#
# create unpacks karaf-assembly/target/kommunmeny-assembly-<version>.tar.gz into <dir>, names the profile
# (e.g. kommun-sala; `profiles` lists them) as the last boot feature, gives the instance its own loopback ports
# (--ports BASE: HTTPS on BASE, SSH BASE+1, RMI BASE+2 and BASE+3; otherwise free ones picked by the system) and an
# operator account with a generated password, written to
# <dir>/CREDENTIALS.txt (mode 600). Its data stays in <dir> (embedded Derby) or in the PostgreSQL database given.
# HTTPS only (TLS 1.2/1.3): the key and certificate in etc/kommunmeny/tls/keystore.p12, its password in
# etc/kommunmeny/tls/keystore.password (both mode 600). Without --tls-keystore a self-signed certificate for localhost,
# 127.0.0.1 and this host's name is made with keytool; --tls-keystore takes the municipality's own PKCS12 key store
# (key and certificate chain) and --tls-password-file the file holding its password. --http: plain HTTP on loopback
# instead (a demo or test on one host, as run-county.sh does).
# On first start the profile writes its configuration to <dir>/etc/ (the municipality, the offerings list, one file
# per service): from then on the files are the operator's, and changing etc/se.kommunmeny.offerings.cfg adds or
# removes offerings in the running instance.
#
#   ./kommunmeny-instance.sh profiles           the profiles the distribution carries
# Environment: KOMMUNMENY_TARBALL=<file> another build of the distribution; KOMMUNMENY_JAVA_MAX_MEM (default 512M).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
TARBALL=${KOMMUNMENY_TARBALL:-$ROOT/karaf-assembly/target/kommunmeny-assembly-$VERSION.tar.gz}

die() { echo "$*" >&2; exit 2; }
usage() { sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"

home_of() { echo "$1/kommunmeny-assembly-$VERSION"; }
pid_of() { [ -f "$1/karaf.pid" ] && cat "$1/karaf.pid"; }
running() { local pid; pid=$(pid_of "$1") && kill -0 "$pid" 2>/dev/null; }
prop() { sed -n "s/^$2 *= *//p" "$1/instance.properties" | head -1; }

profiles() {
  [ -f "$TARBALL" ] || die "no $TARBALL: build first (mvn install -DskipTests)"
  tar xzf "$TARBALL" -O "kommunmeny-assembly-$VERSION/system/se/kommunmeny/kommunmeny-features/$VERSION/kommunmeny-features-$VERSION-features.xml" \
    | sed -n 's/.*<feature name="\(\(kommun\|lan\)-[a-z0-9-]*\)".*/\1/p'
}

create() {
  local dir=$1 profile=$2; shift 2
  local http="" ssh="" rmi_registry="" rmi_server="" pg_url="" pg_user="" pg_password=""
  local plain_http="" tls_keystore="" tls_password_file=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --ports)
        [[ "${2:-}" =~ ^[0-9]+$ ]] && [ "$2" -ge 1024 ] && [ "$2" -le 65532 ] || die "--ports needs a number 1024-65532"
        http=$2; ssh=$(($2 + 1)); rmi_registry=$(($2 + 2)); rmi_server=$(($2 + 3))
        local p
        for p in "$http" "$ssh" "$rmi_registry" "$rmi_server"; do
          port_free "$p" || die "port $p is in use"
        done
        shift 2 ;;
      --postgresql) [ $# -ge 4 ] || usage; pg_url=$2; pg_user=$3; pg_password=$4; shift 4 ;;
      --http) plain_http=1; shift ;;
      --tls-keystore) [ $# -ge 2 ] || usage; tls_keystore=$2; shift 2 ;;
      --tls-password-file) [ $# -ge 2 ] || usage; tls_password_file=$2; shift 2 ;;
      *) usage ;;
    esac
  done
  if [ -n "$tls_keystore$tls_password_file" ]; then
    [ -z "$plain_http" ] || die "--http and --tls-keystore exclude each other"
    [ -f "$tls_keystore" ] || die "--tls-keystore: no file ${tls_keystore:-given}"
    [ -f "$tls_password_file" ] || die "--tls-keystore needs --tls-password-file with the key store's password"
    keytool -list -storetype PKCS12 -keystore "$tls_keystore" -storepass:file "$tls_password_file" >/dev/null 2>&1 \
      || die "$tls_keystore: not a PKCS12 key store that opens with the password in $tls_password_file"
  fi
  [ -f "$TARBALL" ] || die "no $TARBALL: build first (mvn install -DskipTests)"
  local own_file=""
  if [[ "$profile" == *.xml ]]; then
    # A profile of the operator's own: a features file whose feature has install="auto", dropped into deploy/.
    [ -f "$profile" ] || die "no file $profile"
    grep -q 'install="auto"' "$profile" || die "$profile: the profile's feature needs install=\"auto\" to be deployed"
    own_file=$(cd "$(dirname "$profile")" && pwd)/$(basename "$profile")
    profile=$(sed -n 's/.*<feature name="\([a-z0-9-]*\)"[^>]*install="auto".*/\1/p' "$own_file" | head -1)
    [ -n "$profile" ] || die "$own_file: no feature with install=\"auto\" (name and install on one line)"
  else
    [[ "$profile" =~ ^(kommun|lan)-[a-z0-9-]+$ ]] \
      || die "a profile is named kommun-<name> (or lan-<name> for a county); see: $0 profiles"
    profiles | grep -qx "$profile" || die "no profile $profile in the distribution; available: $(profiles | tr '\n' ' ')"
  fi
  [ -e "$dir" ] && die "$dir exists already"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  tar xzf "$TARBALL" -C "$dir"
  local home etc
  home=$(home_of "$dir"); etc="$home/etc"
  http=${http:-$(free_port)}; ssh=${ssh:-$(free_port)}
  rmi_registry=${rmi_registry:-$(free_port)}; rmi_server=${rmi_server:-$(free_port)}
  set_prop "$etc/org.ops4j.pax.web.cfg" org.ops4j.pax.web.listening.addresses 127.0.0.1
  local scheme tls_name=""
  if [ -n "$plain_http" ]; then
    scheme=http
    set_prop "$etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$http"
    set_prop "$etc/org.ops4j.pax.web.cfg" org.osgi.service.http.enabled true
    set_prop "$etc/org.ops4j.pax.web.cfg" org.osgi.service.http.secure.enabled false
    # No key store, so no password file to read (its $[secret:...] would be logged as missing).
    sed -i '/^org\.ops4j\.pax\.web\.ssl\.\(keystore\|key\)\.password[[:space:]]*=/d' "$etc/org.ops4j.pax.web.cfg"
  else
    scheme=https
    set_prop "$etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port.secure "$http"
    tls_name=$(tls_keystore_for "$etc" "$tls_keystore" "$tls_password_file")
  fi
  set_prop "$etc/org.apache.karaf.shell.cfg" sshPort "$ssh"
  set_prop "$etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
  set_prop "$etc/org.apache.karaf.management.cfg" rmiRegistryPort "$rmi_registry"
  set_prop "$etc/org.apache.karaf.management.cfg" rmiServerPort "$rmi_server"
  set_prop "$etc/org.apache.karaf.management.cfg" rmiRegistryHost 127.0.0.1
  set_prop "$etc/org.apache.karaf.management.cfg" rmiServerHost 127.0.0.1
  # The municipality profile as the last boot feature (after Karaf's own stage and the core); a profile of one's
  # own is deployed from deploy/ instead.
  local boot="$profile"
  if [ -n "$own_file" ]; then
    cp "$own_file" "$home/deploy/"
    boot=""
  fi
  if [ -n "$pg_url" ]; then
    boot="kommunmeny-db-postgresql${boot:+, $boot}"
    cat > "$etc/org.ops4j.datasource-kommunmeny.cfg" <<CFG
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = $pg_url
user = $pg_user
password = $pg_password
dataSourceName = kommunmeny
pool = dbcp2
xa = true
pool.maxTotal = 16
pool.maxWaitMillis = 10000
pool.testOnBorrow = true
CFG
  fi
  if [ -n "$boot" ]; then
    sed -i "s/^\(    kommunmeny-core\)[[:space:]]*$/\1, $boot/" "$etc/org.apache.karaf.features.cfg"
    grep -q "kommunmeny-core, $boot" "$etc/org.apache.karaf.features.cfg" || die "could not name $boot in featuresBoot"
  fi
  local password
  password="op-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  printf 'operator = %s,operator\n' "$password" >> "$etc/users.properties"
  umask 077
  printf 'operator %s\n' "$password" > "$dir/CREDENTIALS.txt"
  printf 'profile = %s\n%s = %s\nssh = %s\nscheme = %s\ntls_name = %s\n' "$profile" "$scheme" "$http" "$ssh" \
    "$scheme" "$tls_name" > "$dir/instance.properties"
  echo "Created $profile in $dir: $scheme://127.0.0.1:$http/kommunmeny (operator password in $dir/CREDENTIALS.txt)"
}

# tls_keystore_for <etc> [<keystore> <password file>]: puts the key store in etc/kommunmeny/tls/ (mode 600, the
# password beside it) and prints the host name to check the certificate against when calling it on loopback.
tls_keystore_for() {
  local etc=$1 keystore=${2:-} password_file=${3:-} tls
  tls="$etc/kommunmeny/tls"
  (umask 077; mkdir -p "$tls")
  if [ -n "$keystore" ]; then
    (umask 077; cp "$keystore" "$tls/keystore.p12"; tr -d '\r\n' < "$password_file" > "$tls/keystore.password")
    local alias
    alias=$(keytool -list -storetype PKCS12 -keystore "$tls/keystore.p12" -storepass:file "$tls/keystore.password" \
      | sed -n 's/^\([^,]*\),.*PrivateKeyEntry.*/\1/p' | head -1)
    [ -n "$alias" ] || die "$keystore holds no key (PrivateKeyEntry)"
    keytool -exportcert -rfc -storetype PKCS12 -keystore "$tls/keystore.p12" -storepass:file "$tls/keystore.password" \
      -alias "$alias" > "$tls/certificate.pem" 2>/dev/null || die "$keystore: could not read the certificate of $alias"
    # The first DNS name the certificate is for (start's readiness check calls it by that name on loopback).
    keytool -printcert -file "$tls/certificate.pem" | sed -n 's/.*DNSName: *\([^ ,]*\).*/\1/p' | head -1
  else
    command -v keytool >/dev/null || die "keytool (JDK) is needed to make the self-signed certificate"
    local host
    host=$(hostname -f 2>/dev/null || hostname)
    (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$tls/keystore.password")
    keytool -genkeypair -storetype PKCS12 -keystore "$tls/keystore.p12" -storepass:file "$tls/keystore.password" \
      -alias kommunmeny -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 825 \
      -dname "CN=$host, O=Kommunmeny" -ext "SAN=dns:localhost,ip:127.0.0.1${host:+,dns:$host}" \
      -ext KeyUsage=digitalSignature -ext ExtendedKeyUsage=serverAuth,clientAuth >/dev/null 2>&1 \
      || die "keytool could not make the self-signed certificate"
    keytool -exportcert -rfc -storetype PKCS12 -keystore "$tls/keystore.p12" -storepass:file "$tls/keystore.password" \
      -alias kommunmeny > "$tls/certificate.pem" 2>/dev/null
    echo 127.0.0.1
  fi
  chmod 600 "$tls/keystore.p12" "$tls/keystore.password"
}

start() {
  local dir=$1 home http scheme tls_name url curl_tls=()
  [ -f "$dir/instance.properties" ] || die "$dir is not an instance (create it first)"
  home=$(home_of "$dir"); scheme=$(prop "$dir" scheme); scheme=${scheme:-http}; http=$(prop "$dir" "$scheme")
  tls_name=$(prop "$dir" tls_name); tls_name=${tls_name:-127.0.0.1}
  url="$scheme://$tls_name:$http/kommunmeny"
  if [ "$scheme" = https ]; then
    # The instance's own certificate is the one trusted for the check, by its name, on loopback.
    curl_tls=(--cacert "$home/etc/kommunmeny/tls/certificate.pem" --resolve "$tls_name:$http:127.0.0.1")
  fi
  if ! running "$dir"; then
    # exec all the way down: the recorded pid is Karaf's own JVM, so stop signals reach it.
    (cd "$home"
     JAVA_MAX_MEM=${KOMMUNMENY_JAVA_MAX_MEM:-512M} KARAF_EXEC=exec nohup bin/karaf server \
       > "$dir/console.log" 2>&1 < /dev/null &
     echo $! > "$dir/karaf.pid")
  fi
  local password status=000
  password=$(awk '$1=="operator"{print $2}' "$dir/CREDENTIALS.txt")
  for _ in $(seq 1 "${KOMMUNMENY_START_TIMEOUT:-240}"); do
    status=$(curl -s "${curl_tls[@]}" -o /dev/null -w '%{http_code}' -u "operator:$password" \
      "$url/api/health" || true)
    [ "$status" = 200 ] && break
    running "$dir" || die "Karaf exited; see $dir/console.log and $home/data/log/karaf.log"
    sleep 1
  done
  [ "$status" = 200 ] || die "$(prop "$dir" profile) not ready (health $status); see $home/data/log/karaf.log"
  echo "$(prop "$dir" profile) is up: $url/api/menu/html (pid $(pid_of "$dir"))"
}

stop() {
  local dir=$1 pid
  if running "$dir"; then
    pid=$(pid_of "$dir")
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "Stopped $(prop "$dir" profile) (pid $pid)"
  fi
  rm -f "$dir/karaf.pid"
}

case "${1:-}" in
  create) [ $# -ge 3 ] || usage; shift; create "$@" ;;
  start) [ $# -eq 2 ] || usage; start "$2" ;;
  stop) [ $# -eq 2 ] || usage; stop "$2" ;;
  status) [ $# -eq 2 ] || usage; if running "$2"; then echo "running (pid $(pid_of "$2"))"; else echo stopped; fi ;;
  profiles) profiles ;;
  *) usage ;;
esac
