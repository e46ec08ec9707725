#!/usr/bin/python3
"""Home-made Tk (ttk clam) order list: Treeview with one selected row and a status bar."""
import json
import sys
import tkinter as tk
from tkinter import ttk

spec = json.load(open(sys.argv[1]))
root = tk.Tk()
root.title(spec["title"])
root.geometry("820x420")
st = ttk.Style()
st.theme_use("clam")
st.configure("Treeview", rowheight=26, font=("DejaVu Sans", 10))
st.configure("Treeview.Heading", font=("DejaVu Sans", 10, "bold"))
bar = ttk.Frame(root, padding=6)
bar.pack(fill="x")
for b in ("New order", "Edit", "Mark shipped", "Export…"):
    ttk.Button(bar, text=b).pack(side="left", padx=3)
cols = [("order", "Order", 90), ("customer", "Customer", 190), ("date", "Date", 110),
        ("items", "Items", 70), ("amount", "Amount (€)", 120), ("status", "Status", 110)]
tv = ttk.Treeview(root, columns=[c[0] for c in cols], show="headings", height=10)
for key, title, w in cols:
    tv.heading(key, text=title)
    tv.column(key, width=w, anchor="e" if key in ("items", "amount") else "w")
ids = []
for r in spec["rows"]:
    ids.append(tv.insert("", "end", values=[r[c[0]] for c in cols]))
tv.pack(fill="both", expand=True, padx=6)
tv.selection_set(ids[spec["selected"]])
tv.focus(ids[spec["selected"]])
status = ttk.Label(root, text=spec["status"], relief="sunken", anchor="w", padding=(6, 2))
status.pack(fill="x", side="bottom")
root.mainloop()
