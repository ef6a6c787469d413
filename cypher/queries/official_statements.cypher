// description: What an official (or agency) said: each statement with its quote, the article, its date and the entities it mentions
// param official: the speaker's id, name or alias; Arabic spelling variants and diacritics are folded
WITH $official AS q,
     toLower(trim(reduce(s = $official, p IN [['\u064B',''],['\u064C',''],['\u064D',''],['\u064E',''],['\u064F',''],['\u0650',''],['\u0651',''],['\u0652',''],['\u0670',''],['\u0640',''],['أ','ا'],['إ','ا'],['آ','ا'],['ٱ','ا'],['ة','ه'],['ى','ي'],['ؤ','و'],['ئ','ي']] | replace(s, p[0], p[1])))) AS key
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
