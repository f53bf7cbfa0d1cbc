/**
 * Table-driven tests for trials and companies read from their context on unseen text, from invented
 * sentences: a name in capitals with a capitalised second word before a trial word in lower case;
 * a name after a trial's common noun in other languages, before the parentheses that spell it out;
 * Roman numerals are never trials.
 */
import { mentionTable } from '../helpers';

const table = mentionTable;

table('a name in capitals with a capitalised second word before a lower-case trial word', 'trial', [
  ['The ZENO Outcomes trial enrolled 9,000 adults. ZENO Outcomes met its primary endpoint.', ['ZENO Outcomes', 'ZENO Outcomes']],
  ['Results of the ZENO Outcomes Study. The ZENO Outcomes study ran for four years.', ['ZENO Outcomes', 'ZENO Outcomes']],
  // title case: capitals say nothing, so a capitalised trial word makes no name of the words before it
  ['ZENO Completes Study Enrolment', []],
  // the trial's length, phase and area between its name and the trial word
  ['Acme Reports Results from ZENOVA 36-Week Phase 2 Asthma Trial', ['ZENOVA']],
  // a capitalised word mid-sentence before a lower-case trial word; after "a" it says whose study it is
  ['Forty sites joined Zenobia trial enrolment in May.', ['Zenobia']],
  ['Forty sites joined a Springfield study in May.', []],
  // a place after an acronym names a region of an organisation, not a trial
  ['An NHS England study found long waits.', []],
]);

table('a name after a trial\'s common noun, in other languages, and before its spelling out', 'trial', [
  ['Los resultados del ensayo clínico ZELDAR (Zelbo Evaluation in Late Dementia And Recovery) son positivos. ZELDAR continúa.', ['ZELDAR', 'ZELDAR']],
  ['Les données de l\'étude ZOBRIA (NCT01234567) sont attendues.', ['ZOBRIA', 'NCT01234567']],
  // the name in apposition to the trial noun, before what a trial does
  ['Design of the Study ZORELIA was conducted at 30 sites.', ['ZORELIA']],
  // a parenthesis that spells nothing out: no name
  ['Los datos del estudio ZOBRIA (n = 40) son buenos.', []],
]);

table('a Roman numeral is never a trial', 'trial', [
  ['Eine Analyse der Phase-I- und -III-Studien zeigt einen Trend.', []],
  ['Die Phase-III- Studie und die -III-Studien der Firma wurden gepoolt.', []],
]);

table('a word that opens no name alone does open one before a company word and a legal form', 'company', [
  ['The drug is sold by Cell Biolabs, Inc. (CBL) in Europe. CBL said sales grew.', ['Cell Biolabs', 'CBL', 'CBL']],
  // without a legal form a descriptor opens no name, and a short form is a proper noun: "cells" names no company
  ['The Cell Biolabs unit of Acmegen AG grew fast.', ['Acmegen']],
  ['Cell Biolabs, Inc. grew cells in culture. The cell line was new.', ['Cell Biolabs']],
]);

table('"Group" after a word for a body of people is no company', 'company', [
  ['Responses were graded by the International Working Group criteria.', []],
  ['The Writing Group met twice. Acme Group AG announced the deal.', ['Acme Group']],
]);

table('a known company followed by company words is a longer name of it', 'company', [
  ['Leerink Partners and Lazard Capital Markets were the underwriters.', ['Leerink Partners', 'Lazard Capital Markets']],
  // two names a lost line break joined stay two
  ['Contact: Orsa Biotech Die Orsa Biotech wurde 2010 gegründet.', ['Orsa Biotech', 'Die Orsa Biotech']],
]);

table('a ticker is no mention of its company, even when it spells the company\'s short form', 'company', [
  ['Orsa Therapeutics (Nasdaq: ORSA) rose. Orsa shares closed higher.', ['Orsa Therapeutics', 'Orsa']],
]);

table('French adverbs and Spanish verbs that end like an INN stem are no drugs, even where a drug is spoken of', 'drug', [
  ['Le produit est prudemment dosé en combinaison et constamment surveillé.', []],
  ['Los medicamentos presentan un perfil seguro y representan una opción de tratamiento.', []],
  // an endothelin antagonist's stem still reads a drug
  ['Patients received the drug zelbosentan daily.', ['zelbosentan']],
]);

