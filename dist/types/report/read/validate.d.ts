/**
 * Validates a parsed report file in place, without the copy zod makes of it (a 100,000-cell file is
 * 50 MB of objects). Invariant: it accepts and refuses exactly what model.ts's reportFileSchema
 * does, and what it accepts equals zod's output, key order aside; a refusal is zod's, in zod's words.
 */
import type { z } from 'zod';
import { reportFileSchema } from '../model.js';
export type ReportFile = z.output<typeof reportFileSchema>;
/**
 * The fields the generated code only checks are objects, and zod checks after: contracts carry
 * refinements JSON Schema cannot say, and a report holds a few (the generator reads this list).
 */
export declare const CHECKED_BY_ZOD: readonly ["contracts"];
/**
 * reportFileSchema.safeParse, faster: validateInPlace, and zod again only when it refuses.
 * The value must be fresh from JSON.parse: it is changed, and what is returned shares it.
 */
export declare function validateReportFile(value: unknown): z.ZodSafeParseResult<ReportFile>;
/**
 * The report file, checked and stripped in place by the generated code (unknown keys deleted,
 * defaults filled, as zod's copy would have them) and the fields above by zod; undefined when
 * either refuses it.
 */
export declare function validateInPlace(value: unknown): ReportFile | undefined;
