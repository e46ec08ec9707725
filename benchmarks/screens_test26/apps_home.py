#!/usr/bin/python3
"""The three home-made windows of screens_test26 (run with Debian's /usr/bin/python3).

apps_home.py gtk  spec.json   GTK3 preferences window (switches, checkboxes, radios, combo, buttons)
apps_home.py tk   spec.json   Tk/ttk progress dialog
apps_home.py qt   spec.json   PyQt5 table window with one selected row
"""
import json
import sys


def gtk(spec):
    import gi
    gi.require_version("Gtk", "3.0")
    from gi.repository import Gtk
    win = Gtk.Window(title=spec["title"])
    win.set_default_size(620, 560)
    outer = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=10)
    outer.set_border_width(16)
    win.add(outer)
    h = Gtk.Label()
    h.set_markup("<b><big>%s</big></b>" % spec["heading"])
    h.set_xalign(0)
    outer.pack_start(h, False, False, 0)
    grid = Gtk.Grid(column_spacing=24, row_spacing=8)
    for i, (label, on) in enumerate(spec["switches"]):
        l = Gtk.Label(label=label)
        l.set_xalign(0)
        l.set_hexpand(True)
        sw = Gtk.Switch()
        sw.set_active(on)
        sw.set_halign(Gtk.Align.END)
        grid.attach(l, 0, i, 1, 1)
        grid.attach(sw, 1, i, 1, 1)
    outer.pack_start(grid, False, False, 0)
    outer.pack_start(Gtk.Separator(), False, False, 4)
    fr = Gtk.Frame(label=spec["check_title"])
    cb = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4)
    cb.set_border_width(8)
    for label, on in spec["checks"]:
        c = Gtk.CheckButton(label=label)
        c.set_active(on)
        cb.pack_start(c, False, False, 0)
    fr.add(cb)
    outer.pack_start(fr, False, False, 0)
    fr2 = Gtk.Frame(label=spec["radio_title"])
    rb = Gtk.Box(orientation=Gtk.Orientation.HORIZONTAL, spacing=14)
    rb.set_border_width(8)
    first = None
    for label in spec["radios"]:
        r = Gtk.RadioButton.new_with_label_from_widget(first, label)
        first = first or r
        if label == spec["radio_on"]:
            r.set_active(True)
        rb.pack_start(r, False, False, 0)
    fr2.add(rb)
    outer.pack_start(fr2, False, False, 0)
    row = Gtk.Box(spacing=10)
    row.pack_start(Gtk.Label(label=spec["combo_label"]), False, False, 0)
    combo = Gtk.ComboBoxText()
    for o in spec["combo"]:
        combo.append_text(o)
    combo.set_active(spec["combo"].index(spec["combo_on"]))
    row.pack_start(combo, False, False, 0)
    outer.pack_start(row, False, False, 0)
    st = Gtk.Label(label=spec["status"])
    st.set_xalign(0)
    outer.pack_start(st, False, False, 0)
    bb = Gtk.Box(spacing=8)
    for b in spec["buttons"]:
        bb.pack_end(Gtk.Button(label=b), False, False, 0)
    outer.pack_end(bb, False, False, 0)
    win.connect("destroy", Gtk.main_quit)
    win.show_all()
    Gtk.main()


def tk(spec):
    import tkinter as T
    from tkinter import ttk
    root = T.Tk()
    root.title(spec["title"])
    root.geometry("560x300")
    s = ttk.Style()
    s.theme_use("clam")
    f = ttk.Frame(root, padding=16)
    f.pack(fill="both", expand=True)
    ttk.Label(f, text=spec["heading"], font=("DejaVu Sans", 13, "bold")).pack(anchor="w")
    ttk.Label(f, text=spec["current"]).pack(anchor="w", pady=(10, 2))
    pb = ttk.Progressbar(f, length=520, maximum=100)
    pb["value"] = spec["percent"]
    pb.pack(fill="x", pady=4)
    row = ttk.Frame(f)
    row.pack(fill="x")
    ttk.Label(row, text=spec["left"]).pack(side="left")
    ttk.Label(row, text="%d%%" % spec["percent"]).pack(side="right")
    ttk.Label(f, text=spec["detail"]).pack(anchor="w", pady=(8, 0))
    ttk.Label(f, text=spec["eta"]).pack(anchor="w")
    v = T.IntVar(value=1 if spec["check_on"] else 0)
    ttk.Checkbutton(f, text=spec["check"], variable=v).pack(anchor="w", pady=(8, 0))
    bb = ttk.Frame(f)
    bb.pack(side="bottom", fill="x")
    for b in reversed(spec["buttons"]):
        ttk.Button(bb, text=b).pack(side="right", padx=4)
    root.mainloop()


def qt(spec):
    from PyQt5 import QtWidgets, QtCore
    app = QtWidgets.QApplication(sys.argv)
    app.setStyle("Fusion")
    w = QtWidgets.QMainWindow()
    w.setWindowTitle(spec["title"])
    tb = w.addToolBar("main")
    for a in spec["toolbar"]:
        tb.addAction(a)
    t = QtWidgets.QTableWidget(len(spec["rows"]), len(spec["cols"]))
    t.setHorizontalHeaderLabels(spec["cols"])
    for i, r in enumerate(spec["rows"]):
        for j, v in enumerate(r):
            it = QtWidgets.QTableWidgetItem(str(v))
            if spec["align_right"][j]:
                it.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
            t.setItem(i, j, it)
    t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
    t.resizeColumnsToContents()
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    t.selectRow(spec["selected"])
    w.setCentralWidget(t)
    w.statusBar().showMessage(spec["status"])
    w.resize(860, 470)
    w.show()
    t.setFocus()
    app.exec_()


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    spec = json.load(open(path))
    {"gtk": gtk, "tk": tk, "qt": qt}[mode](spec)
