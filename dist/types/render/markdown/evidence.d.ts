import { type ReportView, type Section } from './section.js';
/**
 * One target: its evidence line in the open, the rules under <details>. Several: nothing here;
 * everything goes into the runtimes' <details> (withEvidence), so the grid keeps the first screen
 * and the comment stays as long as it was.
 */
export declare function evidenceSections(view: ReportView): Section[];
/** With several targets, the runtimes section also carries the evidence, after the runtimes. */
export declare function withEvidence(runtimes: Section, view: ReportView): Section;
