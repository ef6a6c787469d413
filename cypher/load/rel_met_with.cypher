// One MET_WITH relationship per (source, target, article), keyed by article_id, with
// its evidence (the first sentence that states it), offsets, date, the highest
// confidence and how many times the article states it. Only changed properties
// are written (a reload of the same rows sets nothing).
// $rows: [{source, target, article_id, evidence, start, end, published, confidence, rule, count}]
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:MET_WITH {article_id: row.article_id}]->(t)
WITH r, row {.evidence, .start, .end, .published, .confidence, .rule, .count} AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(r[k] = want[k], r[k] IS NULL AND want[k] IS NULL)] |
  SET r[k] = want[k]);
