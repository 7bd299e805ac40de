# Helper module holding mutable module-level state.
print("helper_state: executing module body")
counter = 0
items = []

def bump(n=1):
    global counter
    counter += n
    items.append(n)
    return counter

def get():
    return counter
