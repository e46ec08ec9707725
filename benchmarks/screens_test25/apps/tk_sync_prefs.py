"""Home-made Tk/ttk preferences window; state comes from the JSON file given as argv[1]."""
import json, sys, tkinter as tk
from tkinter import ttk
st = json.load(open(sys.argv[1]))
root = tk.Tk()
root.title(st['title'])
s = ttk.Style(); s.theme_use('clam')
nb = ttk.Notebook(root); nb.pack(fill='both', expand=True, padx=8, pady=8)
f = ttk.Frame(nb, padding=12); nb.add(f, text='General')
for t in st['other_tabs']:
    nb.add(ttk.Frame(nb), text=t)
g1 = ttk.LabelFrame(f, text='When files change', padding=10); g1.grid(row=0, column=0, sticky='nsew', padx=6, pady=6)
for lab, on in st['checks']:
    v = tk.BooleanVar(value=on)
    ttk.Checkbutton(g1, text=lab, variable=v).pack(anchor='w', pady=2)
    setattr(root, 'v' + str(id(v)), v)
g2 = ttk.LabelFrame(f, text='Conflict handling', padding=10); g2.grid(row=0, column=1, sticky='nsew', padx=6, pady=6)
rv = tk.StringVar(value=st['radio_sel'])
for lab in st['radios']:
    ttk.Radiobutton(g2, text=lab, value=lab, variable=rv).pack(anchor='w', pady=2)
g3 = ttk.LabelFrame(f, text='Network', padding=10); g3.grid(row=1, column=0, columnspan=2, sticky='ew', padx=6, pady=6)
ttk.Label(g3, text='Upload limit (KB/s):').grid(row=0, column=0, sticky='w')
sp = ttk.Spinbox(g3, from_=0, to=10000, width=8); sp.grid(row=0, column=1, sticky='w', padx=6); sp.set(st['upload'])
ttk.Label(g3, text='Sync interval:').grid(row=1, column=0, sticky='w', pady=4)
cb = ttk.Combobox(g3, values=st['intervals'], width=14, state='readonly'); cb.grid(row=1, column=1, sticky='w', padx=6)
cb.set(st['interval'])
ttk.Label(g3, text='Server:').grid(row=2, column=0, sticky='w')
en = ttk.Entry(g3, width=30); en.grid(row=2, column=1, sticky='w', padx=6); en.insert(0, st['server'])
bar = ttk.Frame(root, padding=(8, 0, 8, 8)); bar.pack(fill='x')
ttk.Label(bar, text=st['status']).pack(side='left')
for b in reversed(st['buttons']):
    ttk.Button(bar, text=b).pack(side='right', padx=3)
root.geometry('660x500+80+60')
root.mainloop()
