// Prints the text pdf.js extracts from each PDF given, as a viewer's text layer has it: the
// items of getTextContent() in their order, a line break where pdf.js marks the end of a line.
// Usage: node pdfjs-text.mjs FILE.pdf [OUT.txt]   (writes OUT.txt, or stdout)
import { readFile, writeFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const [pdfPath, outPath] = process.argv.slice(2);
if (!pdfPath) {
  console.error('usage: node pdfjs-text.mjs FILE.pdf [OUT.txt]');
  process.exit(2);
}
const data = new Uint8Array(await readFile(pdfPath));
const pdf = await getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
let text = '';
for (let p = 1; p <= pdf.numPages; p++) {
  const page = await pdf.getPage(p);
  const content = await page.getTextContent();
  for (const item of content.items) {
    if (item.str !== undefined) {
      text += item.str + (item.hasEOL ? '\n' : '');
    }
  }
  text += '\n';
}
if (outPath) {
  await writeFile(outPath, text);
} else {
  process.stdout.write(text);
}
