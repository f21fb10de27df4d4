/** A route: answers a request and resolves to true, or resolves to false to let the next route try. */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Same shape as the pages' handler (src/api/pages), so it mounts as is. */
export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
