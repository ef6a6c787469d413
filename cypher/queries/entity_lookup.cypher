// description: Find officials, agencies and countries by any spelling of their name or aliases (full-text index entity_names, arabic analyzer)
// param name: words of the name, any spelling (أ/إ/ا, ة/ه, ى/ي, ؤ, ئ, diacritics, with or without ال); Lucene syntax such as جونسون~ for fuzzy matching works
// param limit: at most this many entities (default 10, 1-100000)
// key name_folded: normalize_ar(name)
// The name's letters are folded as the index's search_text was (graphbuild.text), then Lucene's special characters escaped.
WITH reduce(s = $name_folded, p IN [['\\','\\\\'],['/','\\/'],[':','\\:'],['(','\\('],[')','\\)'],['[','\\['],[']','\\]'],['{','\\{'],['}','\\}'],['^','\\^'],['!','\\!']] | replace(s, p[0], p[1])) AS q
CALL db.index.fulltext.queryNodes('entity_names', q) YIELD node, score
// entity name: node
RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
       node.id AS id,
       node.name AS name,
       node.aliases AS aliases,
       node.country AS country,
       round(score, 3) AS score
ORDER BY score DESC, name
LIMIT $limit;
