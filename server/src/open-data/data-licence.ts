/*
 * The licence of the published data (`--data-licence`), as a Data Package `licenses` entry: a
 * name the spec's pattern accepts, the licence's URL and its title.
 */

/** One licence of a data package. */
export interface DataLicence {
  /** An open licence identifier (letters, digits, `-`, `.`, `_`). */
  readonly name: string;
  /** Where the licence text is. */
  readonly path: string;
  readonly title: string;
}

/** Licences known by their identifier alone. */
export const KNOWN_DATA_LICENCES: readonly DataLicence[] = [
  {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0',
  },
  {
    name: 'CC0-1.0',
    path: 'https://creativecommons.org/publicdomain/zero/1.0/',
    title: 'Creative Commons Zero v1.0 Universal',
  },
  {
    name: 'ODC-BY-1.0',
    path: 'https://opendatacommons.org/licenses/by/1-0/',
    title: 'Open Data Commons Attribution License v1.0',
  },
  {
    name: 'ODbL-1.0',
    path: 'https://opendatacommons.org/licenses/odbl/1-0/',
    title: 'Open Data Commons Open Database License v1.0',
  },
  {
    name: 'OGL-UK-3.0',
    path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    title: 'Open Government Licence v3.0',
  },
];

/** The licence when none is configured. */
export const DEFAULT_DATA_LICENCE = KNOWN_DATA_LICENCES[0]!;

/** The form a licence spec takes, for error messages. */
export const DATA_LICENCE_SPEC = `${KNOWN_DATA_LICENCES.map((licence) => licence.name).join(', ')} or NAME|URL|TITLE`;

const LICENCE_NAME = /^[-a-zA-Z0-9._]+$/;

/**
 * `CC-BY-4.0` (any known identifier, any case) or `NAME|https://…|Title` → the licence; undefined
 * when the spec is neither.
 */
export function parseDataLicence(spec: string): DataLicence | undefined {
  const parts = spec.split('|').map((part) => part.trim());
  if (parts.length === 1) {
    return KNOWN_DATA_LICENCES.find((licence) => licence.name.toLowerCase() === parts[0]!.toLowerCase());
  }
  const [name, path, title] = parts;
  if (parts.length !== 3 || !LICENCE_NAME.test(name!) || !title) return undefined;
  if (!/^https?:\/\/[^/\s]+\S*$/.test(path!)) return undefined;
  return { name: name!, path: path!, title };
}
