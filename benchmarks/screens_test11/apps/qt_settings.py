import sys, json
from PyQt5.QtWidgets import (QApplication, QDialog, QTabWidget, QWidget, QVBoxLayout, QHBoxLayout, QCheckBox,
                             QRadioButton, QGroupBox, QSlider, QLabel, QSpinBox, QComboBox, QDialogButtonBox,
                             QFormLayout, QLineEdit)
from PyQt5.QtCore import Qt
from PyQt5.QtGui import QFont, QPalette, QColor

d = json.load(open(sys.argv[1]))
app = QApplication(sys.argv)
app.setStyle("Fusion")
app.setFont(QFont("DejaVu Sans", 10))
if d.get("dark"):
    p = QPalette()
    for role, col in [(QPalette.Window, "#2b2d31"), (QPalette.WindowText, "#e6e6e6"), (QPalette.Base, "#1e1f22"),
                      (QPalette.AlternateBase, "#2b2d31"), (QPalette.Text, "#e6e6e6"), (QPalette.Button, "#3a3c41"),
                      (QPalette.ButtonText, "#e6e6e6"), (QPalette.Highlight, "#4f7cff"), (QPalette.HighlightedText, "#ffffff")]:
        p.setColor(role, QColor(col))
    app.setPalette(p)
dlg = QDialog()
dlg.setWindowTitle(d["title"])
v = QVBoxLayout(dlg)
tabs = QTabWidget()
v.addWidget(tabs)
gen = QWidget(); tabs.addTab(gen, "General")
for t in d["other_tabs"]:
    tabs.addTab(QWidget(), t)
g = QVBoxLayout(gen)
form = QFormLayout()
acc = QLineEdit(d["account"]); form.addRow("Account:", acc)
folder = QLineEdit(d["folder"]); form.addRow("Sync folder:", folder)
lang = QComboBox(); lang.addItems(d["languages"]); lang.setCurrentText(d["language"]); form.addRow("Language:", lang)
g.addLayout(form)
box = QGroupBox("Startup && notifications"); bl = QVBoxLayout(box)
for label, on in d["checks"]:
    c = QCheckBox(label); c.setChecked(on); bl.addWidget(c)
g.addWidget(box)
mode = QGroupBox("Sync mode"); ml = QVBoxLayout(mode)
for m in d["modes"]:
    r = QRadioButton(m); r.setChecked(m == d["mode"]); ml.addWidget(r)
g.addWidget(mode)
bw = QGroupBox("Bandwidth && history"); fl = QFormLayout(bw)
row = QHBoxLayout(); s = QSlider(Qt.Horizontal); s.setRange(0, 2000); s.setValue(d["upload"]);
lab = QLabel(f"{d['upload']} KB/s"); row.addWidget(s); row.addWidget(lab)
fl.addRow("Upload limit:", row)
sp = QSpinBox(); sp.setRange(1, 100); sp.setValue(d["versions"]); sp.setSuffix(" versions"); fl.addRow("Keep history:", sp)
g.addWidget(bw)
bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Apply)
v.addWidget(bb)
dlg.resize(620, 640)
dlg.show()
app.exec_()
