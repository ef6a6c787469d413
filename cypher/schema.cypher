// graphbuild schema: constraints and indexes. Every statement is IF NOT EXISTS,
// so applying this file again changes nothing (graphbuild schema / loader.apply_schema).
// Statements are separated by a ';' at the end of a line.

// Identity: MERGE on these ids is what makes loading idempotent.
// Every Official, Agency and Country node also carries the :Entity label, so an
// id can be looked up without knowing the type (ids are label-prefixed anyway).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;

// Exact-name lookups.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);

// Any spelling: `search_terms` (and `search_text`, the same joined) hold the
// name and aliases folded by graphbuild.text.normalize_key when they are loaded;
// the named queries compare them with a parameter folded by the same function
// (their `// key` lines, bound by graphbuild.neo4j.queries), so no fold table is
// written in Cypher. Lucene's arabic analyzer also folds the common variants and
// strips the article ال and common prefixes/suffixes; queries/entity_lookup.cypher
// folds the letters of its Lucene query with graphbuild.text.normalize_ar first.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Official|Agency|Country) ON EACH [n.name, n.aliases_text, n.search_text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic', `fulltext.eventually_consistent`: false}};

// Words in what was said.
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS
FOR (n:Statement) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic', `fulltext.eventually_consistent`: false}};
