import json, sys, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
spec = json.load(open(sys.argv[1]))
Gtk.Settings.get_default().set_property("gtk-application-prefer-dark-theme", spec["dark"])
Gtk.Settings.get_default().set_property("gtk-font-name", "Cantarell 11")
w = Gtk.Window(title=spec["title"]); w.set_default_size(760, 560)
outer = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
nb = Gtk.Notebook(); outer.pack_start(nb, True, True, 0)
page = Gtk.Grid(column_spacing=16, row_spacing=10, margin=18)
r = 0
lab = lambda t: Gtk.Label(label=t, xalign=0)
page.attach(lab("Backup destination:"), 0, r, 1, 1)
e = Gtk.Entry(text=spec["dest"]); e.set_hexpand(True); page.attach(e, 1, r, 2, 1); r += 1
page.attach(lab("Schedule:"), 0, r, 1, 1)
first = None
for i, opt in enumerate(spec["schedules"]):
    rb = Gtk.RadioButton.new_with_label_from_widget(first, opt); first = first or rb
    rb.set_active(opt == spec["schedule"]); page.attach(rb, 1 + i % 2, r + i // 2, 1, 1)
r += (len(spec["schedules"]) + 1) // 2
page.attach(lab("Run at:"), 0, r, 1, 1)
sp = Gtk.SpinButton.new_with_range(0, 23, 1); sp.set_value(spec["hour"]); page.attach(sp, 1, r, 1, 1); r += 1
page.attach(lab("Keep versions:"), 0, r, 1, 1)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 1, 60, 1); sc.set_value(spec["keep"]); sc.set_digits(0)
sc.set_value_pos(Gtk.PositionType.RIGHT); page.attach(sc, 1, r, 2, 1); r += 1
for name, on in spec["checks"]:
    cb = Gtk.CheckButton(label=name); cb.set_active(on); page.attach(cb, 0, r, 3, 1); r += 1
page.attach(lab("Compression:"), 0, r, 1, 1)
combo = Gtk.ComboBoxText()
for c in spec["compressions"]: combo.append_text(c)
combo.set_active(spec["compressions"].index(spec["compression"])); page.attach(combo, 1, r, 1, 1); r += 1
nb.append_page(page, Gtk.Label(label="General"))
for t in spec["other_tabs"]: nb.append_page(Gtk.Label(label=""), Gtk.Label(label=t))
bb = Gtk.Box(spacing=8, margin=10)
for b in ("Help", "Cancel", "Apply", "OK"): bb.pack_end(Gtk.Button(label=b), False, False, 0) if b != "Help" else bb.pack_start(Gtk.Button(label=b), False, False, 0)
outer.pack_start(bb, False, False, 0)
st = Gtk.Statusbar(); st.push(0, spec["status"]); outer.pack_start(st, False, False, 0)
w.add(outer); w.connect("destroy", Gtk.main_quit); w.show_all(); Gtk.main()
