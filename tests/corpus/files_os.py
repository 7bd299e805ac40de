# open() and os: text files (UTF-8, universal newlines on reading, line iteration, tell/seek),
# append and binary modes, read-write, directories (mkdir, listdir, stat, rename, remove, rmdir),
# and the OSError subclasses with CPython's errno and messages. Works in a fresh directory
# with a random name, removed at the end.
import os
import random

random.seed()
d = "upy_files_test_%d" % random.getrandbits(40)
os.mkdir(d)
path = d + "/data.txt"
with open(path, "w") as f:
    print(f.write("héllo\nworld\r\nthird"), f.writable(), f.readable())
print(os.listdir(d), os.stat(path)[6], os.stat(d)[0] & 0o170000 == 0o040000)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print([line for line in f])
with open(path) as f:
    print(repr(f.readline()), repr(f.read(3)), f.tell() > 0, repr(f.readline()), repr(f.read()))
with open(path, "a") as f:
    f.write("!\n")
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(path, "r+b") as f:
    f.seek(1)
    f.write(b"E")
    f.seek(0)
    print(f.read(4), f.seek(0, 2))
with open(path, "wb") as f:
    f.write(bytes(range(5)))
    f.write(bytearray(b"xyz"))
print(open(path, "rb").read())
os.rename(path, d + "/moved.bin")
print(sorted(os.listdir(d)))
for bad in (lambda: open(d + "/missing.txt"), lambda: open(d), lambda: os.mkdir(d),
            lambda: open(d + "/moved.bin", "x"), lambda: os.rmdir(d), lambda: open(path, "q"),
            lambda: os.remove(d + "/missing.txt")):
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, str(e).replace(d, "D"), getattr(e, "errno", None))
f = open(d + "/moved.bin", "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
os.remove(d + "/moved.bin")
os.rmdir(d)
print(d in os.listdir("."), type(os.getcwd()).__name__)
