"""Home-made PyQt5 copy-progress dialog; everything shown comes from the JSON spec in argv[1]."""
import json, sys
from PyQt5 import QtWidgets, QtCore
spec = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv)
app.setStyle('Fusion')
d = QtWidgets.QDialog()
d.setWindowTitle(spec['title'])
lay = QtWidgets.QVBoxLayout(d)
head = QtWidgets.QLabel(f"<b>{spec['heading']}</b>")
lay.addWidget(head)
lay.addWidget(QtWidgets.QLabel(spec['line']))
bar = QtWidgets.QProgressBar(); bar.setRange(0, 100); bar.setValue(spec['percent']); bar.setFormat('%p%')
lay.addWidget(bar)
grid = QtWidgets.QFormLayout()
for k, v in spec['facts']:
    grid.addRow(k + ':', QtWidgets.QLabel(v))
lay.addLayout(grid)
for lab, on in spec['checks']:
    c = QtWidgets.QCheckBox(lab); c.setChecked(on); lay.addWidget(c)
bb = QtWidgets.QHBoxLayout(); bb.addStretch(1)
for b in spec['buttons']:
    bb.addWidget(QtWidgets.QPushButton(b))
lay.addLayout(bb)
d.resize(560, 330)
d.show()
sys.exit(app.exec_())
