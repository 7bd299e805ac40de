import helper_pkg
print(helper_pkg.VERSION, helper_pkg.version_str())
print(helper_pkg.sub.twice(21), helper_pkg.double(4), helper_pkg.sub.NAME)
import helper_pkg.sub
print(helper_pkg.sub.twice("ab"))
from helper_pkg import sub
print(sub is helper_pkg.sub)
from helper_pkg.sub import twice
print(twice(0.5))
import helper_pkg.other as other
print(other.quad(3))
from helper_pkg import other as o2
print(o2 is other, helper_pkg.other.quad(1))
import helper_pkg.sub as s
print(s.NAME, helper_pkg.__name__)
