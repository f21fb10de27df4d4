/** The local database's password: from NEO4J_PASSWORD, else a generated one kept in a 0600 file. */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import type { Neo4jTarget } from "../../config/index.ts";
import { KgError } from "../../errors/index.ts";

type EmbeddedTarget = Extract<Neo4jTarget, { mode: "embedded" }>;

/** Reads the stored password; a missing file means the database was never started. */
export async function readPassword(target: EmbeddedTarget): Promise<string> {
  if (target.password) return target.password;
  try {
    return (await fs.readFile(target.passwordFile, "utf8")).trim();
  } catch {
    throw new KgError(
      "NEO4J_UNREACHABLE",
      `no password for the local Neo4j at ${target.uri}: ${target.passwordFile} does not exist. If it was started with NEO4J_PASSWORD, set it again; otherwise run \`npx kg db start\` (or set NEO4J_URI).`,
      { uri: target.uri },
    );
  }
}

/** Returns the password to use, generating and storing one (mode 0600) on the first start. */
export async function ensurePassword(target: EmbeddedTarget): Promise<{ password: string; generated: boolean }> {
  if (target.password) return { password: target.password, generated: false };
  try {
    return { password: (await fs.readFile(target.passwordFile, "utf8")).trim(), generated: false };
  } catch {
    // Hex, not base64url: a password opening with "-" would be read by neo4j-admin as an option (1 start in 64).
    const password = randomBytes(18).toString("hex");
    await fs.writeFile(target.passwordFile, `${password}\n`, { mode: 0o600 });
    return { password, generated: true };
  }
}
