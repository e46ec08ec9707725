"""Inline CSS and JS for the pages (no network: everything a page needs is in the page).

The scripts only ever write text with `textContent`: evidence is text read from images, i.e. untrusted data.
"""

from __future__ import annotations

import json
from typing import Any

from ..jsonfile import finite

# Distinct colours, one per tool (evidence.source), assigned in sorted tool order so a page is stable.
PALETTE = [
    "#e6194b",
    "#1f77b4",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#17becf",
    "#f032e6",
    "#8c564b",
    "#bcbd22",
    "#469990",
]


def json_script(element_id: str, data: Any) -> str:
    """Data for the page's scripts; `<`, `>` and `&` escaped so no value can close the script element, and
    NaN/Infinity written as null (JSON.parse rejects them, and with them every box on the page)."""
    text = json.dumps(finite(data), ensure_ascii=False, allow_nan=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


BASE_CSS = """
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;padding:12px 18px;color:#1d232a;
background:#f6f7f9}
h1{font-size:20px;margin:4px 0 10px}h2{font-size:16px;margin:18px 0 8px}h3{font-size:14px;margin:10px 0 4px}
pre{white-space:pre-wrap;word-break:break-word;background:#fff;border:1px solid #dde1e6;padding:8px;margin:4px 0;
font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;max-height:480px;overflow:auto}
table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid #dde1e6;padding:3px 6px;
text-align:left;vertical-align:top}th{background:#eef1f4}
details{background:#fff;border:1px solid #dde1e6;margin:4px 0;padding:4px 8px}summary{cursor:pointer}
.muted{color:#66707a}.ok{color:#1b7f3b}.bad{color:#b3261e}
.chip{display:inline-block;border:1px solid #c3c9d0;border-radius:9px;padding:0 6px;margin:1px;font-size:12px;
cursor:pointer;background:#fff}
"""

VIEW_CSS = """
.layout{display:grid;grid-template-columns:minmax(320px,1.2fr) minmax(360px,1fr);gap:16px;align-items:start}
.figure{position:sticky;top:8px;background:#fff;border:1px solid #dde1e6;padding:6px}
#overlay{width:100%;height:auto;display:block;max-height:88vh}
#overlay rect.box{fill-opacity:.10;stroke-width:1.5;vector-effect:non-scaling-stroke;cursor:pointer}
#overlay g.cited rect.box{stroke-width:3;fill-opacity:.25}
#overlay rect.halo{fill:none;stroke:#ffc400;stroke-width:9;stroke-opacity:.85;vector-effect:non-scaling-stroke;
pointer-events:none}
#overlay g.sel rect.box{stroke-width:4;fill-opacity:.4;stroke-dasharray:6 3}
#overlay g.off{display:none}
.halo-key{display:inline-block;width:14px;height:9px;border:3px solid #ffc400;margin-right:3px;vertical-align:-1px}
.filters label{margin-right:10px;white-space:nowrap}.swatch{display:inline-block;width:11px;height:11px;
margin-right:3px;border-radius:2px;vertical-align:-1px}
.answer{font-size:18px;font-weight:600}
.card{background:#fff;border:1px solid #dde1e6;padding:8px 10px;margin-bottom:10px}
#details{min-height:60px}#details dt{font-weight:600;float:left;clear:left;width:90px}#details dd{margin-left:96px}
tr.sel td{background:#fff6cc}.cite{font-weight:600;text-decoration:underline dotted;cursor:pointer}
.round{border-left:3px solid #8aa4c8;padding-left:10px;margin:10px 0}
@media (max-width:900px){.layout{grid-template-columns:1fr}.figure{position:static}}
"""

VIEW_JS = """
(function(){
  const ev = JSON.parse(document.getElementById('evidence-data').textContent);
  const rects = Array.from(document.querySelectorAll('#overlay g[data-ev]'));
  const offSrc = new Set(), offRound = new Set(); let citedOnly = false, pinned = null;
  function apply(){
    for (const r of rects){
      const hide = offSrc.has(r.dataset.source) || offRound.has(r.dataset.round) ||
        (citedOnly && !r.classList.contains('cited'));
      r.classList.toggle('off', hide);
    }
  }
  document.querySelectorAll('input[data-filter]').forEach(function(box){
    box.addEventListener('change', function(){
      const set = box.dataset.filter === 'source' ? offSrc : offRound;
      if (box.checked) set.delete(box.value); else set.add(box.value);
      apply();
    });
  });
  const co = document.getElementById('cited-only');
  if (co) co.addEventListener('change', function(){ citedOnly = co.checked; apply(); });
  function show(id){
    const d = document.getElementById('details'); const e = ev[id]; if (!d || !e) return;
    d.textContent = '';
    const dl = document.createElement('dl');
    for (const k of ['id','kind','label','value','number','confidence','source','round','box','attrs']){
      if (e[k] === null || e[k] === undefined || (k === 'attrs' && !Object.keys(e[k]).length)) continue;
      const dt = document.createElement('dt'); dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = typeof e[k] === 'object' ? JSON.stringify(e[k]) : String(e[k]);
      dl.appendChild(dt); dl.appendChild(dd);
    }
    d.appendChild(dl);
  }
  function select(id){
    pinned = id;
    rects.forEach(function(r){ r.classList.toggle('sel', r.dataset.ev === id); });
    document.querySelectorAll('tr[data-ev]').forEach(function(tr){ tr.classList.toggle('sel', tr.dataset.ev === id); });
    show(id);
  }
  rects.forEach(function(r){
    r.addEventListener('mouseenter', function(){ show(r.dataset.ev); });
    r.addEventListener('mouseleave', function(){ if (pinned) show(pinned); });
    r.addEventListener('click', function(){ select(r.dataset.ev); });
  });
  document.querySelectorAll('[data-cite]').forEach(function(el){
    el.addEventListener('click', function(){
      select(el.dataset.cite);
      const r = rects.find(function(x){ return x.dataset.ev === el.dataset.cite; });
      if (r && r.scrollIntoView) r.scrollIntoView({block:'nearest'});
    });
  });
})();
"""

REPORT_CSS = """
.wrap{max-width:1300px;margin:auto}th.sortable{cursor:pointer;user-select:none}
th.sortable:after{content:' \\2195';color:#99a}th.asc:after{content:' \\2191'}th.desc:after{content:' \\2193'}
td.num{text-align:right;font-variant-numeric:tabular-nums}.pos{color:#1b7f3b}.neg{color:#b3261e}
img.plot{max-width:100%;background:#fff;border:1px solid #dde1e6}
img.thumb{width:96px;max-height:96px;object-fit:contain;background:#fff}
tr.fail{cursor:pointer}tr.fail:hover td{background:#f0f5ff}.filters select{margin-right:10px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:14px}@media (max-width:900px){.grid2{grid-template-columns:1fr}}
"""

REPORT_JS = """
(function(){
  function key(td){ const v = td.dataset.v !== undefined ? td.dataset.v : td.textContent.trim();
    const n = parseFloat(v); return isNaN(n) || !/^[-+]?[0-9.]/.test(v) ? v.toLowerCase() : n; }
  document.querySelectorAll('table.sortable').forEach(function(t){
    t.querySelectorAll('th').forEach(function(th, i){
      th.classList.add('sortable');
      th.addEventListener('click', function(){
        const asc = !th.classList.contains('asc');
        t.querySelectorAll('th').forEach(function(h){ h.classList.remove('asc','desc'); });
        th.classList.add(asc ? 'asc' : 'desc');
        const body = t.tBodies[0]; const rows = Array.from(body.rows);
        rows.sort(function(a, b){ const x = key(a.cells[i]), y = key(b.cells[i]);
          const c = (typeof x === typeof y) ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === 'number' ? -1 : 1);
          return asc ? c : -c; });
        rows.forEach(function(r){ body.appendChild(r); });
      });
    });
  });
  const fs = document.getElementById('f-system'), fc = document.getElementById('f-category');
  function filter(){
    document.querySelectorAll('tr.fail').forEach(function(tr){
      tr.style.display = ((!fs.value || tr.dataset.system === fs.value) &&
        (!fc.value || tr.dataset.category === fc.value)) ? '' : 'none';
    });
  }
  if (fs) fs.addEventListener('change', filter); if (fc) fc.addEventListener('change', filter);
  document.querySelectorAll('tr.fail[data-href]').forEach(function(tr){
    tr.addEventListener('click', function(e){ if (e.target.closest('a')) return; location.href = tr.dataset.href; });
  });
})();
"""
