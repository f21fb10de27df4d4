/**
 * The driver the generated API runs on: every session it opens is a READ session, whatever the caller
 * asks, so even a generated query that tried to write would be refused by Neo4j (AccessMode error).
 * @neo4j/graphql v7 accepts only database/impersonatedUser/auth in `sessionConfig`, hence the wrapper.
 */
import neo4j, { type Driver, type SessionConfig } from "neo4j-driver";

/** Wraps `driver` so that `session()` always opens in READ access mode; everything else passes through. */
export function readOnlyDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === "session") {
        return (config: SessionConfig = {}) => target.session({ ...config, defaultAccessMode: neo4j.session.READ });
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
