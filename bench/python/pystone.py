# A pystone-like workload: records, method calls, attribute updates and branches.
import sys

LOOPS = {"small": 5000, "medium": 300000, "large": 1500000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


class Record:
    def __init__(self, ptr=None, discr=0, enum=0, int_comp=0, string=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.int_comp = int_comp
        self.string = string

    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.int_comp, self.string)


def proc3(rec, glob):
    if rec.ptr is not None:
        rec.ptr.int_comp = glob.int_comp + 10
    return rec


def proc7(a, b):
    return a + b + 2


def proc8(arr1, arr2, a, b):
    loc = a + 5
    arr1[loc] = b
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    for i in range(loc, loc + 2):
        arr2[loc][i] = loc
    arr2[loc][loc - 1] += 1
    arr2[loc + 20][loc] = arr1[loc]
    return 5


def func1(c1, c2):
    return 0 if c1 != c2 else 1


def run(loops):
    glob = Record(None, 0, 2, 40, "DHRYSTONE PROGRAM, SOME STRING")
    nxt = Record(glob, 0, 1, 10, "x")
    arr1 = [0] * 51
    arr2 = [[0] * 51 for _ in range(51)]
    total = 0
    for i in range(loops):
        a = 2
        b = 3
        c = proc7(a, b)
        r = nxt.copy()
        proc3(r, glob)
        total += proc8(arr1, arr2, a, c)
        total += func1("A", "B" if i % 3 else "A")
        if r.int_comp > 40:
            total += r.int_comp % 7
        s = glob.string
        total += len(s) & 3
    return total, arr2[8][7]


print("pystone", LOOPS, run(LOOPS))
