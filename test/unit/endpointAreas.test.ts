/**
 * Table-driven tests, from invented sentences, for endpoints as each therapeutic area writes them:
 * cardiovascular outcome events that are outcomes only where the text makes them one, vital signs
 * and metabolic measures, lung function, haematological response, neurology rating scales (known
 * or named as proper names), the classic oncology endpoints in other languages, and an
 * abbreviation's final initial written in lower case.
 */
import { mentionTable } from '../helpers';

mentionTable('cardiovascular events are outcomes in a composite, a change or before an estimate', 'endpoint', [
  ['The composite endpoint included cardiovascular death, MI, ischemic stroke or coronary revascularization.',
    ['cardiovascular death', 'MI', 'ischemic stroke', 'coronary revascularization']],
  ['The key secondary outcome was a composite of death, heart attack or stroke.', ['death', 'heart attack', 'stroke']],
  ['The composite outcome comprised cardiovascular death, MI or ischaemic stroke.', ['cardiovascular death', 'MI', 'ischaemic stroke']],
  ['MACE (CV death, non-fatal MI or non-fatal stroke) occurred less often on zorvastatin.', ['MACE', 'CV death', 'non-fatal MI', 'non-fatal stroke']],
  ['Fewer strokes (HR 0.74; 95% CI 0.55-0.99) were seen on treatment.', ['strokes']],
  // an estimate said of the sentence, not right after the event, names no outcome by itself
  ['Strokes were rarer on treatment overall (HR 0.74).', []],
  ['Death (hazard ratio 0.61) and kidney failure (HR 0.70) were both less frequent.', ['Death', 'kidney failure']],
  ['The drug lowered total cardiovascular events by a fifth.', ['total cardiovascular events']],
  // a disease, a history or a procedure is no outcome
  ['Patients with a prior stroke or myocardial infarction were enrolled.', []],
  ['Eligible patients had undergone coronary revascularization within a year.', []],
  ['Acute ischemic stroke is a leading cause of disability.', []],
]);

mentionTable('vital signs and metabolic measures', 'endpoint', [
  ['Reductions in BMI and serum lipids were seen, with no change in heart rate.', ['BMI', 'serum lipids', 'heart rate']],
  ['Zorvaglutide lowered LDL-c by 21% and HDL-c rose.', ['LDL-c', 'HDL-c']],
  ['Mean weight losses reached 14% at week 60.', ['weight losses']],
  // an entry criterion is no outcome; a lower-case abbreviation as a whole is no abbreviation
  ['Adults with a BMI of 30 kg/m2 or more were randomized.', []],
  ['Reductions in weight, cholesterol and glucose were seen.', ['weight', 'cholesterol', 'glucose']],
  ['Patients took the tablet with glucose and lost weight.', []],
  ['Zorvamab slowed declines in motor function and cognitive function over a year.', ['motor function', 'cognitive function']],
  ['The drug acts on motor function pathways.', []],
  // a parenthesis that defines a threshold lists no outcomes
  ['Rates of clinically significant hypoglycaemia (blood glucose below 3.1 mmol/L) were low.', ['clinically significant hypoglycaemia']],
  ['The ldl-c target was not mentioned.', []],
]);

mentionTable('lung function and haematological response', 'endpoint', [
  ['Trough FEV1 rose by 120 mL and peak FEV1 by 210 mL over placebo.', ['Trough FEV1', 'peak FEV1']],
  ['Morning peak expiratory flow improved within a week.', ['Morning peak expiratory flow']],
  ['Eleven patients had a hematologic response and four saw their transfusion requirements halve.', ['hematologic response', 'transfusion requirements']],
  ['Hematologic improvement-erythroid was reached by 30% of patients.', ['Hematologic improvement']],
]);

