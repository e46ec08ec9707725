#!/usr/bin/python3
"""Home-made GTK3 privacy settings window: switches, check boxes, radio group, buttons, status bar."""
import json
import sys

import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk  # noqa: E402

spec = json.load(open(sys.argv[1]))
win = Gtk.Window(title=spec["title"])
win.set_default_size(520, 600)
outer = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=0)
win.add(outer)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8)
box.set_border_width(16)
outer.pack_start(box, True, True, 0)


def header(text):
    l = Gtk.Label()
    l.set_markup(f"<b>{text}</b>")
    l.set_xalign(0)
    box.pack_start(l, False, False, 4)


header("System")
for name, on in spec["switches"]:
    row = Gtk.Box(spacing=12)
    lab = Gtk.Label(label=name)
    lab.set_xalign(0)
    sw = Gtk.Switch()
    sw.set_active(on)
    row.pack_start(lab, True, True, 0)
    row.pack_end(sw, False, False, 0)
    box.pack_start(row, False, False, 0)
box.pack_start(Gtk.Separator(), False, False, 6)
header("Browser and session")
for name, on in spec["checks"]:
    c = Gtk.CheckButton(label=name)
    c.set_active(on)
    box.pack_start(c, False, False, 0)
box.pack_start(Gtk.Separator(), False, False, 6)
header("Lock the screen after")
rb = Gtk.Box(spacing=14)
first = None
for name in spec["radios"]:
    r = Gtk.RadioButton.new_with_label_from_widget(first, name)
    if first is None:
        first = r
    rb.pack_start(r, False, False, 0)
    if name == spec["radio"]:
        r.set_active(True)
box.pack_start(rb, False, False, 0)
btns = Gtk.Box(spacing=8)
for i, b in enumerate(spec["buttons"]):
    w = Gtk.Button(label=b)
    if b == "Apply":
        w.get_style_context().add_class("suggested-action")
    if i == 0:
        btns.pack_start(w, False, False, 0)
    else:
        btns.pack_end(w, False, False, 0) if False else None
box.pack_start(Gtk.Box(), True, True, 0)
right = [b for b in spec["buttons"][1:]]
for b in reversed(right):
    w = Gtk.Button(label=b)
    if b == "Apply":
        w.get_style_context().add_class("suggested-action")
    btns.pack_end(w, False, False, 0)
box.pack_start(btns, False, False, 6)
sb = Gtk.Statusbar()
sb.push(0, spec["status"])
outer.pack_end(sb, False, False, 0)
win.connect("destroy", Gtk.main_quit)
win.show_all()
Gtk.main()
