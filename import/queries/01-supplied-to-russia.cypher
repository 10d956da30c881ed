// name: Who supplied what to Russia
// description: Every SUPPLIED relation into a country (Russia by default), with the items its claims name, how many claims and articles back it, and its status.
// params: {"country": "russia"}
MATCH (supplier:Entity)-[r:SUPPLIED]->(c:Entity {id: $country})
OPTIONAL MATCH (:Claim {type: 'SUPPLIED', subject: supplier.id, object: c.id})-[:ITEM]->(item:Entity)
RETURN supplier, r, c, collect(DISTINCT item.name) AS items, r.claims AS claims, r.articles AS articles, r.status AS status
ORDER BY claims DESC
