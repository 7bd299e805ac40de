def process(items):
    results = []
    for it in items:
        try:
            try:
                v = 100 // it
            except ZeroDivisionError:
                results.append("div0")
                continue
            except TypeError:
                raise ValueError("bad type: " + type(it).__name__)
            if v > 20:
                break
            results.append(v)
        except ValueError as e:
            results.append(str(e))
    else:
        results.append("no break")
    return results

print(process([10, 0, "s", 5]))
print(process([10, 3, 2]))

def gen_errs():
    for exc in (ValueError, KeyError, IndexError, TypeError):
        try:
            raise exc("m")
        except (ValueError, IndexError) as e:
            yield "A:" + type(e).__name__
        except LookupError as e:
            yield "B:" + type(e).__name__
        except Exception as e:
            yield "C:" + type(e).__name__
print(list(gen_errs()))

def exc_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        err
    except NameError:
        return "err unbound after except"
    return "err still bound"
print(exc_var_cleared())

def retry(attempts):
    n = 0
    while True:
        try:
            n += 1
            if n < attempts:
                raise ConnectionError("fail %d" % n)
            return "succeeded after %d" % n
        except ConnectionError as e:
            print("retrying:", e)
print(retry(3))

try:
    try:
        raise ValueError("first")
    except ValueError:
        pass
    print("handled silently")
    raise KeyError("second")
except KeyError as e:
    print("KeyError:", e)

def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(3)
except IndexError as e:
    print("caught", e)

count = 0
for i in range(5):
    try:
        if i % 2:
            raise RuntimeError
        count += 1
    except RuntimeError:
        count += 10
print(count)
try:
    raise StopIteration("manual")
except StopIteration as e:
    print("StopIteration", e.value if hasattr(e, "value") else None)
