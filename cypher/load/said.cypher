// (speaker)-[:SAID {article_id}]->(:Statement {id, text, lang})-[:REPORTED_IN]->(:Article)
// Loaded twice with different values, whatever the order: the Statement's text and lang
// follow the rule of entity text properties (a value over none, the longest, then the
// smallest), and SAID keeps one whole record: the higher confidence, then the earlier
// [start, end], then the smaller [evidence, rule, published] (README "Graph model").
// `SET st:Statement` takes the Statement's write lock before anything is read (the label
// is there on a matched node: nothing is written or counted).
// Only changed properties are written (a reload of the same rows sets nothing).
// $rows: [{id, speaker, text, lang, article_id, evidence, start, end, published, confidence, rule}]
UNWIND $rows AS row
MATCH (s:Entity {id: row.speaker})
MATCH (a:Article {id: row.article_id})
MERGE (st:Statement {id: row.id})
SET st:Statement
WITH s, a, st, row, {
       text: CASE WHEN st.text IS NULL OR [-size(row.text), row.text] < [-size(st.text), st.text]
                  THEN coalesce(row.text, st.text) ELSE st.text END,
       lang: CASE WHEN st.lang IS NULL OR [-size(row.lang), row.lang] < [-size(st.lang), st.lang]
                  THEN coalesce(row.lang, st.lang) ELSE st.lang END
     } AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(st[k] = want[k], st[k] IS NULL AND want[k] IS NULL)] |
  SET st[k] = want[k])
MERGE (s)-[r:SAID {article_id: row.article_id}]->(st)
WITH a, st, r, row,
     [row.confidence, -coalesce(row.start, 0), -coalesce(row.end, 0)] AS new_rank,
     [r.confidence, -coalesce(r.start, 0), -coalesce(r.end, 0)] AS old_rank,
     [coalesce(row.evidence, ''), coalesce(row.rule, ''), coalesce(row.published, '')] AS new_text,
     [coalesce(r.evidence, ''), coalesce(r.rule, ''), coalesce(r.published, '')] AS old_text
WITH a, st, r, CASE WHEN r.confidence IS NULL OR new_rank > old_rank
                         OR (new_rank = old_rank AND new_text < old_text)
                    THEN row {.evidence, .start, .end, .published, .confidence, .rule}
                    ELSE r {.evidence, .start, .end, .published, .confidence, .rule} END AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(r[k] = want[k], r[k] IS NULL AND want[k] IS NULL)] |
  SET r[k] = want[k])
MERGE (st)-[:REPORTED_IN]->(a);
