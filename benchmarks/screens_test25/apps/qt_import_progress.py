"""Home-made PyQt5 progress dialog; state from the JSON file argv[1]."""
import json, sys
from PyQt5 import QtWidgets, QtCore
st = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv)
app.setStyle('Fusion')
d = QtWidgets.QDialog(); d.setWindowTitle(st['title'])
lay = QtWidgets.QVBoxLayout(d)
h = QtWidgets.QLabel('<b>%s</b>' % st['heading']); lay.addWidget(h)
lay.addWidget(QtWidgets.QLabel(st['line']))
pb = QtWidgets.QProgressBar(); pb.setRange(0, 100); pb.setValue(st['percent']); lay.addWidget(pb)
form = QtWidgets.QFormLayout()
for k, v in st['fields']:
    form.addRow(k + ':', QtWidgets.QLabel(v))
lay.addLayout(form)
for lab, on in st['checks']:
    c = QtWidgets.QCheckBox(lab); c.setChecked(on); lay.addWidget(c)
bb = QtWidgets.QHBoxLayout(); bb.addStretch(1)
for b in st['buttons']:
    bt = QtWidgets.QPushButton(b); bb.addWidget(bt)
    if b == st['default']:
        bt.setDefault(True)
lay.addLayout(bb)
d.resize(520, 300); d.move(120, 90)
d.show()
sys.exit(app.exec_())
