// (:Statement)-[:MENTIONS]->(entity) for the entities named in what was said.
// article_id follows the rule of text properties (a value over none, the longest, then
// the smallest: README "Graph model"), compared under the Statement's write lock
// (`SET st:Statement`: the label is there, nothing is written or counted).
// It is written only when it changes (a reload of the same rows sets nothing).
// $rows: [{statement, entity, article_id}]
UNWIND $rows AS row
MATCH (st:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
SET st:Statement
MERGE (st)-[m:MENTIONS]->(e)
WITH m, {
       article_id: CASE WHEN m.article_id IS NULL
                          OR [-size(row.article_id), row.article_id]
                             < [-size(m.article_id), m.article_id]
                        THEN coalesce(row.article_id, m.article_id) ELSE m.article_id END
     } AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(m[k] = want[k], m[k] IS NULL AND want[k] IS NULL)] |
  SET m[k] = want[k]);
