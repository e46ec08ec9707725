"""Seed, per-window random streams, question records and literal checks."""
import hashlib
import random

SEED = 3917
SCRATCH = "/tmp/screens_test27"


def rng(name):
    h = hashlib.sha256(f"{SEED}/{name}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


class Scene:
    def __init__(self, key, image, app, theme, category, content):
        self.key = key
        self.image = image
        self.app = app
        self.theme = theme
        self.category = category
        self.content = content
        self.questions = []
        self.visible_text = ""   # text known to be drawn (transcript / data handed to the app)

    def q(self, question, answer, atype, intent, literal, category=None):
        answer = str(answer)
        if literal:
            for part in answer.split("; "):
                assert part.lower() in self.visible_text.lower(), (self.key, question, part)
        self.questions.append(dict(question=question, answer=answer, answer_type=atype,
                                   category=category or self.category, intent=intent,
                                   literal=bool(literal)))


def human_size(n):
    """du -h / ls -h style (1024 based, one decimal below 10)."""
    units = ["", "K", "M", "G"]
    x = float(n)
    i = 0
    while x >= 1024 and i < 3:
        x /= 1024
        i += 1
    if i == 0:
        return str(n)
    import math
    if x < 10:
        v = math.ceil(x * 10) / 10
        if v >= 10:
            return f"{math.ceil(x):d}{units[i]}"
        return f"{v:.1f}{units[i]}"
    return f"{math.ceil(x):d}{units[i]}"
