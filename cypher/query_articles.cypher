// The articles a query result comes from (graphbuild.neo4j.queries.query_graph,
// used by `graphbuild render --query`), so the page counts and lists them:
// the articles the result's relationships name ($ids), the articles that report
// the returned statements ($statements), and the articles that mention returned
// entities that have no relationship in the result ($entities). One row per
// article, with the returned nodes it belongs to.
// $ids: [article id], $statements: [statement id], $entities: [entity id]
CALL {
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  RETURN a, null AS node
  UNION
  MATCH (st:Statement)-[:REPORTED_IN]->(a:Article)
  WHERE st.id IN $statements
  RETURN a, st.id AS node
  UNION
  MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article)
  WHERE e.id IN $entities
  RETURN a, e.id AS node
}
WITH a, collect(node) AS nodes
RETURN a.id AS id, a {.title, .url, .published, .lang, .source} AS article, nodes
ORDER BY id;
