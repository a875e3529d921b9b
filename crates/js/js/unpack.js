// Builds the report object from the JSON of its short fields and the packed long lists
// (crates/js/src/packed.rs describes the layout). The objects come out as JSON.parse would
// make them from `textlens analyze --json`: same fields in the same order.
export function unpack(rest, numbers, floats, strings) {
  const report = JSON.parse(rest);
  let n = 0;
  let f = 0;
  let s = 0;
  const number = () => numbers[n++];
  const string = () => strings.slice(s, (s += numbers[n++]));

  const sentences = new Array(number());
  for (let i = 0; i < sentences.length; i++) {
    sentences[i] = { start: numbers[n], end: numbers[n + 1], words: numbers[n + 2] };
    n += 3;
  }

  const frequencies = () => {
    const lines = new Array(number());
    for (let i = 0; i < lines.length; i++) {
      const term = string();
      const count = numbers[n];
      const rank = numbers[n + 1];
      const forms = numbers[n + 2];
      n += 3;
      const line = { term, count, share: floats[f++], rank };
      if (forms > 0) {
        line.forms = new Array(forms);
        for (let j = 0; j < forms; j++) line.forms[j] = string();
      }
      lines[i] = line;
    }
    return lines;
  };
  report.sentences = sentences;
  report.frequencies = frequencies();
  report.phrases = frequencies();

  const entities = new Array(number());
  for (let i = 0; i < entities.length; i++) {
    const name = string();
    const kind = string();
    const count = numbers[n];
    const mentions = new Array(numbers[n + 1]);
    n += 2;
    for (let j = 0; j < mentions.length; j++) {
      mentions[j] = { start: numbers[n], end: numbers[n + 1] };
      n += 2;
    }
    entities[i] = { name, kind, count, mentions };
  }
  report.entities = entities;

  const quotes = new Array(number());
  for (let i = 0; i < quotes.length; i++) {
    const start = numbers[n];
    const end = numbers[n + 1];
    const flags = numbers[n + 2];
    n += 3;
    const speaker = flags & 2 ? string() : null;
    let speaker_mention = null;
    if (flags & 4) {
      speaker_mention = { start: numbers[n], end: numbers[n + 1] };
      n += 2;
    }
    const cue = flags & 8 ? string() : null;
    quotes[i] = { start, end, speaker, speaker_mention, cue, fragment: (flags & 1) !== 0 };
  }
  report.quotes = quotes;
  return report;
}
