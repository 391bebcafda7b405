/** Types for icon-formats.mjs. */
export declare const PNG_SIGNATURE: Buffer;
export declare function encodePng(size: number, rgba: Uint8Array): Buffer;
export declare function encodeIco(images: { size: number; rgba: Uint8Array }[]): Buffer;
