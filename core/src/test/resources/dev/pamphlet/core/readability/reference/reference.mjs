// Runs the npm package text-readability (a port of Python's textstat) on every text in texts/
// and prints its counts and scores as JSON. Used only to regenerate expected-text-readability.json
// (see README.md); the test suite never runs it.
import rs from 'text-readability';
import { readFileSync, readdirSync } from 'node:fs';

const dir = new URL('./texts/', import.meta.url);
const out = {};
for (const name of readdirSync(dir).filter(n => n.endsWith('.txt')).sort()) {
  const text = readFileSync(new URL(name, dir), 'utf8');
  out[name] = {
    words: rs.lexiconCount(text),
    sentences: rs.sentenceCount(text),
    syllables: rs.syllableCount(text),
    polysyllables: rs.polySyllableCount(text),
    fleschKincaidGrade: rs.fleschKincaidGrade(text),
    fleschReadingEase: rs.fleschReadingEase(text),
    smogGrade: rs.smogIndex(text),
  };
}
console.log(JSON.stringify(out, null, 2));
