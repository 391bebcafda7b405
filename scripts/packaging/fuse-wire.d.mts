/** Types for fuse-wire.mjs. */
export interface FuseWire {
  readonly offset: number;
  readonly version: number;
  /** One character per fuse: '0' off, '1' on, 'r' removed. */
  readonly fuses: string;
}
export declare function readFuseWires(bytes: Uint8Array): FuseWire[];
