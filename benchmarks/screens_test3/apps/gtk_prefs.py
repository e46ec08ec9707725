"""A GTK3 preferences dialog drawn from a JSON file (run with Debian's python3 and python3-gi)."""

import json
import sys

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import Gtk  # noqa: E402

with open(sys.argv[1]) as fh:
    data = json.load(fh)
win = Gtk.Window(title=data["title"])
win.set_default_size(560, 0)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8, margin=16)
win.add(box)
nb = Gtk.Notebook()
box.pack_start(nb, True, True, 0)
page = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=6, margin=12)
frame = Gtk.Frame(label="Options")
fbox = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4, margin=10)
frame.add(fbox)
for i, c in enumerate(data["checks"]):
    cb = Gtk.CheckButton(label=c)
    cb.set_active(i in data["on"])
    fbox.pack_start(cb, False, False, 0)
page.pack_start(frame, False, False, 0)
sframe = Gtk.Frame(label="Schedule")
sbox = Gtk.Box(orientation=Gtk.Orientation.HORIZONTAL, spacing=12, margin=10)
sframe.add(sbox)
first = None
for f in data["freqs"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(first, f)
    first = first or rb
    sbox.pack_start(rb, False, False, 0)
    if f == data["freq"]:
        rb.set_active(True)
page.pack_start(sframe, False, False, 0)
page.pack_start(Gtk.Label(label=f"Last backup: {data['done']:,} of {data['total']:,} files copied", xalign=0),
                False, False, 4)
bar = Gtk.ProgressBar()
bar.set_fraction(data["done"] / data["total"])
page.pack_start(bar, False, False, 0)
nb.append_page(page, Gtk.Label(label="General"))
for t in ["Destinations", "Advanced"]:
    nb.append_page(Gtk.Label(label=t), Gtk.Label(label=t))
bb = Gtk.ButtonBox(orientation=Gtk.Orientation.HORIZONTAL, spacing=8)
bb.set_layout(Gtk.ButtonBoxStyle.END)
for b in data["buttons"]:
    bb.pack_start(Gtk.Button(label=b), False, False, 0)
box.pack_start(bb, False, False, 0)
win.connect("destroy", Gtk.main_quit)
win.show_all()
Gtk.main()
