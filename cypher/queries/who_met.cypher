// description: Who met an official: each counterpart with the number of meetings, the articles and the first/last dates
// param official: the official's id, name or alias; Arabic spelling variants and diacritics are folded
WITH $official AS q,
     toLower(trim(reduce(s = $official, p IN [['\u064B',''],['\u064C',''],['\u064D',''],['\u064E',''],['\u064F',''],['\u0650',''],['\u0651',''],['\u0652',''],['\u0670',''],['\u0640',''],['أ','ا'],['إ','ا'],['آ','ا'],['ٱ','ا'],['ة','ه'],['ى','ي'],['ؤ','و'],['ئ','ي']] | replace(s, p[0], p[1])))) AS key
MATCH (o:Official)
WHERE o.id = q OR o.name = q OR q IN o.aliases OR key IN o.search_terms
// entity official: o
MATCH (o)-[r:MET_WITH]-(other:Entity)
RETURN o.name AS official,
       other.name AS met,
       [l IN labels(other) WHERE l <> 'Entity'][0] AS type,
       other.title AS title,
       other.country AS country,
       count(r) AS meetings,
       collect(DISTINCT r.article_id) AS articles,
       min(r.published) AS first,
       max(r.published) AS last
ORDER BY meetings DESC, met;
