import helper_state
print("first import done")
import helper_state
print("second import does not re-execute")
from helper_state import bump, get, counter
print(counter, get())
bump(); bump(5)
print(get(), helper_state.counter, counter)
print(helper_state.items)
import helper_state as hs
hs.counter = 100
print(get(), hs.bump())
def use_in_function():
    import helper_state
    return helper_state.get()
print(use_in_function())
import sys
print("helper_state" in sys.modules, sys.modules["helper_state"] is hs)
