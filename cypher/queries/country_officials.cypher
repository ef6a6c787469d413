// description: Officials of a country: those whose country is it, or who are members of one of its agencies
// param country: ISO alpha-3 code (LBY), id (Country:LBY), name or alias (ليبيا, Libya)
// key country_key: normalize_key(country)
WITH $country AS q,
     $country_key AS key
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
