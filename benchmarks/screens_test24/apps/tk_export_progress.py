"""Home-made Tk/ttk progress dialog; state from a JSON file (argv[1])."""
import json, sys, tkinter as tk
from tkinter import ttk
st = json.load(open(sys.argv[1]))
root = tk.Tk()
root.title(st["title"])
root.geometry("520x260")
s = ttk.Style(); s.theme_use("alt")
f = ttk.Frame(root, padding=16); f.pack(fill="both", expand=True)
ttk.Label(f, text=st["heading"], font=("DejaVu Sans", 13, "bold")).pack(anchor="w")
ttk.Label(f, text=st["line1"]).pack(anchor="w", pady=(8, 2))
pb = ttk.Progressbar(f, length=480, maximum=100, value=st["pct"]); pb.pack(fill="x", pady=4)
row = ttk.Frame(f); row.pack(fill="x")
ttk.Label(row, text=st["line2"]).pack(side="left")
ttk.Label(row, text="%d%%" % st["pct"]).pack(side="right")
ttk.Label(f, text=st["line3"]).pack(anchor="w", pady=(2, 6))
v = tk.IntVar(value=1 if st["shutdown"] else 0)
ttk.Checkbutton(f, text="Shut down the computer when finished", variable=v).pack(anchor="w")
bb = ttk.Frame(f); bb.pack(side="bottom", fill="x")
for lab in reversed(st["buttons"]):
    ttk.Button(bb, text=lab).pack(side="right", padx=4)
root.mainloop()
