// description: Members of an agency (officials, delegations and sub-agencies that are MEMBER_OF it), with the articles that say so
// param agency: the agency's id, name or alias; Arabic spelling variants and diacritics are folded
WITH $agency AS q,
     toLower(trim(reduce(s = $agency, p IN [['\u064B',''],['\u064C',''],['\u064D',''],['\u064E',''],['\u064F',''],['\u0650',''],['\u0651',''],['\u0652',''],['\u0670',''],['\u0640',''],['أ','ا'],['إ','ا'],['آ','ا'],['ٱ','ا'],['ة','ه'],['ى','ي'],['ؤ','و'],['ئ','ي']] | replace(s, p[0], p[1])))) AS key
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
