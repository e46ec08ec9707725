"""Question phrasings per intent, as people type them; split by template into dev and test.

Each intent has at least ten templates. A fixed shuffle gives half of them to dev and the other half to test, so the
test split only ever sees phrasings that dev never used. Slots in braces are filled from the rendered data.
"""

from __future__ import annotations

import random
import re

TEMPLATES: dict[str, list[str]] = {
    "total": [
        "What's the total?",
        "how much do I owe",
        "Total amount due?",
        "what did this come to",
        "How much was paid in total on this receipt?",
        "grand total pls",
        "whats the final amount",
        "How much is the bill altogether?",
        "what's the amount I have to pay",
        "total?",
        "Can you tell me the total amount on this?",
        "how much does everything cost in the end",
    ],
    "lookup": [
        "What is the {label}?",
        "{label}?",
        "what's the {label} on this",
        "Can you tell me the {label} shown here?",
        "whats the {label}",
        "I need the {label} from this image",
        "what does it say for {label}",
        "Read me the {label} please.",
        "{label} value pls",
        "What {label} is given?",
        "tell me the {label}",
        "Could you look up the {label} for me?",
    ],
    "item_price": [
        "How much was the {item}?",
        "what did the {item} cost",
        "Price of the {item}?",
        "how much for {item}",
        "What's the {item} priced at?",
        "{item} price?",
        "how much did they charge for the {item}",
        "What was paid for {item}?",
        "whats the cost of the {item}",
        "Tell me what the {item} costs.",
    ],
    "max": [
        "Which {thing} has the highest {measure}?",
        "what {thing} has the most {measure}",
        "Which {thing} is the top one by {measure}?",
        "highest {measure}?",
        "which {thing} leads on {measure}",
        "Name the {thing} with the largest {measure}.",
        "who/what is highest for {measure}",
        "Which {thing} scores best on {measure}?",
        "max {measure} — which {thing}?",
        "Which {thing} has the biggest {measure}?",
    ],
    "min": [
        "Which {thing} has the lowest {measure}?",
        "what {thing} has the least {measure}",
        "Which {thing} is at the bottom by {measure}?",
        "lowest {measure}?",
        "which {thing} is smallest on {measure}",
        "Name the {thing} with the smallest {measure}.",
        "what's lowest for {measure}",
        "Which {thing} has the fewest/lowest {measure}?",
        "min {measure} — which {thing}?",
        "Which {thing} comes last on {measure}?",
    ],
    "priciest": [
        "What's the most expensive {thing}?",
        "which {thing} cost the most",
        "Most expensive {thing}?",
        "what was the priciest {thing}",
        "Which {thing} has the highest price?",
        "which {thing} is the dearest",
        "Biggest single {thing} cost — which one?",
        "what {thing} costs the most here",
        "Which {thing} was the most costly?",
        "top priced {thing}?",
    ],
    "cheapest": [
        "Which {thing} is cheapest?",
        "what's the cheapest {thing}",
        "Least expensive {thing}?",
        "which {thing} costs the least",
        "What is the lowest priced {thing}?",
        "cheapest {thing}??",
        "Which {thing} would cost me the least?",
        "what {thing} is the most affordable",
        "Which {thing} has the lowest price?",
        "the cheapest {thing} is which one",
    ],
    "nth": [
        "What is the {ord} {thing}?",
        "{ord} {thing}?",
        "what's the {ord} {thing} listed",
        "Which {thing} comes {ord} in the list?",
        "name the {ord} {thing}",
        "What {thing} is in {ord} place?",
        "can you read the {ord} {thing}",
        "Tell me the {ord} {thing} from the top.",
        "whats {ord} {thing}",
        "Which {thing} is listed {ord}?",
    ],
    "which_more": [
        "Which is higher, {a} or {b}?",
        "{a} or {b} — which has more {measure}?",
        "is {a} or {b} bigger",
        "Which has the greater {measure}: {a} or {b}?",
        "between {a} and {b}, which is larger",
        "Who has more {measure}, {a} or {b}?",
        "which one's higher {a} or {b}",
        "Compare {a} and {b}: which is more?",
        "{a} vs {b}, which is more",
        "Does {a} or {b} have the higher {measure}?",
    ],
    "diff": [
        "How much more is {a} than {b}?",
        "what's the difference between {a} and {b}",
        "Difference between {a} and {b}?",
        "by how much does {a} exceed {b}",
        "How far ahead is {a} of {b} in {measure}?",
        "{a} minus {b}?",
        "what is the gap between {a} and {b}",
        "How much higher is {a} compared to {b}?",
        "calc the difference {a} - {b}",
        "By how much is {a} above {b}?",
    ],
    "sum": [
        "What are {a} and {b} together?",
        "{a} plus {b}?",
        "what do {a} and {b} add up to",
        "Combined {measure} of {a} and {b}?",
        "sum of {a} and {b}",
        "How much are {a} and {b} in total?",
        "add {a} and {b}",
        "What is the total {measure} for {a} and {b} combined?",
        "{a} + {b} = ?",
        "If you add {a} to {b}, what do you get?",
    ],
    "count": [
        "How many {things} are there?",
        "how many {things}",
        "Number of {things}?",
        "count the {things}",
        "How many {things} can you see?",
        "what's the number of {things} shown",
        "How many {things} are listed?",
        "# of {things}?",
        "Can you count the {things} for me?",
        "total number of {things}?",
    ],
    "exists": [
        "Is there {thing} in the image?",
        "does it show {thing}",
        "Is {thing} present?",
        "is there {thing} anywhere?",
        "Can you see {thing}?",
        "is there {thing} on it",
        "Does the image contain {thing}?",
        "do u see {thing}",
        "Is {thing} visible anywhere?",
        "Does this include {thing}?",
    ],
    "checked": [
        "Is '{label}' checked?",
        "did they tick {label}",
        "Is the {label} box ticked?",
        "{label} — checked or not?",
        "was {label} selected",
        "Has the {label} checkbox been checked?",
        "is {label} ticked",
        "Is the option '{label}' selected?",
        "did the user check {label}?",
        "Is there a tick next to {label}?",
    ],
    "toggle": [
        "Is {label} turned on?",
        "{label} on or off?",
        "is the {label} toggle enabled",
        "Is {label} switched on?",
        "has {label} been enabled",
        "Is the {label} switch on?",
        "is {label} active",
        "Are {label} enabled?",
        "{label} enabled?",
        "Is the toggle for {label} on?",
    ],
    "radio": [
        "Which {group} is selected?",
        "what {group} did they pick",
        "Selected {group}?",
        "which {group} option is chosen",
        "What was chosen for {group}?",
        "which {group} is ticked",
        "What {group} has been selected?",
        "{group} choice?",
        "Which option under {group} is marked?",
        "what's the chosen {group}",
    ],
    "fill_colour": [
        "What colour is the {label} box?",
        "what color is the box labelled {label}",
        "Fill colour of {label}?",
        "which colour is {label} filled with",
        "What is the background color of the {label} box?",
        "colour of the {label} shape?",
        "What colour is the shape that says {label}?",
        "the {label} box is what color",
        "What fill does the {label} node have?",
        "tell me the colour of the {label} box",
    ],
    "button_colour": [
        "What colour is the {label} button?",
        "what color is the '{label}' button",
        "Colour of the {label} button?",
        "{label} button color?",
        "What is the background colour of the {label} button?",
        "which colour is the {label} button",
        "the {label} button is what colour",
        "What color button says {label}?",
        "What's the fill of the {label} button?",
        "Tell me the colour of the {label} button.",
    ],
    "next_step": [
        "What comes after {label}?",
        "what's the next step after {label}",
        "Where does the arrow from {label} go?",
        "After {label}, what happens?",
        "which box follows {label}",
        "What step follows '{label}'?",
        "{label} leads to what?",
        "next after {label}?",
        "What is connected after {label} in the flow?",
        "where do you go from {label}",
    ],
    "chart_x": [
        "What is the value for {x}?",
        "how much was {x}",
        "{x} value?",
        "What does the chart show for {x}?",
        "whats {x} at",
        "What's the {measure} in {x}?",
        "How high does {x} go on the chart?",
        "read off {x} for me",
        "What {measure} does {x} have?",
        "value of {x} on the chart?",
    ],
    "chart_series_x": [
        "What is {series} in {x}?",
        "what was the {series} value for {x}",
        "{series}, {x}?",
        "How much is {series} at {x}?",
        "whats {series} for {x}",
        "What does {series} reach in {x}?",
        "Value of the {series} series at {x}?",
        "read {series} at {x}",
        "In {x}, what was {series}?",
        "{x}: how much {series}?",
    ],
    "pie_slice": [
        "What percentage is {x}?",
        "how big is the {x} slice",
        "{x} share?",
        "What share does {x} have?",
        "whats the % for {x}",
        "What percent of the pie is {x}?",
        "How much of the total is {x}?",
        "{x} %?",
        "What portion goes to {x}?",
        "percentage for {x} pls",
    ],
    "error": [
        "What error was raised?",
        "which exception is this",
        "What kind of error is this?",
        "whats the error",
        "Name the exception in this traceback.",
        "what went wrong, which error type?",
        "Which exception type did the program throw?",
        "error name?",
        "What's the exception class here?",
        "what error did python give",
    ],
    "version": [
        "What version of {pkg} is this?",
        "which {pkg} version",
        "{pkg} version?",
        "What's the installed version of {pkg}?",
        "what version is {pkg}",
        "Which release of {pkg} is shown?",
        "version number of {pkg}?",
        "tell me the {pkg} version",
        "What {pkg} version does it say?",
        "{pkg} is at which version",
    ],
    "title": [
        "What is the title?",
        "what's the heading",
        "Title?",
        "What's the main heading on this?",
        "whats the title of this page",
        "What does the big heading say?",
        "What is this page called?",
        "read the title",
        "Which title is shown at the top?",
        "what's it titled",
    ],
    "photo_what": [
        "What is shown in this photo?",
        "what's in the picture",
        "What is this?",
        "What does this image show?",
        "whats this a photo of",
        "What is the main subject of the photo?",
        "Which of these is pictured?",
        "what am i looking at",
        "Identify the subject of this picture.",
        "What object or creature is this?",
    ],
}

ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]


