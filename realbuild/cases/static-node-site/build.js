'use strict';
// Renders pages/*.md into dist/*.html with one layout and copies public/ as it is.
const fs = require('fs');
const path = require('path');
const { marked } = require('marked');

const out = path.join(__dirname, 'dist');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const pages = fs.readdirSync(path.join(__dirname, 'pages')).filter((f) => f.endsWith('.md')).sort();
const nav = pages
  .map((f) => f.replace(/\.md$/, ''))
  .map((name) => `<a href="/${name === 'index' ? '' : name + '.html'}">${name}</a>`)
  .join(' | ');

for (const file of pages) {
  const source = fs.readFileSync(path.join(__dirname, 'pages', file), 'utf8');
  const title = (source.match(/^# (.*)$/m) || [null, file])[1];
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/style.css"></head>
<body>
<nav>${nav}</nav>
<main>
${marked.parse(source)}</main>
</body>
</html>
`;
  fs.writeFileSync(path.join(out, file.replace(/\.md$/, '.html')), html);
}
for (const file of fs.readdirSync(path.join(__dirname, 'public'))) {
  fs.copyFileSync(path.join(__dirname, 'public', file), path.join(out, file));
}
console.log(`built ${pages.length} pages into dist/`);
