import sys, json
from PyQt5.QtWidgets import (QApplication, QMainWindow, QTableWidget, QTableWidgetItem, QToolBar, QLineEdit,
                             QLabel, QComboBox, QHeaderView)
from PyQt5.QtCore import Qt
from PyQt5.QtGui import QFont

d = json.load(open(sys.argv[1]))
app = QApplication(sys.argv)
app.setStyle("Fusion")
app.setFont(QFont("DejaVu Sans", 10))
w = QMainWindow()
w.setWindowTitle(d["title"])
tb = QToolBar()
w.addToolBar(tb)
for a in ["New item", "Edit", "Delete", "Import CSV", "Export"]:
    tb.addAction(a)
tb.addSeparator()
tb.addWidget(QLabel(" Warehouse: "))
cb = QComboBox(); cb.addItems([d["warehouse"]]); tb.addWidget(cb)
tb.addWidget(QLabel("  Search: "))
tb.addWidget(QLineEdit())
t = QTableWidget(len(d["rows"]), len(d["cols"]))
t.setHorizontalHeaderLabels(d["cols"])
for r, row in enumerate(d["rows"]):
    for c, v in enumerate(row):
        it = QTableWidgetItem(str(v))
        if c >= 3 and c <= 5:
            it.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        t.setItem(r, c, it)
t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
t.horizontalHeader().setStretchLastSection(True)
t.setAlternatingRowColors(True)
w.setCentralWidget(t)
w.statusBar().showMessage(d["status"])
w.resize(1100, 640)
w.show()
app.exec_()
