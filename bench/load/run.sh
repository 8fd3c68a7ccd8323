#!/usr/bin/env bash
# Load benchmark of the bot on loopback, side by side with a bare echo bot on the same SDK build (bench/EchoBot).
# nginx plays the channel's connector (the bots' serviceUrl), wrk posts unique message activities.
# Echo and bot are measured in the same run, interleaved, ROUNDS times: other work on the machine affects both alike.
#
#   bench/load/run.sh                       # 3 rounds of 20 s at 16 connections, then the memory and size checks
#   ROUNDS=5 DURATION=30s bench/load/run.sh
#   BOT_ENV="DOTNET_gcServer=1" bench/load/run.sh   # e.g. compare GC settings (env given to both bots)
#
# Prints turns/s, p50/p99, errors (non-2xx answers and wrk timeouts, 10 s) and RSS per run, connector calls per turn, then RSS after 4 x DURATION at 64 connections
# and the answer and RSS growth for 6 concurrent 25 MB posts. Only loopback traffic; everything stops by itself.
set -euo pipefail

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
BOT_ENV=${BOT_ENV:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/mednum49-load-XXXXXX)
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  echo "Installing nginx and wrk (Debian packages)…"
  apt-get install -y -q nginx-light wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q nginx-light wrk >/dev/null; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

echo "Building the bot and the echo bot (Release)…"
dotnet build "$root/src/Bot/Bot.csproj" -c Release -v q -nologo -o "$work/bot" >/dev/null
dotnet build "$root/bench/EchoBot/EchoBot.csproj" -c Release -v q -nologo -o "$work/echo" >/dev/null

connector_port=$(free_port)
mkdir -p "$work/body"
sed -e "s#@DIR@#$work#g" -e "s#@PORT@#$connector_port#g" "$root/bench/load/nginx.conf.template" > "$work/nginx.conf"
"$NGINX" -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log"
service_url="http://127.0.0.1:$connector_port/"

start() { # name dll port [VAR=value…] -> pid
  local name=$1 dll=$2 port=$3; shift 3
  # Production settings, without authentication (local use only), logs as deployed (warnings). Started from its own
  # folder, as App Service does: the content root, where appsettings.json (and its log levels) is read, is the cwd.
  (cd "$(dirname "$dll")" && exec env $BOT_ENV "$@" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Bot__AllowUnauthenticated=true Storage__DatabasePath="$work/$name.db" \
    Insights__UserKeySecret="load-benchmark-pseudonym-key-0123456789abcdef" \
    dotnet "$dll" >"$work/$name.log" 2>&1) &
  echo $!
}

