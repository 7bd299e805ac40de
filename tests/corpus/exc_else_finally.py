def run(case):
    out = []
    try:
        out.append("try")
        if case == 1:
            raise ValueError
        if case == 2:
            raise KeyError
        if case == 3:
            return out + ["returned"]
    except ValueError:
        out.append("except ValueError")
    except Exception:
        out.append("except Exception")
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append("after")
    return out
for i in range(4):
    print(i, run(i))

def no_except(case):
    out = []
    try:
        try:
            out.append("inner try")
            if case:
                raise IndexError("x")
        finally:
            out.append("inner finally")
    except IndexError:
        out.append("outer caught")
    return out
print(no_except(False), no_except(True))

def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("from else")
try:
    else_raises()
except KeyError as e:
    print("else raised", e)

def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    finally_raises()
except TypeError as e:
    print(repr(e), repr(e.__context__))

def loop_with_all(n):
    res = []
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
        except ValueError as e:
            res.append("E%s" % e)
            continue
        else:
            res.append("ok%d" % i)
        finally:
            res.append("f")
    return res
print(loop_with_all(5))
try:
    pass
finally:
    print("bare try/finally")
