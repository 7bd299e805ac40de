# upy: like MicroPython, upy has no Unicode character-name database (it would not fit a microcontroller), so \N{...} escapes are a SyntaxError; CPython would print the character.
print("caf\N{LATIN SMALL LETTER E WITH ACUTE}")
