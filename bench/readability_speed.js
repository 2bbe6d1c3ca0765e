// readability_speed.js — Mozilla Readability (with jsdom) over the same HTML
// files as bench/extract_speed.sh, for the speed comparison.  Run by that
// script with NODE_PATH pointing at an npm install of @mozilla/readability
// and jsdom; prints seconds and pages/s.
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const files = process.argv.slice(2);
const quiet = new VirtualConsole();
const t0 = process.hrtime.bigint();
let ok = 0;
for (const f of files) {
  try {
    const dom = new JSDOM(fs.readFileSync(f, 'utf8'), { url: 'http://example.test/', virtualConsole: quiet });
    const art = new Readability(dom.window.document).parse();
    if (art && art.textContent) ok++;
    dom.window.close();
  } catch (e) { /* a page Readability cannot take counts as done */ }
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`readability ${s.toFixed(2)} ${(files.length / s).toFixed(1)} ${ok}`);
