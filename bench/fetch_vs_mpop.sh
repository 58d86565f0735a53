#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times `postbote-cli fetch --keep` against mpop on the same mailboxes of a throwaway dovecot
# on 127.0.0.1, alternating the two tools, and prints median wall time, MB/s and peak RSS.
# Also measures postbote's peak RSS for one 200 MB message (goal: under 64 MB).
# See bench/README.md ("postbote-cli against mpop").
#
# Usage: sudo bench/fetch_vs_mpop.sh [POSTBOTE_CLI]
#   POSTBOTE_CLI  the binary to time (default: $POSTBOTE_CLI or build/app/cli/postbote-cli)
# Environment:
#   RUNS=5            timed runs per tool in the small and mixed scenarios
#   HUGE_RUNS=3       timed runs per tool with the 5-20 MB messages
#   SMALL_COUNT=2000  MIXED_COUNT=300  HUGE_COUNT=10  GIANT_MB=200 (0 skips the giant run)
#   KEEP_BENCH_DIR=1  keep the temporary directory (dovecot config, log, mailboxes)
#   SCENARIOS="mixed-tls huge-tls"  run only these (default: all four)
set -euo pipefail

RUNS=${RUNS:-5}
HUGE_RUNS=${HUGE_RUNS:-3}
SMALL_COUNT=${SMALL_COUNT:-2000}
MIXED_COUNT=${MIXED_COUNT:-300}
HUGE_COUNT=${HUGE_COUNT:-10}
GIANT_MB=${GIANT_MB:-200}
RSS_GOAL_MB=64
PASSWORD='bench-secret'

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli=${1:-${POSTBOTE_CLI:-$repo/build/app/cli/postbote-cli}}

die() {
  echo "fetch_vs_mpop: $*" >&2
  exit 1
}

