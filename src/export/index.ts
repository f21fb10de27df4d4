export { readGraphExport } from "./read-graph-export.ts";
export { saveExport, EXPORT_FORMATS, type ExportFormat, type SaveResult } from "./save-export.ts";
export { writeGraphml } from "./write-graphml.ts";
export { writeJsonl } from "./write-jsonl.ts";
export { writeCsvFiles } from "./write-csv-files.ts";
export { zipEvidence, byId, compareText } from "./evidence-list.ts";
export { xmlText } from "./xml-text.ts";
export type * from "./graph-export.ts";
