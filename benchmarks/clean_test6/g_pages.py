GENS=[]
