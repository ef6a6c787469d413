// description: Shortest path between two entities over MET_WITH, MEMBER_OF, SAID and MENTIONS (at most 8 hops; articles are not hops)
// param source: the first entity's id, name or alias; Arabic spelling variants and diacritics are folded
// param target: the second entity's id, name or alias
// key source_key: normalize_key(source)
// key target_key: normalize_key(target)
WITH $source_key AS key_a,
     $target_key AS key_b
MATCH (a:Entity)
WHERE a.id = $source OR a.name = $source OR $source IN a.aliases OR key_a IN a.search_terms
// entity source: a
MATCH (b:Entity)
WHERE b.id = $target OR b.name = $target OR $target IN b.aliases OR key_b IN b.search_terms
// entity target: b
WITH a, b WHERE a <> b
MATCH p = shortestPath((a)-[:MET_WITH|MEMBER_OF|SAID|MENTIONS*..8]-(b))
RETURN length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, n.text)] AS names,
       [r IN relationships(p) | type(r)] AS types,
       p AS path
ORDER BY hops
LIMIT 1;