# --- What we need (installs nothing; scripts/setup.sh lists the packages) -------------------
missing=()
command -v mpop >/dev/null || missing+=("mpop (Debian package mpop)")
dovecot_bin=$(PATH=$PATH:/usr/sbin:/sbin command -v dovecot || true)
[[ -n $dovecot_bin ]] || missing+=("dovecot (Debian packages dovecot-core dovecot-pop3d)")
command -v openssl >/dev/null || missing+=("openssl (Debian package openssl)")
command -v python3 >/dev/null || missing+=("python3 (Debian package python3)")
[[ -x /usr/bin/time ]] || missing+=("/usr/bin/time (Debian package time)")
if ((${#missing[@]})); then
  printf 'fetch_vs_mpop: missing: %s\n' "${missing[@]}" >&2
  die "install them with scripts/setup.sh (or apt-get install mpop dovecot-core dovecot-pop3d time)"
fi
[[ -x $cli ]] || die "no postbote-cli at $cli (build it, or pass its path as the first argument)"
((EUID == 0)) || die "dovecot's mail processes switch to nobody:nogroup, so this needs root"
if ! getent passwd nobody >/dev/null || ! getent group nogroup >/dev/null; then
  die "the user nobody and the group nogroup must exist"
fi

# --- Throwaway directory, stopped and removed on every exit ---------------------------------
work=$(mktemp -d /tmp/postbote-bench-XXXX)
# Dovecot's unprivileged processes (dovecot, dovenull, nobody) must reach their files.
chmod 755 "$work"
dovecot_pid=""
cleanup() {
  if [[ -n $dovecot_pid ]] && kill -0 "$dovecot_pid" 2>/dev/null; then
    kill -TERM "$dovecot_pid" 2>/dev/null || true
    wait "$dovecot_pid" 2>/dev/null || true
  fi
  if [[ -n ${KEEP_BENCH_DIR:-} ]]; then
    echo "fetch_vs_mpop: kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '%s\n' "$*" >&2; }

# --- Certificates: our own CA and a server certificate for localhost and 127.0.0.1 ----------
log "certificates..."
(
  cd "$work"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 \
    -subj "/CN=Postbote Bench CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" >openssl.log 2>&1
  openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr \
    -subj "/CN=localhost" >>openssl.log 2>&1
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >server.ext
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem \
    -days 2 -extfile server.ext >>openssl.log 2>&1
  chmod 644 ca.pem server.pem server.key
) || die "openssl failed: $(cat "$work/openssl.log")"

# --- Mailboxes ------------------------------------------------------------------------------
# One user per mailbox; clear-text passwords in a passwd-file, as in tests/support.
users=(small mixed huge)
((GIANT_MB > 0)) && users+=(giant)
: >"$work/users"
for u in "${users[@]}"; do
  printf '%s:{PLAIN}%s::::::\n' "$u" "$PASSWORD" >>"$work/users"
  mkdir -p "$work/mail/$u/cur" "$work/mail/$u/new" "$work/mail/$u/tmp"
done
chmod 644 "$work/users"
printf '%s\n' "$PASSWORD" >"$work/password"
chmod 600 "$work/password"

log "generating mailboxes (${SMALL_COUNT} small, ${MIXED_COUNT} mixed, ${HUGE_COUNT} huge, giant ${GIANT_MB} MB)..."
# Writes LF-terminated messages straight into new/ (dovecot sends them with CRLF) and a
# manifest per mailbox: message count, stored bytes and bytes on the wire (CRLF, as RETR).
python3 - "$work/mail" "$SMALL_COUNT" "$MIXED_COUNT" "$HUGE_COUNT" "$GIANT_MB" <<'PY'
import base64, math, os, random, sys

root, small_n, mixed_n, huge_n, giant_mb = sys.argv[1], *map(int, sys.argv[2:])
rng = random.Random(20240601)
WORDS = ("der die das und mail server postbote message archive pipelining the of to and "
         "a in is that for it as with was on be by this are at from have an they which "
         "you were her all she there would their we him been has when who will more no "
         "if out so said what up its about into than them can only other new some could "
         "time these two may then do first any my now such like our over man me even most "
         "made after also did many before must through back years where much your way "
         "Grüße Straße schön über Mädchen").split()

def text_lines(size):
    out, total = [], 0
    while total < size:
        line = " ".join(rng.choices(WORDS, k=rng.randint(8, 12)))
        out.append(line)
        total += len(line.encode()) + 1
    return "\n".join(out) + "\n"

def base64_block(size):
    # 57 raw bytes make one 76-character line; build from one random chunk to stay fast.
    chunk = base64.encodebytes(os.urandom(57 * 4096))
    reps, rest = divmod(size, len(chunk))
    return chunk * reps + chunk[: rest - rest % 77]

def headers(i, user, subject, content_type):
    return ("Return-Path: <sender{0}@example.org>\n"
            "From: Sender {0} <sender{0}@example.org>\n"
            "To: {1} <{1}@example.net>\n"
            "Subject: {2} {0}\n"
            "Date: Mon, 03 Jun 2024 10:{3:02d}:{4:02d} +0200\n"
            "Message-ID: <bench-{1}-{0}@postbote.test>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: {5}\n").format(i, user, subject, (i // 60) % 60, i % 60, content_type)

def plain_message(i, user, size):
    head = headers(i, user, "Kleine Nachricht", "text/plain; charset=utf-8") + \
        "Content-Transfer-Encoding: 8bit\n\n"
    return (head + text_lines(max(size - len(head), 64))).encode()

def attachment_message(i, user, size):
    boundary = "=_bench_{}_{}".format(user, i)
    head = headers(i, user, "Anhang", 'multipart/mixed; boundary="{}"'.format(boundary))
    text = text_lines(rng.randint(300, 1500))
    part = ("\n--{0}\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n{1}\n--{0}\n"
            "Content-Type: application/octet-stream; name=\"data{2}.bin\"\n"
            "Content-Disposition: attachment; filename=\"data{2}.bin\"\n"
            "Content-Transfer-Encoding: base64\n\n").format(boundary, text, i)
    tail = "\n--{}--\n".format(boundary)
    start = (head + part).encode()
    body = base64_block(max(size - len(start) - len(tail), 77))
    return start + body + tail.encode()

def write(user, messages):
    stored = wire = 0
    for n, data in enumerate(messages):
        name = "1717401600.M{:06d}P1.postbote-bench".format(n)
        with open(os.path.join(root, user, "new", name), "wb") as f:
            f.write(data)
        stored += len(data)
        wire += len(data) + data.count(b"\n")
    with open(os.path.join(root, user + ".manifest"), "w") as f:
        f.write("{} {} {}\n".format(n + 1, stored, wire))

write("small", (plain_message(i, "small", rng.randint(2048, 4096)) for i in range(small_n)))

def mixed(i):
    # Log-uniform between 2 KB and 2 MB: mostly small mail, a tail of large attachments.
    size = int(math.exp(rng.uniform(math.log(2048), math.log(2 * 1024 * 1024))))
    return plain_message(i, "mixed", size) if size < 16384 else attachment_message(i, "mixed", size)
write("mixed", (mixed(i) for i in range(mixed_n)))

write("huge", (attachment_message(i, "huge", rng.randint(5, 20) * 1024 * 1024)
               for i in range(huge_n)))

if giant_mb > 0:
    write("giant", [attachment_message(0, "giant", giant_mb * 1024 * 1024)])
PY
chown -R nobody:nogroup "$work/mail"

# Multiset of content hashes, to compare a fetched Maildir with the server's one.
hashes() {
  find "$1/cur" "$1/new" -type f -print0 | xargs -0 -r sha256sum | cut -d' ' -f1 | sort
}
count_files() {
  find "$1/cur" "$1/new" -type f | wc -l
}
for u in "${users[@]}"; do
  hashes "$work/mail/$u" >"$work/$u.sha256"
done

# --- Dovecot --------------------------------------------------------------------------------
free_ports() {
  # Both held at once so that they differ; dovecot may still lose a race for them.
  python3 -c 'import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*(x.getsockname()[1] for x in s))'
}
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
write_config() {
  cat >"$work/dovecot.conf" <<EOF
# Throwaway instance for Postbote's benchmark; never the system's.
base_dir = $work/run
state_dir = $work/state
log_path = $work/dovecot.log
protocols = pop3
listen = 127.0.0.1
ssl = yes
ssl_cert = <$work/server.pem
ssl_key = <$work/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_max_userip_connections = 100
mail_location = maildir:$work/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $work/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$work/mail/%u
}
service pop3-login {
  inet_listener pop3 {
    port = $pop3_port
  }
  inet_listener pop3s {
    port = $pop3s_port
    ssl = yes
  }
}
EOF
  chmod 644 "$work/dovecot.conf"
}
start_dovecot() {
  local attempt
  for attempt in 1 2 3; do
    read -r pop3_port pop3s_port < <(free_ports)
    write_config
    "$dovecot_bin" -F -c "$work/dovecot.conf" >>"$work/dovecot.out" 2>&1 &
    dovecot_pid=$!
    local tries=0
    while ((tries++ < 200)); do
      if ! kill -0 "$dovecot_pid" 2>/dev/null; then
        break
      fi
      if port_open "$pop3_port" && port_open "$pop3s_port"; then
        return 0
      fi
      sleep 0.1
    done
    kill -TERM "$dovecot_pid" 2>/dev/null || true
    wait "$dovecot_pid" 2>/dev/null || true
    dovecot_pid=""
    grep -q "Address already in use" "$work/dovecot.out" "$work/dovecot.log" 2>/dev/null ||
      break
    log "dovecot lost its ports (attempt $attempt), trying others"
  done
  cat "$work/dovecot.out" "$work/dovecot.log" >&2 2>/dev/null || true
  die "dovecot did not start"
}
log "starting dovecot..."
start_dovecot
log "dovecot on 127.0.0.1: pop3 $pop3_port, pop3s $pop3s_port ($work)"

# --- One fetch ------------------------------------------------------------------------------
# run_fetch TOOL USER SECURITY -> sets $wall (s), $cpu (user + system s), $rss_kb and
# $fetched (the Maildir)
run_fetch() {
  local tool=$1 user=$2 security=$3 port
  [[ $security == tls ]] && port=$pop3s_port || port=$pop3_port
  local run_dir
  run_dir=$(mktemp -d "$work/run-$tool-XXXX")
  fetched=$run_dir/Maildir
  local cmd
  if [[ $tool == postbote ]]; then
    # SASL PLAIN for both tools, so that both do the same work to log in.
    cmd=("$cli" fetch --host 127.0.0.1 --port "$port" --security "$security"
      --ca-file "$work/ca.pem" --user "$user" --password-file "$work/password" --auth plain
      --pipelining on --archive "$fetched" --keep --quiet)
  else
    mkdir -p "$fetched/cur" "$fetched/new" "$fetched/tmp"
    local tls=off
    [[ $security == tls ]] && tls=on
    cat >"$run_dir/mpoprc" <<EOF
defaults
timeout 60
account bench
host 127.0.0.1
port $port
tls $tls
tls_starttls off
tls_trust_file $work/ca.pem
auth plain
user $user
passwordeval "cat $work/password"
pipelining on
keep on
only_new off
received_header off
uidls_file $run_dir/uidls
delivery maildir $fetched
account default : bench
EOF
    chmod 600 "$run_dir/mpoprc"
    cmd=(mpop -C "$run_dir/mpoprc" --quiet)
  fi
  # Flush the previous run's archive, so that its writeback does not land in this one.
  sync
  local start end
  start=$(date +%s.%N)
  if ! /usr/bin/time -f '%e %M %U %S' -o "$run_dir/time" "${cmd[@]}" >"$run_dir/out" 2>&1; then
    cat "$run_dir/out" >&2
    die "$tool failed on mailbox $user ($security)"
  fi
  end=$(date +%s.%N)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')
  rss_kb=$(tail -n 1 "$run_dir/time" | awk '{ print $2 }')
  cpu=$(tail -n 1 "$run_dir/time" | awk '{ printf "%.2f", $3 + $4 }')
}

# check_fetch TOOL USER FULL: every message there; FULL=1 also compares all contents.
check_fetch() {
  local tool=$1 user=$2 full=$3 expected got
  expected=$(wc -l <"$work/$user.sha256")
  got=$(count_files "$fetched")
  ((got == expected)) || die "$tool fetched $got of $expected messages from $user"
  if ((full)) && ! hashes "$fetched" | cmp -s - "$work/$user.sha256"; then
    die "$tool: the fetched messages of $user differ from dovecot's files"
  fi
}

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
maximum() {
  sort -g | tail -n 1
}

# --- Scenarios ------------------------------------------------------------------------------
scenarios=(
  "small-plain small none $RUNS"
  "small-tls small tls $RUNS"
  "mixed-tls mixed tls $RUNS"
  "huge-tls huge tls $HUGE_RUNS"
)
results=()
for entry in "${scenarios[@]}"; do
  read -r name user security runs <<<"$entry"
  if [[ -n ${SCENARIOS:-} && " $SCENARIOS " != *" $name "* ]]; then
    continue
  fi
  read -r count _ wire <"$work/mail/$user.manifest"
  log "$name: $count messages, $(awk -v b="$wire" 'BEGIN { printf "%.1f", b / 1e6 }') MB on the wire, $runs runs per tool"
  # Warm-up, untimed: dovecot builds its index and both tools are checked in full.
  for tool in postbote mpop; do
    run_fetch "$tool" "$user" "$security"
    check_fetch "$tool" "$user" 1
    rm -rf "$(dirname "$fetched")"
  done
  declare -A walls=() rsss=() cpus=()
  for ((i = 1; i <= runs; i++)); do
    # Alternate which tool goes first, so that neither always runs on a warmer machine.
    order=(postbote mpop)
    ((i % 2 == 0)) && order=(mpop postbote)
    for tool in "${order[@]}"; do
      run_fetch "$tool" "$user" "$security"
      check_fetch "$tool" "$user" "$([[ $tool == postbote ]] && echo 1 || echo 0)"
      rm -rf "$(dirname "$fetched")"
      walls[$tool]+="$wall "
      rsss[$tool]+="$rss_kb "
      cpus[$tool]+="$cpu "
      log "  run $i $tool: ${wall} s, CPU ${cpu} s, $((rss_kb / 1024)) MB"
    done
  done
  for tool in postbote mpop; do
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    med=$(printf '%s\n' ${walls[$tool]} | median)
    # shellcheck disable=SC2086
    peak=$(printf '%s\n' ${rsss[$tool]} | maximum)
    # shellcheck disable=SC2086
    cpu_med=$(printf '%s\n' ${cpus[$tool]} | median)
    results+=("$name $tool $runs $med $wire $peak $cpu_med")
  done
  unset walls rsss cpus
done

# --- One 200 MB message: postbote's peak RSS ------------------------------------------------
giant_line=""
if ((GIANT_MB > 0)); then
  read -r _ _ wire <"$work/mail/giant.manifest"
  log "giant-tls: 1 message of $(awk -v b="$wire" 'BEGIN { printf "%.1f", b / 1e6 }') MB, postbote only"
  run_fetch postbote giant tls
  check_fetch postbote giant 1
  rm -rf "$(dirname "$fetched")"
  giant_line="giant-tls postbote 1 $wall $wire $rss_kb $cpu"
fi

# --- Table ----------------------------------------------------------------------------------
printf '\n%-12s %-9s %4s %9s %8s %10s %12s %13s\n' scenario tool runs "median s" "MB/s" "CPU s" \
  "peak RSS MB" "time pb/mpop"
declare -A mpop_time=()
for r in "${results[@]}"; do
  read -r name tool _ med _ _ _ <<<"$r"
  [[ $tool == mpop ]] && mpop_time[$name]=$med
done
for r in "${results[@]}" ${giant_line:+"$giant_line"}; do
  read -r name tool runs med wire peak cpu_med <<<"$r"
  ratio="-"
  if [[ $tool == postbote && -n ${mpop_time[$name]:-} ]]; then
    ratio=$(awk -v a="$med" -v b="${mpop_time[$name]}" 'BEGIN { printf "%.2f", a / b }')
  fi
  awk -v n="$name" -v t="$tool" -v r="$runs" -v m="$med" -v w="$wire" -v p="$peak" -v q="$ratio" \
    -v c="$cpu_med" \
    'BEGIN { printf "%-12s %-9s %4d %9.3f %8.1f %10.2f %12.1f %13s\n", n, t, r, m, w / 1e6 / m, c, p / 1024, q }'
done
if [[ -n $giant_line ]]; then
  read -r _ _ _ _ _ peak _ <<<"$giant_line"
  if ((peak < RSS_GOAL_MB * 1024)); then
    verdict="under"
  else
    verdict="OVER"
  fi
  printf '\npostbote peak RSS for one %d MB message: %.1f MB (%s the goal of %d MB)\n' \
    "$GIANT_MB" "$(awk -v p="$peak" 'BEGIN { print p / 1024 }')" "$verdict" "$RSS_GOAL_MB"
fi
echo "MB = 10^6 bytes on the wire (CRLF line ends, as RETR sends them); median s and CPU s"
echo "(user + system) are medians, peak RSS is the largest of the timed runs."
