# upy: CPython has no inline assembler; upy stops runaway asm_xtensa code after 200 million instructions
@micropython.asm_xtensa
def spin():
    label(loop)
    j(loop)


spin()
