def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b, "%": lambda a, b: a % b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError("stack underflow at " + tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError("leftover stack %r" % stack)
    return stack[0]

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "2 0.5 ^", "7 2 /", "7 2 %", "3 dup *", "1 2 swap -",
          "2 3 4 * +", "+", "1 2", "1 0 /", "100 3 % 2 ^"]:
    try:
        print(e, "=>", rpn(e))
    except ValueError as err:
        print(e, "=> ValueError:", err)
    except ZeroDivisionError as err:
        print(e, "=> ZeroDivisionError:", err)

def to_rpn(infix):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
    out, ops = [], []
    for tok in infix.replace("(", " ( ").replace(")", " ) ").split():
        if tok in prec:
            while ops and ops[-1] in prec and (prec[ops[-1]] > prec[tok] or (prec[ops[-1]] == prec[tok] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)
for inf in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 - 4 - 3", "(8 / (4 - 2)) * 3"]:
    r = to_rpn(inf)
    print(inf, "|", r, "|", rpn(r))
