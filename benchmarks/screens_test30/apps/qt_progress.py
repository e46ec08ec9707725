"""Home-made PyQt5 progress dialog for screens_test30 (reads its state from a JSON file)."""
import json
import sys

from PyQt5.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                             QVBoxLayout)

st = json.load(open(sys.argv[1]))
app = QApplication(sys.argv)
app.setStyle("Fusion")
d = QDialog()
d.setWindowTitle(st["title"])
v = QVBoxLayout(d)
h = QLabel(f"<b>{st['heading']}</b>")
v.addWidget(h)
v.addWidget(QLabel(st["line1"]))
v.addWidget(QLabel(st["line2"]))
pb = QProgressBar()
pb.setRange(0, 100)
pb.setValue(st["percent"])
pb.setFormat("%p%")
v.addWidget(pb)
v.addWidget(QLabel(st["line3"]))
for text, on in st["checks"]:
    c = QCheckBox(text)
    c.setChecked(on)
    v.addWidget(c)
row = QHBoxLayout()
row.addStretch(1)
for b in st["buttons"]:
    row.addWidget(QPushButton(b))
v.addLayout(row)
d.resize(520, 300)
d.show()
sys.exit(app.exec_())
