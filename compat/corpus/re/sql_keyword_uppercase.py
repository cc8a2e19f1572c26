# Pretty-format SQL: uppercase keywords outside string literals and break before clauses
import re

KEYWORDS = ["select", "from", "where", "and", "or", "not", "in", "join", "left", "inner", "on",
            "group by", "order by", "having", "limit", "as", "is", "null", "like", "desc", "asc", "count", "distinct"]
KW_RE = re.compile(r"\b(" + "|".join(k.replace(" ", r"\s+") for k in sorted(KEYWORDS, key=len, reverse=True)) + r")\b", re.I)
TOKEN_RE = re.compile(r"('(?:[^']|'')*')|([^']+)")
CLAUSE_RE = re.compile(r"(?<!LEFT)(?<!INNER)\s+(?=\b(?:FROM|WHERE|LEFT JOIN|INNER JOIN|JOIN|GROUP BY|ORDER BY|HAVING|LIMIT)\b)")


def format_sql(sql: str) -> str:
    parts = []
    for literal, code in TOKEN_RE.findall(sql):
        if literal:
            parts.append(literal)
        else:
            code = re.sub(r"\s+", " ", code)
            parts.append(KW_RE.sub(lambda m: re.sub(r"\s+", " ", m.group(1).upper()), code))
    out = "".join(parts)
    return CLAUSE_RE.sub("\n", out).strip()


queries = [
    "select id, name from users where name like 'select%' and age > 21 order by name desc limit 10",
    "SELECT u.id,count(o.id) as n from users u left join orders o on o.user_id=u.id where o.note is not null "
    "group   by u.id having count(o.id)>2",
    "select distinct city from addresses where country in ('Order by', 'it''s from here')",
]
for q in queries:
    print(format_sql(q))
    print("-" * 30)
print(len(KW_RE.findall(queries[1])), "keywords in query 2")
