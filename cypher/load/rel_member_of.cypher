// One MEMBER_OF relationship per (source, target, article), keyed by article_id, with
// its evidence (the first sentence that states it), offsets, date, the highest
// confidence and how many times the article states it.
// $rows: [{source, target, article_id, evidence, start, end, published, confidence, rule, count}]
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:MEMBER_OF {article_id: row.article_id}]->(t)
SET r.evidence = row.evidence,
    r.start = row.start,
    r.end = row.end,
    r.published = row.published,
    r.confidence = row.confidence,
    r.rule = row.rule,
    r.count = row.count;
