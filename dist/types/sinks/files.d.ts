import type { Report } from '../report/model.js';
export interface FileTargets {
    json?: string;
    markdown?: string;
    junit?: string;
}
export declare function renderJson(report: Report): string;
/** Renders every file asked for, then writes them; `markdown` replaces the plain table. */
export declare function writeReportFiles(report: Report, targets: FileTargets, markdown?: (report: Report) => string): Promise<string[]>;
/**
 * Bad input that would otherwise surface only after the whole matrix has run: two reports on one
 * path, a path that is a folder, a socket or a block device, a folder that cannot be created or
 * written.
 */
export declare function checkReportPaths(targets: FileTargets, fieldOf: (kind: keyof FileTargets) => string): void;
/** Where a path leads once its symbolic links are followed (the path itself when none). */
export declare function followLinks(path: string): string;
/** Writes every file to a temporary file first; renames them into place only once all are written. */
export declare function writeAllOrNothing(files: readonly (readonly [string, string])[]): void;
