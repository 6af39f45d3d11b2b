#!/usr/bin/env bash
# Makes a MySQL-compatible server answer at MYSQL_URL (default jdbc:mysql://127.0.0.1:3306) for
# MYSQL_USER (root) with MYSQL_PASSWORD (empty), as the tests and the local stack expect:
#   1. a server already answers            -> nothing to do
#   2. MariaDB/MySQL is installed           -> start it
#   3. neither, and we are root with apt    -> install MariaDB from the OS packages and start it
#   4. otherwise                            -> stop with a clear message
set -euo pipefail

usage() {
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
  echo "usage: $0 [-h]"
}
[[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] && { usage; exit 0; }

url="${MYSQL_URL:-jdbc:mysql://127.0.0.1:3306}"
hostport="${url#jdbc:mysql://}"; hostport="${hostport%%/*}"
host="${hostport%%:*}"; port="${hostport##*:}"; [[ "$port" == "$host" ]] && port=3306
user="${MYSQL_USER:-root}"
password="${MYSQL_PASSWORD:-}"

log() { echo "[mysql] $*"; }

client() {
  if command -v mariadb >/dev/null 2>&1; then echo mariadb;
  elif command -v mysql >/dev/null 2>&1; then echo mysql;
  else echo ""; fi
}

answers() {
  local c; c="$(client)"
  if [[ -n "$c" ]]; then
    "$c" --protocol=TCP -h "$host" -P "$port" -u "$user" ${password:+-p"$password"} -e 'SELECT 1' >/dev/null 2>&1
  else
    (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
  fi
}

wait_until_answers() {
  for _ in $(seq 1 60); do answers && return 0; sleep 1; done
  return 1
}

is_local() { [[ "$host" == "127.0.0.1" || "$host" == "localhost" ]]; }

server_binary() {
  for b in /usr/sbin/mariadbd /usr/sbin/mysqld /usr/bin/mariadbd /usr/bin/mysqld; do
    [[ -x "$b" ]] && { echo "$b"; return 0; }
  done
  return 1
}

start_installed() {
  local bin="$1"
  log "starting $bin"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  if command -v start-stop-daemon >/dev/null 2>&1; then
    start-stop-daemon --start --oknodo --background --exec "$bin" || true
  elif command -v service >/dev/null 2>&1; then
    service mariadb start || service mysql start || true
  else
    "$bin" --user=mysql >/dev/null 2>&1 &
  fi
}

# A fresh Debian MariaDB lets root in only through the Unix socket: open TCP with an empty password.
allow_root_over_tcp() {
  local c; c="$(client)"
  [[ -z "$c" || "$user" != "root" || -n "$password" ]] && return 0
  "$c" -u root -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket;
    CREATE USER IF NOT EXISTS root@'127.0.0.1' IDENTIFIED BY '';
    GRANT ALL PRIVILEGES ON *.* TO root@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;" 2>/dev/null || true
}

if answers; then
  log "server at $host:$port answers for $user"
  exit 0
fi
if ! is_local; then
  echo "[mysql] ERROR: no server answers at $host:$port for user $user; check MYSQL_URL, MYSQL_USER and MYSQL_PASSWORD" >&2
  exit 1
fi
if ! bin="$(server_binary)"; then
  if [[ "$(id -u)" != "0" ]] || ! command -v apt-get >/dev/null 2>&1; then
    echo "[mysql] ERROR: no MySQL-compatible server installed and cannot install one (needs root and apt-get)." >&2
    echo "[mysql]        Install MariaDB or MySQL 8 yourself, or point MYSQL_URL at a server." >&2
    exit 1
  fi
  log "installing MariaDB from the OS packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server mariadb-client >/dev/null
  bin="$(server_binary)"
fi
start_installed "$bin"
for _ in $(seq 1 30); do
  [[ -S /run/mysqld/mysqld.sock ]] && break
  sleep 1
done
allow_root_over_tcp
if wait_until_answers; then
  log "server at $host:$port answers for $user"
else
  echo "[mysql] ERROR: started $bin but it does not answer at $host:$port for $user" >&2
  exit 1
fi
