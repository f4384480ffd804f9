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
 * Where a cell's callbacks ran, in a few words, most first: "task", "caller inline", "caller, some
 * inline", "caller inline, some task"; for a failed cell, where the forbidden ones ran.
 */
export declare function shortWhere(cell: CellReport): string;
/** Each place's word and how many callbacks ran there, most first. */
export declare function placeCounts(outcomes: readonly CellReport['outcomes'][number][]): {
    word: string;
    place: string;
    inline: boolean;
    count: number;
}[];
/**
 * Places in words, most first: "task", "caller, some inline" (one thread, some callbacks inline),
 * "caller inline, some task". No "+1": a first-time reader cannot guess what it counts.
 */
export declare function placesWords(places: readonly {
    word: string;
    place: string;
    inline: boolean;
}[]): string;
