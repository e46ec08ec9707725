"""A PyQt5 window with a QTableWidget drawn from a JSON file."""

import json
import sys

from PyQt5.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QTableWidget, QTableWidgetItem

with open(sys.argv[1]) as fh:
    data = json.load(fh)
app = QApplication(sys.argv)
win = QMainWindow()
win.setWindowTitle(data["title"])
t = QTableWidget(len(data["rows"]), len(data["cols"]))
t.setHorizontalHeaderLabels(data["cols"])
for r, row in enumerate(data["rows"]):
    for c, v in enumerate(row):
        t.setItem(r, c, QTableWidgetItem(v))
t.setSelectionBehavior(QAbstractItemView.SelectRows)
t.resizeColumnsToContents()
t.horizontalHeader().setStretchLastSection(True)
t.selectRow(data["selected"])
win.setCentralWidget(t)
win.statusBar().showMessage(f"{len(data['rows'])} parts")
win.show()
t.setFocus()
sys.exit(app.exec_())
