import json, math, os, random, re, shutil, subprocess, time

SEED = 5843
OUT = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(OUT, 'images')
TMP = '/tmp/screens_test25'
W = os.path.join(TMP, 'w')          # generated data
HOME = os.path.join(TMP, 'home')    # HOME of the terminal sessions / apps
ANSI = re.compile(r'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\r')

QS = []


def rng(name):
    return random.Random('%d-%s' % (SEED, name))


def strip_ansi(s):
    return ANSI.sub('', s)


def q(img, question, answer, atype, category, intent, drawn=None, literal=None):
    """Record one question. If `drawn` (the text that is drawn in the image) is given and literal is not
    False, every part of the answer must appear in it (literal=True)."""
    answer = str(answer)
    if literal is None:
        literal = drawn is not None
    if literal:
        assert drawn is not None, (img, question)
        for part in answer.split('; '):
            assert part in drawn, ('not drawn', img, question, part)
    QS.append(dict(image='images/%s.png' % img, question=question, answer=answer, answer_type=atype,
                   category=category, intent=intent, literal=bool(literal)))


def human(n):
    """GNU du/ls -h size (1024 base, rounded up)."""
    if n < 1024:
        return str(n)
    v = float(n)
    for u in 'KMGT':
        v /= 1024
        if v < 1024 or u == 'T':
            break
    if v < 10:
        v = math.ceil(v * 10) / 10
        if v >= 10:
            return '%d%s' % (10, u)
        return '%.1f%s' % (v, u)
    return '%d%s' % (math.ceil(v), u)


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def mkfile(path, size, mtime, content=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        if content is not None:
            f.write(content)
        else:
            f.truncate(size)
    os.utime(path, (mtime, mtime))
