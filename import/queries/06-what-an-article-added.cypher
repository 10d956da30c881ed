// name: What one article added
// description: The relations an article supports (by file name), with the sentence behind each claim.
// params: {"article": "000_f6ebf1c77519c4e2.txt"}
MATCH (c:Claim {article: $article})-[:STATED_IN]->(s:Sentence)
MATCH (x:Entity {id: c.subject})-[r]-(y:Entity {id: c.object}) WHERE type(r) = c.type
RETURN x, r, y, c.type AS relation, c.status AS status, s.text AS sentence
ORDER BY s.index
