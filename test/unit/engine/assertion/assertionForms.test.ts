import { strict as assert } from 'node:assert';
import { assertions } from './mentions';

/** Each case: a sentence, its mentions (`text|LABEL`, PROBLEM by default), the status of each. */
type Case = [sentence: string, mentions: string[], statuses: string[]];

function check(cases: Case[]): void {
  for (const [sentence, mentions, statuses] of cases) {
    it(`"${sentence}" → ${statuses.join(', ')}`, () => {
      assert.deepEqual(assertions(sentence, mentions), mentions.map((m, i) => `${m.split('|')[0]}:${statuses[i]}`));
    });
  }
}

describe('assertion forms', () => {
  describe('negated', () => {
    check([
      ['Non riferisce febbre.', ['febbre'], ['negated']],
      ['Non dolore.', ['dolore'], ['negated']],
      ['Non nausea né vomito.', ['nausea', 'vomito'], ['negated', 'negated']],
      ['Non febbre, né tosse.', ['febbre', 'tosse'], ['negated', 'negated']],
      ['Alvo regolare, nè nausea.', ['nausea'], ['negated']],
      ['Non veniva riscontrata trombosi venosa profonda.', ['trombosi venosa profonda'], ['negated']],
      ['Un’embolia polmonare fu esclusa con l’angio-TC.', ['embolia polmonare', 'angio-TC|TEST'], ['negated', 'present']],
      ['Ecografia addominale senza evidenza di versamento.', ['Ecografia addominale|TEST', 'versamento'], ['present', 'negated']],
      ['Dolore addominale in assenza di febbre.', ['Dolore addominale', 'febbre'], ['present', 'negated']],
      ['Colonscopia negativa per neoplasie.', ['Colonscopia|TEST', 'neoplasie'], ['present', 'negated']],
      ['Alla TC non si osservavano lesioni focali né versamento.', ['TC|TEST', 'lesioni focali', 'versamento'], ['present', 'negated', 'negated']],
      ['La ricerca di Helicobacter pylori risultava negativa.', ['Helicobacter pylori'], ['negated']],
      ['La paziente negava cefalea, disturbi visivi e claudicatio mandibolare.', ['cefalea', 'disturbi visivi', 'claudicatio mandibolare'], ['negated', 'negated', 'negated']],
      ['La coronarografia escludeva stenosi coronariche significative.', ['coronarografia|TEST', 'stenosi coronariche significative'], ['present', 'negated']],
      ['Allergie: nega.', ['Allergie'], ['negated']],
      ['La biopsia dell’arteria temporale non veniva pertanto eseguita.', ['biopsia dell’arteria temporale|TEST'], ['negated']],
      ['Non somministrati FANS.', ['FANS|TREATMENT'], ['negated']],
      ['Trattata con emulsione lipidica, evitando vasopressina e beta-bloccanti.', ['emulsione lipidica|TREATMENT', 'vasopressina|TREATMENT', 'beta-bloccanti|TREATMENT'], ['present', 'negated', 'negated']],
      ['Nega pregressi eventi cardiovascolari.', ['eventi cardiovascolari'], ['negated']],
      ['Edemi declivi: assenti.', ['Edemi declivi'], ['negated']],
      ['A sei mesi la disfagia non era più presente.', ['disfagia'], ['negated']],
      ['Cute integra, non segni di flogosi.', ['segni di flogosi'], ['negated']],
      ['Non e\' stato necessario il posizionamento di stent ureterale.', ['posizionamento di stent ureterale|TREATMENT'], ['negated']],
      ['Intervallo: nessuna crisi tonico-clonica da 3 anni.', ['crisi tonico-clonica'], ['negated']],
      ['Test ergometrico: negativo per ischemia inducibile.', ['Test ergometrico|TEST', 'ischemia inducibile'], ['present', 'negated']],
      ['Mucose indenni: assenti erosioni orali, congiuntivite e lesioni genitali.', ['erosioni orali', 'congiuntivite', 'lesioni genitali'], ['negated', 'negated', 'negated']],
      ['Non venivano somministrati corticosteroidi.', ['corticosteroidi|TREATMENT'], ['negated']],
      ['Le trasfusioni di piastrine vanno evitate.', ['trasfusioni di piastrine|TREATMENT'], ['negated']],
    ]);
  });

  describe('uncertain', () => {
    check([
      ['Si sospetta gastrite cronica.', ['gastrite cronica'], ['uncertain']],
      ['Quadro compatibile con polmonite interstiziale.', ['polmonite interstiziale'], ['uncertain']],
      ['?frattura del collo del femore dx.', ['frattura del collo del femore dx'], ['uncertain']],
      ['Ipotesi: sincope aritmica da malattia del sistema di conduzione.', ['sincope aritmica', 'malattia del sistema di conduzione'], ['uncertain', 'uncertain']],
      ['DD: ESA con TC falsamente negativa / cefalea primaria da sforzo.', ['ESA', 'cefalea primaria da sforzo'], ['uncertain', 'uncertain']],
      ['PDC non esclusa.', ['PDC'], ['uncertain']],
      [
        'La diagnosi differenziale comprende l’edema polmonare, la polmonite da Pneumocystis jirovecii, la polmonite lipoidea e l’emorragia alveolare.',
        ['edema polmonare', 'polmonite da Pneumocystis jirovecii', 'polmonite lipoidea', 'emorragia alveolare'],
        ['uncertain', 'uncertain', 'uncertain', 'uncertain'],
      ],
      ['Nodulo epatico da valutare.', ['Nodulo epatico'], ['uncertain']],
    ]);
  });

  describe('hypothetical', () => {
    check([
      ['Da eseguire EGDS.', ['EGDS|TEST'], ['hypothetical']],
      ['EGDS da eseguire in settimana.', ['EGDS|TEST'], ['hypothetical']],
      ['In programma colonscopia.', ['colonscopia|TEST'], ['hypothetical']],
      ['Si richiede ecocardiogramma transtoracico.', ['ecocardiogramma transtoracico|TEST'], ['hypothetical']],
      ['Se compare febbre, paracetamolo 1 g.', ['febbre', 'paracetamolo|TREATMENT'], ['hypothetical', 'hypothetical']],
      ['In caso di dolore, ketorolac 30 mg im.', ['dolore', 'ketorolac|TREATMENT'], ['hypothetical', 'hypothetical']],
      ['Scala di Conley 5: alto rischio di caduta.', ['Scala di Conley|TEST', 'caduta'], ['present', 'hypothetical']],
      ['Domani emocromo e PCR.', ['emocromo|TEST', 'PCR|TEST'], ['hypothetical', 'hypothetical']],
      ['RX torace domani.', ['RX torace|TEST'], ['hypothetical']],
      ['Si consiglia dieta iposodica.', ['dieta iposodica|TREATMENT'], ['hypothetical']],
      ['Prossimo controllo tra 4 mesi con HbA1c e funzione renale.', ['HbA1c|TEST', 'funzione renale|TEST'], ['hypothetical', 'hypothetical']],
      ['Da valutare con il pneumologo ossigenoterapia domiciliare.', ['ossigenoterapia domiciliare|TREATMENT'], ['hypothetical']],
      ['TERAPIA ALLA DIMISSIONE: ramipril 5 mg.', ['ramipril|TREATMENT'], ['present']],
      ['Alla dimissione si consiglia di proseguire paracetamolo al bisogno.', ['paracetamolo|TREATMENT'], ['present']],
      ['Controlli: emocromo, transaminasi e creatinina ogni 4 settimane.', ['emocromo|TEST', 'transaminasi|TEST', 'creatinina|TEST'], ['hypothetical', 'hypothetical', 'hypothetical']],
      ['Profilo lipidico, transaminasi e CPK tra 8 settimane.', ['Profilo lipidico|TEST', 'transaminasi|TEST', 'CPK|TEST'], ['hypothetical', 'hypothetical', 'hypothetical']],
      ['Possibili effetti collaterali: nausea e senso di sazietà precoce.', ['nausea', 'senso di sazietà precoce'], ['hypothetical', 'hypothetical']],
      ['In caso di recidiva si potrebbe ricorrere a infliximab o ad anakinra.', ['recidiva', 'infliximab|TREATMENT', 'anakinra|TREATMENT'], ['hypothetical', 'hypothetical', 'hypothetical']],
    ]);
  });

  describe('historical', () => {
    check([
      ['Pregresso IMA (2015) trattato con PTCA.', ['IMA', 'PTCA|TREATMENT'], ['historical', 'historical']],
      ['Appendicectomia nel 1998.', ['Appendicectomia|TREATMENT'], ['historical']],
      ['Aborto interno due anni prima.', ['Aborto interno'], ['historical']],
      ['Varicella nell’infanzia.', ['Varicella'], ['historical']],
      ['Nel marzo 2023 resezione anteriore del retto.', ['resezione anteriore del retto|TREATMENT'], ['historical']],
      ['Nel 2015 protesi totale d’anca sinistra.', ['protesi totale d’anca sinistra|TREATMENT'], ['historical']],
      ['Due riacutizzazioni nell’ultimo anno.', ['riacutizzazioni'], ['historical']],
      ['Diabete mellito diagnosticato nel 2010, in terapia con metformina.', ['Diabete mellito', 'metformina|TREATMENT'], ['present', 'present']],
      ['Ipertensione arteriosa trattata con ramipril.', ['Ipertensione arteriosa', 'ramipril|TREATMENT'], ['present', 'present']],
    ]);
  });

  describe('family', () => {
    check([
      ['Il padre era deceduto a 64 anni per un infarto miocardico.', ['infarto miocardico'], ['family']],
      ['L’anamnesi familiare era positiva per cardiopatia ischemica.', ['cardiopatia ischemica'], ['family']],
      ['Riferisce che il fratello del pz ha avuto un ictus a 70 anni.', ['ictus'], ['family']],
      ['La madre era stata sottoposta a tiroidectomia totale per un nodulo tiroideo.', ['tiroidectomia totale|TREATMENT', 'nodulo tiroideo'], ['family', 'family']],
      ['Figlia informata telefonicamente della caduta.', ['caduta'], ['present']],
      ['Il fratello e\' affetto da diabete mellito.', ['diabete mellito'], ['family']],
    ]);
  });

  describe('a bracketed synonym shares the status of the entity it follows', () => {
    check([
      ['Nel sospetto di una sindrome coronarica acuta (STEMI), coronarografia urgente.', ['sindrome coronarica acuta', 'STEMI', 'coronarografia|TEST'], ['uncertain', 'uncertain', 'present']],
      ['Esclusa una dissezione aortica (DA).', ['dissezione aortica', 'DA'], ['negated', 'negated']],
    ]);
  });

  describe('scopes that must not leak', () => {
    check([
      ['Si sospetta gastrite cronica, da approfondire con EGDS.', ['gastrite cronica', 'EGDS|TEST'], ['uncertain', 'hypothetical']],
      ['Sospetta polmonite; avviata terapia antibiotica.', ['polmonite', 'terapia antibiotica|TREATMENT'], ['uncertain', 'present']],
      ['Sospetta polmonite, avviata terapia antibiotica.', ['polmonite', 'terapia antibiotica|TREATMENT'], ['uncertain', 'present']],
      ['Nega dolore a riposo; dolore durante la medicazione.', ['dolore', 'dolore'], ['negated', 'present']],
      [
        'In assenza di ulteriori trattamenti, la TC confermava la risposta sulle metastasi epatiche.',
        ['trattamenti|TREATMENT', 'TC|TEST', 'metastasi epatiche'],
        ['negated', 'present', 'present'],
      ],
      ['Non sanguinamento dai drenaggi.', ['sanguinamento', 'drenaggi|TREATMENT'], ['negated', 'present']],
      ['Non febbre 38,5 con brivido scuotente.', ['febbre', 'brivido scuotente'], ['negated', 'negated']],
      ['Coronarografia: esclusa stenosi, ECG invariato.', ['Coronarografia|TEST', 'stenosi', 'ECG|TEST'], ['present', 'negated', 'present']],
      ['Emocolture: negative.', ['Emocolture|TEST'], ['present']],
      ['Nega febbre, pregresso IMA trattato con PTCA.', ['febbre', 'IMA', 'PTCA|TREATMENT'], ['negated', 'historical', 'historical']],
      ['Crampi risolti dopo il bolo di fisiologica.', ['Crampi', 'fisiologica|TREATMENT'], ['present', 'present']],
    ]);
  });
});
