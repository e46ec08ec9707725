"""A GTK3 MessageDialog drawn from a JSON file (run with Debian's python3 and python3-gi)."""

import json
import sys

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import Gtk  # noqa: E402

with open(sys.argv[1]) as fh:
    data = json.load(fh)
dlg = Gtk.MessageDialog(message_type=Gtk.MessageType.WARNING, buttons=Gtk.ButtonsType.NONE, text=data["primary"])
dlg.set_title(data["title"])
dlg.format_secondary_text(data["secondary"])
for i, b in enumerate(data["buttons"]):
    dlg.add_button(b, i + 1)
dlg.connect("destroy", Gtk.main_quit)
dlg.show_all()
Gtk.main()
