/**
 * An invented document that touches every reader once, analysed when the server starts so that the
 * first real request does not pay for compiling them (and for compromise's lazy lexicon). The text
 * is made up: its names, trials and figures belong to no real release.
 */
export const WARM_UP_TEXT = `Zentavo Bio Announces Positive Topline Results from the Phase 2 ORBITAL-4 Trial of ZTV-118

BOSTON, March 3, 2026 -- Zentavo Bio, Inc. (Nasdaq: ZNTV) today announced results for ZTV-118 (quilizumab), a PD-L1 x 4-1BB bispecific antibody, in second-line metastatic non-small cell lung cancer (NSCLC).

- Objective response rate (ORR) was 38.5% (15 of 39 patients; 95% CI, 23.4-55.4), with a disease control rate of 79%.
- Median progression-free survival (PFS) was 7.4 months (95% CI: 5.1, NE) versus 4,2 months; hazard ratio 0.62 (p=0.003).
- Grade 3 or higher treatment-related adverse events (TRAEs) occurred in 12 patients (30.8%); about one in four had a dose reduction.
- Patients received 10 mg/kg every three weeks or 500 µg twice daily; responses nearly doubled at the higher dose.

The company received a $45 million upfront payment and is eligible for up to $1.2 billion in milestones. Cash of EUR 12 500 000 funds operations into 2H 2027.

Die Ansprechrate lag bei 41,7 % (n=24); das mediane Gesamtüberleben betrug 14,9 Monate.

| Arm | N | ORR | Median OS |
|---|---|---|---|
| ZTV-118 | 39 | 38.5% | 16.1 months |
| Docetaxel | 40 | 12.5% | 9.8 months |
`;
