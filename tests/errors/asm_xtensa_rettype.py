# upy: CPython has no inline assembler; upy reports bad asm_xtensa code as a SyntaxError
@micropython.asm_xtensa
def f(a2) -> float:
    nop()
