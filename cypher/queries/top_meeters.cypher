// description: Officials with the most meetings (MET_WITH in either direction), with how many counterparts and articles
// param limit: how many officials (default 10, 1-100000)
MATCH (o:Official)-[r:MET_WITH]-(other:Entity)
RETURN o.name AS official,
       o.country AS country,
       o.title AS title,
       count(r) AS meetings,
       count(DISTINCT other) AS counterparts,
       count(DISTINCT r.article_id) AS articles
ORDER BY meetings DESC, counterparts DESC, official
LIMIT $limit;
