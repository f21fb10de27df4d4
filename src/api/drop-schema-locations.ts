/**
 * Drops the source locations from a built schema's definition nodes. @neo4j/graphql parses its ~1.3 MB of
 * generated SDL and every type keeps its AST node, whose `loc` holds the parser's tokens — a linked list of all
 * ~90,000 of them — and the source text: 12 MB of heap (measured) that nothing reads after the schema is built
 * (the AST nodes themselves stay: @neo4j/graphql reads their `kind` at run time).
 */
import type { GraphQLSchema } from "graphql";

/** Removes `loc` from every AST node the schema, its types, fields, arguments, values and directives hold. */
export function dropSchemaLocations(schema: GraphQLSchema): GraphQLSchema {
  const seen = new WeakSet<object>();
  const strip = (node: unknown): void => {
    if (node === null || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) strip(item);
      return;
    }
    const record = node as Record<string, unknown>;
    delete record.loc;
    for (const value of Object.values(record)) if (value !== null && typeof value === "object" && (Array.isArray(value) || "kind" in value)) strip(value);
  };
  const owner = (x: { readonly astNode?: unknown; readonly extensionASTNodes?: readonly unknown[] }) => {
    strip(x.astNode);
    strip(x.extensionASTNodes);
  };
  owner(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    owner(type);
    // Duck-typed, not isObjectType(): @neo4j/graphql (CommonJS) and this module may hold different copies of graphql.
    if ("getFields" in type) {
      for (const field of Object.values(type.getFields())) {
        strip(field.astNode);
        if ("args" in field) for (const arg of field.args) strip(arg.astNode);
      }
    }
    if ("getValues" in type) for (const value of type.getValues()) strip(value.astNode);
  }
  for (const directive of schema.getDirectives()) {
    strip(directive.astNode);
    for (const arg of directive.args) strip(arg.astNode);
  }
  return schema;
}
