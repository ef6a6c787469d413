// (:Statement)-[:MENTIONS]->(entity) for the entities named in what was said.
// article_id is written only when it changes (a reload of the same rows sets nothing).
// $rows: [{statement, entity, article_id}]
UNWIND $rows AS row
MATCH (st:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
MERGE (st)-[m:MENTIONS]->(e)
WITH m, row {.article_id} AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(m[k] = want[k], m[k] IS NULL AND want[k] IS NULL)] |
  SET m[k] = want[k]);
