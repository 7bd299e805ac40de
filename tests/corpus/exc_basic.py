def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
        return None
    else:
        print("else ran")
        return r
    finally:
        print("finally ran")

print(divide(10, 2))
print(divide(1, 0))

for val in ["12", "x", None, [1]]:
    try:
        n = int(val)
        print("int", n)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError:
        print("TypeError for", type(val).__name__)

try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError")
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).bar
except AttributeError as e:
    print("AttributeError:", e)
try:
    raise Exception
except Exception as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(e, repr(e), e.args)
try:
    raise ValueError("single")
except ValueError as e:
    print(e, repr(e), e.args)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    x = 1 // 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong")
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