def split_templates(intent: str) -> dict[str, list[str]]:
    """Half of an intent's templates for dev, the rest for test, by a fixed shuffle of the intent's own list."""
    pool = list(TEMPLATES[intent])
    random.Random(f"split:{intent}").shuffle(pool)
    half = (len(pool) + 1) // 2
    return {"dev": pool[:half], "test": pool[half:]}


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # swap two letters
    return word[:i] + word[i + 1 :]  # drop one


def phrase(intent: str, slots: dict[str, str], split: str, rng: random.Random) -> str:
    """One question: a template of the split, sometimes lower-cased, with a typo, or without its question mark."""
    template = rng.choice(split_templates(intent)[split])
    if rng.random() < 0.12:
        # Typos only in the template's own words, never inside the rendered values (codes, names).
        words = template.split(" ")
        cands = [i for i, w in enumerate(words) if "{" not in w and re.fullmatch(r"[A-Za-z]{5,}", w)]
        if cands:
            k = rng.choice(cands)
            words[k] = _typo(words[k], rng)
            template = " ".join(words)
    text = template.format(**slots)
    r = rng.random()
    if r < 0.25:
        text = text[:1].lower() + text[1:]
    if rng.random() < 0.15 and text.endswith("?"):
        text = text[:-1]
    return text
