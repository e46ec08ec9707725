"""Question record helper: literal golds must be found in the text that was drawn."""


def Q(question, answer, answer_type, category, intent, literal, text=None):
    answer = str(answer)
    if literal:
        if text is None:
            raise AssertionError(f"literal answer without drawn text: {question!r}")
        for part in answer.split("; "):
            if part not in text:
                raise AssertionError(f"gold {part!r} not in drawn text for {question!r}")
    return {"question": question, "answer": answer, "answer_type": answer_type,
            "category": category, "intent": intent, "literal": bool(literal)}
