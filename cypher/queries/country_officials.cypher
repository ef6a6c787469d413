// description: Officials of a country: those whose country is it, or who are members of one of its agencies
// param country: ISO alpha-3 code (LBY), id (Country:LBY), name or alias (ليبيا, Libya)
WITH $country AS q,
     toLower(trim(reduce(s = $country, p IN [['\u064B',''],['\u064C',''],['\u064D',''],['\u064E',''],['\u064F',''],['\u0650',''],['\u0651',''],['\u0652',''],['\u0670',''],['\u0640',''],['أ','ا'],['إ','ا'],['آ','ا'],['ٱ','ا'],['ة','ه'],['ى','ي'],['ؤ','و'],['ئ','ي']] | replace(s, p[0], p[1])))) AS key
MATCH (c:Country)
WHERE c.id = q OR c.id = 'Country:' + toUpper(q) OR c.name = q OR c.name_en = q OR q IN c.aliases
   OR key IN c.search_terms
// entity country: c
WITH c, substring(c.id, size('Country:')) AS iso
MATCH (o:Official)
WHERE o.country = iso OR EXISTS { (o)-[:MEMBER_OF]->(:Agency)-[:MEMBER_OF*0..2]->(c) }
RETURN c.name AS country,
       o.name AS official,
       o.title AS title,
       COLLECT { MATCH (o)-[:MEMBER_OF]->(ag:Agency) RETURN DISTINCT ag.name ORDER BY ag.name } AS agencies,
       COUNT { (o)-[:MENTIONED_IN]->(:Article) } AS articles
ORDER BY articles DESC, official;
