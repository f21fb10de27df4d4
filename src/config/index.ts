export { loadConfig, PROJECT_ROOT, type Config, type Neo4jTarget } from "./config.ts";
