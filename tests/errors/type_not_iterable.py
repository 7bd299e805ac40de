x = 5
for i in x:
    pass
