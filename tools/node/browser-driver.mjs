#!/usr/bin/env node
// Drives a real browser for the .NET tests: Debian's Chromium, headless, through npm playwright-core (Playwright's own
// browser download cannot run here). One JSON command a line on stdin, one JSON answer a line on stdout:
//
//   node browser-driver.mjs --executable /usr/bin/chromium
//   → {"id":1,"op":"open","url":"http://127.0.0.1:5000/","width":390,"height":844}
//   ← {"id":1,"ok":true,"result":null}
//
// Commands (each page is a fresh browser context: no cookies or storage carried over):
//   open {url, width?, height?}                     a new page at url
//   fill {selector, text, press?}                   types into the first match, then presses a key (e.g. "Enter")
//   click {selector, text?}                         clicks the first visible match (whose text contains `text`)
//   waitForText {selector, text, timeout?}          waits for a visible match whose text contains `text`; returns its text
//   texts {selector}                                the text of every match
//   evaluate {expression}                           the value of a JavaScript expression in the page
//   screenshot {path, fullPage?}                    a PNG of the page
//   problems {}                                     console errors, page errors and failed requests seen so far
//   close {}                                        closes the browser and exits
// An error answers {"id", "ok": false, "error"}; the driver goes on with the next command.
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

function argument(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const executablePath = argument('--executable', '/usr/bin/chromium');
const defaultTimeout = Number(argument('--timeout', '20000'));

// A fresh profile every run; the flags keep Chromium from reaching anything but the pages it is sent to.
const userDataDir = mkdtempSync(join(tmpdir(), 'mednum49-chromium-'));
const context0 = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const browser = context0.browser();
let context = null;
let page = null;
let problems = [];

async function open({ url, width = 1280, height = 800 }) {
  if (context) {
    await context.close();
  }
  problems = [];
  context = browser ? await browser.newContext({ viewport: { width, height }, locale: 'fr-FR' }) : context0;
  page = await context.newPage();
  page.setDefaultTimeout(defaultTimeout);
  page.on('console', message => {
    if (message.type() === 'error') {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', request => problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.goto(url);
  return null;
}

function visible(selector, text) {
  const all = page.locator(selector);
  return (text ? all.filter({ hasText: text }) : all).locator('visible=true');
}

const commands = {
  open,
  async fill({ selector, text, press }) {
    const field = visible(selector).first();
    await field.fill(text);
    if (press) {
      await field.press(press);
    }
    return null;
  },
  async click({ selector, text }) {
    await visible(selector, text).first().click();
    return null;
  },
  async waitForText({ selector, text, timeout }) {
    const match = visible(selector, text).first();
    await match.waitFor({ state: 'visible', timeout: timeout ?? defaultTimeout });
    return await match.innerText();
  },
  async texts({ selector }) {
    return await page.locator(selector).allInnerTexts();
  },
  async evaluate({ expression }) {
    return await page.evaluate(expression);
  },
  async screenshot({ path, fullPage = false }) {
    await page.screenshot({ path, fullPage });
    return null;
  },
  async problems() {
    return problems;
  },
};

function answer(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

async function shutDown() {
  await context0.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}

answer({ id: 0, ok: true, result: { version: browser ? browser.version() : 'unknown' } });

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) {
    continue;
  }
  let command;
  try {
    command = JSON.parse(line);
  } catch (error) {
    answer({ id: null, ok: false, error: `not JSON: ${error.message}` });
    continue;
  }
  if (command.op === 'close') {
    break;
  }
  const run = commands[command.op];
  if (!run) {
    answer({ id: command.id, ok: false, error: `unknown op: ${command.op}` });
    continue;
  }
  try {
    answer({ id: command.id, ok: true, result: await run(command) });
  } catch (error) {
    answer({ id: command.id, ok: false, error: String(error && error.message || error) });
  }
}
await shutDown();
answer({ id: -1, ok: true, result: 'closed' });
process.exit(0);
