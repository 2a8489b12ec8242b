# Shell functions shared by kommunmeny-instance.sh and the benchmarks (sourced, not run).

# free_port: a TCP port on loopback that nothing listens on now.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# port_free <port>: whether nothing listens on that loopback port.
port_free() {
  python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1",int(sys.argv[1]))); s.close()' "$1" 2>/dev/null
}

# set_prop <file> <key> <value>: replace an uncommented key, else append it.
set_prop() {
  local file=$1 key=$2 value=$3
  touch "$file"
  if grep -qE "^[[:space:]]*${key//./\\.}[[:space:]]*[=:]" "$file"; then
    sed -i -E "s|^[[:space:]]*${key//./\\.}[[:space:]]*[=:].*|${key} = ${value}|" "$file"
  else
    printf '%s = %s\n' "$key" "$value" >>"$file"
  fi
}
