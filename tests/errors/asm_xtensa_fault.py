# upy: CPython has no inline assembler; upy runs asm_xtensa code in an LX106 simulator
@micropython.asm_xtensa
def f(a2):
    l32i(a2, a2, 0)


f(0x3FFE8003)
