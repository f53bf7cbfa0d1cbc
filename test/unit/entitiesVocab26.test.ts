/**
 * Table-driven tests for the vocabulary of therapy areas beyond oncology, from invented sentences:
 * indications with their abbreviations and their names in German, French, Spanish and Swedish.
 */
import { mentionTable } from '../helpers';

const table = mentionTable;

table('indications outside oncology, in English and other languages', 'indication', [
  ['Acme tests AB-101 in chronic thromboembolic pulmonary hypertension (CTEPH).', ['chronic thromboembolic pulmonary hypertension', 'CTEPH']],
  ['AB-101 zeigte bei Psoriasis-Arthritis eine gute Wirkung.', ['Psoriasis-Arthritis']],
  ['Acme Bios studie av AB-101 mot korttarmsyndrom (SBS) och tarmsvikt.', ['korttarmsyndrom', 'SBS', 'tarmsvikt']],
  ['AB-101 est évalué dans la rétinopathie diabétique et la kératite neurotrophique.', ['rétinopathie diabétique', 'kératite neurotrophique']],
  ['El ensayo de AB-101 en hipertensión pulmonar avanza.', ['hipertensión pulmonar']],
  ['Acme starts a study of AB-101 in chronic hand eczema and in hidradenitis suppurativa.', ['chronic hand eczema', 'hidradenitis suppurativa']],
]);

table('endpoints of the thin therapy areas, by their long names and in other languages', 'endpoint', [
  ['AB-101 lowered the number of bleeds and the rate of clinical relapses.', ['number of bleeds', 'rate of clinical relapses']],
  ['The primary endpoint was the American College of Rheumatology 20 responder index; ASAS20 and EASI-100 were secondary.', ['American College of Rheumatology 20 responder index', 'ASAS20', 'EASI-100']],
  ['SF-36 PCS and MCS scores improved, and the duration of severe neutropenia (DSN) fell with fewer RBC transfusions.', ['SF-36 PCS', 'MCS scores', 'duration of severe neutropenia', 'DSN', 'RBC transfusions']],
  ['Det primära effektmåttet var förändring av parenteral stödvolym per vecka.', ['parenteral stödvolym']],
  ['Trough forced expiratory volume in 1 s rose by 120 mL.', ['Trough forced expiratory volume in 1 s']],
]);

table('targets beyond oncology receptors', 'target', [
  ['AB-101 is an antibody to MASP-2; AB-202 blocks URAT1 and AB-303 the acetylcholine receptor.', ['MASP-2', 'URAT1', 'acetylcholine receptor']],
  ['AB-404, a TAAR1 agonist, and AB-505, a positive modulator of the GABA-A receptor, enter Phase 2.', ['TAAR1', 'GABA-A receptor']],
]);

table('an indication\'s severity before or after it, in several languages', 'indication', [
  ['Acme enrolled adults with moderate-to-very severe COPD.', ['moderate-to-very severe COPD']],
  ['AB-101 est évalué dans la dermatite atopique modérée à sévère.', ['dermatite atopique modérée à sévère']],
  ['El ensayo incluyó pacientes con psoriasis en placas moderada a grave.', ['psoriasis en placas moderada a grave']],
  ['Die Studie schloss Patienten mit aktiver Psoriasis-Arthritis ein.', ['aktiver Psoriasis-Arthritis']],
]);
