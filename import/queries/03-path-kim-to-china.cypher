// name: Shortest path from Kim Jong-un to China
// description: The shortest chain of relations between two entities, through entities only (not claims or sentences).
// params: {"from": "kim_jong_un", "to": "china"}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN p, length(p) AS hops
