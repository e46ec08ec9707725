"""One function per application scene: write the data, start the real program, screenshot, return the
questions with golds computed from the data written. Phrasings live in `phrasings.py`."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path
from typing import Any

from common import CITIES, Item, Scene, ask


def gnumeric(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    cities = rng.sample(CITIES, 9)
    head = ["Region", "Q1", "Q2", "Q3", "Q4"]
    data = [[c] + [str(rng.randint(120, 980)) for _ in range(4)] for c in cities]
    (work / "sales.csv").write_text("\n".join(",".join(r) for r in [head] + data) + "\n")
    d.launch(["gnumeric", "--no-splash", str(work / "sales.csv")])
    wid = d.wait_window("sales", 40)
    d.place(wid, 0, 0, 1280, 900)
    time.sleep(1.5)
    d.shot(image)
    letters = "ABCDE"
    r, c = rng.randrange(len(data)), rng.randrange(1, 5)
    r2, c2 = rng.randrange(len(data)), rng.randrange(1, 5)
    q = rng.randrange(1, 5)
    top = max(data, key=lambda row: int(row[q]))
    return (ask(rng, "cell_ref", data[r][c], "number", cell=f"{letters[c]}{r + 2}")
            + ask(rng, "cell_rowcol", data[r2][c2], "number", row=r2 + 2, col=letters[c2])
            + ask(rng, "cell_lookup", data[r][q], "number", row=data[r][0], col=head[q])
            + ask(rng, "column_max", top[0], "text", col=head[q]))


def zenity_list(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    names = rng.sample(["HP-LaserJet-4", "Brother-HL2270", "Canon-MF644", "Epson-WF3820", "Xerox-B210",
                        "Kyocera-P2040", "Lexmark-MS431"], 5)
    rooms = rng.sample(["Room 101", "Lab 2", "Reception", "Office 7", "Floor 3 East"], 5)
    off = rng.randrange(5)
    status = ["Offline" if i == off else "Ready" for i in range(5)]
    argv = ["zenity", "--list", "--title=Select Printer", "--text=Choose a printer for the report",
            "--column=Printer", "--column=Location", "--column=Status", "--width=620", "--height=380"]
    for n, r, s in zip(names, rooms, status, strict=True):
        argv += [n, r, s]
    d.launch(argv)
    wid = d.wait_window("Select Printer")
    d.place(wid, 300, 200)
    pick = rng.randrange(5)
    # Synthetic key events are ignored by GTK: click the row (its place in the list as zenity lays it out).
    d.xdo("mousemove", "370", str(292 + 23 * pick), "click", "1")
    d.xdo("mousemove", "1200", "880")
    time.sleep(0.6)
    d.shot(image)
    return (ask(rng, "offline_row", names[off], "text")
            + ask(rng, "highlighted", names[pick], "text")
            + ask(rng, "count_rows", "5", "count", what="printers", literal=False)
            + ask(rng, "dialog_title", "Select Printer", "text"))


def zenity_question(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    n = rng.randint(3, 19)
    ok, cancel = rng.choice([("Delete", "Keep"), ("Overwrite", "Skip"), ("Remove", "Cancel")])
    d.launch(["zenity", "--question", "--title=Confirm", f"--text=Permanently {ok.lower()} {n} selected files?",
              f"--ok-label={ok}", f"--cancel-label={cancel}"])
    wid = d.wait_window("Confirm")
    d.place(wid, 420, 330)
    d.shot(image)
    return (ask(rng, "dialog_buttons", f"{cancel}, {ok}", "text", literal=False)
            + ask(rng, "dialog_number", str(n), "number", what="files"))


def zenity_progress(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    total = rng.randint(60, 240)
    done = rng.randint(5, total - 5)
    pct = done * 100 // total
    script = work / "feed.sh"
    script.write_text(f"echo {pct}; echo '# Copying file {done} of {total}'; sleep 600\n")
    d.launch(["bash", "-c", f"bash {script} | zenity --progress --title='Backup' --text='Starting' --width=460"])
    wid = d.wait_window("Backup")
    d.place(wid, 400, 360)
    time.sleep(0.8)
    d.shot(image)
    return (ask(rng, "progress_done", str(done), "number", total=total)
            + ask(rng, "progress_pct", f"{pct}%", "number", literal=False))


def zenity_checklist(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    feats = rng.sample(["Spell check", "Auto save", "Line wrap", "Dark mode", "Telemetry", "Sync bookmarks",
                        "Show hidden files", "Sound alerts"], 6)
    on = [rng.random() < 0.5 for _ in feats]
    on[0], on[1] = True, False
    order = list(range(6))
    rng.shuffle(order)
    argv = ["zenity", "--list", "--checklist", "--title=Options", "--text=Enable features",
            "--column=On", "--column=Feature", "--width=420", "--height=380"]
    for i in order:
        argv += ["TRUE" if on[i] else "FALSE", feats[i]]
    d.launch(argv)
    wid = d.wait_window("Options")
    d.place(wid, 420, 220)
    d.shot(image)
    x = rng.choice([0, 1])
    return (ask(rng, "count_checked", str(sum(on)), "count", literal=False)
            + ask(rng, "is_checked", "yes" if on[x] else "no", "yesno", label=feats[x], literal=False))


TK_SETTINGS = """
wm title . "{title}"
wm geometry . 520x420+380+220
ttk::labelframe .g -text "General" -padding 8
pack .g -fill x -padx 10 -pady 6
set row 0
foreach {{name val}} {{{checks}}} {{
  set ::v$row $val
  ttk::checkbutton .g.c$row -text $name -variable ::v$row
  grid .g.c$row -sticky w -row $row
  incr row
}}
ttk::labelframe .t -text "Theme" -padding 8
pack .t -fill x -padx 10 -pady 6
set ::theme "{theme}"
set i 0
foreach t {{{themes}}} {{
  ttk::radiobutton .t.r$i -text $t -value $t -variable ::theme
  grid .t.r$i -row 0 -column $i -padx 6
  incr i
}}
ttk::frame .f -padding 8
pack .f -fill x -padx 10
ttk::label .f.l1 -text "Username:"
ttk::entry .f.e1
.f.e1 insert 0 "{user}"
ttk::label .f.l2 -text "Port:"
ttk::entry .f.e2
.f.e2 insert 0 "{port}"
grid .f.l1 .f.e1 -sticky w -pady 3
grid .f.l2 .f.e2 -sticky w -pady 3
ttk::frame .b
pack .b -side bottom -anchor e -padx 10 -pady 10
ttk::button .b.ok -text Apply
ttk::button .b.c -text Close
pack .b.c .b.ok -side right -padx 4
"""


def tk_settings(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    names = rng.sample(["Start at login", "Check for updates", "Show tray icon", "Send usage data",
                        "Confirm on exit", "Remember window size"], 4)
    vals = [rng.random() < 0.5 for _ in names]
    vals[0] = not vals[1]
    themes = rng.sample(["Light", "Dark", "System", "Solarized"], 3)
    theme = rng.choice(themes)
    user = rng.choice(["mkovac", "jberg", "wchen", "akhan"])
    port = str(rng.randint(1025, 9999))
    checks = " ".join(f'"{n}" {int(v)}' for n, v in zip(names, vals, strict=True))
    (work / "settings.tcl").write_text(TK_SETTINGS.format(title="Preferences", checks=checks,
                                                          themes=" ".join(themes), theme=theme, user=user, port=port))
    d.launch(["wish", str(work / "settings.tcl")])
    wid = d.wait_window("Preferences")
    d.place(wid, 380, 220)
    d.shot(image)
    x = rng.randrange(4)
    return (ask(rng, "is_checked", "yes" if vals[x] else "no", "yesno", label=names[x], literal=False)
            + ask(rng, "count_checked", str(sum(vals)), "count", literal=False)
            + ask(rng, "selected_radio", theme, "text", group="theme")
            + ask(rng, "field_value", port, "number", label="port")
            + ask(rng, "field_value", user, "text", label="username"))


def _files(work: Path, rng: random.Random) -> tuple[Path, list[tuple[str, int, float]], list[str]]:
    folder = work / "project"
    folder.mkdir()
    stems = rng.sample(["report", "budget", "notes", "draft", "summary", "invoice", "plan", "data", "readme",
                        "results", "backup", "config"], 8)
    exts = [rng.choice([".txt", ".csv", ".pdf", ".json"]) for _ in stems]
    files = []
    base = time.mktime((2024, 3, 1, 9, 0, 0, 0, 0, 0))
    for k, (s, e) in enumerate(zip(stems, exts, strict=True)):
        size = rng.randint(200, 90000)
        p = folder / f"{s}{e}"
        p.write_bytes(b"x" * size)
        mtime = base + rng.randint(0, 300) * 86400 + k * 3600
        os.utime(p, (mtime, mtime))
        files.append((p.name, size, mtime))
    dirs = rng.sample(["assets", "old", "scripts", "exports", "tmp"], rng.randint(1, 3))
    for s in dirs:
        (folder / s).mkdir()
        os.utime(folder / s, (base, base))
    return folder, files, dirs


def _file_questions(rng: random.Random, files: list[tuple[str, int, float]], dirs: list[str]) -> list[Item]:
    ext = rng.choice([f[0].rsplit(".", 1)[1] for f in files])
    n_ext = sum(f[0].endswith("." + ext) for f in files)
    return (ask(rng, "largest_file", max(files, key=lambda f: f[1])[0], "text")
            + ask(rng, "newest_file", max(files, key=lambda f: f[2])[0], "text")
            + ask(rng, "count_ext", str(n_ext), "count", ext=ext, literal=False)
            + ask(rng, "count_dirs", str(len(dirs)), "count", literal=False))


def xterm_ls(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    folder, files, dirs = _files(work, rng)
    d.launch(["xterm", "-fa", "DejaVu Sans Mono", "-fs", "11", "-geometry", "100x30+120+80", "-T", "Terminal",
              "-e", "bash", "-c", "ls -l --time-style=long-iso; exec sleep 600"], cwd=folder)
    wid = d.wait_window("Terminal")
    d.place(wid, 120, 80)
    d.shot(image)
    return _file_questions(rng, files, dirs)


def pcmanfm(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    folder, files, dirs = _files(work, rng)
    conf = Path(d.env["XDG_CONFIG_HOME"]) / "pcmanfm" / "default"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "pcmanfm.conf").write_text("[ui]\nview_mode=list\nshow_hidden=0\nwin_width=1000\nwin_height=640\n")
    d.launch(["pcmanfm", "--no-desktop", str(folder)])
    wid = d.wait_window("project")
    d.place(wid, 60, 60, 1100, 700)
    time.sleep(1.0)
    d.shot(image)
    return _file_questions(rng, files, dirs)


def thunar(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    folder, files, dirs = _files(work, rng)
    conf = Path(d.env["XDG_CONFIG_HOME"]) / "xfce4" / "xfconf" / "xfce-perchannel-xml"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "thunar.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<channel name="thunar" version="1.0">'
                                     '<property name="last-view" type="string" value="ThunarDetailsView"/>'
                                     '</channel>\n')
    d.launch(["thunar", str(folder)])
    wid = d.wait_window("project")
    d.place(wid, 60, 60, 1100, 700)
    time.sleep(1.0)
    d.shot(image)
    return _file_questions(rng, files, dirs)


from scenes_more import MORE  # noqa: E402  (editor, calculator, pdf, git and yad scenes)

SCENES: list[Scene] = [
    Scene("gnumeric_sales", "gnumeric", "spreadsheet", "dev", gnumeric),
    Scene("zenity_printers", "zenity", "list_dialog", "dev", zenity_list),
    Scene("zenity_question", "zenity", "message_dialog", "dev", zenity_question),
    Scene("zenity_progress", "zenity", "progress_dialog", "dev", zenity_progress),
    Scene("zenity_checklist", "zenity", "checklist_dialog", "dev", zenity_checklist),
    Scene("tk_settings", "wish", "settings", "dev", tk_settings),
    Scene("xterm_ls", "xterm", "terminal", "dev", xterm_ls),
    Scene("pcmanfm_detail", "pcmanfm", "file_manager", "dev", pcmanfm),
    Scene("thunar_detail", "thunar", "file_manager", "test", thunar),
    *MORE,
]
