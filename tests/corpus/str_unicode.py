words = ["naïve", "café", "Zürich", "日本語", "Ελληνικά", "русский", "😀👍", "mañana"]
for w in words:
    print(w, len(w), len(w.encode()), w.upper(), w.lower(), w[0], w[-1], w[::-1])
print(sorted(words))
print("ü" in "Zürich", "zü" in "Zürich".lower(), "Zürich".find("r"), "日本語".index("語"))
print("€".encode(), "€".encode("utf-8").decode(), b"\xe2\x82\xac".decode() == "€")
print([hex(ord(c)) for c in "a€😀"], chr(0x20ac), chr(128512))
print("é".isalpha(), "日".isalpha(), "٣".isdigit(), "Ω".isupper(), "ω".islower(), " ".isspace())
print("\u00e9" == "é", "\U0001F600" == "😀", "\x41", len("\u0000"))
print("-".join("日本"), "日本".center(6, "*"), "€%d" % 5, f"{'ü':>3}|", "{:^5}".format("ñ"))
s = "Straße naïve"
print(s.split(), s.replace("ß", "ss"), s.count("a"), s.startswith("Str"), s.title())
print(ascii("café") if True else "", repr("café"), str("café"))
print(bytes("ñ", "utf-8"), "ñ".encode("utf-8").hex(), list("ñ".encode()))
print(max("añz"), min("añz"), "ñ" > "z", ord("ñ"))
