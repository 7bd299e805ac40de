# Submodule of helper_pkg.
print("helper_pkg.sub: init")
def twice(x):
    return x * 2
NAME = __name__
