#!/usr/bin/env node
// The interop tests' JavaScript clients, one command each, reading stdin, writing JSON.
//   node clients.js render STYLE.csl LOCALES_DIR  < items.json  -> {id: bibliography entry as text}
//   node clients.js bibtex                        < refs.bib    -> CSL-JSON, as citation-js reads it
'use strict';
const fs = require('fs');
const path = require('path');

const stdin = fs.readFileSync(0, 'utf8');
const [command, ...args] = process.argv.slice(2);

function render(stylePath, localesDir) {
  const CSL = require('citeproc');
  const items = JSON.parse(stdin);
  const byId = Object.fromEntries(items.map((item) => [item.id, item]));
  const sys = {
    retrieveLocale: (lang) => {
      const file = path.join(localesDir, `locales-${lang}.xml`);
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
    },
    retrieveItem: (id) => byId[id],
  };
  const engine = new CSL.Engine(sys, fs.readFileSync(stylePath, 'utf8'), 'en-US', true);
  engine.setOutputFormat('text');
  engine.updateItems(items.map((item) => item.id));
  const [meta, entries] = engine.makeBibliography();
  const out = {};
  meta.entry_ids.forEach((ids, i) => { out[ids[0]] = entries[i].trim(); });
  return out;
}

function bibtex() {
  const { Cite } = require('@citation-js/core');
  require('@citation-js/plugin-bibtex');
  require('@citation-js/plugin-csl');
  return new Cite(stdin).format('data', { format: 'object' });
}

let result;
if (command === 'render') result = render(args[0], args[1]);
else if (command === 'bibtex') result = bibtex();
else { process.stderr.write(`unknown command: ${command}\n`); process.exit(2); }
process.stdout.write(JSON.stringify(result));
