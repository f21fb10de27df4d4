// One writer at a time: `kg ingest` and `kg remove` hold (:IngestLock {id: "ingest"}) while they write; the constraint makes taking it atomic.
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE;
