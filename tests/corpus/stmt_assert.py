def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x * 2

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)

try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)

assert True
assert 1, "never"
print("passed asserts")

def validate(data):
    errors = []
    for k, v in data.items():
        try:
            assert isinstance(v, int), k + " not int"
            assert v >= 0, k + " negative"
        except AssertionError as e:
            errors.append(str(e))
    return errors
print(validate({"a": 1, "b": "x", "c": -5, "d": 0}))
try:
    assert (lambda: False)(), "lambda false"
except AssertionError as e:
    print(e)
