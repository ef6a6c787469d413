// description: Ego network: every relationship within depth hops of an entity (MET_WITH, MEMBER_OF, SAID, MENTIONS)
// param entity: the entity's id, name or alias; Arabic spelling variants and diacritics are folded
// param depth: how many hops (default 2, 1-3); Cypher cannot take a parameter as a path bound, so paths up to 3 are filtered by length
// param limit: at most this many relationships (default 500, 1-100000)
// key entity_key: normalize_key(entity)
WITH $entity AS q,
     $entity_key AS key
MATCH (e:Entity)
WHERE e.id = q OR e.name = q OR q IN e.aliases OR key IN e.search_terms
// entity entity: e
MATCH p = (e)-[:MET_WITH|MEMBER_OF|SAID|MENTIONS*1..3]-()
WHERE length(p) <= $depth
UNWIND relationships(p) AS r
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN s AS source, type(r) AS type, t AS target, r.article_id AS article_id, r AS relationship
ORDER BY type, coalesce(s.name, s.text), coalesce(t.name, t.text), article_id
LIMIT $limit;
