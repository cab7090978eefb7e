// A minimal .xlsx workbook as Excel lays it out, for tests of the workbook reader and of importing one.
import { strToU8, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A minimal workbook as Excel lays it out: `sheets` by name (their sheetData XML), `shared` strings, `prefix`
 * to write the SpreadsheetML elements with a namespace prefix, `styles` (a styles part's numFmts and
 * cellXfs) when given.
 */
export function workbook(sheets: Record<string, string>, shared: string, prefix = '', styles = ''): Uint8Array {
  const p = prefix ? `${prefix}:` : '';
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><${p}workbook xmlns${prefix ? `:${prefix}` : ''}="${MAIN}" xmlns:r="${REL}"><${p}sheets>${names
        .map((n, i) => `<${p}sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</${p}sheets></${p}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
        .map((_, i) =>
          // One relative and one absolute target, as different writers do.
          i === 0
            ? `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`
            : `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${
        styles ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` : ''
      }</Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><${p}sst xmlns${prefix ? `:${prefix}` : ''}="${MAIN}">${shared}</${p}sst>`,
    ),
  };
  if (styles)
    files['xl/styles.xml'] = strToU8(`<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${styles}</styleSheet>`);
  names.forEach((n, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0"?><${p}worksheet xmlns${prefix ? `:${prefix}` : ''}="${MAIN}">${sheets[n].replace(/<(\/?)(?=[a-z])/g, `<$1${p}`)}</${p}worksheet>`,
    );
  });
  return zipSync(files);
}
