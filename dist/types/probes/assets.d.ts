/** Finds a file shipped beside the code, from src/ (tests) or from dist/ and dist/chunks/ (bundle). */
export declare function assetPath(relative: string): string;
