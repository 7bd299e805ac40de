# io: in-memory streams (StringIO, BytesIO), written in Python and frozen into upy.


class _Stream:
    """What every stream has on top of its readline and close."""

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _Memory(_Stream):
    """A stream over a str or bytes value with a position; the subclasses say which (`_empty`,
    the value of nothing; `_pad`, what fills a gap left by seeking past the end)."""

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def getvalue(self):
        self._check()
        return self._buf

    def write(self, s):
        self._check()
        if not isinstance(s, self._accepts):
            raise TypeError(self._type_message % type(s).__name__)
        s = type(self._empty)(s)
        buf, pos = self._buf, self._pos
        if pos > len(buf):
            buf += self._pad * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return len(s)

    def read(self, size=-1):
        self._check()
        end = len(self._buf) if size is None or size < 0 else self._pos + size
        r = self._buf[self._pos:end]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        i = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos += len(r)
        return r

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        if pos < 0:
            raise ValueError("negative seek position %d" % pos)
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        self._buf = self._buf[:size]
        return size

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True



class StringIO(_Memory):
    _empty = ""
    _pad = "\0"
    _newline = "\n"
    _accepts = str
    _type_message = "string argument expected, got '%s'"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value=""):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        _Memory.__init__(self, initial_value)


class BytesIO(_Memory):
    _empty = b""
    _pad = b"\0"
    _newline = b"\n"
    _accepts = (bytes, bytearray, memoryview)
    _type_message = "a bytes-like object is required, not '%s'"
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        _Memory.__init__(self, bytes(initial_bytes))

    def getbuffer(self):
        return memoryview(bytearray(self._buf))


class FileIO(_Stream):
    """A file of the port's file system (`open`): binary, or text decoded as UTF-8 with
    universal newlines on reading."""

    def __init__(self, file, mode="r", encoding=None, newline=None):
        import _fs

        self._fs = _fs
        kinds = [c for c in mode if c in "rwax"]
        if len(kinds) != 1 or any(c not in "rwaxbt+" for c in mode) or (
                "b" in mode and "t" in mode):
            raise ValueError("invalid mode: '%s'" % mode)
        plus = "+" in mode
        self.binary = "b" in mode
        if self.binary and encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        flags = {"r": "r", "w": "wct", "a": "wac", "x": "wcx"}[kinds[0]]
        if plus:
            flags += "rw"
        self.name = file
        self.mode = mode
        self._readable = "r" in flags
        self._writable = "w" in flags
        self._h = _fs.open(file, flags)
        self._pending = b""
        self.closed = False

    def _check(self, ok=True, what="", op=None):
        if self.closed:
            # CPython's binary files name the operation; its text files do not.
            if self.binary and op is not None:
                raise ValueError(op + " closed file")
            raise ValueError("I/O operation on closed file.")
        if not ok:
            raise OSError(what)

    def _decode(self, data):
        if self.binary:
            return data
        text = data.decode()
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check(self._readable, "not readable", "read of")
        size = -1 if size is None else size
        data, self._pending = self._pending, b""
        if size < 0:
            data += self._fs.read(self._h, -1)
        elif len(data) < size:
            data += self._fs.read(self._h, size - len(data))
        else:
            data, self._pending = data[:size], data[size:]
        if not self.binary:
            # A read must not end inside a UTF-8 sequence: keep the partial one for later.
            cut = len(data)
            while cut > 0 and cut > len(data) - 4 and data[cut - 1] & 0xC0 == 0x80:
                cut -= 1
            if cut > 0 and data[cut - 1] >= 0xC0:
                self._pending = data[cut - 1:] + self._pending
                data = data[:cut - 1]
        return self._decode(data)

    def readline(self, size=-1):
        self._check(self._readable, "not readable")
        line = self._pending
        while b"\n" not in line:
            more = self._fs.read(self._h, 256)
            if not more:
                break
            line += more
        i = line.find(b"\n")
        end = len(line) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._pending = line[:end], line[end:]
        return self._decode(line)

    def write(self, s):
        self._check(self._writable, "not writable", "write to")
        if self.binary:
            data = bytes(s)
        elif isinstance(s, str):
            data = s.encode()
        else:
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._pending:
            self._fs.seek(self._h, -len(self._pending), 1)
            self._pending = b""
        self._fs.write(self._h, data)
        return len(s)

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1:
            offset -= len(self._pending)
        self._pending = b""
        return self._fs.seek(self._h, offset, whence)

    def tell(self):
        self._check()
        return self._fs.seek(self._h, 0, 1) - len(self._pending)

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            self._fs.close(self._h)

    def readable(self):
        return self._readable

    def writable(self):
        return self._writable


    def __repr__(self):
        return "<io.%s name=%r mode=%r>" % (
            "BufferedReader" if self.binary else "TextIOWrapper", self.name, self.mode)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
    return FileIO(file, mode, encoding, newline)