mentionTable('neurology rating scales, known or named as proper names', 'endpoint', [
  ['Scores on the International Cooperative Ataxia Rating Scale (ICARS) fell, and ICARS responders were more frequent.',
    ['International Cooperative Ataxia Rating Scale', 'ICARS', 'ICARS']],
  ["The change in Friedreich's Ataxia Rating Scale was not significant.", ["Friedreich's Ataxia Rating Scale"]],
  ['The Zeta Tremor Rating Scale (ZTRS) improved by 3 points.', ['Zeta Tremor Rating Scale', 'ZTRS']],
  ['Caregivers completed the Acme Syndrome Behaviour Questionnaire at week 12.', ['Acme Syndrome Behaviour Questionnaire']],
  // a scale that grades patients for entry is no outcome; neither is a headline's run of capitals
  ['All had a Karnofsky Performance Scale score of 70 or more.', []],
  ['The Glasgow Coma Scale was recorded at admission.', []],
]);

mentionTable('the classic oncology endpoints in other languages', 'endpoint', [
  ['La réponse objective a été observée chez 12 patients.', ['réponse objective']],
  ['La respuesta objetiva fue del 40 %.', ['respuesta objetiva']],
  ['La risposta obiettiva è stata del 35 %.', ['risposta obiettiva']],
  ['Objektiv respons sågs hos nio patienter.', ['Objektiv respons']],
]);

mentionTable('"PR" as a press release is no partial response', 'endpoint', [
  ['Two patients had a PR, and the PR rate was 20%.', ['PR', 'PR']],
  ['The PR was durable in three patients.', ['PR']],
  ['Analysts quoted one sentence from this PR: the wording was cautious.', []],
  ['Photo: Jane Doe / Zorvex / PR', []],
]);

mentionTable('outcome events and metabolic measures in other languages', 'endpoint', [
  ['Der kombinierte Endpunkt aus kardiovaskulärem Tod, Herzinfarkt oder Schlaganfall trat seltener auf.',
    ['kardiovaskulärem Tod', 'Herzinfarkt', 'Schlaganfall']],
  ['Le critère composite associant décès cardiovasculaire, infarctus du myocarde ou AVC a été réduit.',
    ['décès cardiovasculaire', 'infarctus du myocarde', 'AVC']],
  // a history of the disease is no outcome
  ['Patienten nach einem Schlaganfall wurden aufgenommen.', []],
  ["L'hémoglobine glyquée a baissé de 1,2 point.", ['hémoglobine glyquée']],
  ['Der Langzeitblutzucker sank deutlich, ebenso der Nüchternblutzucker.', ['Langzeitblutzucker', 'Nüchternblutzucker']],
  ['La presión arterial bajó en ambos grupos.', ['presión arterial']],
]);

mentionTable('an endpoint name of several words is found in British or American spelling', 'endpoint', [
  ['Complete remission with incomplete haematologic recovery was reached by nine patients.', ['Complete remission with incomplete haematologic recovery']],
  ['Complete remission with incomplete hematologic recovery was reached by nine patients.', ['Complete remission with incomplete hematologic recovery']],
]);

mentionTable('a time-to-event endpoint by its shape, and survival free of an event', 'endpoint', [
  ['The median time to first moderate or severe flare was 41 weeks.', []],
  ['The median time to first moderate or severe exacerbation was 41 weeks.', ['time to first moderate or severe exacerbation']],
  ['Time to death or permanent ventilation favoured zorvamab.', ['Time to death or permanent ventilation']],
  ['Ventilation-free survival and amputation-free survival both improved.', ['Ventilation-free survival', 'amputation-free survival']],
  // other times end in no event, nor does the onset of a side effect
  ['The company reviews its guidance from time to time.', []],
  ['The deal shortens the time to market for the product.', []],
  ['Cytokine release syndrome had a median time to onset of 3 days.', ['Cytokine release syndrome']],
]);

mentionTable('a risk is an outcome where a figure is said of it', 'endpoint', [
  ['Regulators warned of a higher risk of death with zorvamab.', []],
  ['Zorvamab gave a 35% reduction in the risk of disease progression or death (HR 0.65).', ['risk of disease progression or death']],
  ['Zorvamab cut the risk of death by a third.', ['risk of death']],
]);

