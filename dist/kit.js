export { b as builtInContractNames, c as configSchema, e as expandMatrix, g as gradeOutcome, a as gradeOutcomes, l as loadConfig, d as loadContract, r as renderJson, f as renderJunit, h as renderMarkdown, i as runConfig, j as runPlan, v as violationsOf } from './chunks/files.js';
export { r as renderTerminal } from './chunks/terminal.js';
import 'node:fs';
import 'node:path';
import 'node:url';
import 'node:child_process';
import 'url';
import 'events';