wait_ready() { # port
  for _ in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$1/api/messages" -H 'Content-Type: application/json' -d '{}' || true)
    [ "$code" != "000" ] && return 0
    sleep 0.5
  done
  echo "a bot did not start on port $1" >&2; tail -n 5 "$work"/*.log >&2; exit 1
}

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }
calls() { sync; sleep 1.2; wc -l < "$work/calls.log" 2>/dev/null || echo 0; }

load() { # name port connections duration [pid] -> "turns/s p50 p99 non2xx calls/turn cpu-ms/turn"
  local name=$1 port=$2 conns=$3 duration=$4 pid=${5:-}
  local before; before=$(calls)
  local cpu_before=0; [ -n "$pid" ] && cpu_before=$(cpu_ms "$pid")
  local out; out=$(wrk -t"$THREADS" -c"$conns" -d"$duration" --timeout 10s --latency -s "$root/bench/load/message.lua" \
    "http://127.0.0.1:$port/api/messages" -- "$name-$(date +%s%N)" "$service_url")
  local after; after=$(calls)
  local cpu_after=0; [ -n "$pid" ] && cpu_after=$(cpu_ms "$pid")
  local requests; requests=$(echo "$out" | awk '/requests in/ {print $1}')
  local rps; rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  local p50; p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  local p99; p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {n=$5} /Socket errors/ {gsub(",", ""); t=$NF} END {print (n+0) + (t+0)}')
  local per_turn; per_turn=$(python3 -c "print(f'{($after-$before)/max($requests,1):.2f}')")
  # CPU time of the bot's process per turn: what limits throughput on a busy machine, and steadier than turns/s.
  local cpu_per_turn; cpu_per_turn=$(python3 -c "print(f'{($cpu_after-$cpu_before)/max($requests,1):.2f}')")
  echo "$rps $p50 $p99 ${errors:-0} $per_turn $cpu_per_turn"
}

# echo: the SDK sample as is (the issue's baseline); echo+: the same with the connector contracts shared as the bot
# does (SharedConnectorContracts), i.e. the SDK's floor per turn once its own per-turn reflection is gone.
declare -A port pid total
for name in bot echo echo+; do port[$name]=$(free_port); done
pid[bot]=$(start bot "$work/bot/Mednum49.Bot.dll" "${port[bot]}")
pid[echo]=$(start echo "$work/echo/Mednum49.EchoBot.dll" "${port[echo]}")
pid[echo+]=$(start echo-shared "$work/echo/Mednum49.EchoBot.dll" "${port[echo+]}" Echo__SharedContracts=true)
for name in bot echo echo+; do pids+=("${pid[$name]}"); total[$name]=0; wait_ready "${port[$name]}"; done
bot_pid=${pid[bot]}; bot_port=${port[bot]}

echo "Warm-up (welcomes every bench user once, JIT)…"
for name in echo echo+ bot; do load "$name" "${port[$name]}" "$CONNECTIONS" 10s >/dev/null; done

printf '\n%-6s %-5s %10s %9s %9s %7s %11s %12s %8s\n' round bot turns/s p50 p99 errors calls/turn CPU_ms/turn RSS_MB
for round in $(seq 1 "$ROUNDS"); do
  order="echo echo+ bot"; [ $((round % 2)) -eq 0 ] && order="bot echo+ echo"
  for name in $order; do
    read -r rps p50 p99 errors per_turn cpu <<<"$(load "$name" "${port[$name]}" "$CONNECTIONS" "$DURATION" "${pid[$name]}")"
    printf '%-6s %-5s %10s %9s %9s %7s %11s %12s %8s\n' "$round" "$name" "$rps" "$p50" "$p99" "$errors" "$per_turn" "$cpu" "$(rss_mb "${pid[$name]}")"
    total[$name]=$(python3 -c "print(${total[$name]}+$rps)")
  done
done
python3 -c "print(f'\nbot / echo throughput at $CONNECTIONS connections: {${total[bot]}/${total[echo]}:.2f} (target >= 0.95)')"
python3 -c "print(f'bot / echo+ (echo with shared contracts) throughput: {${total[bot]}/${total[echo+]}:.2f}')"

echo
echo "Memory: 4 x $DURATION at 64 connections on the bot"
for i in 1 2 3 4; do
  read -r rps p50 p99 errors per_turn cpu <<<"$(load bot "$bot_port" 64 "$DURATION" "$bot_pid")"
  echo "  run $i: $rps turns/s, p99 $p99, RSS $(rss_mb "$bot_pid") MB"
done
echo "RSS after 4 runs at 64 connections: $(rss_mb "$bot_pid") MB (target < 400)"

echo
echo "6 concurrent 25 MB posts without a token"
head -c $((25 * 1024 * 1024)) /dev/zero | tr '\0' 'x' > "$work/big.json"
before=$(rss_mb "$bot_pid")
for _ in 1 2 3 4 5 6; do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "http://127.0.0.1:$bot_port/api/messages" \
    -H 'Content-Type: application/json' --data-binary @"$work/big.json" >>"$work/big.codes" 2>/dev/null || echo "closed" >>"$work/big.codes" &
done
wait
sleep 1
after=$(rss_mb "$bot_pid")
echo "  answers: $(sort "$work/big.codes" | uniq -c | tr '\n' ' ')"
echo "  RSS $before -> $after MB (growth $((after - before)) MB, target < 50)"
