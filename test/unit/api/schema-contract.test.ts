import { Kind, type ConstDirectiveNode, type EnumTypeDefinitionNode, type ObjectTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../../src/api/type-defs.ts";
import { ENTITY_TYPES, EVENT_STATUSES, MEASURES, RELATION_TYPES, VALUE_KINDS } from "../../../src/graph/contract.ts";

const definitions = loadTypeDefs().flatMap((doc) => doc.definitions);
const objects = new Map(
  definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => [d.name.value, d]),
);
const enums = new Map(definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION).map((d) => [d.name.value, d]));
const enumValues = (name: string) => enums.get(name)?.values?.map((v) => v.name.value);
const directive = (node: { readonly directives?: readonly ConstDirectiveNode[] }, name: string) => node.directives?.find((d) => d.name.value === name);

describe("the GraphQL type definitions follow the graph contract", () => {
  it("have the contract's enums", () => {
    expect(enumValues("EntityType")).toEqual([...ENTITY_TYPES]);
    expect(enumValues("RelationType")).toEqual([...RELATION_TYPES]);
    expect(enumValues("ValueKind")).toEqual([...VALUE_KINDS]);
    expect(enumValues("Measure")).toEqual([...MEASURES]);
    expect(enumValues("MilestoneStatus")).toEqual([...EVENT_STATUSES]);
  });

  it("have a node type per entity label, each with both directions of every relation type", () => {
    for (const type of [...ENTITY_TYPES, "EntityNode"]) {
      const node = objects.get(type);
      expect(node, type).toBeDefined();
      const relationships = (node?.fields ?? []).flatMap((field) => {
        const rel = directive(field, "relationship");
        if (!rel) return [];
        const arg = (name: string) => rel.arguments?.find((a) => a.name.value === name)?.value;
        const value = (v: ReturnType<typeof arg>) => (v && (v.kind === Kind.STRING || v.kind === Kind.ENUM) ? v.value : null);
        return [`${value(arg("type"))} ${value(arg("direction"))} ${value(arg("properties"))}`];
      });
      for (const relation of RELATION_TYPES) {
        expect(relationships, `${type} ${relation}`).toEqual(expect.arrayContaining([`${relation} OUT Fact`, `${relation} IN Fact`]));
      }
    }
  });

  it("make every node type read-only", () => {
    const nodes = [...objects.values()].filter((o) => directive(o, "node"));
    expect(nodes.length).toBeGreaterThanOrEqual(ENTITY_TYPES.length + 5);
    for (const node of nodes) {
      const mutation = directive(node, "mutation");
      const operations = mutation?.arguments?.find((a) => a.name.value === "operations")?.value;
      expect(operations?.kind === Kind.LIST && operations.values.length === 0, `${node.name.value} has @mutation(operations: [])`).toBe(true);
    }
  });
});
