// (:Statement)-[:MENTIONS]->(entity) for the entities named in what was said.
// $rows: [{statement, entity, article_id}]
UNWIND $rows AS row
MATCH (st:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
MERGE (st)-[m:MENTIONS]->(e)
SET m.article_id = row.article_id;
