// Prints the text MuPDF extracts from each PDF given, as its structured-text device has it
// (`mutool draw -F txt` of a current MuPDF): MuPDF's official WebAssembly build, npm `mupdf`.
// Usage: node mupdf-text.mjs FILE.pdf [OUT.txt]   (writes OUT.txt, or stdout)
import { readFile, writeFile } from 'node:fs/promises';
import * as mupdf from 'mupdf';

const [pdfPath, outPath] = process.argv.slice(2);
if (!pdfPath) {
  console.error('usage: node mupdf-text.mjs FILE.pdf [OUT.txt]');
  process.exit(2);
}
const doc = mupdf.Document.openDocument(await readFile(pdfPath), 'application/pdf');
let text = '';
for (let p = 0; p < doc.countPages(); p++) {
  text += doc.loadPage(p).toStructuredText('preserve-whitespace').asText() + '\n';
}
if (outPath) {
  await writeFile(outPath, text);
} else {
  process.stdout.write(text);
}
