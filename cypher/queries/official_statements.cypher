// description: What an official (or agency) said: each statement with its quote, the article, its date and the entities it mentions
// param official: the speaker's id, name or alias; Arabic spelling variants and diacritics are folded
// key official_key: normalize_key(official)
WITH $official AS q,
     $official_key AS key
MATCH (o:Entity)
WHERE o.id = q OR o.name = q OR q IN o.aliases OR key IN o.search_terms
// entity official: o
MATCH (o)-[r:SAID]->(st:Statement)-[:REPORTED_IN]->(a:Article)
RETURN o.name AS speaker,
       st.text AS quote,
       a.id AS article_id,
       a.title AS article,
       a.published AS published,
       COLLECT { MATCH (st)-[:MENTIONS]->(m:Entity) RETURN m.name ORDER BY m.name } AS mentions,
       r.evidence AS evidence
ORDER BY published, article_id, r.start;
