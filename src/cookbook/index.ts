export { listCookbook, loadCookbookQuery, COOKBOOK_DIR } from "./cookbook-catalog.ts";
export { parseCookbookHeader } from "./parse-cookbook-header.ts";
export { bindParams, signature } from "./bind-params.ts";
export { PARAM_TYPES, type CookbookQuery, type CookbookParam, type ParamType } from "./cookbook-query.ts";
export { runCookbookQuery } from "./run-cookbook-query.ts";
