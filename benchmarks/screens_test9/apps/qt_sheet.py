"""Home-made PyQt5 mini spreadsheet window; content from a JSON spec (argv[1])."""
import json
import sys
from PyQt5 import QtGui, QtWidgets

spec = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv)
app.setStyle("Fusion")
if spec.get("dark"):
    pal = QtGui.QPalette()
    for role, col in [(QtGui.QPalette.Window, "#2b2d31"), (QtGui.QPalette.WindowText, "#e6e6e6"),
                      (QtGui.QPalette.Base, "#1e1f22"), (QtGui.QPalette.AlternateBase, "#26282c"),
                      (QtGui.QPalette.Text, "#e6e6e6"), (QtGui.QPalette.Button, "#3a3d42"),
                      (QtGui.QPalette.ButtonText, "#e6e6e6"), (QtGui.QPalette.Highlight, "#3d6fb6"),
                      (QtGui.QPalette.HighlightedText, "#ffffff")]:
        pal.setColor(role, QtGui.QColor(col))
    app.setPalette(pal)
win = QtWidgets.QMainWindow()
win.setWindowTitle(spec["title"])
central = QtWidgets.QWidget()
v = QtWidgets.QVBoxLayout(central)
bar = QtWidgets.QHBoxLayout()
cell = QtWidgets.QLineEdit(spec["selected"])
cell.setFixedWidth(60)
formula = QtWidgets.QLineEdit(spec["formula"])
bar.addWidget(cell)
bar.addWidget(QtWidgets.QLabel("fx"))
bar.addWidget(formula)
v.addLayout(bar)
rows = spec["rows"]
ncol = len(rows[0])
t = QtWidgets.QTableWidget(spec["nrows"], max(ncol, 7))
t.setHorizontalHeaderLabels([chr(65 + i) for i in range(t.columnCount())])
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        it = QtWidgets.QTableWidgetItem(str(val))
        if r == 0:
            f = it.font(); f.setBold(True); it.setFont(f)
        elif c > 1:
            it.setTextAlignment(0x0082)  # right | vcenter
        t.setItem(r, c, it)
t.resizeColumnsToContents()
for c in range(t.columnCount()):
    t.setColumnWidth(c, max(t.columnWidth(c) + 16, 90))
sr, sc = spec["sel_rc"]
t.setCurrentCell(sr, sc)
v.addWidget(t)
tabs = QtWidgets.QTabBar()
for s in spec["sheets"]:
    tabs.addTab(s)
tabs.setCurrentIndex(spec["sheets"].index(spec["sheet"]))
v.addWidget(tabs)
win.setCentralWidget(central)
win.statusBar().showMessage(spec["status"])
f = app.font(); f.setPointSize(10); app.setFont(f)
win.resize(980, 640)
win.show()
sys.exit(app.exec_())
