# planting plan for plantC (helper-written; not the tool)
P = []
def p(inj, code, find, replace, text, related, why):
    P.append(dict(inj=inj, code=code, find=find, replace=replace, text=text, related=related, why=why))

# 01 IDEC phase II (bioworld)
p('01a','totals','and six had minor responses','and seven had minor responses','seven had minor responses',
  ['22 of 34 B-cell lymphomapatients','three exhibited complete response','13 exhibited partial response'],
  'Complete, partial and minor responses should add to the 22 patients with tumor shrinkage: 3 + 13 + 7 = 23, not 22.')
p('01b','percent-of-count','The 47 percent complete or partial response','The 53 percent complete or partial response','The 53 percent complete or partial response',
  ['three exhibited complete response','13 exhibited partial response','Of the 34 patients'],
  'Complete or partial responses are 3 + 13 = 16 of 34 patients = 47.1%, not 53% (53% would be 18 of 34).')
# 02 PDL Remitogen (bioworld)
p('02a','repeated-value','progression occurring in 12 of 14 patients','progression occurring in 12 of 16 patients','12 of 16 patients',
  ['14 patients have experienced disease progression'],
  'The number of evaluated patients with disease progression is 14 in the investigator quote but 16 in the company quote on the same partial data.')
p('02b','totals','10 patients now have stable disease','11 patients now have stable disease','11 patients now have stable disease',
  ['We have evaluated 25 patients','one partial response','14 patients have experienced disease progression'],
  'The 25 evaluated patients should split into 1 partial response + 11 stable + 14 progression = 26, not 25.')
# 03 Vion Cloretazine (Dow Jones via si.frajer)
p('03a','date-inconsistent','enrolled as of March 14','enrolled as of March 24','as of March 24',
  ['March 21, 2005','In a press release Monday'],
  'An enrolment count "as of March 24" is reported in a story dated Monday March 21, 2005: the as-of date lies after the release date.')
p('03b','impossible-value','with 125 patients reported evaluable','with 165 patients reported evaluable','165 patients reported evaluable',
  ['150 patients were enrolled'],
  '165 evaluable patients out of 150 enrolled: the evaluable subset is larger than the whole enrolment.')
p('03c','claimed-ratio','down 2 cents, or 0.7%','down 2 cents, or 7%','or 7%',
  ['closing on Friday at $3, down 2 cents'],
  'Closing at $3 after a 2-cent fall means a drop from $3.02: 0.02 / 3.02 = 0.7%, not 7%.')
# 04 EntreMed thalidomide (Baltimore Sun)
p('04a','date-inconsistent','Pub Date: 11/13/96','Pub Date: 11/18/96','Pub Date: 11/18/96',
  ['November 13, 1996'],
  'The article is dated November 13, 1996 in its header but 11/18/96 in its publication line: the same publication dated twice.')
p('04b','repeated-value','in two of 15 patients in the trials','in two of 18 patients in the trials','two of 18 patients',
  ['increased from 15 to 35'],
  'The number of patients treated so far is 18 in one sentence and 15 (being increased from 15 to 35) in the next.')
# 05 MediGene EndoTAG-1 (akampion)
p('05a','ci-inconsistent','34.2% (18,6 % – 51,4 %)','34.2% (38,6 % – 51,4 %)','34.2% (38,6 % – 51,4 %)',
  [],
  'The monotherapy PFS rate 34.2% lies below the lower bound 38.6% of its own 95% confidence interval.')
# 06 Xilonix (Cancer Letter roundup)
p('06a','claimed-ratio','at 33 percent vs. 19 percent','at 33 percent vs. 23 percent','33 percent vs. 23 percent',
  ['76 percent relative increase'],
  '33 / 23 = 1.43, a 43% relative increase, not 76% (76% fits 33 vs 19).')
# 07 JITC table (melanoma subgroups)
p('07a','landmark-vs-median','%43.7 (27.3–58.9)','%53.7 (27.3–58.9)','53.7 (27.3–58.9)',
  ['17.2 (6.6-NE)'],
  'For all 51 patients 53.7% are alive at 24 months, which puts the median OS above 24 months, yet the median OS is 17.2 months.')
