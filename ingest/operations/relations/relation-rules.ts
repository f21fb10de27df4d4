/**
 * Which entity types may stand on each side of each relation type, and how each is phrased.
 * The types do most of the disambiguation: "引进" between an area and an enterprise is INTRODUCED,
 * between two industries it is nothing.
 */
import type { EntityType, RelationType } from "../../../src/graph/contract.ts";

/** Argument constraints and phrasing of one relation type. */
export interface RelationRule {
  readonly from: readonly EntityType[];
  readonly to: readonly EntityType[];
  /** Arguments may stand in the opposite order: "将X引入Y", "X入驻Y" (HOSTS Y→X), "区内落地X". */
  readonly reversible: boolean;
  /** The side that is a place and may stay unsaid, taken from the sentence's topic ("X签约入驻"). */
  readonly place: "from" | "to" | null;
  /** The object may precede a nominalized verb: "推进上新街项目建设". */
  readonly nominal: boolean;
  /** Relations read by their own procedure rather than the generic left/right one. */
  readonly special: "partners" | "leads" | null;
  /**
   * With no actor anywhere in the sentence, the district is the actor: subjectless policy prose
   * ("引进玲珑轮胎…", "与山东大学签署共建协议") reports what the district did.
   */
  readonly districtActor: boolean;
}

const ORGS: readonly EntityType[] = ["Enterprise", "Institution"];
// Indicators are metrics, not things that rely on anything.
const ANY: readonly EntityType[] = ["Strategy", "Area", "Project", "Enterprise", "Institution", "Industry", "Platform", "Person", "Event", "Policy"];
// The three strategies are also territories (济南中央活力区 …), so they count as places.
const PLACES: readonly EntityType[] = ["Area", "Strategy", "Platform"];

const rule = (r: Partial<RelationRule> & Pick<RelationRule, "from" | "to">): RelationRule => ({
  reversible: false,
  place: null,
  nominal: false,
  special: null,
  districtActor: false,
  ...r,
});

/** The rule for every relation type of the contract. */
export const RELATION_RULES: Readonly<Record<RelationType, RelationRule>> = {
  LOCATED_IN: rule({ from: ["Enterprise", "Institution", "Project", "Platform"], to: PLACES, reversible: true, place: "to" }),
  PART_OF: rule({ from: ["Area", "Platform"], to: ["Area", "Strategy", "Platform"] }),
  // "市中区全力服务黄河流域…战略": the district serves strategies as much as its projects do.
  SERVES: rule({ from: ["Project", "Area", "Platform"], to: ["Strategy", "Area"] }),
  // "大力发展低空经济" with no actor: the report's place develops it.
  PROMOTES: rule({ from: ["Strategy", "Area"], to: ["Industry"], nominal: true, districtActor: true }),
  BELONGS_TO: rule({ from: ["Enterprise", "Project", "Platform"], to: ["Industry"] }),
  RELIES_ON: rule({ from: ANY, to: ANY }),
  INTRODUCED: rule({ from: ["Area", "Platform", "Strategy"], to: ["Enterprise", "Institution", "Project", "Platform"], reversible: true, districtActor: true }),
  HEADQUARTERED_IN: rule({ from: ["Enterprise"], to: ["Area", "Strategy"], reversible: true, place: "to" }),
  // "组建济南能源互联网产业研究院": founding an institution is building it.
  // "建设X" with no actor: the report's place builds it.
  BUILDS: rule({ from: ["Area", "Strategy", "Enterprise", "Institution"], to: ["Project", "Platform", "Institution"], nominal: true, districtActor: true }),
  OPERATES: rule({ from: ORGS, to: ["Platform", "Project"], nominal: true }),
  // "与某县共建", "加强与某某经济区对接": places cooperate with places as much as with organisations.
  PARTNERS_WITH: rule({ from: ["Enterprise", "Institution", "Area"], to: [...ORGS, "Area", "Strategy"], special: "partners", districtActor: true }),
  // "区长鞠正江", "社区书记李梓涵": a district or community is led too.
  LEADS: rule({ from: ["Person"], to: ["Enterprise", "Institution", "Platform", "Area"], special: "leads" }),
  // A platform houses organisations (入驻); a place or venue holds events (举办), the report's place when none is named.
  HOSTS: rule({ from: ["Platform", "Area"], to: [...ORGS, "Event"], reversible: true, place: "from", districtActor: true }),
};
