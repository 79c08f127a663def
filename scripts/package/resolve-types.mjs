// Types the analyzer leaves as an alias name (`PetitionCardVariant`) or leaves out (a field typed by
// its initializer), resolved with the TypeScript checker, so the manifest, Storybook's controls and
// the editors' data list an attribute's allowed values.
import ts from 'typescript';

function checkerFor(entry) {
  const configPath = ts.findConfigFile(process.cwd(), ts.sys.fileExists, 'tsconfig.build.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd());
  const program = ts.createProgram([entry], { ...options, noEmit: true, types: [] });
  return { program, checker: program.getTypeChecker() };
}

/** `'a' | 'b'` when the type (without `undefined`) is a union of string literals, else undefined. */
function literalUnion(type) {
  const parts = type.isUnion() ? type.types : [type];
  const literals = parts.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
  if (literals.length === 0 || !literals.every((t) => t.isStringLiteral())) return undefined;
  const text = literals.map((t) => `'${t.value}'`).join(' | ');
  return literals.length < parts.length ? `${text} | undefined` : text;
}

/**
 * Fills in, in place, the type of each element's fields and attributes: a union of string literals
 * when the declared type is one, the checker's type when the analyzer found none.
 */
export function resolveElementTypes(manifest, entry = 'src/index.ts') {
  const { program, checker } = checkerFor(entry);
  for (const module of manifest.modules ?? []) {
    const source = program.getSourceFile(module.path);
    if (!source) continue;
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      const node = source.statements.find(
        (s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name,
      );
      if (!node) continue;
      const classType = checker.getTypeAtLocation(node);
      const typeOf = (field) => {
        const symbol = classType.getProperty(field);
        if (!symbol) return undefined;
        const type = checker.getTypeOfSymbolAtLocation(symbol, node);
        return literalUnion(type) ?? checker.typeToString(type);
      };
      const fill = (item, field) => {
        if (!field) return;
        const resolved = typeOf(field);
        if (!resolved) return;
        const literal = resolved.startsWith("'");
        if (literal || !item.type?.text) item.type = { ...item.type, text: resolved };
      };
      for (const member of declaration.members ?? []) {
        if (member.kind === 'field' && !member.static) fill(member, member.name);
      }
      for (const attribute of declaration.attributes ?? []) fill(attribute, attribute.fieldName);
    }
  }
}
