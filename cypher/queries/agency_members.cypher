// description: Members of an agency (officials, delegations and sub-agencies that are MEMBER_OF it), with the articles that say so
// param agency: the agency's id, name or alias; Arabic spelling variants and diacritics are folded
// key agency_key: normalize_key(agency)
WITH $agency AS q,
     $agency_key AS key
MATCH (ag:Agency)
WHERE ag.id = q OR ag.name = q OR q IN ag.aliases OR key IN ag.search_terms
// entity agency: ag
MATCH (m:Entity)-[r:MEMBER_OF]->(ag)
RETURN ag.name AS agency,
       m.name AS member,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS type,
       m.title AS title,
       collect(DISTINCT r.article_id) AS articles,
       max(r.published) AS last
ORDER BY type DESC, member;
