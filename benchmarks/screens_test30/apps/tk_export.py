"""Home-made Tk/ttk map export dialog for screens_test30 (reads its state from a JSON file)."""
import json
import sys
import tkinter as tk
from tkinter import ttk

st = json.load(open(sys.argv[1]))
root = tk.Tk(className="MapExport")
root.title(st["title"])
style = ttk.Style(root)
style.theme_use("clam")
frm = ttk.Frame(root, padding=12)
frm.grid(sticky="nsew")

lf = ttk.LabelFrame(frm, text="Layers", padding=8)
lf.grid(row=0, column=0, rowspan=3, sticky="nsew", padx=(0, 10))
lb = tk.Listbox(lf, height=len(st["layers"]), exportselection=False, width=22, activestyle="none")
for name in st["layers"]:
    lb.insert("end", name)
lb.selection_set(st["layer_sel"])
lb.pack(fill="both", expand=True)

fmt = ttk.LabelFrame(frm, text="Format", padding=8)
fmt.grid(row=0, column=1, sticky="new")
var = tk.StringVar(value=st["format"])
for f in st["formats"]:
    ttk.Radiobutton(fmt, text=f, value=f, variable=var).pack(anchor="w")

inc = ttk.LabelFrame(frm, text="Include", padding=8)
inc.grid(row=1, column=1, sticky="new", pady=6)
keep = []
for text, on in st["checks"]:
    b = tk.BooleanVar(value=on)
    keep.append(b)
    ttk.Checkbutton(inc, text=text, variable=b).pack(anchor="w")

res = ttk.Frame(frm)
res.grid(row=2, column=1, sticky="new")
ttk.Label(res, text="Resolution (dpi):").pack(side="left")
cb = ttk.Combobox(res, values=["72", "150", "300", "600"], width=6)
cb.set(st["dpi"])
cb.pack(side="left", padx=6)

bar = ttk.Frame(frm)
bar.grid(row=3, column=0, columnspan=2, sticky="e", pady=(12, 0))
for b in st["buttons"]:
    ttk.Button(bar, text=b).pack(side="left", padx=4)
root.mainloop()
