// Opens one page in Debian's chromium (through playwright-core, which brings no browser of its
// own), reads what the browser laid out (each inline SVG's box, the text a reader sees), then runs
// axe-core over it, and prints all of that as JSON: the axe rules that failed, with their nodes,
// and the ids of those that passed or could not decide. axe-core is injected into the open tab
// only; the page on disk stays self-contained. Usage: node page-check.mjs PAGE.html [CHROMIUM]
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const [page, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!page) {
  console.error('usage: node page-check.mjs PAGE.html [CHROMIUM]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(pathToFileURL(resolve(page)).href);
  const layout = await tab.evaluate(() => ({
    svgs: [...document.querySelectorAll('svg')].map((svg) => {
      const box = svg.getBoundingClientRect();
      return {
        id: svg.id,
        width: box.width,
        height: box.height,
        title: svg.querySelector(':scope > title')?.textContent ?? '',
        desc: svg.querySelector(':scope > desc')?.textContent ?? '',
        texts: [...svg.querySelectorAll('text')].filter((t) => t.getBBox().width > 0).length,
      };
    }),
    text: document.body.innerText,
    scripts: document.scripts.length,
    requests: performance.getEntriesByType('resource').map((entry) => entry.name),
  }));
  await tab.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await tab.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  console.log(JSON.stringify({
    layout,
    engine: result.testEngine.version,
    violations: result.violations.map((rule) => ({
      id: rule.id,
      impact: rule.impact,
      help: rule.help,
      nodes: rule.nodes.map((node) => node.target.join(' ')),
    })),
    passes: result.passes.map((rule) => rule.id),
    incomplete: result.incomplete.map((rule) => ({
      id: rule.id,
      nodes: rule.nodes.map((node) => node.target.join(' ')),
    })),
  }));
} finally {
  await browser.close();
}
