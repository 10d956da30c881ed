// name: Claims that someone denies
// description: Denials: claims whose status is "denied" and DENIED relations (someone denies something), with who denies, the sentence and the article.
// params: {}
MATCH (c:Claim)-[:STATED_IN]->(s:Sentence)-[:IN]->(a:Article)
WHERE c.status = 'denied' OR c.type = 'DENIED'
MATCH (c)-[:SUBJECT]->(x:Entity), (c)-[:OBJECT]->(y:Entity)
RETURN x.name AS subject, c.type AS relation, y.name AS object,
       CASE WHEN c.type = 'DENIED' THEN x.name ELSE c.attributedTo END AS deniedBy,
       s.text AS sentence, a.title AS article, a.outlet AS outlet, a.published AS published
ORDER BY published, subject
