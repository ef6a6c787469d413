// (speaker)-[:SAID {article_id}]->(:Statement {id, text, lang})-[:REPORTED_IN]->(:Article)
// Only changed properties are written (a reload of the same rows sets nothing).
// $rows: [{id, speaker, text, lang, article_id, evidence, start, end, published, confidence, rule}]
UNWIND $rows AS row
MATCH (s:Entity {id: row.speaker})
MATCH (a:Article {id: row.article_id})
MERGE (st:Statement {id: row.id})
WITH s, a, st, row, row {.text, .lang} AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(st[k] = want[k], st[k] IS NULL AND want[k] IS NULL)] |
  SET st[k] = want[k])
MERGE (s)-[r:SAID {article_id: row.article_id}]->(st)
WITH a, st, r, row {.evidence, .start, .end, .published, .confidence, .rule} AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(r[k] = want[k], r[k] IS NULL AND want[k] IS NULL)] |
  SET r[k] = want[k])
MERGE (st)-[:REPORTED_IN]->(a);
