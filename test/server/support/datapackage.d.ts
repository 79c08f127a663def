/** The part of the `datapackage` library (Frictionless Data, v1.1) the tests use; it ships no types. */
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    /** Every row of a tabular resource, each cell cast to its field's type; throws on the first bad row. */
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[][]>;
    /** The header row of a tabular resource's source (after a read). */
    readonly headers: string[] | null;
  }
  export class Package {
    /** Loads and validates a descriptor against its profile (the official Data Package JSON Schemas). */
    static load(descriptor: object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly profile: { readonly name: string };
  }
}
