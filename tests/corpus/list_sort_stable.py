people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25), ("ed", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))
l = people[:]
l.sort(key=lambda p: p[1])
l.sort(key=lambda p: p[1] >= 30)
print(l)
words = "Banana apple Cherry date apple Elder banana".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(set(words)))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x < 0, x)), sorted(nums, key=lambda x: -x))
data = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
data.sort()
print(data)
print(sorted([3.5, 1, 2.25, -0.5]), sorted("hello world"), sorted((3, 1, 2), reverse=True))
print(sorted([[1, 2], [1], [0, 9]]), sorted([(2, "a"), (1, "b")]), sorted([True, False, 0, 1]))
big = [(i * 7919) % 101 for i in range(50)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
ranks = {"low": 0, "mid": 1, "high": 2}
tasks = [("t1", "mid"), ("t2", "high"), ("t3", "low"), ("t4", "high"), ("t5", "mid")]
print(sorted(tasks, key=lambda t: ranks[t[1]], reverse=True))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
e = []
e.sort()
print(e, sorted([]), sorted([1]))
