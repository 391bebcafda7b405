/** Types for after-pack.mjs: the part of electron-builder's AfterPackContext the step reads. */
export interface AfterPackContextShape {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: { readonly appInfo: { readonly productFilename: string }; readonly executableName?: string };
}
export declare function packagedBinary(context: AfterPackContextShape): string;
export declare function fusesNotAsIntended(fuses: string): string[];
export declare function setFuses(binary: string): Promise<string>;
export declare function afterPack(context: AfterPackContextShape): Promise<void>;
export default afterPack;
