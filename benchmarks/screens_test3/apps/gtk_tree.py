"""A GTK3 window with a TreeView (TreeStore) drawn from a JSON file."""

import json
import sys

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import Gtk  # noqa: E402

with open(sys.argv[1]) as fh:
    data = json.load(fh)
win = Gtk.Window(title=data["title"])
store = Gtk.TreeStore(str, str, str)
sel_iter = None
for g, files in data["groups"].items():
    parent = store.append(None, [g, "", ""])
    for f in files:
        it = store.append(parent, [f, f"{data['sizes'][f]:,} KB", data["status"][f]])
        if f == data["selected"]:
            sel_iter = it
view = Gtk.TreeView(model=store)
for i, name in enumerate(["Name", "Size", "Status"]):
    col = Gtk.TreeViewColumn(name, Gtk.CellRendererText(), text=i)
    col.set_min_width([320, 120, 120][i])
    view.append_column(col)
view.expand_all()
view.get_selection().select_iter(sel_iter)
sw = Gtk.ScrolledWindow()
sw.add(view)
win.add(sw)
win.connect("destroy", Gtk.main_quit)
win.show_all()
view.grab_focus()
view.get_selection().select_iter(sel_iter)
Gtk.main()
