/** `/healthz` (the process is up) and `/readyz` (it can answer: Neo4j, schema, graph), as JSON. */
import type { Db } from "../../db/index.ts";
import { checkReadiness } from "../readiness.ts";
import type { RequestHandler } from "./request-handler.ts";
import { sendJson } from "./send-json.ts";

/** The two routes; other paths fall through. */
export function createHealthRoutes(db: Db): RequestHandler {
  const started = Date.now();
  return async (request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if (pathname === "/healthz") {
      sendJson(response, 200, { status: "ok", uptimeSeconds: Math.round((Date.now() - started) / 1000) });
      return true;
    }
    if (pathname === "/readyz") {
      const readiness = await checkReadiness(db).catch((): null => null);
      if (readiness === null) sendJson(response, 503, { status: "not_ready", error: "readiness check failed" });
      else sendJson(response, readiness.ready ? 200 : 503, { status: readiness.ready ? "ready" : "not_ready", checks: readiness.checks });
      return true;
    }
    return false;
  };
}
