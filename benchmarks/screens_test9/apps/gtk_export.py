"""Home-made GTK3 export dialog with a tree of tables; content from a JSON spec (argv[1])."""
import json
import sys
import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk

spec = json.load(open(sys.argv[1]))
settings = Gtk.Settings.get_default()
settings.set_property("gtk-application-prefer-dark-theme", spec.get("dark", False))
settings.set_property("gtk-font-name", "Cantarell 11")
win = Gtk.Window(title=spec["title"])
win.set_default_size(760, 680)
win.connect("destroy", Gtk.main_quit)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8, margin=12)
win.add(box)
hdr = Gtk.Label(xalign=0)
hdr.set_markup(f"<b>{spec['heading']}</b>")
box.pack_start(hdr, False, False, 0)
store = Gtk.ListStore(bool, str, str, str)
for on, name, rows, size in spec["tables"]:
    store.append([on, name, rows, size])
tv = Gtk.TreeView(model=store)
tog = Gtk.CellRendererToggle()
tv.append_column(Gtk.TreeViewColumn("Export", tog, active=0))
for i, title in enumerate(["Table", "Rows", "Size"], start=1):
    r = Gtk.CellRendererText()
    if i > 1:
        r.set_property("xalign", 1.0)
    col = Gtk.TreeViewColumn(title, r, text=i)
    col.set_expand(i == 1)
    tv.append_column(col)
sw = Gtk.ScrolledWindow()
sw.set_min_content_height(300)
sw.add(tv)
box.pack_start(sw, True, True, 0)
grid = Gtk.Grid(column_spacing=12, row_spacing=8)
box.pack_start(grid, False, False, 0)
grid.attach(Gtk.Label(label="Format:", xalign=1), 0, 0, 1, 1)
fb = Gtk.Box(spacing=12)
first = None
for f in spec["formats"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(first, f)
    first = first or rb
    fb.pack_start(rb, False, False, 0)
    if f == spec["format"]:
        rb.set_active(True)
grid.attach(fb, 1, 0, 1, 1)
grid.attach(Gtk.Label(label="Target file:", xalign=1), 0, 1, 1, 1)
e = Gtk.Entry(text=spec["target"])
e.set_hexpand(True)
grid.attach(e, 1, 1, 1, 1)
grid.attach(Gtk.Label(label="Encoding:", xalign=1), 0, 2, 1, 1)
cb = Gtk.ComboBoxText()
for x in spec["encodings"]:
    cb.append_text(x)
cb.set_active(spec["encodings"].index(spec["encoding"]))
grid.attach(cb, 1, 2, 1, 1)
for i, (label, on) in enumerate(spec["checks"]):
    c = Gtk.CheckButton(label=label)
    c.set_active(on)
    grid.attach(c, 1, 3 + i, 1, 1)
pb = Gtk.ProgressBar(show_text=True)
pb.set_fraction(spec["progress"] / 100)
pb.set_text(spec["progress_text"])
box.pack_start(pb, False, False, 0)
bb = Gtk.Box(spacing=8)
for lbl in ["Help", "Cancel", "Export"]:
    b = Gtk.Button(label=lbl)
    bb.pack_end(b, False, False, 0) if lbl != "Help" else bb.pack_start(b, False, False, 0)
box.pack_start(bb, False, False, 0)
sb = Gtk.Statusbar()
sb.push(0, spec["status"])
box.pack_start(sb, False, False, 0)
win.show_all()
Gtk.main()
