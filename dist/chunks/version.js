import { R as REPORT_FORMATS, I as InputError, q as quote, b as ENGINE_OPTIONS } from './terminal2.js';

/**
 * The one reader both front doors use: what was typed for each engine option and report file,
 * read in the tables' order (src/config/options.ts) into overrides and paths; a malformed list or
 * number is refused with the option's label, as the front door calls it.
 */
/**
 * Reads every engine option but the config file (each front door reads that itself), in the
 * table's order, refusing a malformed list or number with the option's label.
 */
function readOverrides(door, raw) {
    const overrides = {};
    for (const option of ENGINE_OPTIONS) {
        if (option.at === 'file')
            continue;
        const value = raw(option);
        if (value !== undefined)
            overrides[option.key] = readValue(option, value, door);
    }
    return overrides;
}
function readValue(option, value, door) {
    const label = door.label(option);
    if (typeof value === 'boolean')
        return value; // a switch given, --control without its n, --no-X
    switch (option.kind) {
        case 'text':
            return value;
        case 'list':
            return splitList(value, label, door.separator);
        case 'numbers':
            return wholeNumbers(value, label, door.separator);
        case 'number':
            return wholeNumber(value, label);
        case 'switch':
        case 'off-switch':
            return oneOf(value, label, ['true', 'false']) === 'true';
        case 'control':
            if (!door.wordsAreBooleans)
                return wholeNumber(value, label);
            if (value === 'true' || value === 'false')
                return value === 'true';
            if (!/^\d+$/.test(value))
                throw new InputError(label, `expected true, false or a whole number N (a misroute of one callback in N), got ${quote(value)}`);
            return Number(value);
        case 'switch-or-text':
            if (door.wordsAreBooleans && (value === 'true' || value === 'false'))
                return value === 'true';
            return value;
    }
}
/** Items separated by commas (or `separator`), trimmed; an empty item is refused. */
function splitList(text, label, separator = /,/) {
    const items = text.split(separator).map(s => s.trim());
    if (items.some(s => s === ''))
        throw new InputError(label, `expected a comma-separated list without empty items, got ${quote(text)}`);
    return items;
}
function wholeNumbers(text, label, separator) {
    return splitList(text, label, separator).map(item => numberOf(item, label, 'whole numbers separated by commas'));
}
function wholeNumber(text, label) {
    return numberOf(text.trim(), label, 'a whole number');
}
function numberOf(item, label, expected) {
    if (!/^-?\d+$/.test(item))
        throw new InputError(label, `expected ${expected}, got ${quote(item)}`);
    return Number(item);
}
/** One of the allowed words, or a message listing them. */
function oneOf(value, label, allowed) {
    if (allowed.includes(value))
        return value;
    throw new InputError(label, `expected one of ${allowed.join(', ')}, got ${quote(value)}`);
}
/** "name=value" items as a mapping (the schema checks the names and the numbers). */
function poolOptionsOf(items, label) {
    const options = {};
    for (const item of items) {
        const match = /^([A-Za-z]+)\s*=\s*(\d+)$/.exec(item);
        if (match === null)
            throw new InputError(label, `expected name=number items such as maxRetries=0, got ${quote(item)}`);
        options[match[1]] = Number(match[2]);
    }
    return options;
}
/** The report files asked for, in the table's order; `raw` gives a format's path or undefined. */
function readFileTargets(raw) {
    const targets = {};
    for (const format of REPORT_FORMATS) {
        const path = raw(format);
        if (path !== undefined)
            targets[format.name] = path;
    }
    return targets;
}

/** The tool's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';

export { VERSION as V, readOverrides as a, oneOf as o, poolOptionsOf as p, readFileTargets as r, splitList as s };
