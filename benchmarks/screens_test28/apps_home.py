"""The three home-made windows (run with Debian's /usr/bin/python3): apps_home.py KIND SPEC.json"""
import json, sys

kind, spec = sys.argv[1], json.load(open(sys.argv[2]))

if kind == 'tk_settings':
    import tkinter as tk
    from tkinter import ttk
    root = tk.Tk()
    root.title(spec['title'])
    st = ttk.Style(root)
    st.theme_use('clam')
    root.configure(bg='#dcdad5')
    nb = ttk.Notebook(root)
    nb.pack(fill='both', expand=True, padx=8, pady=8)
    pg = ttk.Frame(nb, padding=12)
    nb.add(pg, text='Backup')
    for t in spec['other_tabs']:
        nb.add(ttk.Frame(nb), text=t)
    box = ttk.LabelFrame(pg, text='What to include', padding=10)
    box.grid(row=0, column=0, sticky='nsew', padx=6, pady=6)
    for i, (lab, on) in enumerate(spec['checks']):
        v = tk.BooleanVar(value=on)
        ttk.Checkbutton(box, text=lab, variable=v).grid(row=i, column=0, sticky='w', pady=2)
        box.__dict__.setdefault('_vars', []).append(v)
    rb = ttk.LabelFrame(pg, text='Schedule', padding=10)
    rb.grid(row=0, column=1, sticky='nsew', padx=6, pady=6)
    sv = tk.StringVar(value=spec['schedule'])
    for i, lab in enumerate(spec['schedules']):
        ttk.Radiobutton(rb, text=lab, value=lab, variable=sv).grid(row=i, column=0, sticky='w', pady=2)
    cb = ttk.LabelFrame(pg, text='Storage', padding=10)
    cb.grid(row=1, column=0, columnspan=2, sticky='nsew', padx=6, pady=6)
    ttk.Label(cb, text='Destination:').grid(row=0, column=0, sticky='w')
    dv = tk.StringVar(value=spec['dest'])
    ttk.Combobox(cb, textvariable=dv, values=spec['dests'], width=28, state='readonly').grid(row=0, column=1, sticky='w', padx=6)
    ttk.Label(cb, text='Keep versions:').grid(row=1, column=0, sticky='w', pady=6)
    kv = tk.StringVar(value=str(spec['keep']))
    ttk.Spinbox(cb, from_=1, to=99, textvariable=kv, width=6).grid(row=1, column=1, sticky='w', padx=6)
    ttk.Label(cb, text='Compression level:').grid(row=2, column=0, sticky='w')
    sc = ttk.Scale(cb, from_=0, to=9, length=220)
    sc.set(spec['level'])
    sc.grid(row=2, column=1, sticky='w', padx=6)
    ttk.Label(cb, text=str(spec['level'])).grid(row=2, column=2, sticky='w')
    bb = ttk.Frame(root, padding=(8, 0, 8, 8))
    bb.pack(fill='x')
    for t in reversed(spec['buttons']):
        ttk.Button(bb, text=t).pack(side='right', padx=4)
    root._keep = (sv, dv, kv)
    root.geometry('700x470+100+80')
    root.mainloop()

elif kind == 'qt_progress':
    from PyQt5 import QtWidgets, QtCore
    app = QtWidgets.QApplication(sys.argv)
    app.setStyle('Fusion')
    d = QtWidgets.QDialog()
    d.setWindowTitle(spec['title'])
    lay = QtWidgets.QVBoxLayout(d)
    h = QtWidgets.QLabel('<b>%s</b>' % spec['heading'])
    lay.addWidget(h)
    lay.addWidget(QtWidgets.QLabel(spec['status']))
    pb = QtWidgets.QProgressBar()
    pb.setRange(0, spec['total'])
    pb.setValue(spec['done'])
    pb.setFormat('%p%')
    lay.addWidget(pb)
    form = QtWidgets.QFormLayout()
    for k, v in spec['fields']:
        form.addRow(k + ':', QtWidgets.QLabel(v))
    lay.addLayout(form)
    chk = QtWidgets.QCheckBox(spec['check'][0])
    chk.setChecked(spec['check'][1])
    lay.addWidget(chk)
    bb = QtWidgets.QHBoxLayout()
    bb.addStretch(1)
    for t in spec['buttons']:
        bb.addWidget(QtWidgets.QPushButton(t))
    lay.addLayout(bb)
    d.resize(560, 300)
    d.show()
    app.exec_()

elif kind == 'gtk_list':
    import gi
    gi.require_version('Gtk', '3.0')
    from gi.repository import Gtk
    w = Gtk.Window(title=spec['title'])
    w.set_default_size(820, 460)
    box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=6)
    box.set_border_width(8)
    w.add(box)
    tb = Gtk.Box(spacing=6)
    for t in spec['buttons']:
        tb.pack_start(Gtk.Button(label=t), False, False, 0)
    box.pack_start(tb, False, False, 0)
    store = Gtk.ListStore(*([str] * len(spec['columns'])))
    for r in spec['rows']:
        store.append([str(x) for x in r])
    tv = Gtk.TreeView(model=store)
    for i, c in enumerate(spec['columns']):
        col = Gtk.TreeViewColumn(c, Gtk.CellRendererText(), text=i)
        col.set_resizable(True)
        tv.append_column(col)
    sw = Gtk.ScrolledWindow()
    sw.add(tv)
    box.pack_start(sw, True, True, 0)
    sb = Gtk.Label(label=spec['statusbar'], xalign=0)
    box.pack_start(sb, False, False, 0)
    tv.get_selection().select_path(Gtk.TreePath(spec['selected']))
    tv.set_cursor(Gtk.TreePath(spec['selected']), None, False)
    w.connect('destroy', Gtk.main_quit)
    w.show_all()
    Gtk.main()
