// browser-probe.js: opens pages in headless Chromium, as a reader would,
// at the widths given, and reports what a reader would meet: the page
// wider than the screen, text clipped by its box, a language switcher
// link that cannot be reached, a right-to-left page that is not mirrored,
// and axe-core's accessibility violations.  Talks to Chromium over its
// DevTools pipe (fds 3 and 4, messages ended by NUL), so it needs nothing
// but Node and Chromium.
//
// node browser-probe.js AXE.JS SHOTS-DIR|- WIDTHS PAGE...
//   WIDTHS: comma-separated ("390,1280"); a screenshot of each page at each
//   width goes to SHOTS-DIR as NAME-WIDTH.png ("-": none).
// Prints "ok PAGE WIDTH" or "not ok PAGE WIDTH: problem..." per page and
// width; exits 1 when any is not ok, 2 when Chromium cannot be driven.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const [axePath, shots, widthList, ...pages] = process.argv.slice(2);
const axeSource = fs.readFileSync(axePath, 'utf8');
const widths = widthList.split(',').map(Number);
const profile = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'probe-'));
const browser = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--hide-scrollbars', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
  { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
const toBrowser = browser.stdio[3], fromBrowser = browser.stdio[4];
let nextId = 1, pending = new Map(), listeners = [], buffer = Buffer.alloc(0);

fromBrowser.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (let end; (end = buffer.indexOf(0)) >= 0; buffer = buffer.subarray(end + 1)) {
    const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
    if (message.id && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      message.error ? reject(new Error(message.error.message)) : resolve(message.result);
    } else {
      listeners.forEach((listen) => listen(message));
    }
  }
});
function send(method, params = {}, sessionId) {
  const id = nextId++;
  toBrowser.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
function once(method, sessionId) {
  return new Promise((resolve) => {
    const listen = (m) => {
      if (m.method === method && m.sessionId === sessionId) {
        listeners = listeners.filter((l) => l !== listen);
        resolve(m.params);
      }
    };
    listeners.push(listen);
  });
}
async function evaluate(session, expression) {
  const r = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true },
    session);
  if (r.exceptionDetails)
    throw new Error(r.exceptionDetails.exception?.description || r.exceptionDetails.text);
  return r.result.value;
}

// What a reader would meet, measured in the page.
const layoutProbe = `(() => {
  const problems = [], width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1)
    problems.push('page ' + document.documentElement.scrollWidth + 'px wide at ' + width + 'px');
  const scrolls = (e) => e.closest('.matrix');
  for (const e of document.querySelectorAll('body *')) {
    if (e.closest('.skip') || scrolls(e) || !e.textContent.trim()) continue;
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (/hidden|clip/.test(style.overflowX + style.overflowY) &&
        (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))
      problems.push('text clipped in ' + e.tagName.toLowerCase());
    const box = e.getBoundingClientRect();
    if (box.width && (box.left < -1 || box.right > width + 1))
      problems.push(e.tagName.toLowerCase() + ' outside the screen (' + Math.round(box.left) + '..' + Math.round(box.right) + ')');
  }
  const links = [...document.querySelectorAll('nav a')];
  if (!links.length) problems.push('no language switcher');
  for (const a of links) {
    a.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = a.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!box.width || !(hit === a || a.contains(hit)) || a.tabIndex < 0)
      problems.push('switcher link ' + a.getAttribute('href') + ' not reachable');
  }
  window.scrollTo(0, 0);
  const rtl = /^(ar|he|fa|ur)(-|$)/.test(document.documentElement.lang);
  if (rtl !== (getComputedStyle(document.body).direction === 'rtl'))
    problems.push('direction is not that of ' + document.documentElement.lang);
  if (rtl) {
    // The title's text starts at the right edge of its box.
    const h1 = document.querySelector('h1'), range = document.createRange();
    range.selectNodeContents(h1);
    const text = range.getBoundingClientRect(), box = h1.getBoundingClientRect();
    if (getComputedStyle(document.body).direction !== 'rtl' || Math.abs(box.right - text.right) > 2)
      problems.push('heading not set from the right');
    const aside = document.querySelector('aside');
    if (aside && !(parseFloat(getComputedStyle(aside).borderRightWidth) > 0 && parseFloat(getComputedStyle(aside).borderLeftWidth) === 0))
      problems.push('call-out border not on the right');
  }
  return problems;
})()`;
const axeProbe = `axe.run(document, { resultTypes: ['violations'] }).then((r) =>
  r.violations.map((v) => 'axe ' + v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`;

async function probe(session, page, width) {
  await send('Emulation.setDeviceMetricsOverride',
    { width, height: 900, deviceScaleFactor: 1, mobile: width < 600 }, session);
  const loaded = once('Page.loadEventFired', session);
  await send('Page.navigate', { url: 'file://' + path.resolve(page) }, session);
  await loaded;
  const problems = await evaluate(session, layoutProbe);
  await evaluate(session, axeSource + ';0');
  problems.push(...await evaluate(session, axeProbe));
  if (shots !== '-') {
    const name = path.relative(process.cwd(), path.resolve(page)).replace(/[/.]/g, '-');
    const shot = await send('Page.captureScreenshot', { format: 'png' }, session);
    fs.writeFileSync(path.join(shots, `${name}-${width}.png`), Buffer.from(shot.data, 'base64'));
  }
  return problems;
}

(async () => {
  let failed = false;
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  for (const page of pages) {
    for (const width of widths) {
      const problems = await probe(sessionId, page, width);
      failed ||= problems.length > 0;
      console.log(problems.length ? `not ok ${page} ${width}: ${problems.join('; ')}` : `ok ${page} ${width}`);
    }
  }
  await finish(failed ? 1 : 0);
})().catch((e) => {
  console.error('browser-probe: ' + e.message);
  return finish(2);
});

// Chromium writes its profile until it has exited: remove it after.
async function finish(status) {
  const exited = new Promise((resolve) => browser.exitCode !== null ? resolve() : browser.on('exit', resolve));
  browser.kill();
  await exited;
  try {
    // Its helper processes may outlive it by a moment.
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch (e) {
    console.error('browser-probe: ' + profile + ' left: ' + e.message);
  }
  process.exit(status);
}
