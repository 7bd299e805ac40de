samples = ["hello world", "HELLO WORLD", "Hello World", "hELLO wORLD", "123abc", "a-b_c d", "", "x", "o'neil mc-donald"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.isupper(), s.islower(), s.istitle())
for w in [0, 3, 5, 8, 11]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "0")), repr("ab".center(w, "*")))
for s in ["7", "-7", "+7", "007", "abc", "", "-"]:
    print(repr(s.zfill(4)))
print("Abc".lower() == "aBC".lower(), "straße".casefold() if hasattr("", "casefold") else "strasse")
print("Title Of A Book".istitle(), "Title of a Book".istitle(), "ABC".isupper(), "AbC".isupper(), "abc1".islower(), "123".islower())
