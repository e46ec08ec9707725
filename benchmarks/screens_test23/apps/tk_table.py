"""Home-made Tk/ttk table window with one selected row; data from the JSON spec in argv[1]."""
import json, sys, tkinter as tk
from tkinter import ttk
spec = json.load(open(sys.argv[1]))
root = tk.Tk(); root.title(spec['title']); root.geometry('900x440')
st = ttk.Style(root); st.theme_use(spec.get('theme', 'clam'))
bar = ttk.Frame(root); bar.pack(fill='x', padx=6, pady=4)
for b in spec['toolbar']:
    ttk.Button(bar, text=b).pack(side='left', padx=2)
ttk.Label(bar, text='Search:').pack(side='left', padx=(20, 2)); ttk.Entry(bar, width=18).pack(side='left')
cols = spec['columns']
tv = ttk.Treeview(root, columns=cols, show='headings', height=12)
for c, wdt in zip(cols, spec['widths']):
    tv.heading(c, text=c); tv.column(c, width=wdt, anchor='w' if wdt > 90 else 'center')
ids = [tv.insert('', 'end', values=row) for row in spec['rows']]
tv.pack(fill='both', expand=True, padx=6)
tv.selection_set(ids[spec['selected']]); tv.focus(ids[spec['selected']])
ttk.Label(root, text=spec['status'], relief='sunken', anchor='w').pack(fill='x', side='bottom')
root.mainloop()
