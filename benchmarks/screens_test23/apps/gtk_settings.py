"""Home-made GTK3 preferences window (switches, check boxes, radios); state from the JSON spec in argv[1]."""
import json, sys
import gi
gi.require_version('Gtk', '3.0')
from gi.repository import Gtk
spec = json.load(open(sys.argv[1]))
win = Gtk.Window(title=spec['title']); win.set_default_size(620, 560); win.set_border_width(14)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8); win.add(box)
def head(t):
    l = Gtk.Label(); l.set_markup(f'<b>{t}</b>'); l.set_xalign(0); box.pack_start(l, False, False, 4)
head(spec['switch_head'])
for lab, on in spec['switches']:
    row = Gtk.Box(spacing=10); l = Gtk.Label(label=lab); l.set_xalign(0)
    s = Gtk.Switch(); s.set_active(on)
    row.pack_start(l, True, True, 0); row.pack_end(s, False, False, 0); box.pack_start(row, False, False, 0)
head(spec['check_head'])
for lab, on in spec['checks']:
    c = Gtk.CheckButton(label=lab); c.set_active(on); box.pack_start(c, False, False, 0)
head(spec['radio_head'])
grp = None
for i, lab in enumerate(spec['radios']):
    rb = Gtk.RadioButton.new_with_label_from_widget(grp, lab); grp = grp or rb
    box.pack_start(rb, False, False, 0)
    if i == spec['radio_sel']:
        rb.set_active(True)
st = Gtk.Label(); st.set_markup(f"<span foreground='{spec['status_colour']}'>{spec['status']}</span>"); st.set_xalign(0)
box.pack_start(st, False, False, 6)
bb = Gtk.Box(spacing=6)
for i, b in enumerate(spec['buttons']):
    btn = Gtk.Button(label=b)
    (bb.pack_start if i == 0 else bb.pack_end)(btn, False, False, 0)
box.pack_end(bb, False, False, 0)
win.connect('destroy', Gtk.main_quit); win.show_all(); Gtk.main()