mentionTable('a generic response after a named responder definition is that endpoint\'s rate; thresholds are endpoints of their own', 'endpoint', [
  ['The ACR50 response rate was 38% with zorvatinib.', ['ACR50 response rate']],
  ['HiSCR50 was reached by 48% and HiSCR75 by 31% of patients.', ['HiSCR50', 'HiSCR75']],
  ['The response rate was 40% with zorvatinib.', ['response rate']],
]);

mentionTable('a survival named by the event it is free of or the cause it counts, in each language', 'endpoint', [
  ['Zeta-specific survival was 80 % and cancer-specific survival 75 % with AB-101.', ['Zeta-specific survival', 'cancer-specific survival']],
  ['Das krankheitsspezifische Überleben lag bei 80 %, das zetafreie Überleben bei 70 %.', ['krankheitsspezifische Überleben', 'zetafreie Überleben']],
  ['La survie spécifique était de 70 % et la survie sans métastase de 60 %.', ['survie spécifique', 'survie sans métastase']],
  ['La supervivencia libre de recaída fue del 60 % y la supervivencia específica del 70 %.', ['supervivencia libre de recaída', 'supervivencia específica']],
  ['La sopravvivenza libera dalla malattia era del 60 %.', ['sopravvivenza libera dalla malattia']],
  ['Sygdomsspecifik overlevelse var 80 %; ziektevrije overleving 70 %; sjukdomsfri överlevnad 60 %.', ['Sygdomsspecifik overlevelse', 'ziektevrije overleving', 'sjukdomsfri överlevnad']],
  // an adjective with nothing glued to it, a preposition with no event after it, is no name
  ['Freies Überleben ist ein Ziel; survie sans, disait-il.', []],
]);

mentionTable('a rating scale\u2019s initials before "score" name its score', 'endpoint', [
  ['The ZQS score improved by 4 points and the ZQ-D total score by 6.', ['ZQS score', 'ZQ-D total score']],
  ['The ZQS-12 subscore fell; the EQ-5D VAS score rose.', ['ZQS-12 subscore', 'EQ-5D VAS score']],
  // the ratings of business and of agencies, a single letter, and initials glued to another's are no clinical score
  ['Acme Bio has an ESG score of 70; the IQWiG score and a Z score; a CPS+ZG score of 3.', []],
  // a threshold after the score is an entry criterion
  ['Patients needed a ZQS score of at least 12 or a ZQ-D score \u2265 20 to enter.', []],
]);

mentionTable('survival, remission and mortality by their nouns alone, where the text measures them', 'endpoint', [
  ['One-year survival was 65 % with AB-101; median survival was 14 months.', ['survival', 'survival']],
  ['AB-101 prolonged survival; survival at 24 months was 40 % (HR 0.7).', ['survival', 'survival']],
  ['At week 26, 37 % achieved remission; molecular remission was seen in 44 %.', ['remission', 'molecular remission']],
  ['Mortality was 27 % with AB-101 versus 38 % with placebo.', ['Mortality']],
  ['Die Daten zeigten ein verlängertes Überleben; la survie médiane était de 14 mois.', ['Überleben', 'survie']],
  // biology, a noun before the noun it describes, a company's fate: no outcome
  ['AB-101 blocks a signal needed for cancer cell survival; survival data are due in 2026.', []],
  ['Acme Bio\u2019s survival depends on a financing; mortality is a risk in any surgery.', []],
  // "in" names the state, made an outcome by a count before it
  ['Of 30 patients, 17 were in remission at week 12; patients stayed in remission for a year.', ['remission']],
]);

mentionTable('LSM before a statistic\u2019s companion is the least-squares mean, no liver stiffness', 'endpoint', [
  ['The LSM (SE) for AB-101 was -4.1 (0.5); the LSM difference from placebo was -3.9.', []],
  ['The LSM fell from 14 kPa to 10 kPa with AB-101.', ['LSM']],
]);
