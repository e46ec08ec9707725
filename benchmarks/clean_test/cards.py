"""ID-card-like cards and presentation slides drawn with pillow."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from common import Q, Scene, font, save_png
from PIL import Image, ImageDraw

PEOPLE = [("ANDERSEN", "Sofie Marie", "Danish", "F"), ("KOWALCZYK", "Tomasz", "Polish", "M"),
          ("ESTRADA", "Lucía Beatriz", "Chilean", "F")]
CARD_STYLES = [((214, 232, 245), (18, 70, 130), "lib_sans", "lib_sans_bold"),
               ((245, 228, 214), (140, 60, 20), "nimbus", "nimbus_bold"),
               ((226, 240, 222), (40, 100, 50), "sans", "sans_bold")]
DOB_FORMATS = ["%d %b %Y", "%d.%m.%Y", "%d/%m/%Y"]


def _card(rng: random.Random, idx: int, path: Path) -> tuple[dict, list[str]]:
    surname, given, nationality, sex = PEOPLE[idx]
    bg, acc, f, fb = CARD_STYLES[idx]
    dob = date(1958, 1, 1) + timedelta(days=rng.randrange(0, 16000))
    expiry = date(2027, 1, 1) + timedelta(days=rng.randrange(0, 3000))
    docno = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(rng.randint(1000000, 9999999))
    fmt = DOB_FORMATS[idx]
    d = {"surname": surname, "given": given, "nationality": nationality, "dob": dob.strftime(fmt),
         "expiry": expiry.strftime(fmt), "docno": docno}
    img = Image.new("RGB", (660, 420), (200, 200, 200))
    dr = ImageDraw.Draw(img)
    dr.rounded_rectangle((10, 10, 650, 410), 28, fill=bg, outline=acc, width=3)
    dr.rounded_rectangle((10, 10, 650, 70), 28, fill=acc)
    dr.rectangle((10, 45, 650, 70), fill=acc)
    texts = ["IDENTITY CARD", "Surname", "Given names", "Nationality", "Date of birth", "Sex", "Document no.",
             "Date of expiry"]
    dr.text((40, 24), "IDENTITY CARD", font=font(fb, 26), fill="white")
    dr.rounded_rectangle((35, 100, 195, 300), 10, fill=(235, 235, 235), outline=(150, 150, 150))
    dr.ellipse((80, 130, 150, 200), fill=(170, 170, 175))
    dr.pieslice((55, 205, 175, 330), 180, 360, fill=(170, 170, 175))
    fields = [("Surname", surname), ("Given names", given), ("Nationality", nationality),
              ("Date of birth", d["dob"]), ("Sex", sex), ("Document no.", docno), ("Date of expiry", d["expiry"])]
    for i, (label, value) in enumerate(fields):
        x, y = (225, 95 + 55 * i) if i < 4 else (455, 95 + 55 * (i - 4))
        dr.text((x, y), label, font=font(f, 13), fill=(90, 90, 90))
        dr.text((x, y + 17), value, font=font(fb, 19), fill=(20, 20, 20))
        texts.append(value)
    dr.text((35, 330), f"IDN<<{surname}<<{given.replace(' ', '<')}<<<<<<<<", font=font("mono", 16), fill=(50, 50, 50))
    save_png(img, path)
    return d, texts


def id_cards(rng: random.Random, out: Path) -> list[Scene]:
    scenes = []
    for i in range(3):
        name = f"idcard_{i + 1}"
        d, texts = _card(rng, i, out / f"{name}.png")
        qs = [
            [Q("what nationality is on this ID", d["nationality"], "text", "lookup"),
             Q("Date of birth?", d["dob"], "date", "read")],
            [Q("when does this card expire", d["expiry"], "date", "read"),
             Q("whats the holder's surname", d["surname"], "person", "lookup")],
            [Q("can you read me the document number off this card", d["docno"], "text", "read"),
             Q("dob of the card holder", d["dob"], "date", "read")],
        ][i]
        scenes.append(Scene(name, "id_card", qs, texts))
    return scenes


DECKS = [
    ("Quarterly Roadmap Review", ["Ship offline sync for the mobile app", "Retire the legacy billing service",
                                  "Hire two platform engineers", "Cut p95 API latency below 300 ms",
                                  "Publish the public status page"]),
    ("Why Composting Matters", ["Food waste is a third of household bins", "Compost returns nutrients to soil",
                                "Less methane from landfill", "Community gardens welcome donations"]),
    ("Lessons From the Beta", ["Onboarding took longer than planned", "Users loved the dark theme",
                               "Search was the top complaint", "Crash rate fell every week",
                               "Pricing page confused people",
                               "Support tickets halved after the FAQ"]),
    ("Field Trip Checklist", ["Signed consent forms", "Packed lunch and water", "Waterproof jacket",
                              "Emergency contact card"]),
]
SLIDE_STYLES = [((250, 250, 250), (25, 60, 120), (40, 40, 40), "nimbus_bold", "nimbus", "•"),
                ((28, 32, 44), (255, 196, 70), (230, 230, 230), "gothic_bold", "gothic", "▸"),
                ((238, 244, 236), (30, 110, 70), (35, 50, 40), "serif_bold", "serif", "–"),
                ((255, 246, 230), (190, 80, 30), (60, 40, 30), "lib_sans_bold", "lib_sans", "○")]


def _slide(idx: int, number: int, total: int, path: Path) -> list[str]:
    title, bullets = DECKS[idx]
    bg, acc, fg, ft, fbody, mark = SLIDE_STYLES[idx]
    img = Image.new("RGB", (960, 540), bg)
    dr = ImageDraw.Draw(img)
    dr.rectangle((0, 0, 14, 540), fill=acc)
    dr.text((60, 45), title, font=font(ft, 44), fill=acc)
    dr.line((60, 115, 900, 115), fill=acc, width=2)
    size = 26 if len(bullets) < 6 else 23
    for i, b in enumerate(bullets):
        y = 150 + i * (size + 22)
        dr.text((70, y), mark, font=font("sans", size), fill=acc)
        dr.text((108, y), b, font=font(fbody, size), fill=fg)
    footer = [f"{number}", f"Slide {number} of {total}", f"{number} / {total}", f"— {number} —"][idx]
    dr.text((860 if idx != 1 else 780, 495), footer, font=font(fbody, 18), fill=fg)
    dr.text((60, 497), "Internal · do not distribute", font=font(fbody, 14), fill=(140, 140, 140))
    save_png(img, path)
    return [title, *bullets, footer, "Internal · do not distribute"]


def slides(rng: random.Random, out: Path) -> list[Scene]:
    scenes = []
    for i in range(4):
        name = f"slide_{i + 1}"
        total = rng.randint(18, 40)
        number = rng.randint(2, total - 1)
        texts = _slide(i, number, total, out / f"{name}.png")
        title, bullets = DECKS[i]
        after = bullets[2]
        qs = [
            [Q("what slide number is this?", str(number), "number", "read"),
             Q("How many bullet points are on this slide?", str(len(bullets)), "number", "count")],
            [Q("title of this slide", title, "text", "title"),
             Q("what does the 3rd bullet say", bullets[2], "text", "nth")],
            [Q("hw many bullets on this one", str(len(bullets)), "number", "count"),
             Q("Can you tell me the slide's heading?", title, "text", "title")],
            [Q("which slide am I on", str(number), "number", "read"),
             Q(f"what's the bullet right after '{bullets[1]}'", after, "text", "next")],
        ][i]
        scenes.append(Scene(name, "slide", qs, texts))
    return scenes
