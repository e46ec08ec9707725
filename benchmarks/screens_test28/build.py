#!/usr/bin/env python3
"""screens_test28 builder: real Debian 12 application windows under Xvfb :83 + openbox.

    /usr/bin/python3 build.py            # all scenes
    /usr/bin/python3 build.py t01 g03    # only some scenes (manifest is rewritten from all scenes run)
"""
import os, sys, json, time, traceback
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import scenes_term, scenes_gui

SEED = 6947


def main():
    only = sys.argv[1:]
    os.makedirs(IMG, exist_ok=True)
    Q = Questions()
    start_display()
    try:
        T = scenes_term.TermRunner()
        try:
            for fn in scenes_term.SCENES:
                if only and fn.__name__ not in only:
                    continue
                print('scene', fn.__name__, flush=True)
                fn(T, Q, SEED)
        finally:
            T.close()
        for fn in scenes_gui.SCENES:
            if only and fn.__name__ not in only:
                continue
            print('scene', fn.__name__, flush=True)
            fn(Q, SEED)
    finally:
        stop_all()
    if only:
        path = os.path.join(SCR, 'manifest.partial.jsonl')
    else:
        path = os.path.join(OUT, 'manifest.jsonl')
    with open(path, 'w') as f:
        for i, r in enumerate(Q.rows, 1):
            row = dict(id='s28-%04d' % i, **r)
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print('wrote', len(Q.rows), 'questions to', path)


if __name__ == '__main__':
    main()
