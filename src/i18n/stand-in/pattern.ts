/** Fills `{name}` fields in one pass, so text inserted for one field is never read as another. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (field, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : field,
  );
}
