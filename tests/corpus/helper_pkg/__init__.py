# Package for import_package.py.
print("helper_pkg: init")
VERSION = (1, 2)
from . import sub
from .sub import twice as double

def version_str():
    return ".".join(str(v) for v in VERSION)
