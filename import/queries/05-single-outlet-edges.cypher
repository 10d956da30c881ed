// name: Relations supported by a single outlet
// description: Edges whose every claim comes from one outlet: the ones to check against a second source first.
// params: {}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE size(r.outlets) = 1
RETURN a, r, b, r.outlets[0] AS outlet, r.claims AS claims
ORDER BY claims DESC, outlet
