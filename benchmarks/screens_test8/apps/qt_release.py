import sys, json
from PyQt5.QtWidgets import QApplication, QMainWindow, QTreeWidget, QTreeWidgetItem, QTabWidget, QWidget, QVBoxLayout, QLabel
from PyQt5.QtGui import QFont, QColor, QBrush
spec = json.load(open(sys.argv[1]))
app = QApplication(sys.argv); app.setStyle("Fusion"); app.setFont(QFont("DejaVu Sans", 10))
w = QMainWindow(); w.setWindowTitle(spec["title"])
tabs = QTabWidget()
page = QWidget(); v = QVBoxLayout(page)
v.addWidget(QLabel(spec["heading"]))
t = QTreeWidget(); t.setColumnCount(4); t.setHeaderLabels(["Service", "Version", "Status", "Deployed by"])
colors = {"healthy": "#1b7f3b", "degraded": "#b36b00", "failed": "#c0392b", "deploying": "#1f5fbf"}
for env, services in spec["envs"]:
    top = QTreeWidgetItem([env]); f = top.font(0); f.setBold(True); top.setFont(0, f); t.addTopLevelItem(top)
    for s in services:
        it = QTreeWidgetItem(s); it.setForeground(2, QBrush(QColor(colors[s[2]]))); top.addChild(it)
    top.setExpanded(True)
t.setColumnWidth(0, 230); t.setColumnWidth(1, 120); t.setColumnWidth(2, 130)
v.addWidget(t)
tabs.addTab(page, "Environments")
for x in ("Pipelines", "Audit log"): tabs.addTab(QWidget(), x)
w.setCentralWidget(tabs); w.statusBar().showMessage(spec["status"])
w.resize(900, 620); w.show(); app.exec_()
