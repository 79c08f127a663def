/*
 * A strict RFC 4180 reader for the exports' checks (and the server's export tests): every record
 * ends with CRLF, quotes only around whole fields (doubled inside), no bare CR or LF outside
 * quotes. Anything else throws, so reading an export also proves its framing.
 */

/** The records of a CSV text, each a list of fields. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[at] === '"') {
        at += 1;
        for (;;) {
          const quote = text.indexOf('"', at);
          if (quote < 0) throw new Error('unterminated quoted field');
          field += text.slice(at, quote);
          if (text[quote + 1] === '"') {
            field += '"';
            at = quote + 2;
          } else {
            at = quote + 1;
            break;
          }
        }
      } else {
        const special = /[,\r\n"]/g;
        special.lastIndex = at;
        const hit = special.exec(text);
        if (hit?.[0] === '"') throw new Error(`a quote inside an unquoted field at ${hit.index}`);
        const end = hit ? hit.index : text.length;
        field = text.slice(at, end);
        at = end;
      }
      record.push(field);
      if (text[at] === ',') {
        at += 1;
        continue;
      }
      if (text.startsWith('\r\n', at)) {
        at += 2;
        break;
      }
      throw new Error(`expected a comma or CRLF at ${at}`);
    }
    records.push(record);
  }
  return records;
}
