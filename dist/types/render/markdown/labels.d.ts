/**
 * Short names for what the Markdown report names often: a target by the part of its name that
 * tells it apart from the others ("py3.12" of "guard-py3.12-ubuntu-latest"), and where callbacks
 * ran in a word. Labels are plain text; the renderer escapes them.
 */
import type { CellReport } from '../../report/model.js';
/**
 * Each name without the words (split at - _ / : . and spaces) that every name starts or ends
 * with. Names that would come out empty, cut or the same as another keep a numbered label
 * (T1, T2, ...) instead, so a label never points at two targets.
 */
export declare function shortTargetLabels(names: string[]): Map<string, string>;
/**
 * Where most callbacks of a cell ran, in a word or two ("task", "caller inline", "task +1"); for
 * a failed cell, where the forbidden ones ran.
 */
export declare function shortWhere(cell: CellReport): string;
