# io: in-memory streams (StringIO, BytesIO), written in Python and frozen into upy.


class _Memory:
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

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


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
