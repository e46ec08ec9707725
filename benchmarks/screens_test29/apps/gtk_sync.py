#!/usr/bin/python3
"""home-made GTK3 window (python3-gi): sync preferences with switches, checkboxes, radios and a progress bar.
Reads its state from the JSON file given as argv[1]."""
import json, sys
import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk

st = json.load(open(sys.argv[1]))
w = Gtk.Window(title=st["title"])
w.set_default_size(560, 600)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=10, margin=16)
w.add(box)
def header(t):
    l = Gtk.Label(xalign=0); l.set_markup(f"<b>{t}</b>"); box.pack_start(l, False, False, 0)
header("General")
for label, on in st["switches"]:
    row = Gtk.Box(spacing=10)
    row.pack_start(Gtk.Label(label=label, xalign=0), True, True, 0)
    sw = Gtk.Switch(); sw.set_active(on); row.pack_end(sw, False, False, 0)
    box.pack_start(row, False, False, 0)
header("Folders to sync")
grid = Gtk.Grid(column_spacing=24, row_spacing=4)
for i, (label, on) in enumerate(st["folders"]):
    cb = Gtk.CheckButton(label=label); cb.set_active(on); grid.attach(cb, i % 2, i // 2, 1, 1)
box.pack_start(grid, False, False, 0)
header("When a file changed on both sides")
first = None
for label in st["radios"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(first, label)
    first = first or rb
    if label == st["radio_sel"]:
        rb.set_active(True)
    box.pack_start(rb, False, False, 0)
box.pack_start(Gtk.Separator(), False, False, 4)
box.pack_start(Gtk.Label(label=st["status"], xalign=0), False, False, 0)
pb = Gtk.ProgressBar(); pb.set_fraction(st["fraction"]); pb.set_text(st["pbtext"]); pb.set_show_text(True)
box.pack_start(pb, False, False, 0)
bb = Gtk.Box(spacing=8)
for b in st["buttons"]:
    bb.pack_end(Gtk.Button(label=b), False, False, 0)
box.pack_end(bb, False, False, 0)
w.connect("destroy", Gtk.main_quit)
w.show_all()
Gtk.main()
