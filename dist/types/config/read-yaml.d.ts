/**
 * The mapping at the top of a YAML or JSON file of at most `maxBytes` bytes (an empty file is an
 * empty mapping); YAML is a superset of JSON, so one parser serves both.
 */
export declare function readMappingFile(path: string, field: string, maxBytes: number): object;
/**
 * YAML or JSON to plain data. Tags the parser does not know (`!foo`, `!!js/function`) and keys
 * that are not scalars are refused rather than warned about; duplicate keys are found with one
 * set per mapping (the parser's own check compares every pair with every other).
 */
export declare function parseYamlText(text: string, path: string): unknown;
