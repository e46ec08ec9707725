"""Home-made widget windows (run with Debian's /usr/bin/python3). Usage: apps_home.py KIND SPEC.json"""
import json
import sys

kind, spec = sys.argv[1], json.load(open(sys.argv[2]))


def gtk_settings(s):
    import gi
    gi.require_version("Gtk", "3.0")
    from gi.repository import Gtk
    win = Gtk.Window(title=s["title"])
    win.set_default_size(640, 560)
    outer = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=10, margin=16)
    win.add(outer)
    h = Gtk.Label(xalign=0)
    h.set_markup(f"<b><big>{s['heading']}</big></b>")
    outer.pack_start(h, False, False, 0)
    grid = Gtk.Grid(column_spacing=24, row_spacing=8)
    outer.pack_start(grid, False, False, 0)
    for i, (label, on) in enumerate(s["switches"]):
        l = Gtk.Label(label=label, xalign=0)
        sw = Gtk.Switch(active=on, halign=Gtk.Align.END)
        grid.attach(l, 0, i, 1, 1)
        grid.attach(sw, 1, i, 1, 1)
    fr = Gtk.Frame(label=s["check_title"])
    cb = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4, margin=8)
    fr.add(cb)
    for label, on in s["checks"]:
        c = Gtk.CheckButton(label=label)
        c.set_active(on)
        cb.pack_start(c, False, False, 0)
    row = Gtk.Box(spacing=16)
    row.pack_start(fr, True, True, 0)
    fr2 = Gtk.Frame(label=s["radio_title"])
    rb = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4, margin=8)
    fr2.add(rb)
    first = None
    for label in s["radios"]:
        r = Gtk.RadioButton.new_with_label_from_widget(first, label)
        first = first or r
        if label == s["radio_on"]:
            r.set_active(True)
        rb.pack_start(r, False, False, 0)
    row.pack_start(fr2, True, True, 0)
    outer.pack_start(row, False, False, 0)
    hb = Gtk.Box(spacing=8)
    hb.pack_start(Gtk.Label(label=s["combo_label"]), False, False, 0)
    combo = Gtk.ComboBoxText()
    for o in s["combo_opts"]:
        combo.append_text(o)
    combo.set_active(s["combo_opts"].index(s["combo_on"]))
    hb.pack_start(combo, False, False, 0)
    hb.pack_start(Gtk.Label(label=s["spin_label"]), False, False, 12)
    spin = Gtk.SpinButton.new_with_range(1, 999, 1)
    spin.set_value(s["spin_value"])
    hb.pack_start(spin, False, False, 0)
    outer.pack_start(hb, False, False, 0)
    st = Gtk.Label(label=s["status"], xalign=0)
    outer.pack_start(st, False, False, 0)
    bb = Gtk.Box(spacing=8)
    for b in s["buttons"]:
        bb.pack_end(Gtk.Button(label=b), False, False, 0)
    outer.pack_end(bb, False, False, 0)
    win.connect("destroy", Gtk.main_quit)
    win.show_all()
    Gtk.main()


def tk_progress(s):
    import tkinter as tk
    from tkinter import ttk
    root = tk.Tk()
    root.title(s["title"])
    st = ttk.Style(root)
    st.theme_use("alt")
    root.geometry("560x300")
    f = ttk.Frame(root, padding=18)
    f.pack(fill="both", expand=True)
    ttk.Label(f, text=s["heading"], font=("DejaVu Sans", 13, "bold")).pack(anchor="w")
    ttk.Label(f, text=s["current"]).pack(anchor="w", pady=(10, 4))
    pb = ttk.Progressbar(f, length=500, maximum=s["total"], value=s["done"])
    pb.pack(fill="x")
    ttk.Label(f, text=s["counter"]).pack(anchor="w", pady=(6, 0))
    ttk.Label(f, text=s["speed"]).pack(anchor="w")
    v = tk.IntVar(value=1 if s["check_on"] else 0)
    ttk.Checkbutton(f, text=s["check"], variable=v).pack(anchor="w", pady=(10, 0))
    bf = ttk.Frame(f)
    bf.pack(side="bottom", fill="x")
    for b in s["buttons"]:
        ttk.Button(bf, text=b).pack(side="right", padx=4)
    root.mainloop()


def qt_table(s):
    from PyQt5 import QtWidgets, QtCore
    app = QtWidgets.QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    w = QtWidgets.QMainWindow()
    w.setWindowTitle(s["title"])
    tb = w.addToolBar("main")
    for a in s["actions"]:
        tb.addAction(a)
    t = QtWidgets.QTableWidget(len(s["rows"]), len(s["cols"]))
    t.setHorizontalHeaderLabels(s["cols"])
    for i, row in enumerate(s["rows"]):
        for j, v in enumerate(row):
            it = QtWidgets.QTableWidgetItem(str(v))
            if j in s.get("right", []):
                it.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
            t.setItem(i, j, it)
    t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.resizeColumnsToContents()
    t.selectRow(s["selected"])
    w.setCentralWidget(t)
    w.statusBar().showMessage(s["status"])
    w.resize(900, 520)
    w.show()
    t.setFocus()
    app.exec_()


{"gtk_settings": gtk_settings, "tk_progress": tk_progress, "qt_table": qt_table}[kind](spec)
