// name: Everything Shoigu did
// description: All relations a person takes part in (Sergei Shoigu by default), oldest first, with dates, status and who is the subject.
// params: {"person": "sergei_shoigu"}
MATCH (p:Entity {id: $person})-[r]-(other:Entity)
RETURN p, r, other, startNode(r).name AS subject, type(r) AS relation, r.firstDate AS since, r.lastDate AS until, r.status AS status
ORDER BY since, relation
