import { type ReportView, type Section } from './section.js';
/**
 * One target: its evidence line in the open, right under the table (a paragraph when it is one
 * line); the rules go with the runtime under <details> (withEvidence). Several: one line for them
 * all when none broke a rule; everything else goes into the runtimes' <details>.
 */
export declare function evidenceSections(view: ReportView): Section[];
/** The runtimes section also carries the evidence per rule (and per target, with several). */
export declare function withEvidence(runtimes: Section, view: ReportView): Section;
