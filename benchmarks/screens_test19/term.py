#!/usr/bin/python3
"""Minimal VTE (GTK3) terminal used to display real command output.
usage: term.py TITLE dark|light COLS ROWS CWD SCRIPT [ARGS...]"""
import os
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
gi.require_version("Vte", "2.91")
from gi.repository import Gdk, GLib, Gtk, Pango, Vte  # noqa: E402

title, theme, cols, rows, cwd = sys.argv[1:6]
argv = sys.argv[6:]


def rgba(s):
    c = Gdk.RGBA()
    c.parse(s)
    return c


if theme == "dark":
    fg, bg = "#d8d8d8", "#1d1f27"
    pal = ["#1d1f27", "#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#d8d8d8",
           "#5c6370", "#ef7c85", "#a8d389", "#f5d08b", "#71bfff", "#d688ed", "#66c6d2", "#ffffff"]
else:
    fg, bg = "#1f1f1f", "#fbfaf4"
    pal = ["#1f1f1f", "#b3261e", "#2e7d32", "#8a6d00", "#1f5fbf", "#8e24aa", "#00796b", "#d0d0d0",
           "#555555", "#d32f2f", "#388e3c", "#a07c00", "#2a6fd6", "#9c27b0", "#00897b", "#ffffff"]

win = Gtk.Window(title=title)
term = Vte.Terminal()
term.set_font(Pango.FontDescription("DejaVu Sans Mono 10"))
term.set_colors(rgba(fg), rgba(bg), [rgba(p) for p in pal])
term.set_size(int(cols), int(rows))
term.set_cursor_blink_mode(Vte.CursorBlinkMode.OFF)
env = [f"{k}={v}" for k, v in os.environ.items()] + ["TERM=xterm-256color"]
term.spawn_async(Vte.PtyFlags.DEFAULT, cwd, argv, env, GLib.SpawnFlags.DEFAULT,
                 None, None, -1, None, None, None)
win.add(term)
win.connect("destroy", Gtk.main_quit)
win.show_all()
Gtk.main()
