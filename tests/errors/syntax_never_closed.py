print("a")
z = (1,
     2
