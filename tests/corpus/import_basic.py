import helper_math
print(helper_math.square(5), helper_math.cube(3), helper_math.calls)
print(round(helper_math.PI_APPROX, 6), helper_math.loaded_as, helper_math.__name__)
print(helper_math.Shape("sq").describe(), type(helper_math.Shape("x")).__name__)
from helper_math import square, cube as c3
print(square(9), c3(2), helper_math.calls)
import helper_math as hm
print(hm is helper_math, hm.square(1), hm.calls)
from helper_math import Shape, _private
print(Shape("tri").name, _private)
print(type(helper_math).__name__)
try:
    from helper_math import does_not_exist
except ImportError as e:
    print("ImportError")
try:
    import helper_no_such_module
except ImportError as e:
    print("ImportError", type(e).__name__)
print(__name__)
if __name__ == "__main__":
    print("running as main")
helper_math.new_attr = 5
import helper_math as again
print(again.new_attr)
print(hasattr(helper_math, "square"), hasattr(helper_math, "nope"))
