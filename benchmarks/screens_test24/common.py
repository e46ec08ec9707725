"""Shared helpers for screens_test24."""
import os, random, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import xhelp
from xhelp import sh, SCRATCH

SEED = 9421
IMG = os.path.join(HERE, "images")
WORK = os.path.join(SCRATCH, "work")
HOME = os.path.join(SCRATCH, "home", "ines")
QS = []


def rng(k):
    return random.Random(SEED * 100 + k)


class Scene:
    def __init__(self, name, category, image_text=""):
        self.name, self.category, self.text = name, category, image_text
        self.qs = []

    def q(self, question, answer, atype, intent, literal, check=None):
        answer = str(answer)
        if literal:
            hay = self.text if check is None else check
            for part in answer.split("; "):
                assert part in hay, (self.name, question, part)
        self.qs.append(dict(image="images/%s.png" % self.name, question=question, answer=answer,
                            answer_type=atype, category=self.category, intent=intent,
                            literal=bool(literal)))


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def ts(s):
    import datetime
    return int(datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        tzinfo=datetime.timezone.utc).timestamp())


SCENES = {}


def scene(key):
    def deco(f):
        SCENES[key] = f
        return f
    return deco


