/**
 * The manifest as Storybook's tables read it. Storybook makes one row (and control) per attribute
 * and one per property, so a field with an attribute (`withForm` / `with-form`) would show twice;
 * the stories name each property row after its attribute, so the property row is the one kept.
 */
interface Item {
  name?: string | null;
  fieldName?: string;
  kind?: string;
}
interface Declaration {
  customElement?: boolean;
  members?: Item[];
  attributes?: Item[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

export function storybookManifest<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.customElement) return declaration;
        const fields = new Set(
          (declaration.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name),
        );
        return {
          ...declaration,
          attributes: declaration.attributes?.filter((a) => !a.fieldName || !fields.has(a.fieldName)),
        };
      }),
    })),
  };
}
