#!/usr/bin/env python3
"""Build screens_test25: screenshots of real Debian 12 applications under Xvfb :80 + openbox."""
import json, os, sys, traceback
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import scenes_term as T

TERM_SCENES = ['t01_ls', 't02_git', 't03_pytest', 't04_traceback', 't05_ps', 't06_tabview']
GUI_SCENES = ['g01_xli_chart', 'g02_gnuplot', 'g03_edenmath', 'g04_tk_prefs', 'g05_qt_progress', 'g06_djview',
              'g07_fossil', 'g08_transmission', 'g09_konqueror', 'g10_quodlibet', 'g11_xfig']


def main(only=None):
    os.makedirs(IMG, exist_ok=True)
    fresh(W); os.makedirs(HOME, exist_ok=True)
    T.start_bridge()
    try:
        for s in TERM_SCENES:
            if only and s not in only:
                continue
            print('scene', s, flush=True)
            getattr(T, s)()
    finally:
        T.stop_bridge()
    import scenes_gui as G
    for s in GUI_SCENES:
        if only and s not in only:
            continue
        print('scene', s, flush=True)
        getattr(G, s)()
    if only:
        for x in QS:
            print(json.dumps(x))
        return
    with open(os.path.join(OUT, 'manifest.jsonl'), 'w') as f:
        for i, x in enumerate(QS, 1):
            f.write(json.dumps(dict(id='s25-%04d' % i, **x), ensure_ascii=False) + '\n')
    print(len(QS), 'questions')


if __name__ == '__main__':
    main(sys.argv[1:] or None)
