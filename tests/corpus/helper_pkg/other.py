# Lazily imported submodule of helper_pkg.
from .sub import twice
def quad(x):
    return twice(twice(x))