p('07b','grim','%21.6 (11.3–35.3)31.4 (16.9–49.3)0 (0–20.6)42.1 (20.3–66.5)','%21.6 (11.3–35.3)31.4 (16.9–49.3)0 (0–20.6)44.1 (20.3–66.5)','44.1 (20.3–66.5)',
  ['Positiven = 19'],
  'ORR of 44.1% in the 19 PD-L1-positive patients: 8/19 = 42.1% and 9/19 = 47.4%, so no whole number of responders gives 44.1%.')
p('07c','totals','Yesn = 26Non = 25','Yesn = 26Non = 27','Non = 27',
  ['N = 51','Yesn = 26'],
  'Patients with and without prior ipilimumab should add to all 51 patients: 26 + 27 = 53, not 51.')
p('07d','survival-logic','6.3 (2.1–11.1)1.4 (1.3–4.1)','6.3 (2.1–11.1)6.4 (4.3–9.1)','6.4 (4.3–9.1)',
  ['5.3 (3.8–16.2)','Negativen = 20'],
  'For the 20 PD-L1-negative patients median PFS is 6.4 months but median OS only 5.3 months: PFS cannot be longer than OS in the same group (and the 6-month PFS rate 22.4% is below 50%).')
# 08 ASCO roundup (bioworld)
p('08a','impossible-value','including three with complete or partial responses','including nine with complete or partial responses','nine with complete or partial responses',
  ['seven of 13 showed signs of tumor response'],
  'Nine complete or partial responses are a subset of only seven patients with any tumor response: the part is larger than its whole.')
# 09 RADIANT-3 (le journal du medecin)
p('09a','p-value-vs-ci','IC 95% : 0,73 - 1,20 ; p = 0,30','IC 95% : 0,73 - 1,20 ; p = 0,003','p = 0,003',
  ['IC 95% : 0,73 - 1,20','HR=0,94'],
  'The OS hazard ratio 95% CI 0.73-1.20 includes 1, so p must be above 0.05; p = 0.003 contradicts it (and "très éloigné du seuil statistique").')
p('09b','percent-of-count','phase d\'extension soit 85%','phase d\'extension soit 89%','soit 89%',
  ['Sur les 203 patients du groupe placebo initial, 172'],
  '172 of 203 placebo patients = 84.7%, not 89%.')
# 10 Cellectis UCART19 (BFM Bourse)
p('10a','totals','4 ont obtenu un rémission complète','5 ont obtenu un rémission complète','5 ont obtenu',
  ['parmi les 6 patients','1 était réfractaire','1 est mort à J15'],
  'The 6 patients split into 5 complete remissions + 1 refractory + 1 death = 7, not 6.')
p('10b','repeated-value','(-13,3% à 23,30 euros','(-8,3% à 23,30 euros','-8,3%',
  ['plongeait de plus de 10%'],
  'The same morning fall is given as "more than 10%" and as -8.3%.')
# 11 Biotest tregalizumab (IR-Center Handelsblatt)
p('11a','date-inconsistent','Dreieich, 24. April 2015','Dreieich, 24. März 2015','24. März 2015',
  ['News vom 24.04.2015','2015-04-24 / 09:05'],
  'The release is dated 24 April 2015 in the news header and time stamp but 24 March 2015 in its dateline, for the same "heute" announcement.')
p('11b','repeated-value','Einmalaufwand bis zu 30 Mio. EUR\n\n- Keine','Einmalaufwand bis zu 20 Mio. EUR\n\n- Keine','bis zu 20 Mio. EUR',
  ['bis zu 30 Mio. EUR'],
  'The possible one-off charge is up to EUR 30 million in the news headline and up to EUR 20 million in the press release headline.')
# 12 TME Pharma NOX-A12 (marketscreener)
p('12a','percent-of-count','sind 67% der Patienten','sind 83% der Patienten','83% der Patienten',
  ['(4 von 6)'],
  '4 of 6 patients alive = 66.7%, not 83% (83% would be 5 of 6).')

REAL = {
 '09': [dict(code='claimed-ratio', text='passant de 11,0 à 4,6 mois', related=['augmentation de la médiane de survie de 6,4 mois'],
   why='Real error in the source: an "increase" of the median by 6.4 months is described as going from 11.0 to 4.6 months, which is a fall (the figures are in reverse order).')],
}
