// One (:GraphVersion {id: "graph"}) node counts the writes to the graph; the constraint keeps concurrent first writes to one node.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (g:GraphVersion) REQUIRE g.id IS UNIQUE;
