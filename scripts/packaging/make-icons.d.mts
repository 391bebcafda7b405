/** Types for make-icons.mjs. */
export declare const ICON_FOLDER: string;
export declare const PNG_SIZES: number[];
export declare const ICO_SIZES: number[];
export declare function writeIcons(folder?: string): void;
