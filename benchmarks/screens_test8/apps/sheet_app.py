import sys, json
from PyQt5.QtWidgets import (QApplication, QMainWindow, QTableWidget, QTableWidgetItem, QLineEdit, QLabel,
                             QWidget, QVBoxLayout, QHBoxLayout, QToolBar, QAction)
from PyQt5.QtCore import Qt
from PyQt5.QtGui import QFont
data = json.load(open(sys.argv[1]))
app = QApplication(sys.argv)
app.setFont(QFont("Liberation Sans", 11))
w = QMainWindow(); w.setWindowTitle(data["title"])
tb = QToolBar(); w.addToolBar(tb)
for a in ("New", "Open", "Save", "Sum", "Sort A-Z", "Chart"): tb.addAction(QAction(a, w))
central = QWidget(); v = QVBoxLayout(central)
bar = QHBoxLayout(); name = QLineEdit(data["cell"]); name.setFixedWidth(70); fx = QLineEdit(data["formula"])
bar.addWidget(name); bar.addWidget(QLabel("fx")); bar.addWidget(fx); v.addLayout(bar)
rows = data["rows"]; ncol = max(len(r) for r in rows) + 1
t = QTableWidget(len(rows) + 3, ncol)
t.setHorizontalHeaderLabels([chr(65 + i) for i in range(ncol)])
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        it = QTableWidgetItem(str(val))
        if c > 0 and r > 0: it.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        if r == 0: f = it.font(); f.setBold(True); it.setFont(f)
        t.setItem(r, c, it)
t.setColumnWidth(0, 150)
for c in range(1, ncol): t.setColumnWidth(c, 105)
rr, cc = data["sel"]; t.setCurrentCell(rr, cc)
v.addWidget(t); w.setCentralWidget(central)
w.statusBar().showMessage(data["status"])
w.resize(1000, 560); w.show(); app.exec_()
