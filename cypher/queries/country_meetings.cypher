// description: Meetings between officials of two countries: each pair with the number of meetings, the articles and the first/last dates
// param country_a: the first country: ISO alpha-3 code, id, name or alias
// param country_b: the second country: ISO alpha-3 code, id, name or alias
// key country_a_key: normalize_key(country_a)
// key country_b_key: normalize_key(country_b)
WITH $country_a_key AS key_a,
     $country_b_key AS key_b
MATCH (ca:Country)
WHERE ca.id = $country_a OR ca.id = 'Country:' + toUpper($country_a) OR ca.name = $country_a
   OR ca.name_en = $country_a OR $country_a IN ca.aliases OR key_a IN ca.search_terms
// entity country_a: ca
MATCH (cb:Country)
WHERE cb.id = $country_b OR cb.id = 'Country:' + toUpper($country_b) OR cb.name = $country_b
   OR cb.name_en = $country_b OR $country_b IN cb.aliases OR key_b IN cb.search_terms
// entity country_b: cb
WITH ca, cb, substring(ca.id, size('Country:')) AS iso_a, substring(cb.id, size('Country:')) AS iso_b
MATCH (x:Official {country: iso_a})-[r:MET_WITH]-(y:Official {country: iso_b})
RETURN x.name AS official_a,
       ca.name AS country_a,
       y.name AS official_b,
       cb.name AS country_b,
       count(r) AS meetings,
       collect(DISTINCT r.article_id) AS articles,
       min(r.published) AS first,
       max(r.published) AS last
ORDER BY meetings DESC, official_a, official_b;
