#!/usr/bin/python3
"""Small GTK3 inventory table; rows and selection come from a JSON file (argv[1])."""
import json
import sys

import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk  # noqa: E402

cfg = json.load(open(sys.argv[1]))
win = Gtk.Window(title=cfg["title"])
win.set_default_size(900, 560)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
win.add(box)
tb = Gtk.Box(spacing=6, margin=6)
tb.pack_start(Gtk.Label(label="Warehouse:"), False, False, 0)
combo = Gtk.ComboBoxText()
for w in cfg["warehouses"]:
    combo.append_text(w)
combo.set_active(cfg["warehouses"].index(cfg["warehouse"]))
tb.pack_start(combo, False, False, 0)
se = Gtk.SearchEntry(); se.set_placeholder_text("Filter items…")
tb.pack_end(se, False, False, 0)
box.pack_start(tb, False, False, 0)
cols = cfg["columns"]
store = Gtk.ListStore(*([str] * len(cols)))
for row in cfg["rows"]:
    store.append([str(v) for v in row])
tv = Gtk.TreeView(model=store)
for i, c in enumerate(cols):
    rend = Gtk.CellRendererText()
    if i >= 3:
        rend.set_property("xalign", 1.0)
    col = Gtk.TreeViewColumn(c, rend, text=i)
    tv.append_column(col)
tv.set_grid_lines(Gtk.TreeViewGridLines.HORIZONTAL)
sel = tv.get_selection(); sel.set_mode(Gtk.SelectionMode.MULTIPLE)
for i in cfg["selected"]:
    sel.select_path(Gtk.TreePath(i))
sw = Gtk.ScrolledWindow(); sw.add(tv)
box.pack_start(sw, True, True, 0)
st = Gtk.Statusbar(); st.push(0, cfg["status"])
box.pack_start(st, False, False, 0)
win.connect("destroy", Gtk.main_quit)
win.show_all()
tv.grab_focus()
Gtk.main()
