def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def day_of_week(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(date, NAMES[day_of_week(*date)])
def month_cal(y, m):
    lines = ["%d-%02d".center(20) % (y, m) if False else ("%d-%02d" % (y, m)).center(20), " ".join(n[:2] for n in NAMES)]
    first = day_of_week(y, m, 1)
    cells = ["  "] * first + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_cal(2024, 2))
print(month_cal(2023, 10))
def ordinal(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d
print(ordinal(2024, 12, 31), ordinal(2023, 12, 31), ordinal(2024, 3, 1))
print([y for y in range(1890, 1920) if is_leap(y)])
fridays13 = [(y, m) for y in range(2020, 2026) for m in range(1, 13) if day_of_week(y, m, 13) == 5]
print(fridays13)
