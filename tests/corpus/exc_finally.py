def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())

def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f3())

def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f4())

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(f5())

def f6():
    log = []
    while True:
        try:
            log.append("try")
            break
        finally:
            log.append("finally")
    log.append("after")
    return log
print(f6())

def f7():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    finally:
        print("outer finally")
f7()

def f8(n):
    try:
        if n == 0:
            raise ValueError("zero")
        result = 10 // n
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else", result)
        return "from else"
    finally:
        print("finally", n)
print(f8(0))
print(f8(5))

def f9():
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v")
    finally:
        print("f9 finally")
try:
    f9()
except ValueError as e:
    print("got", repr(e), repr(e.__context__))

def f10():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(f10())

def f11():
    count = 0
    for i in range(3):
        try:
            try:
                count += 1
                continue
            finally:
                count += 10
        finally:
            count += 100
    return count
print(f11())
