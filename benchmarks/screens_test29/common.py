import os
import shutil

SCR = "/tmp/screens_test29"


def Q(question, answer, answer_type, category, intent, literal, text=None):
    """One question.  If literal, every '; '-separated part of the answer must occur in `text`."""
    answer = str(answer)
    if literal:
        assert text is not None, question
        for part in answer.split("; "):
            assert part in text, f"literal gold {part!r} not in drawn text ({question})"
    return dict(question=question, answer=answer, answer_type=answer_type, category=category,
                intent=intent, literal=bool(literal))


def fresh(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path


def fmt_num(x):
    """1234.5 -> '1234.5', 12.0 -> '12'"""
    s = f"{x:.10f}".rstrip("0").rstrip(".")
    return s
