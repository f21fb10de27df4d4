/**
 * The driver the generated API runs on: every session it opens is a READ session, and its
 * `executeWrite` runs as `executeRead`, so even a generated query that tried to write would be refused
 * by Neo4j (AccessMode error). A session's default mode alone is not enough: `executeWrite` ignores it.
 * @neo4j/graphql v7 accepts only database/impersonatedUser/auth in `sessionConfig`, hence the wrapper.
 */
import neo4j, { type Driver, type Session, type SessionConfig } from "neo4j-driver";

/** Wraps `driver` so that its sessions can only read; everything else passes through. */
export function readOnlyDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === "session") {
        return (config: SessionConfig = {}) => readOnlySession(target.session({ ...config, defaultAccessMode: neo4j.session.READ }));
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function readOnlySession(session: Session): Session {
  return new Proxy(session, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property === "executeWrite" ? "executeRead" : property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
