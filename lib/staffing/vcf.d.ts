/** The part of the untyped `vcf` package the worker import uses. */
declare module "vcf" {
  interface VCardProperty {
    valueOf(): string;
  }
  class VCard {
    static parse(value: string): VCard[];
    get(key: string): VCardProperty | VCardProperty[] | undefined;
  }
  export default VCard;
}
