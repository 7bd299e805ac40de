l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend(range(2)); print(l)
l.extend("ab"); print(l)
l.insert(0, "start"); l.insert(100, "end"); l.insert(-1, "penult"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(4), l.index(1), l.count(1), l.count(99), l.index(1, 3) if l.count(1) > 1 else "one 1")
try:
    l.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index(99)
except ValueError as e:
    print("ValueError")
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
nums = [5, 2, 8, 1, 9, 3]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.reverse(); print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort(); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
c = nums.copy(); c.append(0)
print(nums, c, c is nums)
c.clear(); print(c, len(c))
print([1, 2] + [3], [0] * 4, [[]] * 2, [1, 2] * 0, 2 * [7])
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, [2]] == [1, [2]])
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list(x * 2 for x in [1, 2]))
print(len([1, [2, 3]]), 3 in [1, 2, 3], [2] in [[2]], sum([[1], [2]], []), min([4, 2, 6]), max([[1], [0, 5]]))
mixed = [1, "a"]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
l2 = [1, 2, 3]
l2[1] = [4, 5]
print(l2, l2[1][0], l2[-1])
try:
    l2[10] = 1
except IndexError as e:
    print("IndexError:", e)
