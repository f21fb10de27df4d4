// Chinese names need the cjk analyzer (character bigrams): "活力" finds 中央活力区; one character finds nothing.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
