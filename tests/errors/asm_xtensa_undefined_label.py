# upy: CPython has no inline assembler; upy reports bad asm_xtensa code as a SyntaxError
@micropython.asm_xtensa
def f(a2):
    label(top)
    beqz(a2, out)
    addi(a2, a2, -1)
    j(top)
    label(exit)
