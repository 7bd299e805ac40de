# upy: CPython has no inline assembler; upy reports bad asm_xtensa code as a SyntaxError
@micropython.asm_xtensa
def f(a2, a3):
    add(a2, a2, a3)
    foo(a2, a3)


print(f(1, 2))
