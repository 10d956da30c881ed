// newsgraph schema: applied at every start, idempotent (IF NOT EXISTS). One statement per ';'.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);
CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.article);
// rebuilding one exploration edge reads exactly its claims
CREATE INDEX claim_triple IF NOT EXISTS FOR (c:Claim) ON (c.type, c.subject, c.object);
CREATE INDEX sentence_article IF NOT EXISTS FOR (s:Sentence) ON (s.article);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
// search over canonical names and every alias (aliasText = aliases joined by ' | ')
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
// an entity's panel lists the claims attributed to it (who is quoted about what)
CREATE INDEX claim_attributed IF NOT EXISTS FOR (c:Claim) ON (c.attributedTo);
// "as known on": the claims reported (published) by a date
CREATE INDEX claim_reported IF NOT EXISTS FOR (c:Claim) ON (c.reported);
// the Review dialog lists the suggestions (claims with status suggested) still to decide
CREATE INDEX claim_status IF NOT EXISTS FOR (c:Claim) ON (c.status);
// the first view reads the best-connected entities from here (kept by the loader and curation: load/Degrees)
CREATE INDEX entity_degree IF NOT EXISTS FOR (e:Entity) ON (e.degree);
// the analysts' shared workspace (import/curation/workspace): notes by their stable id and target, views by name
CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE;
CREATE INDEX note_target IF NOT EXISTS FOR (n:Note) ON (n.targetKind, n.targetKey);
CREATE CONSTRAINT saved_view_name IF NOT EXISTS FOR (v:SavedView) REQUIRE v.name IS UNIQUE;
