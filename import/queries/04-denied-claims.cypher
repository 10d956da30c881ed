// name: Claims that someone denies
// description: Every claim whose status is "denied", who denies it, and the sentence and article it comes from.
// params: {}
MATCH (c:Claim {status: 'denied'})-[:STATED_IN]->(s:Sentence)-[:IN]->(a:Article)
MATCH (c)-[:SUBJECT]->(x:Entity), (c)-[:OBJECT]->(y:Entity)
RETURN x.name AS subject, c.type AS relation, y.name AS object, c.attributedTo AS deniedBy, s.text AS sentence,
       a.title AS article, a.outlet AS outlet, a.published AS published
ORDER BY published, subject
