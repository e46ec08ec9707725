#!/usr/bin/python3
"""home-made Tk window (python3-tk): a print dialog with a printer list, radios, checkboxes and a spinbox.
Reads its state from the JSON file given as argv[1]."""
import json, sys
import tkinter as tk
from tkinter import ttk

st = json.load(open(sys.argv[1]))
root = tk.Tk()
root.title(st["title"])
root.geometry("620x470")
ttk.Style().theme_use("clam")
f = ttk.Frame(root, padding=14); f.pack(fill="both", expand=True)
ttk.Label(f, text="Printer:").grid(row=0, column=0, sticky="nw")
lb = tk.Listbox(f, height=len(st["printers"]), width=34, exportselection=False, font=("DejaVu Sans", 10))
for p in st["printers"]:
    lb.insert("end", p)
lb.selection_set(st["printer_sel"]); lb.activate(st["printer_sel"])
lb.grid(row=0, column=1, columnspan=2, sticky="w", pady=(0, 10))
pages = ttk.LabelFrame(f, text="Pages", padding=8); pages.grid(row=1, column=0, columnspan=2, sticky="nw")
var = tk.StringVar(value=st["range_sel"])
for i, lab in enumerate(st["ranges"]):
    ttk.Radiobutton(pages, text=lab, value=lab, variable=var).grid(row=i, column=0, sticky="w")
opts = ttk.LabelFrame(f, text="Options", padding=8); opts.grid(row=1, column=2, sticky="nw", padx=12)
for i, (lab, on) in enumerate(st["checks"]):
    v = tk.BooleanVar(value=on); cb = ttk.Checkbutton(opts, text=lab, variable=v); cb.var = v
    cb.grid(row=i, column=0, sticky="w")
ttk.Label(f, text="Copies:").grid(row=2, column=0, sticky="w", pady=12)
sp = ttk.Spinbox(f, from_=1, to=99, width=5); sp.set(st["copies"]); sp.grid(row=2, column=1, sticky="w")
bf = ttk.Frame(f); bf.grid(row=3, column=0, columnspan=3, sticky="e", pady=10)
for b in st["buttons"]:
    ttk.Button(bf, text=b).pack(side="left", padx=4)
root.mainloop()
