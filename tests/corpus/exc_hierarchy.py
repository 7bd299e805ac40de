classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError,
           IndexError, KeyError, ValueError, TypeError, NameError, AttributeError, RuntimeError,
           NotImplementedError, StopIteration, AssertionError, ImportError, OSError, KeyboardInterrupt,
           SystemExit, GeneratorExit, UnicodeError, RecursionError, UnboundLocalError, ModuleNotFoundError,
           IndentationError, SyntaxError, MemoryError, EOFError]
for c in classes:
    print(c.__name__, c.__bases__[0].__name__, issubclass(c, Exception), issubclass(c, BaseException))
def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return "arith"
    except LookupError:
        return "lookup"
    except (TypeError, ValueError):
        return "type/value"
    except Exception:
        return "other"
    except BaseException:
        return "base"
for e in [ZeroDivisionError, OverflowError, KeyError, IndexError, TypeError, UnicodeError, RuntimeError, KeyboardInterrupt, SystemExit]:
    print(e.__name__, catch(e))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(IndentationError, SyntaxError), issubclass(UnboundLocalError, NameError))
