export { KgError, isKgError, type KgErrorCode } from "./kg-error.ts";
