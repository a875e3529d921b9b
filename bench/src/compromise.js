// compromise's whole pipeline, as the benchmark runs it.
import nlp from "compromise";

export function run(text) {
  const doc = nlp(text);
  return {
    sentences: doc.sentences().length,
    frequencies: doc.terms().out("freq").length,
    people: doc.people().out("array").length,
    places: doc.places().out("array").length,
    organizations: doc.organizations().out("array").length,
    quotations: doc.quotations().out("array").length,
  };
}
