// description: Who met an official: each counterpart with the number of meetings, the articles and the first/last dates
// param official: the official's id, name or alias; Arabic spelling variants and diacritics are folded
// key official_key: normalize_key(official)
WITH $official AS q,
     $official_key AS key
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
