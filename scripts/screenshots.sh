#!/usr/bin/env bash
# Takes the README's screenshots from the real app under Xvfb (needs xvfb, xdotool, imagemagick).
# Usage: scripts/screenshots.sh   (after `cargo build --release`)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=./target/release/someaspa
OUT=docs/screenshots
mkdir -p "$OUT"
export DISPLAY=:98
Xvfb :98 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1

DATA=$(mktemp -d)
# A little history, recorded the way the app records it, so home and progress have content.
for s in shop-praise-instagram-en rail-bike-faq-fb-en rail-delay-x-en telecom-troll-x-en; do
    case $s in
        telecom-troll-x-en) reply=ignore ;;
        shop-praise-instagram-en) reply="Thank you so much, Maria! So glad it arrived fast. We'll pass your thanks on to Nina. /Sanna" ;;
        rail-bike-faq-fb-en) reply="Yes! Bikes travel on long-distance trains for 5 €; book a bike place in the app. ^AK" ;;
        *) reply="Calm down, trains are late sometimes." ;;
    esac
    $BIN --data-dir "$DATA" score --scenario $s --reply "$reply" --profile Anna >/dev/null
done

settings() { # theme lang
    printf '(lang: "%s", theme: %s, text_scale: 1.0, profile: "Anna", live_hints: %s, last_scenario: Some("rail-delay-x-%s"))\n' "$2" "$1" "${3:-false}" "$2" > "$DATA/settings.ron"
}
start() { $BIN --data-dir "$DATA" >/dev/null 2>&1 & APP=$!; sleep 2.5; WID=$(xdotool search --name Someaspa | head -1); xdotool windowfocus --sync "$WID"; }
stop() { kill "$APP"; wait "$APP" 2>/dev/null || true; }
click() { xdotool mousemove --window "$WID" "$1" "$2" click 1; sleep "${3:-0.8}"; }
shot() { import -window root "$OUT/$1.png"; }
open_scenario() { # search text
    click 235 22; click 169 153 0.3; click 290 117 0.3; xdotool type --delay 2 "$1"; sleep 0.6; click 230 236 1.5
}

settings Dark en; start; shot home; click 388 22; shot progress; stop
settings Dark en; start; open_scenario "Stuck on a late"; click 400 700 0.3
xdotool type --delay 2 "Hi, I'm sorry you've been stuck without information. A signal fault near Tikkurila is delaying trains"
sleep 0.5; shot play-x; xdotool key ctrl+Return; sleep 2; shot play-x-branch; stop
settings Light en; start; open_scenario "charged twice"; shot play-facebook; stop
settings Dark en; start; open_scenario "snail train"; shot play-instagram; stop
settings Light en; start; open_scenario "three times"; click 400 700 0.3
xdotool type --delay 2 "Hi, I understand how alarming a bill like that is. Let me check it right away: could you tell me your customer number?"
xdotool key ctrl+Return; sleep 2.5; shot play-chat; stop
settings Dark en true; start; open_scenario "fast delivery"; click 400 700 0.3
xdotool type --delay 2 "Thank you so much! So glad it arrived fast, we'll pass your thanks on to Nina. /Sanna"
sleep 0.6; shot play-hints; xdotool key ctrl+Return; sleep 1.5; click 290 452 0.8; shot feedback; stop
settings Light fi; start; shot home-fi; stop
rm -rf "$DATA"
echo "screenshots in $OUT"
