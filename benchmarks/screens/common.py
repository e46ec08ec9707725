"""Scene type and question phrasings: several ways people ask each intent; each scene asks two of them."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Item = dict[str, object]
CITIES = ["Lyon", "Porto", "Bergen", "Gdansk", "Turin", "Ghent", "Malmo", "Leeds", "Graz", "Brno", "Cork", "Split"]
PEOPLE = ["Alice Moreau", "Bilal Khan", "Chen Wei", "Dana Kovac", "Emil Berg"]


@dataclass(frozen=True)
class Scene:
    name: str
    app: str
    kind: str  # the application kind, for per-kind figures
    split: str
    fn: Callable[[Any, Path, random.Random, Path], list[Item]]

    def run(self, d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
        return self.fn(d, work, rng, image)


PHRASES: dict[str, list[str]] = {
    "cell_ref": ["What is in cell {cell}?", "value of {cell}?", "whats the number in {cell}",
                 "Read cell {cell} for me"],
    "cell_rowcol": ["What is the value in row {row}, column {col}?", "row {row} column {col} — what number is there?",
                    "what's at column {col}, row {row}"],
    "cell_lookup": ["What is the {col} figure for {row}?", "{row} {col}?", "How much did {row} have in {col}?"],
    "column_max": ["Which region has the highest {col}?", "who leads in {col}",
                   "Which row has the largest {col} value?"],
    "offline_row": ["Which printer is offline?", "what printer has status Offline",
                    "Which one of the printers is not ready?"],
    "highlighted": ["Which entry is highlighted?", "what's currently selected in the list", "Which row is selected?"],
    "count_rows": ["How many {what} are listed?", "number of {what} in the list?", "how many {what} can I pick from"],
    "dialog_title": ["What is the title of the dialog?", "what does the window title say", "Title of this window?"],
    "dialog_buttons": ["Which buttons does the dialog offer?", "what are my options in this dialog (buttons)?",
                       "What buttons can I click here?"],
    "dialog_number": ["How many {what} does the dialog mention?", "the message is about how many {what}?"],
    "progress_done": ["How many files have been copied so far?", "how far along is it — which file number?",
                      "What file number is it on?"],
    "progress_total": ["How many files are there in total?", "out of how many files?"],
    "progress_pct": ["What percentage does the progress bar show?", "how many percent done?",
                     "Progress percentage?"],
    "count_checked": ["How many boxes are checked?", "how many options are ticked", "Count the enabled checkboxes"],
    "is_checked": ["Is '{label}' checked?", "is {label} turned on", "Is the {label} option enabled?"],
    "selected_radio": ["Which {group} is selected?", "what {group} is chosen", "Which radio button is selected?"],
    "field_value": ["What is the {label}?", "what {label} is entered", "What's typed in the {label} field?"],
    "largest_file": ["Which file is the largest?", "biggest file here?", "What is the largest file in the folder?"],
    "newest_file": ["Which file was modified most recently?", "what's the newest file", "Which file changed last?"],
    "count_ext": ["How many .{ext} files are there?", "number of {ext} files?", "count the .{ext} files"],
    "count_dirs": ["How many folders are in this directory?", "how many subfolders?", "Number of directories listed?"],
    "config_value": ["What is {key} set to?", "value of {key} in the config?", "what's the {key} setting"],
    "function_at_line": ["Which function starts on line {line}?", "what function is defined at line {line}",
                         "name of the function on line {line}?"],
    "calc_display": ["What number is on the calculator display?", "what does the calculator show",
                     "Read the calculator's display"],
    "commits_by": ["How many commits did {author} make?", "number of commits by {author}?",
                   "how many commits are from {author}"],
    "latest_commit": ["What is the latest commit message?", "most recent commit says what?",
                      "What's the message of the newest commit?"],
    "page_count": ["How many pages does the PDF have?", "page count of this document?", "how many pages in total"],
    "window_title": ["What is the window title?", "title of the window?", "which file is open (window title)?"],
}


def ask(rng: random.Random, intent: str, answer: str, answer_type: str, *, literal: bool = True,
        n: int = 2, **slots: object) -> list[Item]:
    """`n` questions for one intent, in different phrasings, all with the same gold."""
    templates = rng.sample(PHRASES[intent], min(n, len(PHRASES[intent])))
    return [{"question": t.format(**slots), "answer": answer, "answer_type": answer_type, "intent": intent,
             "literal": literal} for t in templates]
