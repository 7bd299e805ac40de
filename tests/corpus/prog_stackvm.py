def run(program, trace=False):
    stack, pc, out, vars_ = [], 0, [], {}
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    steps = 0
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(args[0])
        elif op == "load":
            stack.append(vars_[args[0]])
        elif op == "store":
            vars_[args[0]] = stack.pop()
        elif op in ("add", "sub", "mul", "lt", "mod"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "lt": a < b, "mod": a % b}[op])
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "jz":
            if not stack.pop():
                pc = labels[args[0]]
        elif op == "print":
            out.append(stack.pop())
        elif op == "label":
            pass
        else:
            raise ValueError("unknown op " + op)
    return out, steps, vars_

fact = [
    ("push", 1), ("store", "acc"), ("push", 1), ("store", "i"),
    ("label", "loop"),
    ("load", "i"), ("push", 21), ("lt",), ("jz", "end"),
    ("load", "acc"), ("load", "i"), ("mul",), ("store", "acc"),
    ("load", "i"), ("push", 1), ("add",), ("store", "i"),
    ("jmp", "loop"),
    ("label", "end"), ("load", "acc"), ("print",),
]
out, steps, v = run(fact)
print(out, steps, sorted(v.items()))
fizz = [
    ("push", 1), ("store", "n"),
    ("label", "top"), ("load", "n"), ("push", 16), ("lt",), ("jz", "done"),
    ("load", "n"), ("push", 3), ("mod",), ("jz", "fz"),
    ("load", "n"), ("print",), ("jmp", "next"),
    ("label", "fz"), ("push", "Fizz"), ("print",),
    ("label", "next"), ("load", "n"), ("push", 1), ("add",), ("store", "n"), ("jmp", "top"),
    ("label", "done"),
]
print(run(fizz)[0])
try:
    run([("push", 1), ("bogus",)])
except ValueError as e:
    print("ValueError:", e)
