// The articles a query result comes from (graphbuild.neo4j.queries.query_graph,
// used by `graphbuild render --query`), so the page counts and lists them:
// the articles the result's relationships name ($ids), the articles that report
// the returned statements ($statements), and the articles that mention returned
// entities that have no relationship in the result ($entities). One row per
// (article, returned node it belongs to); node is null for the first kind.
// $ids: [article id], $statements: [statement id], $entities: [entity id]
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a {.title, .url, .published, .lang, .source} AS article, null AS node
UNION
MATCH (st:Statement)-[:REPORTED_IN]->(a:Article)
WHERE st.id IN $statements
RETURN a.id AS id, a {.title, .url, .published, .lang, .source} AS article, st.id AS node
UNION
MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article)
WHERE e.id IN $entities
RETURN a.id AS id, a {.title, .url, .published, .lang, .source} AS article, e.id AS node;
