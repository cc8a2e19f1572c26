# Employee hierarchy with overridden pay calculations, super() calls and polymorphic payroll
class Employee:
    headcount = 0

    def __init__(self, name, base):
        self.name = name
        self.base = base
        Employee.headcount += 1

    def monthly_pay(self):
        return round(self.base / 12, 2)

    def title(self):
        return "Employee"

    def __str__(self):
        return f"{self.title():<18} {self.name:<8} {self.monthly_pay():>10,.2f}"


class Manager(Employee):
    def __init__(self, name, base, reports=()):
        super().__init__(name, base)
        self.reports = list(reports)

    def monthly_pay(self):
        return round(super().monthly_pay() + 150 * len(self.reports), 2)

    def title(self):
        return f"Manager({len(self.reports)})"


class Contractor(Employee):
    def __init__(self, name, hourly, hours):
        super().__init__(name, 0)
        self.hourly, self.hours = hourly, hours

    def monthly_pay(self):
        overtime = max(0, self.hours - 160)
        return round(self.hourly * (self.hours - overtime) + self.hourly * 1.5 * overtime, 2)

    def title(self):
        return "Contractor"


class Director(Manager):
    bonus_rate = 0.1

    def monthly_pay(self):
        return round(super().monthly_pay() * (1 + self.bonus_rate), 2)

    def title(self):
        return "Director/" + super().title()


devs = [Employee("Ivy", 96_000), Employee("Raj", 84_000)]
lead = Manager("Mo", 120_000, devs)
temp = Contractor("Kai", 55, 172)
boss = Director("Zoe", 180_000, [lead, temp])
staff = [*devs, lead, temp, boss]
for person in staff:
    print(person)
total = sum(p.monthly_pay() for p in staff)
print(f"{'TOTAL':<27} {total:>10,.2f}")
print("headcount:", Employee.headcount)
print([type(p).__name__ for p in staff if isinstance(p, Manager)])
print(Director.__mro__[1].__name__, Director.monthly_pay is Manager.monthly_pay)
print(super(Director, boss).monthly_pay(), super(Manager, boss).monthly_pay())
