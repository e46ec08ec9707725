#!/bin/bash
# cap.sh WID  (OUT=file.png): crop the window's openbox frame out of the root window
export DISPLAY=${DISPLAY:-:89}
W=$1
X=$(xwininfo -id $W | awk '/Absolute upper-left X/{print $4}'); Y=$(xwininfo -id $W | awk '/Absolute upper-left Y/{print $4}')
WIDTH=$(xwininfo -id $W | awk '/^  Width/{print $2}'); HEIGHT=$(xwininfo -id $W | awk '/^  Height/{print $2}')
ext=$(xprop -id $W _NET_FRAME_EXTENTS | sed 's/.*= //; s/,//g'); set -- $ext
L=${1:-0}; R=${2:-0}; T=${3:-0}; B=${4:-0}
import -window root -crop $((WIDTH+L+R))x$((HEIGHT+T+B))+$((X-L))+$((Y-T)) +repage "$OUT"
