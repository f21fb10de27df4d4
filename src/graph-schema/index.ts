export { readGraphSchema } from "./read-graph-schema.ts";
export { formatSchemaMarkdown, formatSchemaJson, type SchemaFormatOptions } from "./format-schema.ts";
export type { GraphSchema, LabelSchema, PropertySchema, RelationshipPattern, RelationshipTypeSchema } from "./graph-schema.ts";
export { valueTypeName, propertyTypes, nodeKind } from "./value-type-name.ts";
