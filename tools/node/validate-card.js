#!/usr/bin/env node
// Checks Adaptive Cards with the official Adaptive Cards client library (npm `adaptivecards`), the parser that
// Web Chat and the Adaptive Cards designer use.
//
//   node validate-card.js [--max-version 1.5] < cards.json
//
// stdin: a JSON array of cards (each one the object a bot puts in an attachment's `content`).
// stdout: a JSON array, one result per card, in order:
//   { index, version, valid, errors: [{ phase, event, message }], droppedProperties: ["body[2].isSubtel", …] }
// A card is valid when the client parses and validates it without any event, its declared version is at most
// --max-version (Teams renders 1.5), and the client keeps every property the card sets: a property it drops
// (unknown, misspelled, newer than the target version, or an empty/default value) never reaches the user.
// Exit code: 0 when every card was checked (valid or not), 2 when the input cannot be read.
// Known client bug (3.0.6): `lang` is checked with a global regular expression whose state carries over, so in
// one process every other card with a valid "lang" is reported invalid. Real clients do the same: cards omit it.
'use strict';

// The package's `lib/` entry is ES modules without file extensions, which Node refuses; the UMD bundle in
// `dist/` works in Node as long as nothing is rendered (parsing and validation need no DOM).
const AC = require('./node_modules/adaptivecards/dist/adaptivecards.js');

// The client's text formatter ({{DATE(…)}}, {{TIME(…)}}) runs only while rendering and the bundle does not export
// it; its own module (`lib/text-formatters.js`, plain ES code without imports) is loaded as a function instead.
const formatText = (() => {
  const fs = require('fs');
  const source = fs.readFileSync(require.resolve('./node_modules/adaptivecards/lib/text-formatters.js'), 'utf8');
  return new Function(`${source.replace(/^export /gm, '')}\nreturn formatText;`)();
})();

function parseArguments(argv) {
  const options = { maxVersion: '1.5' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--max-version' && i + 1 < argv.length) {
      options.maxVersion = argv[++i];
    } else {
      throw new Error(`unknown argument: ${argv[i]}`);
    }
  }
  return options;
}

function readStdin() {
  return require('fs').readFileSync(0, 'utf8');
}

function describe(event) {
  return {
    phase: AC.ValidationPhase[event.phase],
    event: AC.ValidationEvent[event.event],
    message: event.message,
  };
}

// Properties set in `original` that the client's own serialisation of the parsed card no longer has.
function droppedProperties(original, kept, path, found) {
  if (Array.isArray(original)) {
    if (!Array.isArray(kept) || kept.length !== original.length) {
      found.push(path);
      return found;
    }
    original.forEach((item, i) => droppedProperties(item, kept[i], `${path}[${i}]`, found));
    return found;
  }
  if (original !== null && typeof original === 'object') {
    if (kept === null || typeof kept !== 'object' || Array.isArray(kept)) {
      found.push(path);
      return found;
    }
    for (const key of Object.keys(original)) {
      const child = path ? `${path}.${key}` : key;
      if (!(key in kept)) {
        found.push(child);
      } else {
        droppedProperties(original[key], kept[key], child, found);
      }
    }
  }
  return found;
}

// Text the client would not show as written: it replaces {{DATE(…)}} and {{TIME(…)}} with a formatted date.
function reformattedTexts(node, path, found) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => reformattedTexts(item, `${path}[${i}]`, found));
  } else if (node !== null && typeof node === 'object') {
    // Texts of TextBlock and TextRun; title and value of facts (objects without a type).
    const keys = node.type === undefined ? ['title', 'value'] : ['text'];
    for (const key of keys) {
      const shown = typeof node[key] === 'string' ? formatText('fr', node[key]) : node[key];
      if (shown !== node[key]) {
        found.push({ phase: 'Validation', event: 'TextReformatted', message: `The ${key} at ${path || 'card'} would be shown as "${shown}".` });
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'data') {
        reformattedTexts(value, path ? `${path}.${key}` : key, found);
      }
    }
  }
  return found;
}

// What the parser tolerates but a chat client shows badly: a button without a label.
function untitledActions(node, path, found) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => untitledActions(item, `${path}[${i}]`, found));
  } else if (node !== null && typeof node === 'object') {
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && !(typeof node.title === 'string' && node.title.trim())) {
      found.push({ phase: 'Validation', event: 'MissingActionTitle', message: `The action at ${path} has no title: it would render as an empty button.` });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'data') {
        untitledActions(value, path ? `${path}.${key}` : key, found);
      }
    }
  }
  return found;
}

function check(json, index, maxVersion) {
  const result = { index, version: null, valid: false, errors: [], droppedProperties: [] };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    result.errors.push({ phase: 'Parse', event: 'MissingCardType', message: 'A card must be a JSON object.' });
    return result;
  }
  if (json.type !== 'AdaptiveCard') {
    result.errors.push({ phase: 'Parse', event: 'MissingCardType', message: `The card type is ${JSON.stringify(json.type)}, not "AdaptiveCard".` });
  }
  if (typeof json.version !== 'string') {
    // Without it the client assumes 1.0 and Teams refuses the card.
    result.errors.push({ phase: 'Parse', event: 'UnsupportedCardVersion', message: 'The card has no "version".' });
  }

  const target = AC.Version.parse(maxVersion, new AC.SerializationContext());
  const context = new AC.SerializationContext(target);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    result.errors.push(describe(context.getEventAt(i)));
  }
  for (const event of card.validateProperties().validationEvents) {
    result.errors.push(describe(event));
  }

  if (card.version) {
    result.version = card.version.toString();
    if (typeof json.version === 'string' && (!card.version.isValid || card.version.compareTo(target) > 0)) {
      result.errors.push({ phase: 'Validation', event: 'UnsupportedCardVersion', message: `The card version ${json.version} is above ${maxVersion}.` });
    }
  }

  untitledActions(json, '', result.errors);
  reformattedTexts(json, '', result.errors);
  result.droppedProperties = droppedProperties(json, card.toJSON(new AC.SerializationContext(target)), '', []);
  result.valid = result.errors.length === 0 && result.droppedProperties.length === 0;
  return result;
}

function main() {
  let options;
  let cards;
  try {
    options = parseArguments(process.argv.slice(2));
    cards = JSON.parse(readStdin());
    if (!Array.isArray(cards)) {
      throw new Error('stdin must hold a JSON array of cards');
    }
  } catch (error) {
    process.stderr.write(`validate-card: ${error.message}\n`);
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(cards.map((card, index) => check(card, index, options.maxVersion))));
  process.stdout.write('\n');
}

main();
