csv = "name,age,city\nann,30,nyc\nbob,,sf\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
print(rows)
header, *data = rows
print([dict(zip(header, r)) for r in data])
print(" a  b   c ".split(), " a  b   c ".split(" "), "a\tb\nc".split(), "a,b;c".replace(";", ",").split(","))
print("k1=v1&k2=v2&k3".split("&"), dict(p.split("=") for p in "x=1&y=2".split("&")))
print("a:b:c:d".split(":", 2), "a:b:c:d".rsplit(":", 2), "a:b:c:d".split(":", 0), "::".split(":"))
print("\n".join(["l1", "l2"]), "|".join([]), "".join(["a"]), ", ".join(map(str, range(5))))
path = "/usr/local/lib/python3/site.py"
print(path.split("/"), path.rsplit("/", 1)[-1], path.rpartition("/")[0], path.rpartition(".")[2])
print("  x ".strip().join("[]"), "ab".join("123"), "-".join("-"))
text = "one\ntwo\r\nthree\rfour\n\nsix"
print(text.splitlines(), len(text.splitlines()), text.split("\n"))
print("a b".split(None), "a  b".split(None, 1), "".join(reversed("a,b".split(","))))
sentence = "The cat sat on the mat"
print(" ".join(w[::-1] for w in sentence.split()), " ".join(sentence.split()[::-1]))
print(sentence.lower().split().count("the"), [w for w in sentence.split() if len(w) == 3])