table('a company the lexicon knows, named with company words, is its first word alone later', 'company', [
  ['Minerva Neurosciences reported results in March. The board of Minerva met on Monday.', ['Minerva Neurosciences', 'Minerva']],
  ['PTC Therapeutics filed the application. The board of PTC met on Monday.', ['PTC Therapeutics', 'PTC']],
  // an acronym the text counts or gives an indefinite article is a common noun, not the company
  ['ADC Therapeutics develops an ADC for lymphoma. The board of ADC met.', ['ADC Therapeutics']],
  // a word the text also writes in lower case is a common word
  ['Minerva Neurosciences reported results. Minerva is a goddess; the minerva myth is old.', ['Minerva Neurosciences']],
]);

table('a name of three capitals and a company word is the three capitals alone later', 'company', [
  ['QRX Biopharma (Nasdaq: QRXB) made a bid. The board of QRX met on Monday.', ['QRX Biopharma', 'QRX']],
]);

table('a known company with a Finnish case ending, in a Finnish text', 'company', [
  ['Yhtiön mukaan tulokset ovat hyviä, sanoo Faronin toimitusjohtaja, ja hoito on käynnissä.', ['Faron']],
  // English: the same letters make no company
  ['The Faronin family sold the farm in the spring and moved to the city.', []],
]);

table('a name in capitals between a phase and what a trial yields', 'trial', [
  ['Acme shared the Phase 3 ZORELIA results today. ZORELIA enrolled 300 adults.', ['ZORELIA', 'ZORELIA']],
  ['Die Phase-2-ZELDAR-Daten kommen später; the phase IIb ZELDAR data were positive.', ['ZELDAR', 'ZELDAR']],
  // an abbreviation with one vowel (a disease's, a modality's) is no name, nor is a name with no phase before it
  ['The Phase 2 NASH data and the Phase 3 COPD results were mixed.', []],
  ['Acme shared ZORELIA results today.', []],
]);

table('a name given right after a trial\'s noun', 'trial', [
  ['The trial, called Zenobia, met its goal. Zenobia enrolled 300 adults.', ['Zenobia', 'Zenobia']],
  ['A study named ZELDAR began in May; die Studie namens Zorelia auch.', ['ZELDAR', 'Zorelia']],
  // a descriptor or a place after the naming word names no trial
  ['A study called Phase 3 began; a trial named Germany did too.', []],
]);

table('a name with its number right after a trial\'s noun, whatever follows', 'trial', [
  ['In den Studien Zenobia 1 und 2 sank der Juckreiz deutlich.', ['Zenobia 1']],
  ['Acme Bios fas 3-studie ZELDA 2 med AB-101 uppnådde sitt mål.', ['ZELDA 2']],
  ['El ensayo clínico de fase III Zorelia-3 cumplió su objetivo.', ['Zorelia-3']],
  // a part, a time or a phase of the study, and a date, are no name
  ['The study Week 12 visit was missed; el estudio Fase 3 sigue; the study, June 12, 2031, closed.', []],
]);

table('a name in capitals after a trial\'s noun, before a word in lower case', 'trial', [
  ['Acme zeigte in der Phase-IIIb-Studie ZORVANA im Vergleich zu Placebo einen Vorteil.', ['ZORVANA']],
  ['L\'étude de phase IIb ZELORA n\'a pas atteint son critère principal.', ['ZELORA']],
  // an abbreviation with one vowel is no name
  ['In the study NSCLC patients did well.', []],
]);

table('a name before its registry id in parentheses, or before a noun phrase headed by a trial word', 'trial', [
  ['ZEPHARA (NCT01234567) evaluated AB-101 in 300 adults.', ['ZEPHARA', 'NCT01234567']],
  ['Acme presented ZONDRA II, a Phase 3 investigational study, and ZONDRA 1, the initial Phase 3 trial.', ['ZONDRA II', 'ZONDRA 1']],
  // the apposition's head is no trial word, or a preposition comes first
  ['Acme presented ZEVALO, a first-in-class antibody tested in a study of 40 adults.', []],
]);

table('a name with an indication code glued to its number, and an apposition with coordinated adjectives', 'trial', [
  ['Acme reported topline data from ZENOVA-PC4 today.', ['ZENOVA-PC4']],
  ['Acme presented ZORVEA, a pivotal, international, double blind study, at the congress.', ['ZORVEA']],
  // an article after the comma opens another phrase: the trial word heads that one
  ['Acme said ZEPHYRA, the company, said the trial would start.', []],
]);
