/** Types for icon-art.mjs. */
export declare function drawIcon(size: number): Uint8Array;
