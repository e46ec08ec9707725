"""Home-made GTK3 preferences window; state comes from a JSON file (argv[1])."""
import json, sys
import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
st = json.load(open(sys.argv[1]))
win = Gtk.Window(title="Photo import preferences")
win.set_default_size(560, 560)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8, margin=16)
win.add(box)
def head(t):
    l = Gtk.Label(xalign=0); l.set_markup("<b>%s</b>" % t); box.pack_start(l, False, False, 4)
head("General")
for lab, on in st["switches"]:
    row = Gtk.Box(spacing=12)
    row.pack_start(Gtk.Label(label=lab, xalign=0), True, True, 0)
    sw = Gtk.Switch(); sw.set_active(on); row.pack_end(sw, False, False, 0)
    box.pack_start(row, False, False, 0)
head("File types to import")
grid = Gtk.Grid(column_spacing=24, row_spacing=4)
for i, (lab, on) in enumerate(st["checks"]):
    c = Gtk.CheckButton(label=lab); c.set_active(on); grid.attach(c, i % 2, i // 2, 1, 1)
box.pack_start(grid, False, False, 0)
head("Name imported files by")
first = None
for lab in st["radios"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(first, lab)
    first = first or rb
    if lab == st["radio_on"]:
        rb.set_active(True)
    box.pack_start(rb, False, False, 0)
row = Gtk.Box(spacing=12)
row.pack_start(Gtk.Label(label="Destination folder", xalign=0), False, False, 0)
cb = Gtk.ComboBoxText()
for o in st["dests"]:
    cb.append_text(o)
cb.set_active(st["dests"].index(st["dest"]))
row.pack_end(cb, False, False, 0)
box.pack_start(row, False, False, 6)
row = Gtk.Box(spacing=12)
row.pack_start(Gtk.Label(label="JPEG quality (%)", xalign=0), False, False, 0)
sp = Gtk.SpinButton.new_with_range(50, 100, 1); sp.set_value(st["quality"])
row.pack_end(sp, False, False, 0)
box.pack_start(row, False, False, 0)
bb = Gtk.Box(spacing=8)
for lab in st["buttons"]:
    b = Gtk.Button(label=lab)
    if lab == st["buttons"][-1]:
        b.get_style_context().add_class("suggested-action")
    bb.pack_end(b, False, False, 0) if lab != st["buttons"][0] else bb.pack_start(b, False, False, 0)
box.pack_end(bb, False, False, 0)
win.connect("destroy", Gtk.main_quit)
win.show_all()
Gtk.main()
