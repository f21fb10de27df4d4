/** Sends GraphQL queries to the API on the same origin as JSON POSTs (which satisfy Apollo's CSRF prevention). */

/** A GraphQL error as the server reports it. */
interface GraphqlErrorBody {
  readonly message: string;
  readonly extensions?: { readonly code?: string };
}

/** The API answered with errors, or could not be reached. */
export class GraphqlRequestError extends Error {
  readonly code: string | null;

  constructor(message: string, code: string | null) {
    super(message);
    this.name = "GraphqlRequestError";
    this.code = code;
  }
}

/** Runs one query; resolves to its `data`, rejects with a GraphqlRequestError on any error. */
export async function requestGraphql<T>(query: string, variables: Readonly<Record<string, unknown>>): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new GraphqlRequestError(`无法连接 API (cannot reach the API): ${(error as Error).message}`, null);
  }
  let body: { data?: T | null; errors?: readonly GraphqlErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphqlRequestError(`API 返回了无效响应 (HTTP ${response.status})`, null);
  }
  const first = body.errors?.[0];
  if (first !== undefined) throw new GraphqlRequestError(first.message, first.extensions?.code ?? null);
  if (body.data === undefined || body.data === null) throw new GraphqlRequestError(`API 没有返回数据 (HTTP ${response.status})`, null);
  return body.data;
}
