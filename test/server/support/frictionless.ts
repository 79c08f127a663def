import { Package } from 'datapackage';

/**
 * A data package descriptor through Frictionless Data's own validator: the error messages (empty
 * when valid) and the loaded package, whose resources can read and cast their data.
 */
export async function validateDataPackage(descriptor: object): Promise<{ errors: string[]; pkg: Package }> {
  const pkg = await Package.load(descriptor, { strict: false });
  const errors = [...pkg.errors, ...pkg.resources.flatMap((resource) => resource.errors)].map((error) =>
    String(error.message),
  );
  return { errors, pkg };
}
