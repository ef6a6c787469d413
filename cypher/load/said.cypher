// (speaker)-[:SAID {article_id}]->(:Statement {id, text, lang})-[:REPORTED_IN]->(:Article)
// $rows: [{id, speaker, text, lang, article_id, evidence, start, end, published, confidence, rule}]
UNWIND $rows AS row
MATCH (s:Entity {id: row.speaker})
MATCH (a:Article {id: row.article_id})
MERGE (st:Statement {id: row.id})
SET st.text = row.text,
    st.lang = row.lang
MERGE (s)-[r:SAID {article_id: row.article_id}]->(st)
SET r.evidence = row.evidence,
    r.start = row.start,
    r.end = row.end,
    r.published = row.published,
    r.confidence = row.confidence,
    r.rule = row.rule
MERGE (st)-[:REPORTED_IN]->(a);
