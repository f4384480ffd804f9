/** The pipes a just-started process has as stdout and stderr, by their /proc names. */
export declare function outputPipesOf(pid: number | undefined): string[];
/** Every other process with one of these pipes open (our own read ends excluded). */
export declare function processesHolding(pipes: string[]): number[];
