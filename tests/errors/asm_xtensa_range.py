# upy: CPython has no inline assembler; upy reports bad asm_xtensa code as a SyntaxError
@micropython.asm_xtensa
def f(a2):
    addi(a2, a2, 127)
    addi(a2, a2, 300)
