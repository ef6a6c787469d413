// (entity)-[:MENTIONED_IN]->(article) for every article an entity was extracted from.
// $rows: [{entity, article_id}]
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (a:Article {id: row.article_id})
MERGE (e)-[:MENTIONED_IN]->(a);
