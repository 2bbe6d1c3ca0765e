// readability_text.js — the text Mozilla Readability (with jsdom) extracts
// from each HTML file (plain or .gz) named on the command line, as one JSON
// object {file: text} on stdout ("" where Readability finds no article or
// fails).  Run by bench/compare_extractors.py with NODE_PATH pointing at an
// npm install of @mozilla/readability and jsdom.
const fs = require('fs');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const quiet = new VirtualConsole();
const out = {};
for (const f of process.argv.slice(2)) {
  let text = '';
  try {
    let bytes = fs.readFileSync(f);
    if (f.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
    const dom = new JSDOM(bytes.toString('utf8'), { url: 'http://example.test/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) { /* a page Readability cannot take scores as empty */ }
  out[f] = text;
}
process.stdout.write(JSON.stringify(out));
