/** Types for fuse-settings.mjs (plain JavaScript, so that electron-builder's Node runs it as it is). */
export declare const FUSE_SENTINEL: string;
export declare const FUSE_WIRE_VERSION: number;
export interface FuseSetting {
  readonly index: number;
  readonly name: string;
  readonly on: boolean;
  /** Left as Electron ships it (the writer has no name for it) and checked afterwards. */
  readonly leftAsShipped?: boolean;
}
export declare const FUSES: readonly FuseSetting[];
