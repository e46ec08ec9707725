"""Shared state for screens_test26: seed, paths, the question list and literal checks."""
import datetime as dt
import hashlib
import os
import random
import re
import shutil

SEED = 7129
OUT = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(OUT, "images")
SCRATCH = "/tmp/screens_test26"
BUILD = os.path.join(SCRATCH, "build")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>]|\r")


def rng_for(scene):
    h = int(hashlib.sha256(("%d/%s" % (SEED, scene)).encode()).hexdigest()[:12], 16)
    return random.Random(h)


def scene_dir(scene, fresh=True):
    d = os.path.join(BUILD, scene)
    if fresh and os.path.exists(d):
        shutil.rmtree(d)
    os.makedirs(d, exist_ok=True)
    return d


def short_home(scene):
    """Terminal homes live under a short path so tracebacks and prompts stay on one line."""
    h = os.path.join(SCRATCH, "h", scene[:3])
    if os.path.exists(h):
        shutil.rmtree(h)
    os.makedirs(h)
    return h


def strip_ansi(s):
    return ANSI.sub("", s)


def set_mtime(path, when):
    ts = when.replace(tzinfo=dt.timezone.utc).timestamp()
    os.utime(path, (ts, ts))


class Scene:
    """Collects the questions of one window and checks literal golds against the drawn text."""

    def __init__(self, name, app, theme, category, content):
        self.name, self.app, self.theme, self.category, self.content = name, app, theme, category, content
        self.qs = []
        self.drawn = ""

    def q(self, question, answer, atype, intent, literal, category=None):
        self.qs.append(dict(question=question, answer=str(answer), answer_type=atype,
                            category=category or self.category, intent=intent, literal=bool(literal)))

    def check(self):
        flat = re.sub(r"\s+", " ", self.drawn)
        for q in self.qs:
            if q["literal"]:
                for part in q["answer"].split("; "):
                    assert part in self.drawn or part in flat, (self.name, q["question"], part)
