// One MEMBER_OF relationship per (source, target, article), keyed by article_id, with
// its evidence (the first sentence that states it), offsets, date, the highest
// confidence and how many times the article states it.
// Loaded twice with different properties (the same article from two extractions), the
// relationship keeps one whole record, whatever the order of the loads: the higher
// [confidence, count], then the earlier [start, end], then the smaller
// [evidence, rule, published] (README "Graph model"). `SET s:Entity` first takes the
// source node's write lock (the label is there: nothing is written or counted), so two
// loads of the same relationship compare with each other's committed record.
// Only changed properties are written (a reload of the same rows sets nothing).
// $rows: [{source, target, article_id, evidence, start, end, published, confidence, rule, count}]
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
SET s:Entity
MERGE (s)-[r:MEMBER_OF {article_id: row.article_id}]->(t)
WITH r, row,
     [row.confidence, coalesce(row.count, 1), -coalesce(row.start, 0), -coalesce(row.end, 0)]
       AS new_rank,
     [r.confidence, coalesce(r.count, 1), -coalesce(r.start, 0), -coalesce(r.end, 0)] AS old_rank,
     [coalesce(row.evidence, ''), coalesce(row.rule, ''), coalesce(row.published, '')] AS new_text,
     [coalesce(r.evidence, ''), coalesce(r.rule, ''), coalesce(r.published, '')] AS old_text
WITH r, CASE WHEN r.confidence IS NULL OR new_rank > old_rank
                  OR (new_rank = old_rank AND new_text < old_text)
             THEN row {.evidence, .start, .end, .published, .confidence, .rule, .count}
             ELSE r {.evidence, .start, .end, .published, .confidence, .rule, .count} END AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(r[k] = want[k], r[k] IS NULL AND want[k] IS NULL)] |
  SET r[k] = want[k]);
