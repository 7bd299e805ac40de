words = "the rain in spain falls mainly on the plain".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print([w for w in words if "ain" in w], max(words, key=len), min(words))
acc = ""
for w in words:
    acc += w[0].upper()
print(acc)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
print("abc" * 3 == "abcabcabc", "ab" + "cd" == "abcd", "a" * 3 < "a" * 4)
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
print("Ünïcödé".lower(), "ß".upper(), len("ß".upper()))
s = "日本語テキスト"
print(s[2], s[1:4], s[::-2], len(s), s.find("テ"), s.encode()[:6], len(s.encode()))
print("é" == "\u00e9", "e\u0301" == "é", len("e\u0301"))
print(str.upper("abc"), str.join(",", ["a", "b"]), "abc".__len__())
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels)
print("".join(sorted(set("mississippi"))), "x".join(str(n) for n in [1, 2, 3]))
print(" ".join(w.capitalize() for w in "snake_case_name".split("_")), "CamelCase"[0].lower() + "CamelCase"[1:])
table = {ord("a"): "4", ord("e"): "3"}
print("leetspeak here".translate(table) if hasattr(str, "translate") else "l33tsp34k h3r3")
print(list(map(str.strip, [" a ", "b  "])), list(map(len, ["", "ab"])))
