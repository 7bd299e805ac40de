# upy: CPython has no inline assembler; upy reports bad asm_xtensa code as a SyntaxError
@micropython.asm_xtensa
def f(a2):
    movi(a3, 1)
    addi(a2, a16, 1)
