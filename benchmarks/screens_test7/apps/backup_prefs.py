#!/usr/bin/python3
"""Small GTK3 preferences window; state comes from a JSON file (argv[1])."""
import json
import sys

import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk  # noqa: E402

cfg = json.load(open(sys.argv[1]))
win = Gtk.Window(title=cfg["title"])
win.set_default_size(720, 520)
outer = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
win.add(outer)
nb = Gtk.Notebook()
outer.pack_start(nb, True, True, 0)

page = Gtk.Grid(column_spacing=14, row_spacing=10, margin=18)
r = 0
lab = Gtk.Label(label="Backup profile:", xalign=0)
combo = Gtk.ComboBoxText()
for p in cfg["profiles"]:
    combo.append_text(p)
combo.set_active(cfg["profiles"].index(cfg["profile"]))
page.attach(lab, 0, r, 1, 1); page.attach(combo, 1, r, 2, 1); r += 1
lab = Gtk.Label(label="Destination:", xalign=0)
ent = Gtk.Entry(); ent.set_text(cfg["destination"]); ent.set_hexpand(True)
page.attach(lab, 0, r, 1, 1); page.attach(ent, 1, r, 2, 1); r += 1
frame = Gtk.Frame(label="Include")
fb = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4, margin=8)
for name, on in cfg["include"]:
    cb = Gtk.CheckButton(label=name); cb.set_active(on); fb.pack_start(cb, False, False, 0)
frame.add(fb)
page.attach(frame, 0, r, 2, 1)
frame2 = Gtk.Frame(label="Schedule")
fb2 = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4, margin=8)
grp = None
for name in cfg["schedules"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(grp, name)
    grp = grp or rb
    rb.set_active(name == cfg["schedule"])
    fb2.pack_start(rb, False, False, 0)
frame2.add(fb2)
page.attach(frame2, 2, r, 1, 1); r += 1
lab = Gtk.Label(label="Keep last (versions):", xalign=0)
spin = Gtk.SpinButton.new_with_range(1, 90, 1); spin.set_value(cfg["keep"])
page.attach(lab, 0, r, 1, 1); page.attach(spin, 1, r, 1, 1); r += 1
lab = Gtk.Label(label="Compression level:", xalign=0)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 0, 9, 1)
sc.set_value(cfg["compression"]); sc.set_digits(0); sc.set_value_pos(Gtk.PositionType.RIGHT); sc.set_hexpand(True)
page.attach(lab, 0, r, 1, 1); page.attach(sc, 1, r, 2, 1); r += 1
sw = Gtk.Switch(); sw.set_active(cfg["encrypt"]); sw.set_halign(Gtk.Align.START)
page.attach(Gtk.Label(label="Encrypt archives:", xalign=0), 0, r, 1, 1); page.attach(sw, 1, r, 1, 1); r += 1
nb.append_page(page, Gtk.Label(label="General"))
for t in cfg["other_tabs"]:
    nb.append_page(Gtk.Label(label=f"{t} settings"), Gtk.Label(label=t))
bb = Gtk.Box(spacing=8, margin=10)
for b in ["Help", None, "Cancel", "Apply", "OK"]:
    if b is None:
        bb.pack_start(Gtk.Label(), True, True, 0)
    else:
        bb.pack_start(Gtk.Button(label=b), False, False, 0)
outer.pack_start(bb, False, False, 0)
st = Gtk.Statusbar(); st.push(0, cfg["status"])
outer.pack_start(st, False, False, 0)
win.connect("destroy", Gtk.main_quit)
win.show_all()
Gtk.main()
