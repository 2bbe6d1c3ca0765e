// readability_run.js — Mozilla Readability (with jsdom) over HTML files
// (plain or .gz), run with NODE_PATH pointing at an npm install of
// @mozilla/readability and jsdom.
//   node readability_run.js --text FILE...  prints one JSON object {file: text}
//     ("" where Readability finds no article or fails): the texts that
//     bench/compare_extractors.py scores;
//   node readability_run.js FILE...         prints "readability SECONDS PAGES/S OK"
//     (OK: pages with an article): the timing bench/extract_speed.sh compares.
const fs = require('fs');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const args = process.argv.slice(2);
const textMode = args[0] === '--text';
const files = textMode ? args.slice(1) : args;
const quiet = new VirtualConsole();
const out = {};
let ok = 0;
const t0 = process.hrtime.bigint();
for (const f of files) {
  let text = '';
  try {
    let bytes = fs.readFileSync(f);
    if (f.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
    const dom = new JSDOM(bytes.toString('utf8'), { url: 'http://example.test/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) { /* a page Readability cannot take counts as done, with no text */ }
  if (text) ok++;
  if (textMode) out[f] = text;
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
if (textMode) process.stdout.write(JSON.stringify(out));
else console.log(`readability ${s.toFixed(2)} ${(files.length / s).toFixed(1)} ${ok}`);
