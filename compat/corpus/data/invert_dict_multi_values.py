# Invert a mapping of people to skills into skills to people, handling many-to-many
from collections import defaultdict

skills = {
    "ana": ["python", "sql", "docker"],
    "ben": ["go", "docker", "k8s"],
    "cy": ["python", "pandas", "sql"],
    "dee": ["rust", "go"],
    "eli": ["python"],
}

by_skill = defaultdict(list)
for person, their_skills in skills.items():
    for s in their_skills:
        by_skill[s].append(person)

for skill in sorted(by_skill, key=lambda s: (-len(by_skill[s]), s)):
    people = by_skill[skill]
    print(f"{skill:<8} ({len(people)}): {', '.join(people)}")

# simple one-to-one inversion of a code table
codes = {"NO": "Norway", "SE": "Sweden", "DK": "Denmark", "FI": "Finland"}
names = {v: k for k, v in codes.items()}
print(names["Sweden"], names["Finland"])

# pairs of people sharing at least two skills
people = sorted(skills)
for i, a in enumerate(people):
    for b in people[i + 1:]:
        shared = sorted(set(skills[a]) & set(skills[b]))
        if len(shared) >= 2:
            print(f"{a} & {b} share {shared}")
unique = {p: sorted(set(s) - {x for q, t in skills.items() if q != p for x in t}) for p, s in skills.items()}
print("Unique skills:", {p: u for p, u in unique.items() if u})
