// wink-nlp with its English lite web model: the full pipeline and the tokenizer alone.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

let full, bare;

export function init() {
  full = winkNLP(model);
  bare = winkNLP(model, []);
}

export function runFull(text) {
  const its = full.its, as = full.as;
  const doc = full.readDoc(text);
  return {
    sentences: doc.sentences().out().length,
    frequencies: doc.tokens().out(its.value, as.freqTable).length,
    entities: doc.entities().out().length,
    readability: doc.out(its.readabilityStats).fres,
  };
}

export function runTokens(text) {
  const its = bare.its, as = bare.as;
  const doc = bare.readDoc(text);
  return { frequencies: doc.tokens().out(its.value, as.freqTable).length };
}
