"""Invented names used by the scene generators."""
FIRST = ["Ilse", "Tomasz", "Marguerite", "Obi", "Reinout", "Saskia", "Dmitri", "Ayla", "Fennimore", "Quilla",
         "Bertil", "Noemi", "Casimir", "Yevgenia", "Lorcan", "Henrike", "Adaeze", "Tibor", "Wrenna", "Osvald",
         "Petronel", "Ximena", "Gaspard", "Ludmila", "Emrys", "Sunniva", "Kaspian", "Mirela", "Torvald", "Inez"]
LAST = ["Vandermolen", "Krzyzak", "Aubertin", "Okonkwo-Hale", "Stellbrink", "Quintavalle", "Hesketh", "Morozova",
        "Lindqvist", "Ferreira-Blum", "Oyelaran", "Tashkentova", "Brannigan", "Wojcikowska", "Halvorsen",
        "Devereux", "Sandoval", "Pirelli", "Achterberg", "Nakashima", "Ellwood", "Castellanos", "Rautio",
        "Marchetti", "Osei", "Grunewald", "Tillmanns", "Zoltan", "Abernathy", "Cordeiro"]
FIRMS = ["Kestrel Loom", "Baywater Instruments", "Orchid Ledger", "Tarnbrook Mills", "Quillfeather Press",
         "Halcyon Assay", "Moorgate Kinetics", "Pinecrest Fabrication", "Saltmarsh Analytics", "Vellum & Vane",
         "Copperline Freight", "Ironwood Optics", "Brightwater Seeds", "Cobalt Harbor", "Larkspur Dynamics"]
WORDS = ["amber", "basalt", "cinder", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper",
         "kelp", "lantern", "meadow", "nimbus", "onyx", "prairie", "quartz", "russet", "saffron", "tundra",
         "umber", "vesper", "willow", "yarrow", "zephyr"]


def person(rng, used=None):
    while True:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if used is None or n not in used:
            if used is not None:
                used.add(n)
            return n
