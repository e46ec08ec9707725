"""Home-made PyQt5 table window; rows from a JSON file (argv[1])."""
import json, sys
from PyQt5 import QtWidgets, QtCore
st = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv)
app.setStyle("Fusion")
w = QtWidgets.QMainWindow()
w.setWindowTitle(st["title"])
tb = w.addToolBar("main")
for a in ["New loan", "Return", "Extend", "Print"]:
    tb.addAction(a)
t = QtWidgets.QTableWidget(len(st["rows"]), len(st["cols"]))
t.setHorizontalHeaderLabels(st["cols"])
for i, row in enumerate(st["rows"]):
    for j, v in enumerate(row):
        it = QtWidgets.QTableWidgetItem(str(v))
        if j == len(row) - 1:
            it.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
        t.setItem(i, j, it)
t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
t.resizeColumnsToContents()
t.horizontalHeader().setStretchLastSection(True)
t.selectRow(st["selected"])
w.setCentralWidget(t)
w.statusBar().showMessage(st["status"])
w.resize(780, 440)
w.show()
app.exec_()
