# A small ray tracer: spheres, a plane, diffuse and specular shading, shadows, reflections
# (bench: classes, method calls, float math).
import math
import sys

W = {"small": 24, "medium": 200, "large": 400}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, color, refl):
        self.center = center
        self.radius = radius
        self.color = color
        self.refl = refl

    def hit(self, orig, d):
        oc = orig - self.center
        b = oc.dot(d)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-4:
            return t
        t = -b + s
        return t if t > 1e-4 else None

    def normal(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, y, refl):
        self.y = y
        self.refl = refl

    def hit(self, orig, d):
        if abs(d.y) < 1e-9:
            return None
        t = (self.y - orig.y) / d.y
        return t if t > 1e-4 else None

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)

    def color_at(self, p):
        return Vec(1.0, 1.0, 1.0) if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else Vec(0.2, 0.2, 0.2)


SCENE = [
    Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
    Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.2),
    Sphere(Vec(2.0, 1.2, 7.0), 1.2, Vec(0.2, 0.3, 0.9), 0.5),
    Plane(0.0, 0.1),
]
LIGHT = Vec(-5.0, 8.0, -2.0)


def closest(orig, d):
    best = None
    best_t = 1e30
    for obj in SCENE:
        t = obj.hit(orig, d)
        if t is not None and t < best_t:
            best, best_t = obj, t
    return best, best_t


def trace(orig, d, depth):
    obj, t = closest(orig, d)
    if obj is None:
        return Vec(0.1, 0.1, 0.2)
    p = orig + d.scale(t)
    n = obj.normal(p)
    color = obj.color_at(p) if isinstance(obj, Plane) else obj.color
    to_light = (LIGHT - p).norm()
    shadow, _ = closest(p, to_light)
    diffuse = max(0.0, n.dot(to_light)) if shadow is None else 0.0
    result = color.scale(0.1 + 0.9 * diffuse)
    if depth < 3 and obj.refl > 0:
        r = d - n.scale(2.0 * d.dot(n))
        result = result.scale(1.0 - obj.refl) + trace(p, r.norm(), depth + 1).scale(obj.refl)
    return result


def render(w, h):
    eye = Vec(0.0, 1.5, -1.0)
    checksum = 0
    for j in range(h):
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / w, 1.0).norm()
            c = trace(eye, d, 0)
            checksum += int(min(1.0, c.x) * 255) + 3 * int(min(1.0, c.y) * 255) + 7 * int(min(1.0, c.z) * 255)
    return checksum


print("raytracer", W, render(W, W * 3 // 4))
