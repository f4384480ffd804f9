export declare class StderrTail {
    private readonly lines;
    private partial;
    /** The kept lines, the one being written last. */
    get tail(): string[];
    add(chunk: string): void;
    /** The line being written keeps its start (where an error says what it is), one past the cut. */
    private extend;
}
