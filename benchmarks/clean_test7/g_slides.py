GENS = []
