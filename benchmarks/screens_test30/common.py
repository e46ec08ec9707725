"""Shared helpers: seeded streams, question records, literal checks."""
import hashlib
import json
import os
import random
import re
import shutil

SEED = 8126
OUT = os.path.dirname(os.path.abspath(__file__))
SCRATCH = "/tmp/screens_test30"
RESULTS = f"{SCRATCH}/results"


def rng(name):
    return random.Random(int(hashlib.sha256(f"{SEED}/{name}".encode()).hexdigest(), 16))


def fresh_dir(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path


def norm(s):
    return re.sub(r"\s+", " ", s)


class Scene:
    """Collects the questions of one window."""

    def __init__(self, name, category, app, theme, content):
        self.name, self.category, self.app, self.theme, self.content = name, category, app, theme, content
        self.qs = []
        self.text = ""  # text the app drew (or was handed), for literal checks

    def q(self, question, answer, atype, intent, literal):
        answer = str(answer)
        if atype == "yesno":
            assert answer in ("yes", "no"), answer
        if literal:
            hay = norm(self.text)
            for part in answer.split("; "):
                assert norm(part) in hay, f"{self.name}: literal gold {part!r} not in drawn text"
        self.qs.append(dict(question=question, answer=answer, answer_type=atype, intent=intent, literal=bool(literal)))

    def save(self):
        os.makedirs(RESULTS, exist_ok=True)
        with open(f"{RESULTS}/{self.name}.json", "w") as f:
            json.dump(dict(name=self.name, category=self.category, app=self.app, theme=self.theme,
                           content=self.content, qs=self.qs), f, indent=1)


def mmss(sec):
    return f"{sec // 60}:{sec % 60:02d}"
