# sys.print_exception (MicroPython's way to print a caught exception's traceback) to a
# file-like object, and sys.version_info. CPython has no sys.print_exception: the stand-in
# below prints what MicroPython documents (the frames without source lines, then the
# exception). File paths are cut to their last part, since runners pass whole paths.
import sys

try:
    print_exception = sys.print_exception
except AttributeError:
    import traceback

    def print_exception(e, file=sys.stdout):
        out = ["Traceback (most recent call last):\n"]
        for fr in traceback.extract_tb(e.__traceback__):
            out.append('  File "%s", line %d, in %s\n' % (fr.filename, fr.lineno, fr.name))
        msg = str(e)
        out.append(type(e).__name__ + (": " + msg if msg else "") + "\n")
        file.write("".join(out))


class Collect:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


def show(e):
    c = Collect()
    print_exception(e, c)
    for line in c.text.splitlines():
        if line.startswith('  File "'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + path.split("/")[-1] + '"' + rest
        print(line)


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    show(e)
try:
    raise KeyError("k")
except KeyError as e:
    show(e)
try:
    raise RuntimeError
except RuntimeError as e:
    show(e)
print(sys.version_info >= (3, 4), len(sys.version_info) >= 3)
