# os: the port's file system (files and directories), as MicroPython's os module has it.
# Written in Python over the builtin _fs and frozen into upy.
import _fs

sep = "/"
remove = _fs.remove
rename = _fs.rename
mkdir = _fs.mkdir
rmdir = _fs.rmdir
stat = _fs.stat
getcwd = _fs.getcwd
chdir = _fs.chdir


def listdir(path="."):
    return _fs.listdir(path)


def ilistdir(path="."):
    for name in _fs.listdir(path):
        full = name if path in (".", "") else path.rstrip("/") + "/" + name
        yield (name, _fs.stat(full)[0] & 0o170000, 0)


def unlink(path):
    _fs.remove(path)
