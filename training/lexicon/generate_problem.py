#!/usr/bin/env python3
"""Build training/lexicon/problem.tsv (PROBLEM part of the default lexicon).

Written by the clinical-ner project (Apache-2.0).

Two kinds of rows:
  * hand-written terms (source `clinical-ner`): the `hand()` blocks below, one term a line,
    optionally `term|ICD-10 code|flag` where flag is A (ambiguous) or B (abbreviation);
  * systematic families (source `clinical-ner:generated`): the `gen_*` functions combine
    curated heads with curated, head-specific lists of sites / qualifiers / organisms.
    Every list is restricted to combinations used in Italian clinical writing.

Rows are de-duplicated after lower-casing, accent stripping and hyphen/apostrophe
normalisation; the first occurrence wins (hand-written rows come first).

Usage: python3 training/lexicon/generate_problem.py [--stats]
"""
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "problem.tsv")

ROWS = []  # (term, code, source, flags, category)
FLAG = {"": "", "A": "ambiguous", "B": "abbreviation"}


def hand(category, block):
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        term = parts[0]
        code = parts[1] if len(parts) > 1 else ""
        flag = FLAG[parts[2]] if len(parts) > 2 else ""
        ROWS.append((term, code, "clinical-ner", flag, category))


def gen(category, term, code="", flag=""):
    ROWS.append((term, code, "clinical-ner:generated", FLAG.get(flag, flag), category))


def lines(block):
    return [l.strip() for l in block.strip().splitlines() if l.strip() and not l.strip().startswith("#")]


def key(term):
    t = unicodedata.normalize("NFD", term.lower())
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    t = t.replace("’", "'").replace("-", " ").replace("'", "' ")
    return re.sub(r"\s+", " ", t).strip()


# ---------------------------------------------------------------------------
# Infectious and parasitic diseases (ICD-10 chapter I) + infections of organs
# ---------------------------------------------------------------------------
hand("infectious", """
polmonite|J18
broncopolmonite|J18.0
polmonite comunitaria
polmonite acquisita in comunità
polmonite nosocomiale
polmonite associata a ventilazione meccanica
polmonite ab ingestis|J69.0
polmonite da aspirazione|J69.0
polmonite lobare|J18.1
polmonite interstiziale
polmonite atipica
polmonite virale|J12
polmonite batterica|J15
polmonite bilaterale
polmonite basale
polmonite necrotizzante
polmonite lobare destra
focolaio broncopneumonico
focolaio polmonitico
focolaio flogistico polmonare
CAP||A
VAP||B
sepsi|A41
sepsi grave
shock settico
stato settico
setticemia
batteriemia
urosepsi
sepsi urinaria
sepsi addominale
sepsi da catetere venoso centrale
sepsi neonatale
sepsi puerperale
infezione delle vie urinarie|N39.0
infezione urinaria|N39.0
IVU|N39.0|B
infezione delle vie urinarie complicata
infezione delle vie urinarie ricorrente
infezione urinaria recidivante
infezione urinaria correlata a catetere
batteriuria asintomatica
tubercolosi
tubercolosi polmonare
TBC||B
tubercolosi latente
infezione tubercolare latente
tubercolosi miliare|A19
tubercolosi extrapolmonare
tubercolosi linfonodale
tubercolosi ossea
tubercolosi renale
morbo di Pott
spondilite tubercolare
COVID-19|U07.1
COVID|U07.1
infezione da SARS-CoV-2|U07.1
polmonite da COVID-19
polmonite interstiziale da SARS-CoV-2
long COVID
sindrome post-COVID
influenza||A
sindrome influenzale
sindrome simil-influenzale
virosi
virosi respiratoria
infezione virale
infezione batterica
infezione fungina
infezione micotica
infezione opportunistica
epatite A|B15
epatite B
epatite C
epatite E
epatite delta
epatite B cronica|B18.1
epatite C cronica|B18.2
epatite virale
epatite virale acuta
epatite virale cronica
infezione da HIV
sieropositività per HIV
AIDS
sindrome da immunodeficienza acquisita
mononucleosi infettiva|B27
mononucleosi|B27
herpes zoster|B02
fuoco di Sant'Antonio|B02
zoster oftalmico|B02.3
herpes labiale|B00.1
herpes simplex
herpes genitale|A60
nevralgia post-erpetica|B02.2
varicella|B01
morbillo|B05
rosolia|B06
parotite epidemica|B26
orecchioni|B26
scarlattina|A38
pertosse|A37
difterite|A36
tetano|A35
poliomielite
quinta malattia
sesta malattia
exanthema subitum
malattia mani-piedi-bocca
malaria|B54
malaria da Plasmodium falciparum|B50
leishmaniosi
leishmaniosi viscerale|B55.0
leishmaniosi cutanea|B55.1
toxoplasmosi|B58
toxoplasmosi congenita
brucellosi|A23
leptospirosi|A27
malattia di Lyme|A69.2
borreliosi di Lyme|A69.2
febbre Q|A78
rickettsiosi
febbre bottonosa del Mediterraneo|A77.1
listeriosi|A32
salmonellosi
febbre tifoide|A01.0
tifo addominale
gastroenterite
gastroenterite acuta
gastroenterite virale
gastroenterite infettiva
enterite
enterocolite
enterocolite infettiva
colite da Clostridioides difficile|A04.7
colite da Clostridium difficile|A04.7
colite pseudomembranosa|A04.7
diarrea infettiva
tossinfezione alimentare
intossicazione alimentare
botulismo|A05.1
colera|A00
shigellosi|A03
dissenteria
amebiasi|A06
giardiasi|A07.1
ossiuriasi|B80
ascaridiasi|B77
parassitosi intestinale
elmintiasi
teniasi
echinococcosi|B67
cisti idatidea
cisti da echinococco
schistosomiasi|B65
strongiloidiasi
scabbia|B86
pediculosi|B85
pediculosi del capo
tigna
tinea corporis
tinea pedis
tinea cruris
piede d'atleta
onicomicosi|B35.1
dermatomicosi
micosi cutanea
micosi interdigitale
pitiriasi versicolor|B36.0
candidosi
candidosi orale
candidosi esofagea
candidosi cutanea
candidosi vaginale
mughetto
vulvovaginite da Candida
candidemia
candidosi invasiva
aspergillosi
aspergillosi polmonare invasiva
aspergilloma
criptococcosi
meningite criptococcica
pneumocistosi
polmonite da Pneumocystis jirovecii|B59
istoplasmosi
mucormicosi
actinomicosi
nocardiosi
micobatteriosi atipica
infezione da micobatteri non tubercolari
meningite
meningite batterica
meningite virale
meningite asettica
meningite meningococcica|A39.0
meningite pneumococcica
meningite tubercolare|A17.0
meningoencefalite
encefalite
encefalite erpetica
encefalite virale
encefalite da zecca
ascesso cerebrale|G06.0
empiema subdurale
endocardite infettiva|I33.0
endocardite batterica
endocardite su protesi valvolare
endocardite su valvola nativa
endocardite su elettrocatetere
osteomielite|M86
osteomielite acuta
osteomielite cronica
spondilodiscite
artrite settica|M00
cellulite||A
erisipela|A46
fascite necrotizzante|M72.6
gangrena di Fournier
gangrena gassosa|A48.0
impetigine|L01
follicolite
foruncolo|L02
foruncolosi
favo
flemmone
patereccio
paronichia
ascesso
ascesso cutaneo|L02
ascesso perianale|K61.0
ascesso epatico|K75.0
ascesso amebico epatico
ascesso polmonare|J85
ascesso splenico
ascesso renale
ascesso perirenale
ascesso del muscolo psoas
ascesso tubo-ovarico
ascesso dentario
ascesso peritonsillare|J36
ascesso retrofaringeo
ascesso mammario
ascesso pilonidale
ascesso addominale
ascesso intra-addominale
ascesso pelvico
ascesso del Douglas
ascesso della parete addominale
empiema pleurico|J86
empiema
empiema della colecisti
peritonite|K65
peritonite batterica spontanea
peritonite secondaria
peritonite stercoracea
peritonite diffusa
peritonite localizzata
infezione del sito chirurgico
infezione della ferita chirurgica
infezione della ferita
ferita infetta
infezione di protesi articolare
infezione periprotesica
infezione di protesi vascolare
infezione del piede diabetico
infezione correlata a catetere venoso centrale
infezione del catetere venoso centrale
infezione della tasca del pacemaker
infezione correlata all'assistenza
ICA||A
infezione nosocomiale
infezione ospedaliera
infezione multiresistente
germe multiresistente
colonizzazione da germi multiresistenti
infezione da germi multiresistenti
sifilide|A53
lue
sifilide primaria|A51
sifilide secondaria|A51
sifilide latente
neurosifilide
gonorrea|A54
blenorragia|A54
uretrite
uretrite non gonococcica
condiloma acuminato|A63.0
condilomatosi|A63.0
condilomatosi genitale
infezione da HPV
infezione da papillomavirus
tricomoniasi|A59
vaginosi batterica
malattia sessualmente trasmessa
MST||A
infezione sessualmente trasmessa
IST||A
malattia infiammatoria pelvica|N73.9
MIP||A
dengue|A90
chikungunya|A92.0
febbre gialla|A95
febbre del Nilo occidentale|A92.3
infezione da virus West Nile|A92.3
infezione da virus Zika
rabbia||A
mpox|B04
vaiolo delle scimmie|B04
lebbra|A30
febbre reumatica|I00
malattia reumatica
cardiopatia reumatica
faringotonsillite streptococcica
tonsillite streptococcica
infezione streptococcica
infezione stafilococcica
mastite
mastite puerperale
onfalite
infezione respiratoria
infezione delle vie respiratorie
infezione delle vie respiratorie superiori
IVRS||B
infezione delle alte vie respiratorie
infezione delle basse vie respiratorie
infezione respiratoria acuta
raffreddore
raffreddore comune
coriza
rinofaringite|J00
rinofaringite acuta|J00
faringite|J02
faringite acuta|J02
tonsillite|J03
tonsillite acuta|J03
faringotonsillite
laringite|J04.0
laringite acuta|J04.0
laringotracheite
laringotracheobronchite
croup
epiglottite|J05.1
tracheite
tracheobronchite
bronchite|J40
bronchite acuta|J20
bronchiolite|J21
bronchiolite da VRS
sindrome da shock tossico|A48.3
malattia di Chagas
febbre di origine sconosciuta|R50.9
FUO||B
febbre neutropenica
neutropenia febbrile
infezione in paziente immunodepresso
riattivazione di CMV
infezione da CMV
malattia da citomegalovirus
infezione da EBV
infezione da herpes simplex
cheratite erpetica
paralisi flaccida acuta
""")

# ---------------------------------------------------------------------------
# Neoplasms (chapter II) – named and haematological; organ families are generated below
# ---------------------------------------------------------------------------
hand("neoplasm", """
neoplasia
neoplasia maligna
neoplasia benigna
tumore
tumore maligno
tumore benigno
cancro
malattia neoplastica
malattia oncologica
patologia neoplastica
lesione neoplastica
lesione espansiva
processo espansivo
neoformazione
carcinoma
adenocarcinoma
carcinoma squamocellulare
carcinoma spinocellulare
carcinoma basocellulare|C44
basalioma|C44
epitelioma
carcinoma a cellule squamose
carcinoma a piccole cellule
carcinoma polmonare a piccole cellule
microcitoma polmonare
carcinoma polmonare non a piccole cellule
NSCLC||B
SCLC||B
carcinoma neuroendocrino
tumore neuroendocrino
NET||A
carcinoide
tumore carcinoide
carcinoma duttale infiltrante
carcinoma lobulare infiltrante
carcinoma duttale in situ
carcinoma lobulare in situ
carcinoma in situ
carcinoma mammario triplo negativo
carcinoma mammario HER2 positivo
carcinoma mammario ormono-responsivo
carcinoma mammario metastatico
carcinoma infiammatorio della mammella
carcinoma uroteliale
carcinoma a cellule chiare
carcinoma a cellule renali
carcinoma papillare della tiroide|C73
carcinoma follicolare della tiroide|C73
carcinoma midollare della tiroide|C73
carcinoma anaplastico della tiroide|C73
carcinoma tiroideo differenziato|C73
carcinoma epatocellulare|C22.0
epatocarcinoma|C22.0
HCC|C22.0|B
colangiocarcinoma|C22.1
colangiocarcinoma intraepatico|C22.1
colangiocarcinoma ilare
tumore di Klatskin
carcinoma della colecisti|C23
carcinoma delle vie biliari
carcinoma dell'ampolla di Vater|C24.1
ampulloma
adenocarcinoma duttale del pancreas|C25
tumore di Krukenberg
tumore di Pancoast
tumore di Wilms|C64
nefroblastoma|C64
neuroblastoma
retinoblastoma|C69.2
medulloblastoma|C71
glioblastoma|C71
glioblastoma multiforme|C71
glioma
glioma di basso grado
glioma di alto grado
astrocitoma
oligodendroglioma
ependimoma
meningioma|D32
neurinoma
neurinoma dell'acustico|D33.3
schwannoma vestibolare|D33.3
schwannoma
neurofibroma
adenoma ipofisario|D35.2
macroadenoma ipofisario
microadenoma ipofisario
prolattinoma
craniofaringioma
tumore cerebrale
neoplasia cerebrale
tumore del SNC
linfoma|C85.9
linfoma di Hodgkin|C81
linfoma non Hodgkin
LNH||B
linfoma diffuso a grandi cellule B
DLBCL||B
linfoma follicolare|C82
linfoma mantellare
linfoma della zona marginale
linfoma MALT
linfoma di Burkitt|C83.7
linfoma T periferico
linfoma cutaneo a cellule T
micosi fungoide|C84.0
linfoma primitivo del SNC
linfoma gastrico
leucemia
leucemia acuta
leucemia mieloide acuta|C92.0
LMA||B
leucemia linfoblastica acuta|C91.0
LLA||B
leucemia linfatica cronica|C91.1
leucemia linfocitica cronica|C91.1
LLC||B
leucemia mieloide cronica|C92.1
LMC||B
leucemia promielocitica acuta|C92.4
leucemia mielomonocitica cronica
leucemia a cellule capellute|C91.4
mieloma multiplo|C90.0
mieloma|C90.0
plasmocitoma
plasmocitoma solitario
gammopatia monoclonale di incerto significato|D47.2
MGUS|D47.2|B
gammopatia monoclonale|D47.2
macroglobulinemia di Waldenström|C88.0
amiloidosi AL
sindrome mielodisplastica|D46
mielodisplasia|D46
SMD||A
neoplasia mieloproliferativa
sindrome mieloproliferativa
policitemia vera|D45
trombocitemia essenziale|D47.3
mielofibrosi
mielofibrosi primaria
istiocitosi
mastocitosi
melanoma|C43
melanoma maligno|C43
melanoma cutaneo|C43
melanoma in situ|D03
melanoma uveale
melanoma della coroide
nevo displastico
sarcoma
sarcoma dei tessuti molli
liposarcoma
leiomiosarcoma
rabdomiosarcoma
osteosarcoma
condrosarcoma
sarcoma di Ewing
sarcoma di Kaposi|C46
angiosarcoma
fibrosarcoma
dermatofibrosarcoma protuberans
tumore stromale gastrointestinale
GIST||B
mesotelioma
mesotelioma pleurico maligno|C45.0
mesotelioma peritoneale
timoma
seminoma
tumore a cellule germinali
teratoma
teratoma maturo
cisti dermoide
coriocarcinoma
mola idatiforme|O01
mola vescicolare|O01
tumore trofoblastico gestazionale
feocromocitoma
paraganglioma
insulinoma
gastrinoma
adenoma surrenalico
incidentaloma surrenalico
carcinoma corticosurrenalico
adenoma paratiroideo
adenoma tiroideo
adenoma pleomorfo
tumore di Warthin
adenoma epatico
emangioma epatico
angioma epatico
iperplasia nodulare focale
adenoma tubulare
adenoma tubulo-villoso
adenoma villoso
adenoma serrato
polipo adenomatoso
polipo iperplastico
poliposi adenomatosa familiare|D12.6
FAP||A
sindrome di Lynch
neoplasia intraepiteliale cervicale
CIN||A
CIN1
CIN2
CIN3
lesione squamosa intraepiteliale di basso grado
lesione squamosa intraepiteliale di alto grado
LSIL||B
HSIL||B
displasia di alto grado
displasia di basso grado
esofago di Barrett|K22.7
metaplasia intestinale
gastrite cronica atrofica con metaplasia intestinale
neoplasia papillare mucinosa intraduttale
IPMN||B
cistoadenoma sieroso
cistoadenoma mucinoso
tumore borderline dell'ovaio
fibroadenoma mammario|D24
fibroadenoma|D24
papilloma intraduttale
tumore filloide
lipoma|D17
fibrolipoma
angiolipoma
fibroma
emangioma
linfangioma
osteoma
osteoma osteoide
osteocondroma
encondroma
tumore a cellule giganti
cisti ossea aneurismatica
condroma
neurofibromatosi di tipo 1|Q85.0
neurofibromatosi|Q85.0
carcinomatosi peritoneale
carcinomatosi
linfangite carcinomatosa
versamento pleurico neoplastico
versamento pleurico maligno
ascite neoplastica
sindrome paraneoplastica
cachessia neoplastica
neoplasia di origine sconosciuta
carcinoma a sede primitiva sconosciuta
tumore primitivo ignoto
malattia metastatica
progressione di malattia
recidiva di malattia
recidiva locale
recidiva neoplastica
tumore solido
neoplasia solida
neoplasia ematologica
emopatia maligna
emopatia
sindrome linfoproliferativa
malattia linfoproliferativa
linfoadenopatia neoplastica
compressione midollare neoplastica
sindrome della vena cava superiore|I87.1
""")

# ---------------------------------------------------------------------------
# Blood, blood-forming organs, immune (chapter III)
# ---------------------------------------------------------------------------
hand("blood_immune", """
anemia|D64.9
anemia sideropenica|D50
anemia ferrocarenziale|D50
anemia da carenza di ferro|D50
anemia sideropenica da perdita cronica|D50.0
anemia megaloblastica|D53.1
anemia perniciosa|D51.0
anemia da carenza di vitamina B12|D51
anemia da carenza di folati|D52
anemia macrocitica
anemia microcitica
anemia normocitica
anemia normocromica normocitica
anemia ipocromica microcitica
anemia emolitica|D59
anemia emolitica autoimmune|D59.1
anemia aplastica|D61
anemia da malattia cronica|D63.8
anemia delle malattie croniche|D63.8
anemia in insufficienza renale cronica|D63.8
anemia post-emorragica acuta|D62
anemia acuta
anemia cronica
anemia severa
anemia lieve
anemia moderata
anemia sintomatica
anemia mediterranea
anemizzazione
sindrome anemica
talassemia|D56
beta-talassemia|D56.1
talassemia major|D56.1
talassemia minor
trait talassemico
microcitemia
anemia falciforme|D57
drepanocitosi|D57
sferocitosi ereditaria|D58.0
deficit di G6PD|D55.0
favismo|D55.0
emolisi
pancitopenia|D61.9
bicitopenia
citopenia
leucopenia|D72.8
neutropenia|D70
agranulocitosi|D70
linfopenia
linfocitopenia
leucocitosi|D72.8
leucocitosi neutrofila
neutrofilia
linfocitosi
monocitosi
eosinofilia|D72.1
ipereosinofilia
basofilia
reazione leucemoide
piastrinopenia|D69.6
trombocitopenia|D69.6
piastrinopenia severa
trombocitopenia indotta da eparina
HIT||A
porpora trombocitopenica immune|D69.3
ITP||B
porpora trombotica trombocitopenica|M31.1
PTT||A
sindrome emolitico-uremica|D59.3
SEU||B
microangiopatia trombotica
piastrinosi
trombocitosi
trombocitosi reattiva
policitemia
policitemia secondaria
poliglobulia
eritrocitosi
coagulopatia
coagulazione intravascolare disseminata|D65
CID||B
DIC||B
emofilia|D66
emofilia A|D66
emofilia B|D67
malattia di von Willebrand|D68.0
deficit di fattore VII
trombofilia
trombofilia ereditaria
mutazione del fattore V di Leiden
fattore V Leiden
mutazione della protrombina
deficit di proteina C
deficit di proteina S
deficit di antitrombina
sindrome da anticorpi antifosfolipidi|D68.6
sindrome antifosfolipidica|D68.6
iperomocisteinemia
diatesi emorragica
tendenza al sanguinamento
porpora
porpora di Schönlein-Henoch|D69.0
porpora senile
ecchimosi
petecchia
sanguinamento
emorragia
linfoadenopatia|R59
linfoadenomegalia|R59
linfadenopatia|R59
adenopatia
linfoadenopatia generalizzata
linfoadenopatia laterocervicale
linfoadenopatia ascellare
linfoadenopatia inguinale
linfoadenopatia mediastinica
linfoadenopatia ilare
linfoadenopatia retroperitoneale
linfoadenopatia sovraclaveare
linfonodo reattivo
linfoadenite
linfadenite
linfangite
linfedema|I89.0
linfedema dell'arto superiore
linfedema dell'arto inferiore
ipersplenismo
asplenia
sarcoidosi|D86
sarcoidosi polmonare|D86.0
immunodeficienza
immunodeficienza primitiva
immunodeficienza comune variabile|D83
deficit di IgA|D80.2
ipogammaglobulinemia
agammaglobulinemia
immunodepressione
immunosoppressione
stato di immunodepressione
crioglobulinemia
crioglobulinemia mista
amiloidosi|E85
amiloidosi cardiaca
amiloidosi da transtiretina
emocromatosi|E83.1
emosiderosi
sovraccarico marziale
metaemoglobinemia|D74
carenza marziale
carenza di ferro
sideropenia
ferritina bassa
ferropenia
deficit di vitamina B12
carenza di vitamina B12
deficit di folati
carenza di acido folico
ipovitaminosi D
deficit di vitamina D
carenza di vitamina D
""")

# ---------------------------------------------------------------------------
# Endocrine, nutritional, metabolic (chapter IV)
# ---------------------------------------------------------------------------
hand("endocrine_metabolic", """
diabete mellito|E14
diabete mellito di tipo 2|E11
diabete mellito tipo 2|E11
diabete di tipo 2|E11
diabete tipo 2|E11
diabete mellito non insulino-dipendente|E11
DMNID||B
DM2|E11|B
DMT2|E11|B
DM||A
diabete mellito di tipo 1|E10
diabete mellito tipo 1|E10
diabete di tipo 1|E10
diabete tipo 1|E10
diabete mellito insulino-dipendente|E10
DMID||B
DM1|E10|B
DMT1|E10|B
diabete insulino-trattato
diabete mellito insulino-trattato
diabete mellito scompensato
diabete mellito complicato
diabete scompensato
diabete gestazionale|O24.4
GDM||B
diabete secondario
diabete pancreatico
diabete steroideo
diabete autoimmune dell'adulto
LADA||B
MODY||B
diabete insipido|E23.2
diabete insipido centrale|E23.2
diabete insipido nefrogenico|N25.1
diabete
zucchero alto
prediabete
ridotta tolleranza al glucosio|R73.0
alterata glicemia a digiuno|R73.0
IFG||B
IGT||B
insulino-resistenza
resistenza insulinica
iperinsulinismo
sindrome metabolica
chetoacidosi diabetica|E14.1
DKA||B
chetoacidosi
chetosi
stato iperglicemico iperosmolare
coma iperosmolare
coma diabetico
coma ipoglicemico
ipoglicemia|E16.2
crisi ipoglicemica
ipoglicemia severa
ipoglicemia reattiva
iperglicemia|R73.9
scompenso glicemico
scompenso glicometabolico
glicosuria|R81
chetonuria
retinopatia diabetica|H36.0
nefropatia diabetica
neuropatia diabetica
polineuropatia diabetica
piede diabetico
ulcera del piede diabetico
macroangiopatia diabetica
microangiopatia diabetica
gastroparesi diabetica
ipotiroidismo|E03
ipotiroidismo subclinico
ipotiroidismo primitivo
ipotiroidismo congenito|E03.1
ipotiroidismo post-chirurgico
ipertiroidismo|E05
ipertiroidismo subclinico
tireotossicosi|E05
crisi tireotossica
tempesta tiroidea
morbo di Basedow|E05.0
malattia di Graves|E05.0
morbo di Graves|E05.0
morbo di Basedow-Graves|E05.0
oftalmopatia di Graves
orbitopatia tiroidea
gozzo|E04
gozzo multinodulare|E04.2
gozzo uninodulare
gozzo tossico
gozzo multinodulare tossico|E05.2
adenoma tossico|E05.1
gozzo endotoracico
gozzo immerso
struma
tiroidite|E06
tiroidite di Hashimoto|E06.3
tiroidite cronica autoimmune|E06.3
tiroidite autoimmune|E06.3
tiroidite subacuta|E06.1
tiroidite di De Quervain|E06.1
tiroidite post-partum
tiroidite silente
tireopatia
tireopatia autoimmune
distiroidismo
nodulo tiroideo
iperparatiroidismo|E21
iperparatiroidismo primitivo|E21.0
iperparatiroidismo secondario
ipoparatiroidismo|E20
ipoparatiroidismo post-chirurgico
sindrome di Cushing|E24
morbo di Cushing|E24.0
ipercortisolismo
sindrome di Conn
iperaldosteronismo|E26
iperaldosteronismo primitivo|E26.0
iposurrenalismo
insufficienza surrenalica|E27.4
insufficienza surrenalica primitiva
insufficienza surrenalica secondaria
morbo di Addison|E27.1
crisi surrenalica|E27.2
iperplasia surrenalica congenita|E25.0
ipopituitarismo|E23.0
panipopituitarismo
sindrome di Sheehan|E23.0
acromegalia|E22.0
gigantismo
iperprolattinemia|E22.1
deficit di GH
deficit di ormone della crescita
SIADH|E22.2|B
sindrome da inappropriata secrezione di ADH|E22.2
ipogonadismo
ipogonadismo ipogonadotropo
ipogonadismo maschile
pubertà precoce
pubertà ritardata
ritardo puberale
bassa statura
ritardo di crescita
irsutismo
virilizzazione
ginecomastia|N62
menopausa precoce
insufficienza ovarica prematura
obesità|E66
obesità grave
obesità severa
obesità patologica
grande obesità
obesità addominale
obesità viscerale
obesità infantile
sovrappeso|E66.3
eccesso ponderale
sottopeso
magrezza
dislipidemia|E78.5
dislipidemia mista|E78.2
iperlipidemia|E78.5
iperlipidemia mista|E78.2
ipercolesterolemia|E78.0
ipercolesterolemia familiare|E78.0
ipercolesterolemia pura|E78.0
colesterolo alto
colesterolo LDL elevato
ipertrigliceridemia|E78.1
trigliceridi alti
ipocolesterolemia
ipoHDLemia
iperuricemia|E79.0
acido urico alto
gotta|M10
artrite gottosa|M10
attacco gottoso
tofo gottoso
malnutrizione|E46
malnutrizione proteico-calorica|E46
denutrizione
iponutrizione
cachessia|R64
sarcopenia
disidratazione|E86
ipovolemia|E86
sovraccarico idrico
sovraccarico di volume
ipervolemia
squilibrio idroelettrolitico
disionia
alterazioni elettrolitiche
acidosi|E87.2
acidosi metabolica|E87.2
acidosi lattica|E87.2
acidosi respiratoria|E87.2
acidosi mista
alcalosi|E87.3
alcalosi metabolica|E87.3
alcalosi respiratoria|E87.3
ipokaliemia|E87.6
ipopotassiemia|E87.6
iperkaliemia|E87.5
iperpotassiemia|E87.5
iponatriemia|E87.1
iposodiemia|E87.1
ipernatriemia|E87.0
ipersodiemia|E87.0
ipocalcemia|E83.5
ipercalcemia|E83.5
ipomagnesemia|E83.4
ipermagnesemia
ipofosforemia|E83.3
ipofosfatemia|E83.3
iperfosforemia|E83.3
iperfosfatemia|E83.3
ipocloremia
ipercloremia
sindrome da rialimentazione
iperammoniemia
porfiria|E80.2
porfiria acuta intermittente
malattia di Wilson|E83.0
malattia di Gaucher|E75.2
malattia di Fabry|E75.2
malattia di Pompe
fenilchetonuria|E70.0
galattosemia|E74.2
fibrosi cistica|E84
mucoviscidosi|E84
glicogenosi
mucopolisaccaridosi
deficit di alfa-1-antitripsina|E88.0
osteomalacia|M83
rachitismo|E55.0
scorbuto
beriberi
pellagra
sindrome di Wernicke
carenza vitaminica
ipovitaminosi
avitaminosi
carenza di tiamina
ipoalbuminemia
ipoprotidemia
""")

# ---------------------------------------------------------------------------
# Mental and behavioural disorders (chapter V)
# ---------------------------------------------------------------------------
hand("psychiatric", """
depressione|F32
depressione maggiore
disturbo depressivo|F32
disturbo depressivo maggiore
disturbo depressivo ricorrente|F33
episodio depressivo|F32
episodio depressivo maggiore
sindrome depressiva
sindrome ansioso-depressiva
stato ansioso-depressivo
depressione reattiva
depressione post-partum|F53.0
depressione del tono dell'umore
flessione del tono dell'umore
umore depresso
deflessione timica
distimia|F34.1
disturbo bipolare|F31
disturbo bipolare di tipo I
disturbo bipolare di tipo II
disturbo affettivo bipolare|F31
psicosi maniaco-depressiva
episodio maniacale|F30
mania
ipomania
ciclotimia|F34.0
disturbo d'ansia
disturbo d'ansia generalizzato|F41.1
ansia generalizzata|F41.1
ansia||A
stato ansioso
sindrome ansiosa
disturbo di panico|F41.0
attacco di panico|F41.0
attacchi di panico
crisi d'ansia
crisi di panico
agorafobia|F40.0
fobia sociale|F40.1
fobia specifica
disturbo ossessivo-compulsivo|F42
DOC||A
disturbo post-traumatico da stress|F43.1
PTSD|F43.1|B
disturbo dell'adattamento|F43.2
reazione acuta da stress|F43.0
burnout
sindrome da burnout
disturbo di somatizzazione|F45.0
disturbo somatoforme|F45
disturbo da sintomi somatici
ipocondria|F45.2
disturbo di conversione|F44
disturbo dissociativo|F44
schizofrenia|F20
schizofrenia paranoide|F20.0
disturbo schizoaffettivo|F25
disturbo delirante|F22
psicosi|F29
disturbo psicotico
episodio psicotico acuto
esordio psicotico
psicosi acuta
scompenso psicotico
delirio||A
delirio di persecuzione
allucinazione
allucinazioni uditive
allucinazioni visive
ideazione delirante
ideazione paranoidea
ideazione suicidaria
ideazione autolesiva
tentato suicidio
tentativo di suicidio
gesto autolesivo
autolesionismo
rischio suicidario
disturbo di personalità
disturbo borderline di personalità|F60.3
disturbo antisociale di personalità|F60.2
disturbo narcisistico di personalità
disturbo dipendente di personalità
disturbo istrionico di personalità
disturbo del comportamento alimentare
DCA||B
anoressia nervosa|F50.0
bulimia nervosa|F50.2
bulimia|F50.2
disturbo da alimentazione incontrollata|F50.8
binge eating
disturbo da deficit di attenzione e iperattività|F90.0
ADHD|F90.0|B
disturbo dello spettro autistico|F84
autismo|F84.0
sindrome di Asperger|F84.5
disabilità intellettiva
ritardo mentale
ritardo psicomotorio
ritardo del linguaggio
disturbo specifico dell'apprendimento
dislessia
discalculia
disgrafia
disturbo della condotta
disturbo oppositivo-provocatorio
sindrome di Tourette|F95.2
tic
balbuzie|F98.5
enuresi notturna
enuresi|F98.0
encopresi|F98.1
demenza|F03
delirium|F05
stato confusionale
stato confusionale acuto|F05
confusione mentale
disorientamento
disorientamento spazio-temporale
agitazione psicomotoria
irrequietezza
aggressività
disturbo del comportamento
disturbi comportamentali
disturbi del sonno
insonnia|G47.0
insonnia primaria
insonnia iniziale
insonnia terminale
ipersonnia
sonnolenza
sonnolenza diurna
sonnolenza diurna eccessiva
alcolismo|F10.2
dipendenza da alcol|F10.2
abuso di alcol|F10.1
etilismo|F10.2
etilismo cronico|F10.2
potus
intossicazione alcolica acuta|F10.0
intossicazione etilica|F10.0
ubriachezza
sindrome da astinenza alcolica|F10.3
astinenza alcolica|F10.3
delirium tremens|F10.4
sindrome di Korsakoff|F10.6
tossicodipendenza
dipendenza da sostanze
abuso di sostanze
dipendenza da oppiacei|F11.2
dipendenza da eroina|F11.2
dipendenza da cocaina|F14.2
abuso di cocaina
abuso di cannabinoidi
dipendenza da benzodiazepine
dipendenza da nicotina|F17.2
tabagismo|F17.2
fumo di sigaretta
gioco d'azzardo patologico|F63.0
ludopatia|F63.0
disfunzione sessuale
disfunzione erettile|N48.4
deficit erettile
impotenza
calo della libido
disforia di genere
apatia
abulia
anedonia
labilità emotiva
irritabilità
demotivazione
ritiro sociale
disturbo cognitivo
deterioramento cognitivo
decadimento cognitivo
declino cognitivo
deficit cognitivo
lieve deterioramento cognitivo
mild cognitive impairment
MCI||A
deficit mnesico
disturbo della memoria
perdita di memoria
amnesia
amnesia globale transitoria|G45.4
AGT||B
""")

# ---------------------------------------------------------------------------
# Nervous system (chapter VI) + cerebrovascular
# ---------------------------------------------------------------------------
hand("neurological", """
ictus|I64
ictus cerebrale|I64
ictus ischemico|I63
ictus emorragico|I61
ictus lacunare
ictus cardioembolico
ictus in evoluzione
stroke
stroke ischemico|I63
stroke emorragico
infarto cerebrale|I63
ischemia cerebrale
lesione ischemica cerebrale
lesione ischemica acuta
infarto lacunare
lacune cerebrali
stato lacunare
leucoencefalopatia
leucoaraiosi
encefalopatia vascolare
vasculopatia cerebrale
vasculopatia cerebrale cronica
microangiopatia cerebrale
malattia dei piccoli vasi
encefalopatia multinfartuale
demenza vascolare|F01
attacco ischemico transitorio|G45.9
TIA|G45.9|B
vasculopatia cerebrale ischemica
emorragia cerebrale|I61
emorragia intracerebrale|I61
emorragia intraparenchimale
ematoma intraparenchimale
emorragia subaracnoidea|I60
ESA|I60|A
emorragia subaracnoidea traumatica|S06.6
emorragia intraventricolare
ematoma subdurale|S06.5
ematoma subdurale cronico
ematoma subdurale acuto
ematoma extradurale|S06.4
ematoma epidurale
igroma subdurale
trasformazione emorragica
infarcimento emorragico
aneurisma cerebrale|I67.1
aneurisma intracranico
malformazione artero-venosa cerebrale|Q28.2
MAV||B
cavernoma
angioma cavernoso
trombosi dei seni venosi cerebrali|I67.6
trombosi venosa cerebrale
dissezione carotidea
dissezione vertebrale
dissezione dell'arteria vertebrale
dissezione della carotide interna
vasospasmo cerebrale
encefalopatia ipertensiva|I67.4
PRES||B
sindrome da encefalopatia posteriore reversibile
idrocefalo|G91
idrocefalo normoteso|G91.2
idrocefalo ostruttivo
idrocefalo comunicante
ipertensione endocranica
ipertensione endocranica idiopatica|G93.2
edema cerebrale|G93.6
edema cerebrale vasogenico
erniazione cerebrale
effetto massa
shift della linea mediana
epilessia|G40
epilessia focale
epilessia generalizzata
epilessia del lobo temporale
epilessia farmacoresistente
epilessia mioclonica giovanile
epilessia post-traumatica
epilessia vascolare
crisi epilettica
crisi comiziale
comizialità
crisi convulsiva
crisi convulsiva generalizzata
crisi tonico-clonica generalizzata
crisi epilettica focale
crisi parziale complessa
crisi parziale
assenza tipica
crisi di assenza
stato di male epilettico|G41
stato epilettico|G41
stato di male
convulsione|R56.8
convulsioni febbrili|R56.0
convulsione febbrile|R56.0
crisi febbrile
morbo di Parkinson|G20
malattia di Parkinson|G20
Parkinson|G20
parkinsonismo|G21
parkinsonismo vascolare
parkinsonismo iatrogeno
parkinsonismo atipico
paralisi sopranucleare progressiva|G23.1
atrofia multisistemica|G23.2
tremore
tremore essenziale|G25.0
tremore a riposo
tremore posturale
tremore intenzionale
distonia
distonia cervicale
blefarospasmo
emispasmo facciale
corea di Huntington|G10
malattia di Huntington|G10
corea
discinesia
discinesia tardiva
sindrome delle gambe senza riposo|G25.8
acatisia
mioclono
demenza di Alzheimer|G30
malattia di Alzheimer|G30
morbo di Alzheimer|G30
Alzheimer|G30
demenza senile
demenza frontotemporale
demenza a corpi di Lewy
demenza mista
malattia di Pick
malattia di Creutzfeldt-Jakob|A81.0
encefalopatia
encefalopatia metabolica
encefalopatia tossico-metabolica
encefalopatia post-anossica
encefalopatia ipossico-ischemica
encefalopatia di Wernicke|E51.2
sclerosi multipla|G35
SM|G35|A
sclerosi multipla recidivante-remittente|G35
sclerosi multipla secondariamente progressiva|G35
sclerosi multipla primariamente progressiva|G35
malattia demielinizzante
neurite ottica|H46
neuromielite ottica
mielite
mielite trasversa|G37.3
encefalomielite acuta disseminata
sclerosi laterale amiotrofica|G12.2
SLA|G12.2|B
malattia del motoneurone|G12.2
atrofia muscolare spinale
miastenia gravis|G70.0
miastenia|G70.0
crisi miastenica
sindrome di Lambert-Eaton
sindrome di Guillain-Barré|G61.0
poliradicolonevrite
poliradicoloneuropatia infiammatoria demielinizzante cronica
CIDP||B
polineuropatia|G62.9
polineuropatia sensitivo-motoria
polineuropatia assonale
neuropatia periferica
neuropatia sensitiva
neuropatia alcolica
neuropatia da chemioterapici
polineuropatia del paziente critico
neuropatia
mononeuropatia
sindrome del tunnel carpale|G56.0
tunnel carpale|G56.0
STC||A
sindrome del tunnel cubitale
neuropatia ulnare
neuropatia del nervo ulnare
paralisi del nervo radiale
paralisi del nervo peroneo
piede cadente
meralgia parestesica
neuroma di Morton
nevralgia
nevralgia del trigemino|G50.0
nevralgia trigeminale|G50.0
nevralgia intercostale
nevralgia occipitale
nevralgia di Arnold
paralisi di Bell|G51.0
paralisi facciale|G51.0
paralisi del facciale
paresi facciale
paralisi del nervo facciale
paresi del VII nervo cranico
paralisi periferica del facciale
paresi facciale centrale
diplopia|H53.2
paralisi del III nervo cranico
paralisi del VI nervo cranico
oftalmoplegia
ptosi palpebrale
anisocoria
sindrome di Horner
sindrome di Claude-Bernard-Horner
emicrania|G43
emicrania con aura|G43.1
emicrania senza aura|G43.0
emicrania cronica
emicrania mestruale
cefalea a grappolo|G44.0
cefalea tensiva|G44.2
cefalea di tipo tensivo|G44.2
cefalea da abuso di farmaci
cefalea post-puntura durale
cefalea post-traumatica
stato emicranico
radicolopatia
radicolopatia lombare
radicolopatia cervicale
radicolite
sciatica|M54.3
sciatalgia|M54.3
cruralgia
lombocruralgia
brachialgia
cervicobrachialgia
sindrome della cauda equina
mielopatia
mielopatia cervicale
mielopatia cervicale spondilogena
compressione midollare
lesione midollare
mielolesione
paraplegia|G82.2
paraparesi
tetraplegia|G82.5
tetraparesi
emiplegia|G81
emiparesi|G81
emiparesi destra
emiparesi sinistra
emiplegia destra
emiplegia sinistra
monoparesi
monoplegia
ipostenia
deficit di forza
deficit motorio
deficit stenico
deficit neurologico
deficit neurologico focale
deficit sensitivo
ipoestesia
anestesia||A
parestesia
disestesia
iperestesia
allodinia
formicolio
intorpidimento
afasia|R47.0
afasia di Broca
afasia di Wernicke
afasia globale
disfasia
disartria|R47.1
disfonia|R49.0
anartria
aprassia
agnosia
neglect
eminattenzione
emianopsia
emianopsia laterale omonima
atassia|R27.0
atassia cerebellare
atassia della marcia
sindrome cerebellare
dismetria
nistagmo|H55
disturbo della marcia
instabilità posturale
disturbo dell'equilibrio
andatura atassica
sindrome vertiginosa
paralisi cerebrale infantile|G80
PCI||A
tetraparesi spastica
spasticità
ipertono
ipotonia
rigidità
rigidità nucale
segni meningei
meningismo
coma|R40.2
stato di coma
stato vegetativo
stato di minima coscienza
sopore
stupor
obnubilamento del sensorio
alterazione dello stato di coscienza
alterato stato di coscienza
perdita di coscienza|R55
PDC||A
perdita di coscienza transitoria
narcolessia|G47.4
sindrome delle apnee ostruttive nel sonno|G47.3
OSAS|G47.3|B
apnee ostruttive nel sonno
russamento
malformazione di Arnold-Chiari|Q07.0
malformazione di Chiari
siringomielia|G95.0
spina bifida|Q05
mielomeningocele|Q05
craniostenosi
neurofibromatosi di tipo 2
sclerosi tuberosa|Q85.1
distrofia muscolare|G71.0
distrofia muscolare di Duchenne|G71.0
distrofia miotonica|G71.1
miopatia
miopatia da statine
miopatia del paziente critico
miosite
polimiosite|M33.2
dermatomiosite|M33.1
rabdomiolisi|M62.8
malattia di Charcot-Marie-Tooth|G60.0
sindrome post-polio
vertigine centrale
commozione cerebrale|S06.0
contusione cerebrale
focolaio contusivo cerebrale
lesione assonale diffusa
lesione cerebrale traumatica
emorragia cerebrale post-traumatica
sindrome post-commotiva
""")

# ---------------------------------------------------------------------------
# Eye and adnexa (chapter VII)
# ---------------------------------------------------------------------------
hand("eye", """
cataratta|H26
cataratta senile|H25
cataratta congenita|Q12.0
cataratta secondaria
opacità capsulare posteriore
glaucoma|H40
glaucoma ad angolo aperto|H40.1
glaucoma cronico ad angolo aperto|H40.1
glaucoma primario ad angolo aperto|H40.1
glaucoma ad angolo chiuso|H40.2
glaucoma acuto
attacco di glaucoma acuto
glaucoma congenito
ipertono oculare
ipertensione oculare|H40.0
degenerazione maculare|H35.3
degenerazione maculare legata all'età|H35.3
maculopatia
maculopatia senile
DMLE||B
edema maculare
edema maculare diabetico
foro maculare
pucker maculare
membrana epiretinica
distacco di retina|H33
distacco retinico|H33
rottura retinica
distacco di vitreo posteriore
emovitreo|H43.1
emorragia vitreale|H43.1
miodesopsie
corpi mobili vitreali
fotopsie
occlusione della vena centrale della retina
occlusione dell'arteria centrale della retina
trombosi venosa retinica
retinopatia ipertensiva
retinopatia del prematuro|H35.1
retinite pigmentosa|H35.5
uveite|H20
uveite anteriore
iridociclite|H20
irite
coroidite
endoftalmite|H44.0
congiuntivite|H10
congiuntivite allergica|H10.1
congiuntivite batterica
congiuntivite virale
cheratocongiuntivite
cheratocongiuntivite secca
cheratite|H16
ulcera corneale|H16.0
abrasione corneale
erosione corneale
corpo estraneo corneale
corpo estraneo oculare
cheratocono|H18.6
sindrome dell'occhio secco
occhio secco
xeroftalmia
blefarite|H01.0
calazio|H00.1
orzaiolo|H00.0
dacriocistite|H04.3
ostruzione del dotto naso-lacrimale
epifora
lacrimazione
episclerite
sclerite
pterigio|H11.0
pinguecula
emorragia sottocongiuntivale|H11.3
iperemia congiuntivale
occhio rosso
ectropion
entropion
trichiasi
esoftalmo
proptosi
cellulite orbitaria
cellulite periorbitaria
edema palpebrale
miopia|H52.1
ipermetropia|H52.0
astigmatismo|H52.2
presbiopia|H52.4
strabismo|H50
ambliopia|H53.0
occhio pigro
cecità|H54
ipovisione
calo del visus
riduzione del visus
deficit visivo
disturbo visivo
visione offuscata
annebbiamento visivo
amaurosi
amaurosi fugax|G45.3
perdita improvvisa della vista
scotoma
scotoma scintillante
fotofobia
neuropatia ottica ischemica
neuropatia ottica ischemica anteriore
papilledema|H47.1
edema della papilla
atrofia ottica
daltonismo
""")

# ---------------------------------------------------------------------------
# Ear and mastoid (chapter VIII) + ENT
# ---------------------------------------------------------------------------
hand("ear_ent", """
otite|H66.9
otite media|H66
otite media acuta|H66.0
otite media cronica
otite media effusiva
otite media sierosa|H65
otite media catarrale
otite media purulenta
otite esterna|H60
otite esterna maligna
otomicosi
mastoidite|H70
mastoidite acuta|H70.0
colesteatoma|H71
perforazione timpanica|H72
perforazione della membrana timpanica|H72
tappo di cerume|H61.2
tappo ceruminoso|H61.2
otosclerosi|H80
ipoacusia|H91.9
ipoacusia neurosensoriale|H90.5
ipoacusia trasmissiva|H90.2
ipoacusia mista
ipoacusia improvvisa|H91.2
sordità improvvisa|H91.2
sordità|H91.9
presbiacusia|H91.1
ipoacusia da rumore
trauma acustico
acufene|H93.1
acufeni|H93.1
tinnito|H93.1
ovattamento auricolare
fullness auricolare
otalgia|H92.0
otorrea|H92.1
otorragia|H92.2
vertigine parossistica posizionale benigna|H81.1
VPPB|H81.1|B
malattia di Ménière|H81.0
sindrome di Ménière|H81.0
neurite vestibolare|H81.2
neuronite vestibolare|H81.2
labirintite|H83.0
deficit vestibolare
deficit vestibolare acuto
ipofunzione vestibolare
disfunzione tubarica
disfunzione della tuba di Eustachio
ipertrofia adenoidea|J35.2
ipertrofia adenotonsillare|J35.3
ipertrofia tonsillare|J35.1
vegetazioni adenoidi
adenoidite
rinite|J31.0
rinite allergica|J30
rinite allergica stagionale|J30.2
rinite allergica perenne
rinite vasomotoria|J30.0
rinite cronica|J31.0
rinite medicamentosa
rinocongiuntivite allergica
oculorinite allergica
pollinosi|J30.1
febbre da fieno|J30.1
sinusite|J32
sinusite acuta|J01
sinusite cronica|J32
rinosinusite
rinosinusite acuta
rinosinusite cronica
rinosinusite cronica con poliposi nasale
poliposi nasale|J33
polipo nasale|J33
deviazione del setto nasale|J34.2
setto nasale deviato|J34.2
ipertrofia dei turbinati
ostruzione nasale
congestione nasale
naso chiuso
rinorrea
scolo retronasale
epistassi|R04.0
sangue dal naso
iposmia
anosmia|R43.0
ageusia|R43.2
disgeusia|R43.2
alterazione del gusto
perdita dell'olfatto
perdita del gusto
faringodinia|J02.9
mal di gola
laringodinia
disfonia funzionale
raucedine
afonia
nodulo delle corde vocali
noduli cordali
polipo cordale
paralisi cordale
paralisi della corda vocale
paralisi del nervo laricorrente
edema della glottide
edema laringeo
stridore
stridore laringeo
laringospasmo|J38.5
corpo estraneo faringeo
corpo estraneo in faringe
corpo estraneo nasale
corpo estraneo auricolare
scialoadenite
scialolitiasi|K11.5
calcolo salivare
parotite
parotite ricorrente
xerostomia|R68.2
bocca secca
alitosi|R19.6
""")

# ---------------------------------------------------------------------------
# Circulatory system (chapter IX)
# ---------------------------------------------------------------------------
hand("cardiovascular", """
ipertensione arteriosa|I10
ipertensione arteriosa essenziale|I10
ipertensione essenziale|I10
ipertensione arteriosa sistemica|I10
ipertensione|I10
ipertensione arteriosa secondaria|I15
ipertensione nefrovascolare|I15.0
ipertensione renovascolare|I15.0
ipertensione arteriosa resistente
ipertensione arteriosa non controllata
ipertensione sisto-diastolica
ipertensione sistolica isolata
ipertensione diastolica
ipertensione da camice bianco
crisi ipertensiva
emergenza ipertensiva
urgenza ipertensiva
picco ipertensivo
rialzo pressorio
rialzo pressorio
valori pressori elevati
pressione alta
pressione arteriosa elevata
ipertensione polmonare|I27
ipertensione arteriosa polmonare|I27.0
ipertensione polmonare tromboembolica cronica
CTEPH||B
cuore polmonare|I27.9
cuore polmonare cronico|I27.9
cuore polmonare acuto|I26.0
cardiopatia ipertensiva|I11
cardiopatia ipertensiva con scompenso|I11.0
IA||A
IPA||A
ipotensione|I95
ipotensione arteriosa|I95
ipotensione ortostatica|I95.1
ipotensione posturale|I95.1
pressione bassa
calo pressorio
ipotensione sintomatica
ipotensione post-prandiale
shock|R57.9
shock cardiogeno|R57.0
shock ipovolemico|R57.1
shock emorragico
shock distributivo
shock anafilattico|T78.2
shock ostruttivo
shock spinale
cardiopatia ischemica|I25
cardiopatia ischemica cronica|I25
cardiopatia ischemica post-infartuale
cardiopatia ischemica cronica post-infartuale
CPI||A
coronaropatia|I25.1
coronaropatia multivasale
coronaropatia monovasale
coronaropatia trivasale
malattia coronarica
malattia coronarica trivasale
malattia del tronco comune
stenosi del tronco comune
malattia aterosclerotica coronarica
aterosclerosi coronarica|I25.1
stenosi coronarica
occlusione coronarica
occlusione cronica totale
restenosi intrastent
trombosi di stent
trombosi intrastent
sindrome coronarica acuta|I24.9
SCA|I24.9|B
sindrome coronarica cronica
sindrome coronarica acuta senza sopraslivellamento del tratto ST
sindrome coronarica acuta con sopraslivellamento del tratto ST
SCA-NSTE||B
SCA-STE||B
NSTE-ACS||B
STE-ACS||B
infarto miocardico|I21
infarto miocardico acuto|I21
infarto del miocardio|I21
infarto acuto del miocardio|I21
infarto
infarto cardiaco|I21
IMA|I21|B
IMA-STEMI|I21|B
IMA-NSTEMI|I21.4|B
STEMI|I21|B
NSTEMI|I21.4|B
infarto miocardico con sopraslivellamento del tratto ST|I21
infarto miocardico senza sopraslivellamento del tratto ST|I21.4
infarto miocardico NSTEMI|I21.4
infarto miocardico STEMI|I21
STEMI anteriore|I21.0
STEMI inferiore|I21.1
STEMI infero-laterale
STEMI antero-settale
STEMI laterale
STEMI posteriore
infarto miocardico anteriore|I21.0
infarto miocardico inferiore|I21.1
infarto antero-settale
infarto inferiore
infarto anteriore esteso
infarto del ventricolo destro
infarto subendocardico|I21.4
infarto transmurale
infarto non Q
infarto miocardico di tipo 2
infarto miocardico pregresso|I25.2
pregresso infarto miocardico|I25.2
esiti di infarto miocardico
necrosi miocardica
danno miocardico
danno miocardico acuto
MINOCA||B
angina pectoris|I20
angina|I20|A
angor|I20
angor pectoris|I20
angina instabile|I20.0
angina stabile|I20.8
angina da sforzo|I20.8
angina a riposo
angina microvascolare
angina vasospastica|I20.1
angina di Prinzmetal|I20.1
angina post-infartuale
angor da sforzo
ischemia miocardica
ischemia inducibile
ischemia silente
ischemia subendocardica
spasmo coronarico
ponte miocardico
dissezione coronarica spontanea
SCAD||B
aneurisma ventricolare
aneurisma del ventricolo sinistro
trombo ventricolare
trombo apicale
trombo endocavitario
trombo in auricola sinistra
rottura di cuore
rottura del setto interventricolare
rottura di muscolo papillare
scompenso cardiaco|I50
scompenso cardiaco congestizio|I50.0
SCC|I50.0|A
scompenso cardiaco acuto|I50.9
scompenso cardiaco cronico|I50.9
scompenso cardiaco cronico riacutizzato
scompenso cardiaco acuto de novo
scompenso cardiaco riacutizzato
riacutizzazione di scompenso cardiaco
scompenso cardiaco sinistro|I50.1
scompenso cardiaco destro
scompenso cardiaco globale
scompenso cardiaco a frazione di eiezione ridotta
scompenso cardiaco a frazione di eiezione preservata
scompenso cardiaco a frazione di eiezione lievemente ridotta
HFrEF||B
HFpEF||B
HFmrEF||B
scompenso cardiaco diastolico
scompenso cardiaco sistolico
scompenso di cuore
scompenso
insufficienza cardiaca|I50
insufficienza cardiaca congestizia|I50.0
insufficienza cardiaca acuta
insufficienza cardiaca cronica
insufficienza ventricolare sinistra|I50.1
insufficienza ventricolare destra
IC||A
ICC||A
edema polmonare|J81
edema polmonare acuto|I50.1
edema polmonare acuto cardiogeno
EPA||A
edema polmonare non cardiogeno
congestione polmonare
stasi polmonare
congestione venosa sistemica
disfunzione ventricolare sinistra
disfunzione sistolica del ventricolo sinistro
disfunzione diastolica
disfunzione diastolica del ventricolo sinistro
disfunzione ventricolare destra
disfunzione del ventricolo destro
alterato rilasciamento del ventricolo sinistro
frazione di eiezione ridotta
FE ridotta
ipocinesia
ipocinesia globale
ipocinesia segmentaria
acinesia
acinesia apicale
discinesia apicale
acinesia inferiore
acinesia del setto
alterazione della cinetica segmentaria
cardiomiopatia|I42.9
cardiomiopatia dilatativa|I42.0
CMD||B
cardiomiopatia dilatativa idiopatica|I42.0
cardiomiopatia dilatativa post-ischemica
cardiomiopatia ischemica|I25.5
cardiomiopatia ipocinetica
cardiomiopatia ipertrofica|I42.2
cardiomiopatia ipertrofica ostruttiva|I42.1
CMI||A
CMPI||B
cardiomiopatia restrittiva|I42.5
cardiomiopatia aritmogena
cardiomiopatia aritmogena del ventricolo destro
cardiomiopatia alcolica|I42.6
cardiomiopatia peripartum|O90.3
cardiomiopatia da stress
cardiomiopatia tako-tsubo
sindrome di Tako-tsubo
tako-tsubo
cardiomiopatia tossica
cardiomiopatia da antracicline
cardiomiopatia infiltrativa
cardiomiopatia non compatta
cardiomiopatia ipertensiva
cardiopatia
cardiopatia dilatativa
cardiopatia valvolare
valvulopatia
valvulopatia aortica
valvulopatia mitralica
cardiopatia congenita|Q24.9
miocardite|I51.4
miocardite acuta|I40
miocardite virale
miopericardite
pericardite|I31.9
pericardite acuta|I30
pericardite cronica
pericardite costrittiva|I31.1
pericardite recidivante
pericardite post-infartuale
sindrome di Dressler|I24.1
sindrome post-pericardiotomica
versamento pericardico|I31.3
versamento pericardico lieve
versamento pericardico moderato
versamento pericardico severo
tamponamento cardiaco|I31.9
emopericardio
scollamento pericardico
endocardite|I38
endocardite di Libman-Sacks
vegetazione valvolare
vegetazione endocarditica
fibroelastoma papillare
mixoma atriale|D15.1
massa intracardiaca
bicuspidia aortica|Q23.1
valvola aortica bicuspide|Q23.1
sclerosi valvolare aortica
sclerosi della valvola aortica
calcificazione valvolare aortica
sclerocalcificazione valvolare aortica
calcificazione dell'anulus mitralico
malattia valvolare aortica
stenosi aortica serrata|I35.0
stenosi aortica severa|I35.0
stenosi aortica calcifica|I35.0
stenosi aortica degenerativa|I35.0
stenosi aortica low flow low gradient
stenosi mitralica reumatica|I05.0
insufficienza mitralica funzionale
insufficienza mitralica ischemica
insufficienza mitralica degenerativa
prolasso della valvola mitrale|I34.1
prolasso mitralico|I34.1
prolasso valvolare mitralico|I34.1
flail mitralico
rottura di corda tendinea
malattia di Barlow
protesi valvolare disfunzionante
disfunzione di protesi valvolare
trombosi di protesi valvolare
leak paraprotesico
mismatch protesi-paziente
disfunzione di bioprotesi
fibrillazione atriale|I48
FA|I48|A
ACFA|I48|B
aritmia completa da fibrillazione atriale|I48
fibrillazione atriale parossistica|I48
FAP|I48|A
fibrillazione atriale persistente|I48
fibrillazione atriale permanente|I48
fibrillazione atriale persistente di lunga durata
fibrillazione atriale cronica|I48
fibrillazione atriale di nuova insorgenza
fibrillazione atriale ad alta risposta ventricolare
fibrillazione atriale ad elevata risposta ventricolare
fibrillazione atriale a media risposta ventricolare
fibrillazione atriale a bassa risposta ventricolare
fibrillazione atriale a rapida risposta ventricolare
fibrillazione atriale a frequenza ventricolare controllata
fibrillazione atriale non valvolare
FANV||B
fibrillazione atriale valvolare
flutter atriale|I48
flutter atriale tipico|I48
flutter atriale atipico|I48
flutter atriale comune
flutter atriale 2:1
fibrillo-flutter atriale
tachicardia sopraventricolare|I47.1
TPSV|I47.1|B
tachicardia parossistica sopraventricolare|I47.1
TSV||B
tachicardia da rientro nodale
tachicardia da rientro atrioventricolare
tachicardia atriale
tachicardia atriale ectopica
tachicardia atriale multifocale
tachicardia giunzionale
tachicardia ventricolare|I47.2
TV||A
tachicardia ventricolare sostenuta|I47.2
tachicardia ventricolare non sostenuta|I47.2
TVNS||B
tachicardia ventricolare polimorfa
torsione di punta|I47.2
torsade de pointes|I47.2
fibrillazione ventricolare|I49.0
FV||A
flutter ventricolare|I49.0
tempesta aritmica
tempesta elettrica
aritmia
aritmia cardiaca|I49.9
aritmia ipercinetica
aritmia ventricolare
aritmia sopraventricolare
aritmia maligna
aritmia sinusale
extrasistolia|I49.4
extrasistolia ventricolare|I49.3
extrasistolia sopraventricolare|I49.1
extrasistolia ventricolare frequente
extrasistole|I49.4
extrasistole ventricolare|I49.3
extrasistole sopraventricolare|I49.1
BEV||B
BESV||B
bigeminismo
bigeminismo ventricolare
trigeminismo
coppie ventricolari
run di tachicardia ventricolare
ritmo idioventricolare accelerato
ritmo giunzionale
ritmo nodale
ritmo di scappamento
dissociazione atrioventricolare
tachicardia sinusale|R00.0
tachicardia|R00.0
tachiaritmia
bradicardia|R00.1
bradicardia sinusale|R00.1
bradiaritmia
bradicardia sintomatica
bradicardia estrema
bradicardia relativa
malattia del nodo del seno|I49.5
sindrome del nodo del seno malato|I49.5
sindrome bradi-tachi|I49.5
sindrome bradicardia-tachicardia|I49.5
disfunzione sinusale|I49.5
disfunzione del nodo del seno|I49.5
arresto sinusale
pausa sinusale
blocco seno-atriale|I45.5
incompetenza cronotropa
blocco atrioventricolare|I44.3
BAV|I44.3|A
blocco atrioventricolare di primo grado|I44.0
BAV di primo grado|I44.0
BAV I grado|I44.0
blocco atrioventricolare di secondo grado|I44.1
BAV di secondo grado|I44.1
BAV II grado|I44.1
blocco atrioventricolare di secondo grado tipo Mobitz 1|I44.1
blocco atrioventricolare di secondo grado tipo Mobitz 2|I44.1
Mobitz 1
Mobitz 2
Luciani-Wenckebach
periodismo di Luciani-Wenckebach
blocco atrioventricolare 2:1
blocco atrioventricolare avanzato
blocco atrioventricolare di terzo grado|I44.2
blocco atrioventricolare completo|I44.2
BAV completo|I44.2
BAV di terzo grado|I44.2
BAV III grado|I44.2
BAV totale|I44.2
blocco atrioventricolare totale|I44.2
blocco di branca
blocco di branca destra|I45.1
blocco di branca destra completo|I45.1
blocco di branca destra incompleto|I45.1
BBD|I45.1|B
BBDx||B
blocco di branca sinistra|I44.7
blocco di branca sinistra completo|I44.7
blocco di branca sinistra incompleto|I44.7
BBS|I44.7|B
BBSx||B
emiblocco anteriore sinistro|I44.4
EAS|I44.4|B
emiblocco posteriore sinistro|I44.5
EPS||A
blocco bifascicolare|I45.2
blocco trifascicolare|I45.3
ritardo di conduzione intraventricolare
disturbo di conduzione intraventricolare
disturbo della conduzione
disturbo della conduzione atrioventricolare
disturbo della ripolarizzazione
alterazioni aspecifiche della ripolarizzazione
alterazioni della ripolarizzazione ventricolare
sopraslivellamento del tratto ST
sopraslivellamento ST
ST sopraslivellato
sottoslivellamento del tratto ST
sottoslivellamento ST
ST sottoslivellato
onde T negative
inversione dell'onda T
onda T invertita
onde Q patologiche
onda Q di necrosi
QT lungo
prolungamento del QT
allungamento del QT
QT corto
sindrome del QT lungo|I45.8
sindrome del QT lungo congenita
sindrome del QT corto
sindrome di Brugada|I49.8
pattern di Brugada
sindrome di Wolff-Parkinson-White|I45.6
WPW|I45.6|B
pre-eccitazione ventricolare|I45.6
preeccitazione ventricolare|I45.6
via accessoria
ipertrofia ventricolare sinistra|I51.7
IVS||A
ipertrofia ventricolare destra
ipertrofia ventricolare sinistra concentrica
rimodellamento concentrico
ipertrofia settale asimmetrica
ipertrofia del setto interventricolare
dilatazione ventricolare sinistra
dilatazione del ventricolo sinistro
dilatazione atriale
dilatazione atriale sinistra
dilatazione biatriale
dilatazione del ventricolo destro
dilatazione delle sezioni destre
dilatazione delle sezioni sinistre
ingrandimento atriale sinistro
cardiomegalia|I51.7
ombra cardiaca ingrandita
aumento dell'ombra cardiaca
arresto cardiaco|I46
arresto cardiocircolatorio|I46
ACC|I46|A
arresto cardiorespiratorio|I46
ACR||A
morte cardiaca improvvisa|I46.1
arresto cardiaco extraospedaliero
OHCA||B
IHCA||B
ritmo defibrillabile
ritmo non defibrillabile
asistolia|I46
attività elettrica senza polso
PEA||A
dissociazione elettromeccanica
sincope cardiogena
sincope aritmica
difetto interatriale|Q21.1
DIA||A
forame ovale pervio|Q21.1
PFO|Q21.1|B
aneurisma del setto interatriale
difetto interventricolare|Q21.0
DIV||A
pervietà del dotto arterioso|Q25.0
dotto arterioso pervio|Q25.0
PDA||A
coartazione aortica|Q25.1
tetralogia di Fallot|Q21.3
trasposizione delle grandi arterie|Q20.3
anomalia di Ebstein|Q22.5
sindrome di Eisenmenger
ventricolo unico
canale atrioventricolare|Q21.2
stenosi polmonare valvolare congenita
aterosclerosi|I70
aterosclerosi generalizzata
aterosclerosi sistemica
ateromasia
ateromasia aortica
ateromasia carotidea
ateromasia calcifica
placca ateromasica
placca carotidea
placca ateromasica carotidea
placca fibrocalcifica
placca ulcerata
placca instabile
ispessimento medio-intimale
ispessimento intimale
IMT aumentato
vasculopatia
vasculopatia periferica
vasculopatia polidistrettuale
arteriopatia periferica|I73.9
arteriopatia obliterante periferica|I70.2
arteriopatia obliterante degli arti inferiori|I70.2
AOP||B
AOCP||B
arteriopatia obliterante cronica periferica|I70.2
PAD||A
claudicatio intermittens|I73.9
claudicatio
claudicatio intermittente|I73.9
claudicatio di fondo
ischemia critica dell'arto
ischemia critica
ischemia acuta dell'arto
ischemia acuta di arto inferiore
ischemia d'arto
ischemia arteriosa acuta
embolia arteriosa|I74
embolia periferica
trombosi arteriosa
ischemia mesenterica|K55.0
ischemia mesenterica acuta|K55.0
ischemia intestinale|K55.9
infarto intestinale|K55.0
angina abdominis|K55.1
colite ischemica|K55.9
sindrome di Leriche|I74.0
steal della succlavia
furto della succlavia
sindrome dello stretto toracico
fenomeno di Raynaud|I73.0
sindrome di Raynaud|I73.0
malattia di Raynaud|I73.0
acrocianosi
eritromelalgia
tromboangioite obliterante|I73.1
morbo di Buerger|I73.1
aneurisma aortico|I71.9
aneurisma dell'aorta|I71.9
aneurisma aortico addominale|I71.4
aneurisma dell'aorta addominale|I71.4
AAA|I71.4|B
aneurisma dell'aorta addominale sottorenale
aneurisma aortico toracico|I71.2
aneurisma dell'aorta toracica|I71.2
aneurisma dell'aorta ascendente
aneurisma toraco-addominale
aneurisma dell'aorta addominale rotto|I71.3
aneurisma aortico rotto
rottura di aneurisma aortico
aneurisma fissurato
aneurisma dell'arteria poplitea
aneurisma iliaco
aneurisma dell'arteria iliaca
aneurisma dell'arteria splenica
aneurisma viscerale
pseudoaneurisma
pseudoaneurisma femorale
pseudoaneurisma post-procedurale
fistola artero-venosa
dilatazione aortica
ectasia aortica
ectasia dell'aorta ascendente
dilatazione dell'aorta ascendente
dilatazione della radice aortica
dissezione aortica|I71.0
dissecazione aortica|I71.0
dissezione aortica di tipo A|I71.0
dissezione aortica di tipo B|I71.0
dissezione aortica tipo A|I71.0
dissezione aortica tipo B|I71.0
ematoma intramurale
ulcera penetrante aortica
sindrome aortica acuta
endoleak
aortite
arterite
arterite di Takayasu|M31.4
arterite di Horton|M31.6
arterite temporale|M31.6
arterite a cellule giganti|M31.6
vasculite
vasculite sistemica
vasculite cutanea
vasculite leucocitoclastica
vasculite ANCA-associata
granulomatosi con poliangioite|M31.3
granulomatosi di Wegener|M31.3
granulomatosi eosinofila con poliangioite|M30.1
sindrome di Churg-Strauss|M30.1
poliangioite microscopica|M31.7
poliarterite nodosa|M30.0
malattia di Kawasaki|M30.3
malattia di Behçet|M35.2
trombosi venosa profonda
TVP||B
TVP prossimale
TVP distale
trombosi venosa profonda prossimale
trombosi venosa profonda distale
trombosi venosa profonda dell'arto inferiore
trombosi venosa profonda dell'arto superiore
trombosi venosa profonda femoro-poplitea
trombosi venosa profonda ileo-femorale
trombosi venosa
trombosi venosa superficiale
tromboflebite|I80
tromboflebite superficiale
flebite|I80
flebite da catetere
trombosi della vena safena
trombosi da catetere venoso centrale
trombosi correlata a catetere
tromboembolismo venoso
TEV||B
malattia tromboembolica venosa
malattia tromboembolica
embolia polmonare|I26
EP|I26|A
embolia polmonare massiva|I26.0
embolia polmonare bilaterale
embolia polmonare segmentaria
embolia polmonare subsegmentaria
embolia polmonare ad alto rischio
embolia polmonare a rischio intermedio
embolia polmonare con cuore polmonare acuto|I26.0
tromboembolia polmonare|I26
TEP|I26|A
tromboembolismo polmonare|I26
microembolia polmonare
infarto polmonare|I26
trombosi della vena porta|I81
trombosi portale|I81
trombosi della vena splenica
trombosi mesenterica
trombosi della vena mesenterica superiore
trombosi delle vene sovraepatiche
sindrome di Budd-Chiari|I82.0
trombosi della vena cava inferiore
trombosi della vena giugulare
trombosi della vena succlavia
trombosi della vena ascellare
trombosi della vena renale
sindrome di Paget-Schroetter
sindrome post-trombotica|I87.0
insufficienza venosa|I87.2
insufficienza venosa cronica|I87.2
insufficienza venosa cronica degli arti inferiori|I87.2
IVC||A
varici|I83
varici degli arti inferiori|I83
vene varicose|I83
varicosi
varicosi degli arti inferiori
insufficienza safenica
insufficienza della grande safena
varicoflebite
capillari dilatati
ulcera venosa|I83.0
ulcera varicosa|I83.0
ulcera vascolare
ulcera arteriosa
ulcera mista
sincope|R55
sincope vasovagale|R55
sincope neuromediata
sincope riflessa
sincope ortostatica
sincope situazionale
sincope da minzione
sindrome del seno carotideo
ipersensibilità del seno carotideo
presincope
lipotimia|R55
episodio sincopale|R55
episodio lipotimico
malore
perdita di coscienza transitoria di natura sincopale
soffio cardiaco|R01.1
soffio sistolico|R01.1
soffio diastolico
soffio olosistolico
soffio sistolico eiettivo
soffio sistolico aortico
soffio sistolico puntale
soffio mesosistolico
soffio carotideo|R09.8
soffio addominale
soffio vascolare
sfregamento pericardico
terzo tono
ritmo di galoppo
toni cardiaci parafonici
toni parafonici
toni ovattati
polso irregolare
polso aritmico
polsi periferici assenti
polsi periferici iposfigmici
iposfigmia
turgore giugulare
turgore delle giugulari
distensione giugulare
reflusso epato-giugulare
cardiopalmo|R00.2
palpitazione|R00.2
palpito
batticuore
extrasistolia sintomatica
oppressione toracica
costrizione toracica
senso di oppressione toracica
dolore anginoso
equivalente anginoso
angor instabile
storia di cardiopatia
ictus cardioembolico
embolia cerebrale
embolia paradossa
emorragia
ematoma
""")

# ---------------------------------------------------------------------------
# Respiratory system (chapter X)
# ---------------------------------------------------------------------------
hand("respiratory", """
broncopneumopatia cronica ostruttiva|J44
BPCO|J44|B
BPCO riacutizzata|J44.1
riacutizzazione di BPCO|J44.1
BPCO riacutizzata|J44.1
broncopneumopatia cronica ostruttiva riacutizzata|J44.1
riacutizzazione bronchitica
BPCO enfisematosa
BPCO grave
BPCO severa
bronchite cronica|J42
bronchite cronica ostruttiva|J44
bronchite asmatica
bronchite acuta
broncospasmo
broncospasmo acuto
iperreattività bronchiale
enfisema polmonare|J43
enfisema|J43
enfisema centrolobulare
enfisema panlobulare
enfisema parasettale
enfisema bolloso
bolla enfisematosa
bolle apicali
asma|J45
asma bronchiale|J45
asma allergico|J45.0
asma allergica|J45.0
asma non allergica|J45.1
asma intrinseco
asma da sforzo
asma grave
asma severo
asma persistente
asma non controllato
asma professionale
crisi asmatica|J45.9
attacco d'asma
attacco asmatico
riacutizzazione asmatica
stato di male asmatico|J46
male asmatico|J46
ostruzione bronchiale
sindrome ostruttiva
deficit ventilatorio ostruttivo
deficit ventilatorio restrittivo
deficit ventilatorio misto
deficit ostruttivo
deficit restrittivo
sindrome restrittiva
air trapping
intrappolamento aereo
ipoventilazione
sindrome obesità-ipoventilazione|E66.2
sindrome da ipoventilazione
bronchiectasie|J47
bronchiectasia|J47
bronchiettasie|J47
insufficienza respiratoria|J96.9
insufficienza respiratoria acuta|J96.0
insufficienza respiratoria cronica|J96.1
insufficienza respiratoria cronica riacutizzata
insufficienza respiratoria acuta su cronica
insufficienza respiratoria ipossiemica
insufficienza respiratoria ipossiemica-ipercapnica
insufficienza respiratoria ipercapnica
insufficienza respiratoria di tipo 1
insufficienza respiratoria di tipo 2
insufficienza respiratoria globale
insufficienza respiratoria parziale
IRespA||B
IRA||A
distress respiratorio
distress respiratorio acuto
sindrome da distress respiratorio acuto|J80
ARDS|J80|B
ALI||A
ipossiemia|R09.0
ipossia|R09.0
desaturazione
desaturazione notturna
ipercapnia
ipercapnia cronica
acidosi respiratoria acuta
acidosi respiratoria cronica
ipocapnia
iperventilazione|R06.4
sindrome da iperventilazione
fibrosi polmonare|J84.1
fibrosi polmonare idiopatica|J84.1
FPI||A
IPF||B
pneumopatia interstiziale
interstiziopatia polmonare
interstiziopatia
malattia polmonare interstiziale
polmonite interstiziale non specifica
polmonite interstiziale usuale
UIP||B
NSIP||B
polmonite organizzativa
polmonite organizzativa criptogenetica
alveolite
alveolite allergica estrinseca|J67
polmonite da ipersensibilità|J67
pneumoconiosi
silicosi|J62
asbestosi|J61
placche pleuriche
ispessimento pleurico
pleurite|R09.1
pleurite secca
pleurite essudativa
pleurite tubercolare
pleurite con versamento
versamento pleurico|J90
versamento pleurico bilaterale|J90
versamento pleurico monolaterale
versamento pleurico basale
versamento pleurico saccato
versamento pleurico parapneumonico
versamento pleurico massivo
versamento pleurico lieve
falda di versamento pleurico
falda pleurica
emotorace|J94.2
chilotorace|J94.0
idrotorace
idropneumotorace
pneumotorace|J93
PNX|J93|B
pneumotorace spontaneo|J93.1
pneumotorace spontaneo primitivo|J93.1
pneumotorace spontaneo secondario
pneumotorace iperteso|J93.0
pneumotorace traumatico|S27.0
pneumotorace iatrogeno
pneumotorace apicale
pneumomediastino|J98.2
enfisema sottocutaneo|T79.7
enfisema sottocutaneo
atelettasia|J98.1
atelettasia lamellare
atelettasia basale
disventilazione
disventilazione basale
addensamento parenchimale
addensamento polmonare
addensamento flogistico
area di addensamento
consolidamento parenchimale
consolidamento polmonare
opacità polmonare
opacità a vetro smerigliato
vetro smerigliato
aree a vetro smerigliato
infiltrato polmonare
infiltrati polmonari bilaterali
infiltrato interstiziale
accentuazione della trama interstiziale
ispessimento dell'interstizio
ispessimento dei setti interlobulari
crazy paving
broncogramma aereo
ipodiafania
ipodiafania basale
nodulo polmonare solitario|R91
nodulo polmonare
micronodulo polmonare
nodulo subsolido
nodulo a vetro smerigliato
nodulo pleurico
massa polmonare
massa ilare
lesione polmonare
escavazione polmonare
caverna polmonare
cavitazione polmonare
cisti polmonare
granuloma polmonare
granuloma calcifico
esiti fibrotici
esiti fibrotici polmonari
esiti fibrocicatriziali
stria fibrotica
bronchiolite obliterante
bronchiolite respiratoria
bronchite cronica tabagica
tosse da ACE-inibitori
embolia gassosa
emottisi|R04.2
emoftoe|R04.2
emottisi massiva
emorragia alveolare
emorragia alveolare diffusa
ipertensione polmonare secondaria
ipertensione polmonare post-capillare
ipertensione polmonare pre-capillare
cuore polmonare cronico
proteinosi alveolare
linfangioleiomiomatosi
istiocitosi polmonare
sequestro polmonare
malformazione adenomatoide cistica
paralisi diaframmatica
paralisi del diaframma
paresi diaframmatica
relaxatio diaframmatica
sopraelevazione dell'emidiaframma
ernia diaframmatica|K44
singhiozzo|R06.6
singhiozzo persistente
tosse|R05
tosse secca
tosse produttiva
tosse stizzosa
tosse persistente
tosse cronica
tosse notturna
tosse insistente
tosse con espettorato
tosse catarrale
tosse grassa
tosse abbaiante
tosse convulsa
tosse emetizzante
tosse irritativa
tosse ricorrente
tosse post-infettiva
tosse da reflusso
espettorato purulento
escreato purulento
escreato muco-purulento
espettorazione
broncorrea
ipersecrezione bronchiale
ingombro bronchiale
ingombro catarrale
secrezioni bronchiali
dispnea|R06.0
dispnea da sforzo
dispnea da sforzo lieve
dispnea da sforzo moderato
dispnea da sforzi lievi
dispnea da sforzi moderati
dispnea a riposo
dispnea ingravescente
dispnea acuta
dispnea cronica
dispnea improvvisa
dispnea parossistica notturna
dispnea inspiratoria
dispnea espiratoria
dispnea mista
ortopnea|R06.0
platipnea
trepopnea
fame d'aria
tachipnea|R06.8
polipnea
bradipnea
apnea|R06.8
apnea notturna
respiro di Cheyne-Stokes
respiro di Kussmaul
respiro paradosso
respiro sibilante
respiro russante
respiro rumoroso
sibilo|R06.2
sibili
sibili espiratori
fischi espiratori
fischi e sibili
broncospasmo diffuso
rantolo
rantoli crepitanti
rantoli a piccole bolle
rantoli a medie bolle
rantoli a grosse bolle
rantoli basali
rantoli bibasali
rantoli umidi
crepitii
crepitii basali
crepitii bibasali
crepitii teleinspiratori
crepitii a velcro
ronchi
ronchi diffusi
gemiti
murmure vescicolare ridotto
riduzione del murmure vescicolare
MV ridotto
murmure vescicolare abolito
abolizione del murmure vescicolare
ipofonesi
ipofonesi basale
ottusità plessica
ottusità basale
iperfonesi
iperfonesi plessica
FVT ridotto
fremito vocale tattile ridotto
sfregamento pleurico
uso dei muscoli accessori
tirage
rientramenti intercostali
alitamento delle pinne nasali
respiro superficiale
dolore pleuritico
dolore pleurico
""")

# ---------------------------------------------------------------------------
# Digestive system (chapter XI)
# ---------------------------------------------------------------------------
hand("digestive", """
malattia da reflusso gastroesofageo|K21
MRGE|K21|B
reflusso gastroesofageo|K21
reflusso gastro-esofageo|K21
GERD|K21|B
esofagite|K20
esofagite da reflusso|K21.0
esofagite erosiva
esofagite eosinofila
esofagite da Candida
esofagite caustica
stenosi esofagea|K22.2
stenosi peptica dell'esofago
acalasia|K22.0
acalasia esofagea|K22.0
spasmo esofageo diffuso
diverticolo di Zenker
diverticolo esofageo
anello di Schatzki
sindrome di Mallory-Weiss|K22.6
lacerazione di Mallory-Weiss|K22.6
sindrome di Boerhaave
rottura esofagea
perforazione esofagea
varici esofagee|I85
varici esofagee sanguinanti|I85.0
varici gastriche
varici esofagee di grado F1
varici esofagee di grado F2
varici esofagee di grado F3
gastropatia da ipertensione portale
gastropatia congestizia
ernia iatale|K44
ernia iatale da scivolamento|K44
ernia iatale paraesofagea|K44
incontinenza cardiale
beanza cardiale
gastrite|K29
gastrite acuta|K29.1
gastrite cronica|K29.5
gastrite cronica atrofica|K29.4
gastrite atrofica|K29.4
gastrite erosiva
gastrite da Helicobacter pylori
gastrite da FANS
gastrite emorragica
gastrite autoimmune
gastropatia
gastropatia da FANS
gastroduodenite|K29.9
duodenite|K29.8
bulbite
infezione da Helicobacter pylori
dispepsia|K30
dispepsia funzionale|K30
sindrome dispeptica
ulcera peptica|K27
malattia peptica
ulcera gastrica|K25
ulcera duodenale|K26
ulcera bulbare|K26
ulcera gastrica sanguinante|K25.4
ulcera duodenale sanguinante|K26.4
ulcera perforata
ulcera gastrica perforata|K25.5
ulcera duodenale perforata|K26.5
ulcera peptica perforata|K27.5
ulcera da stress
ulcera anastomotica
erosioni gastriche
erosioni duodenali
gastroparesi
stenosi pilorica|K31.1
stenosi ipertrofica del piloro|Q40.0
ematemesi|K92.0
melena|K92.1
ematochezia|K92.2
rettorragia|K62.5
sangue nelle feci
sangue occulto fecale positivo
emorragia digestiva|K92.2
emorragia gastrointestinale|K92.2
emorragia digestiva alta
emorragia digestiva bassa
emorragia del tratto gastrointestinale superiore
emorragia del tratto gastrointestinale inferiore
sanguinamento gastrointestinale
sanguinamento digestivo
EDA||A
angiodisplasia|K55.2
angiodisplasie intestinali
angiodisplasia del colon|K55.2
lesione di Dieulafoy
ectasia vascolare antrale gastrica
GAVE||B
stomaco ad anguria
ernia inguinale|K40
ernia inguinale diretta|K40
ernia inguinale indiretta|K40
ernia inguinale bilaterale|K40.2
ernia inguino-scrotale
ernia inguinale strozzata
ernia inguinale incarcerata
ernia crurale|K41
ernia femorale|K41
ernia ombelicale|K42
ernia epigastrica|K43
ernia della linea alba
ernia della parete addominale|K43
ernia incisionale|K43
laparocele|K43
laparocele mediano
ernia parastomale
ernia di Spigelio
ernia strozzata
ernia incarcerata
ernia interna
diastasi dei muscoli retti
diastasi dei retti
appendicite|K37
appendicite acuta|K35
appendicite acuta perforata
appendicite perforata
appendicite gangrenosa
appendicite flemmonosa
appendicite retrocecale
plastrone appendicolare
ascesso appendicolare
mucocele appendicolare
peritonite appendicolare
diverticolosi|K57
diverticolosi del colon|K57.3
diverticolosi del sigma|K57.3
diverticolosi colica|K57.3
malattia diverticolare|K57
malattia diverticolare del colon|K57
malattia diverticolare sintomatica
diverticolite|K57
diverticolite acuta|K57
diverticolite complicata
diverticolite non complicata
diverticolite perforata
diverticolite del sigma
ascesso diverticolare
diverticolo di Meckel|Q43.0
malattia infiammatoria cronica intestinale|K50
MICI||A
IBD||B
morbo di Crohn|K50
malattia di Crohn|K50
Crohn|K50
ileite terminale|K50.0
ileite
colite ulcerosa|K51
rettocolite ulcerosa|K51
RCU|K51|B
proctite
proctite ulcerosa
proctite attinica
colite|K52.9
colite acuta
colite infettiva
colite microscopica
colite collagenosica|K52.8
colite linfocitica|K52.8
colite attinica
colite indeterminata
pancolite
pouchite
enterite attinica
enteropatia
enteropatia proteino-disperdente
malassorbimento|K90.9
sindrome da malassorbimento|K90.9
celiachia|K90.0
malattia celiaca|K90.0
morbo celiaco|K90.0
enteropatia da glutine|K90.0
sprue celiaca|K90.0
dermatite erpetiforme|L13.0
sindrome dell'intestino irritabile|K58
IBS||B
colon irritabile|K58
sindrome del colon irritabile|K58
colite spastica
colon spastico
meteorismo|R14
flatulenza|R14
gonfiore addominale|R14
tensione addominale
distensione addominale|R14
addome disteso
addome globoso
addome meteorico
sovracrescita batterica intestinale
SIBO||B
disbiosi intestinale
stipsi|K59.0
stitichezza|K59.0
stipsi cronica
stipsi ostinata
stipsi funzionale
costipazione|K59.0
alvo chiuso
alvo chiuso a feci e gas
alvo stitico
alvo irregolare
alvo alterno
alvo diarroico
fecaloma|K56.4
coprostasi
impatto fecale
occlusione intestinale|K56
occlusione intestinale meccanica
subocclusione intestinale
subocclusione
quadro subocclusivo
quadro occlusivo
ileo|K56.7
ileo paralitico|K56.0
ileo meccanico
ileo adinamico
ileo biliare|K56.3
ileo post-operatorio
volvolo|K56.2
volvolo del sigma|K56.2
volvolo del cieco
invaginazione intestinale|K56.1
intussuscezione|K56.1
briglia aderenziale
sindrome aderenziale
aderenze peritoneali|K66.0
sindrome di Ogilvie|K59.8
pseudo-ostruzione intestinale
megacolon|K59.3
megacolon tossico
dolicocolon
morbo di Hirschsprung|Q43.1
malattia di Hirschsprung|Q43.1
perforazione intestinale|K63.1
perforazione del colon
perforazione gastrica
perforazione di viscere cavo
perforazione intestinale
pneumoperitoneo|K66.8
aria libera in addome
raccolta addominale
raccolta fluida
raccolta perianastomotica
raccolta pelvica
raccolta sottoepatica
raccolta subfrenica
deiscenza anastomotica
fistola anastomotica
fistola entero-cutanea
fistola enterocutanea
fistola retto-vaginale
fistola colo-vescicale
fistola enterovescicale
fistola anale|K60.3
fistola perianale|K60.3
fistola sacro-coccigea
ragade anale|K60.2
ragade|K60.2
emorroidi|K64
malattia emorroidaria|K64
patologia emorroidaria
emorroidi interne|K64
emorroidi esterne|K64
trombosi emorroidaria|K64.5
prolasso emorroidario
prolasso rettale|K62.3
prolasso mucoso rettale
rettocele|N81.6
cisti pilonidale|L05
sinus pilonidale|L05
incontinenza fecale|R15
incontinenza anale|R15
tenesmo|R19.8
tenesmo rettale
proctalgia
proctalgia fugace
prurito anale|L29.0
diarrea|A09
diarrea acuta
diarrea cronica
diarrea acquosa
diarrea profusa
diarrea muco-ematica
diarrea ematica
diarrea muco-sanguinolenta
diarrea del viaggiatore
diarrea post-antibiotica
diarrea da antibiotici
diarrea notturna
scariche diarroiche
alvo diarroico
feci liquide
feci acoliche
feci picee
feci ipocoliche
steatorrea|K90.4
dolore addominale|R10.4
nausea|R11
vomito|R11
nausea e vomito|R11
conati di vomito
conati
vomito alimentare
vomito biliare
vomito enterico
vomito fecaloide
vomito caffeano
vomito incoercibile
vomito a getto
vomito ripetuto
vomito post-prandiale
vomito ematico
iperemesi
rigurgito
rigurgito acido
pirosi|R12
pirosi retrosternale|R12
bruciore di stomaco|R12
bruciore retrosternale
acidità di stomaco
eruttazione
eruttazioni
singulto
disfagia|R13
disfagia per i solidi
disfagia per i liquidi
disfagia ai solidi
disfagia paradossa
disfagia orofaringea
disfagia esofagea
odinofagia
bolo alimentare
ostruzione da bolo alimentare
corpo estraneo esofageo
corpo estraneo ingerito
ingestione di caustici
ingestione di corpo estraneo
inappetenza|R63.0
anoressia|R63.0|A
iporessia
perdita di appetito
calo dell'appetito
sazietà precoce|R68.8
senso di pienezza post-prandiale
pesantezza post-prandiale
difficoltà digestive
digestione lenta
alitosi
xerostomia
stomatite|K12
stomatite aftosa|K12.0
afta|K12.0
afte orali|K12.0
aftosi orale
aftosi
mucosite
mucosite orale
glossite|K14.0
cheilite|K13.0
gengivite|K05.1
gengivite acuta|K05.0
parodontite|K05.3
parodontopatia|K05
piorrea
carie|K02
carie dentale|K02
pulpite|K04.0
ascesso dentale|K04.7
ascesso periapicale|K04.7
granuloma apicale
ascesso odontogeno
malocclusione
mal di denti
odontalgia|K08.8
edentulia|K08.1
bruxismo
disfunzione temporo-mandibolare
leucoplachia|K13.2
lichen orale
ipertrofia gengivale
sanguinamento gengivale
colelitiasi|K80
calcolosi della colecisti|K80
calcolosi colecistica|K80
litiasi biliare|K80
calcolosi biliare|K80
colecistolitiasi|K80
colecistite|K81
colecistite acuta|K81.0
colecistite acuta litiasica|K80.0
colecistite litiasica
colecistite cronica|K81.1
colecistite alitiasica
colecistite gangrenosa
colecistite acuta gangrenosa
colecistite enfisematosa
idrope della colecisti
idrope colecistico
colecisti a porcellana
colica biliare|K80
colica epatica
coledocolitiasi|K80.5
calcolosi del coledoco|K80.5
litiasi coledocica|K80.5
microlitiasi biliare
fango biliare
sludge biliare
sabbia biliare
colangite|K83.0
colangite acuta|K83.0
colangite ascendente|K83.0
colangite sclerosante primitiva|K83.0
colangite biliare primitiva|K74.3
cirrosi biliare primitiva|K74.3
colestasi|K83.1
colestasi intraepatica
colestasi extraepatica
ittero ostruttivo|K83.1
ittero colestatico
stenosi biliare
stenosi del coledoco
dilatazione delle vie biliari
dilatazione delle vie biliari intraepatiche
dilatazione del coledoco
ectasia delle vie biliari
cisti del coledoco|Q44.4
polipo della colecisti
colesterolosi della colecisti
colecisti sclero-atrofica
sindrome di Mirizzi
sindrome post-colecistectomia|K91.5
disfunzione dello sfintere di Oddi
pancreatite|K85
pancreatite acuta|K85
pancreatite acuta biliare|K85.1
pancreatite acuta alcolica|K85.2
pancreatite acuta edematosa
pancreatite acuta interstiziale edematosa
pancreatite acuta necrotico-emorragica
pancreatite necrotizzante
pancreatite acuta grave
pancreatite post-ERCP
pancreatite cronica|K86.1
pancreatite cronica alcolica|K86.0
pancreatite cronica riacutizzata
pancreatite autoimmune
pseudocisti pancreatica|K86.3
cisti pancreatica
necrosi pancreatica
walled-off necrosis
insufficienza pancreatica esocrina|K86.8
insufficienza pancreatica
pancreas divisum
cirrosi epatica|K74.6
cirrosi|K74.6
cirrosi epatica compensata
cirrosi epatica scompensata
cirrosi epatica alcolica|K70.3
cirrosi alcolica|K70.3
cirrosi epatica HCV-correlata
cirrosi epatica HBV-correlata
cirrosi epatica post-virale
cirrosi epatica criptogenetica
cirrosi epatica dismetabolica
epatopatia
epatopatia cronica
epatopatia cronica HCV-correlata
epatopatia cronica HBV-correlata
epatopatia alcolica|K70.9
epatopatia dismetabolica
epatopatia steatosica
malattia epatica cronica
epatite|K75.9
epatite acuta
epatite cronica|K73.9
epatite alcolica|K70.1
epatite alcolica acuta|K70.1
epatite autoimmune|K75.4
epatite tossica|K71
epatite da farmaci|K71
danno epatico da farmaci
DILI||B
epatotossicità
insufficienza epatica|K72.9
insufficienza epatica acuta|K72.0
insufficienza epatica fulminante|K72.0
insufficienza epatica cronica
insufficienza epatica acuta su cronica
ACLF||B
scompenso epatico
scompenso ascitico
cirrosi scompensata
encefalopatia epatica|K72.9
encefalopatia porto-sistemica
coma epatico|K72.9
flapping tremor
asterixis
sindrome epatorenale|K76.7
sindrome epatopolmonare|K76.8
ipertensione portale|K76.6
shunt porto-sistemico
circolo collaterale
circolo venoso collaterale
capo di medusa
spider naevi
eritema palmare
ascite|R18
ascite moderata
ascite massiva
ascite modesta
ascite refrattaria
ascite tesa
versamento ascitico
versamento peritoneale
falda di versamento peritoneale
falda ascitica
falda liquida perisplenica
falda liquida periepatica
falda liquida nel Douglas
liquido libero in addome
liquido libero nel Douglas
emoperitoneo|K66.1
peritonite batterica
steatosi epatica|K76.0
steatosi epatica lieve
steatosi epatica moderata
steatosi epatica severa
steatosi epatica diffusa
fegato steatosico
fegato grasso
epatosteatosi
steatosi epatica non alcolica|K76.0
malattia epatica grassa non alcolica|K76.0
NAFLD|K76.0|B
MASLD||B
MAFLD||B
steatoepatite non alcolica|K75.8
steatoepatite
NASH|K75.8|B
MASH||B
fibrosi epatica|K74.0
epatomegalia|R16.0
epatosplenomegalia|R16.2
fegato ingrandito
fegato bozzuto
epatopatia congestizia
fegato da stasi
cisti epatica
cisti epatiche multiple
policistosi epatica
angioma epatico
lesione focale epatica
nodulo epatico
nodulo di rigenerazione
ittero|R17
ittero sclerale|R17
subittero|R17
subittero sclerale|R17
sub-ittero
colorito itterico
iperbilirubinemia|E80.7
iperbilirubinemia coniugata
iperbilirubinemia indiretta
sindrome di Gilbert|E80.4
ipertransaminasemia|R74.0
rialzo delle transaminasi
transaminasi elevate
aumento delle transaminasi
citolisi epatica
colestasi biochimica
indici di colestasi elevati
aumento della GGT
GGT elevate
splenomegalia|R16.1
milza ingrandita
splenomegalia congestizia
infarto splenico|D73.5
rottura splenica
rottura di milza
milza accessoria
lesione splenica
""")

# ---------------------------------------------------------------------------
# Skin and subcutaneous tissue (chapter XII)
# ---------------------------------------------------------------------------
hand("skin", """
dermatite|L30.9
dermatite atopica|L20
eczema atopico|L20
eczema|L30.9
eczema disidrosico
disidrosi|L30.1
dermatite da contatto|L25
dermatite allergica da contatto|L23
dermatite irritativa da contatto|L24
dermatite seborroica|L21
dermatite da pannolino|L22
dermatite periorale
dermatite da stasi
dermatite eczematosa
eczema nummulare
eczema delle mani
neurodermite
lichen simplex cronico
psoriasi|L40
psoriasi volgare|L40.0
psoriasi a placche|L40.0
psoriasi guttata|L40.4
psoriasi pustolosa|L40.1
psoriasi inversa
psoriasi del cuoio capelluto
psoriasi ungueale
artrite psoriasica|L40.5
eritrodermia
lichen planus|L43
lichen ruber planus|L43
lichen sclero-atrofico
lichen scleroatrofico
pitiriasi rosea|L42
pitiriasi alba
orticaria|L50
orticaria acuta
orticaria cronica
orticaria cronica spontanea
orticaria allergica
orticaria da freddo
orticaria fisica
dermografismo
angioedema|T78.3
edema di Quincke|T78.3
angioedema ereditario|D84.1
angioedema da ACE-inibitori
pomfo
pomfi
eritema
eritema nodoso|L52
eritema multiforme|L51
eritema solare
eritema migrante
eritema cutaneo
rash cutaneo|R21
rash|R21
rash maculo-papulare|R21
rash morbilliforme
esantema|R21
esantema maculo-papuloso
esantema virale
eruzione cutanea|R21
eruzione da farmaci
reazione cutanea da farmaci
tossicodermia
sindrome di Stevens-Johnson|L51.1
necrolisi epidermica tossica|L51.2
sindrome di Lyell|L51.2
DRESS||A
pustolosi esantematica acuta generalizzata
prurito|L29
prurito diffuso
prurito generalizzato
prurito cutaneo
prurito sine materia
prurito notturno
prurigo
lesioni da grattamento
escoriazioni da grattamento
acne|L70
acne volgare|L70.0
acne giovanile
acne rosacea|L71
rosacea|L71
couperose
follicolite della barba
idrosadenite suppurativa|L73.2
alopecia|L65.9
alopecia areata|L63
alopecia androgenetica|L64
caduta dei capelli
calvizie
irsutismo
ipertricosi
onicocriptosi|L60.0
unghia incarnita|L60.0
onicodistrofia
onicolisi
vitiligine|L80
melasma
discromia
iperpigmentazione cutanea
ipopigmentazione
cheratosi attinica|L57.0
cheratosi seborroica|L82
cheratosi
ipercheratosi
callosità
callo
durone
verruca|B07
verruca volgare|B07
verruca plantare|B07
verruche
mollusco contagioso|B08.1
nevo
nevo atipico
nevo melanocitico
nevo congenito
angioma cutaneo
angioma rubino
angioma piano
emangioma infantile
granuloma piogenico
cisti sebacea|L72.1
cisti epidermoide|L72.0
cisti tricolemmale
ateroma||A
lipoma sottocutaneo
fibroma penduolo
acrocordone
cheloide|L91.0
cicatrice ipertrofica|L91.0
cicatrice cheloidea|L91.0
esito cicatriziale
cicatrice retraente
xerosi cutanea
xerosi
cute secca
ittiosi|Q80
iperidrosi|R61
sudorazione profusa
sudorazione notturna
sudorazioni notturne
diaforesi
cute sudata
pemfigo|L10
pemfigo volgare|L10.0
pemfigoide|L12
pemfigoide bolloso|L12.0
epidermolisi bollosa
bolla cutanea
flittena
flittene
vescicola
lupus eritematoso cutaneo
lupus eritematoso discoide|L93.0
sclerodermia localizzata
morfea|L94.0
ulcera cutanea|L98.4
ulcera cronica
ulcera trofica
lesione cutanea
lesione ulcerativa
lesione ulcerata
lesione pigmentata
lesione eritematosa
lesione eritemato-desquamativa
lesione papulosa
lesione nodulare sottocutanea
lesione vescicolare
macchia cutanea
macula
papula
placca eritematosa
nodulo sottocutaneo
nodulo cutaneo
tumefazione sottocutanea
necrosi cutanea
gangrena|R02
gangrena secca
gangrena umida
gangrena del piede
gangrena delle dita
necrosi delle dita
piaga
decubito
escara|L89
escara sacrale
macerazione cutanea
intertrigine|L30.4
dermatite intertriginosa
dermatite associata a incontinenza
ustione solare|L55
eritema da raggi solari
fotodermatite
fotosensibilità
orticaria solare
pallore|R23.1
pallore cutaneo
cute pallida
colorito pallido
cute marezzata
marezzatura cutanea
livedo reticularis
cianosi|R23.0
cianosi periferica
cianosi centrale
cianosi delle labbra
acrocianosi
cute fredda
estremità fredde
cute calda
iperemia cutanea
flushing
vampate di calore|N95.1
vampate
ecchimosi diffuse
ematoma sottocutaneo
petecchie
porpora cutanea
teleangectasia
ragadi
ragadi cutanee
fissurazioni cutanee
""")

# ---------------------------------------------------------------------------
# Musculoskeletal and connective tissue (chapter XIII)
# ---------------------------------------------------------------------------
hand("musculoskeletal", """
artrosi|M19.9
osteoartrosi|M19.9
osteoartrite|M19.9
artrosi primaria
artrosi secondaria
poliartrosi|M15
artrosi diffusa
gonartrosi|M17
artrosi del ginocchio|M17
coxartrosi|M16
artrosi dell'anca|M16
rizartrosi|M18
artrosi trapezio-metacarpale|M18
artrosi della spalla|M19.0
omartrosi
artrosi acromion-claveare
artrosi della caviglia
artrosi delle mani
noduli di Heberden
noduli di Bouchard
spondiloartrosi|M47
spondiloartrosi cervicale|M47.8
spondiloartrosi lombare|M47.8
spondiloartrosi dorsale
spondilosi|M47
spondilosi cervicale
spondilosi lombare
cervicoartrosi|M47.8
uncoartrosi
artrosi interapofisaria
artrosi zigoapofisaria
discopatia|M51
discopatia degenerativa
discopatia lombare
discopatia cervicale
discopatia multipla
discopatia multilivello
degenerazione discale
disidratazione discale
protrusione discale
protrusione discale lombare
protrusione discale cervicale
bulging discale
ernia discale|M51.2
ernia del disco|M51.2
ernia discale lombare|M51.2
ernia discale cervicale|M50.2
ernia discale dorsale
ernia discale espulsa
ernia discale migrata
ernia discale mediana
ernia discale paramediana
ernia discale foraminale
ernia discale intraforaminale
ernia di Schmorl
stenosi del canale vertebrale|M48.0
stenosi del canale lombare|M48.0
stenosi del canale cervicale
canale vertebrale stretto
stenosi foraminale
stenosi dei forami di coniugazione
spondilolistesi|M43.1
anterolistesi
retrolistesi
spondilolisi|M43.0
scoliosi|M41
scoliosi idiopatica|M41.1
scoliosi idiopatica adolescenziale
scoliosi degenerativa
atteggiamento scoliotico
cifosi|M40.2
ipercifosi dorsale
iperlordosi lombare
rettilineizzazione della lordosi cervicale
rettilineizzazione del rachide cervicale
inversione della lordosi cervicale
morbo di Scheuermann|M42.0
dorso curvo
spondilite anchilosante|M45
spondilite anchilopoietica|M45
spondiloartrite|M46.9
spondiloartrite assiale
spondiloartrite sieronegativa
sacroileite|M46.1
artrite|M13.9
poliartrite|M13.0
oligoartrite
monoartrite
artrite reumatoide|M06.9
AR||A
artrite reumatoide sieropositiva|M05
artrite reumatoide sieronegativa|M06.0
artrite idiopatica giovanile|M08
artrite reattiva|M02
artrite psoriasica
artrite enteropatica
artrite da microcristalli
artrite microcristallina
condrocalcinosi|M11.2
pseudogotta|M11.2
malattia da deposito di pirofosfato di calcio
artropatia
artropatia gottosa
artropatia psoriasica
artropatia di Charcot
piede di Charcot
emartro
idrarto|M25.4
versamento articolare|M25.4
versamento articolare del ginocchio
tumefazione articolare
sinovite|M65.9
sinovite villonodulare
tenosinovite|M65.9
tenosinovite stenosante|M65.3
dito a scatto|M65.3
tenosinovite di De Quervain|M65.4
malattia di De Quervain|M65.4
lupus eritematoso sistemico|M32
LES|M32|B
lupus|M32
nefrite lupica
sclerosi sistemica|M34
SSc||B
sclerodermia|M34
sindrome CREST|M34.1
sindrome di Sjögren|M35.0
connettivite
connettivite indifferenziata
connettivite mista
malattia mista del tessuto connettivo|M35.1
polimialgia reumatica|M35.3
PMR||A
fibromialgia|M79.7
sindrome fibromialgica|M79.7
malattia di Still dell'adulto|M06.1
sindrome da anticorpi antifosfolipidi
malattia reumatica infiammatoria
reumatismo
reumatismo extra-articolare
osteoporosi|M81
osteoporosi post-menopausale|M81.0
osteoporosi senile|M81.0
osteoporosi severa
osteoporosi da glucocorticoidi
osteoporosi secondaria
osteoporosi con fratture|M80
osteoporosi fratturativa|M80
osteopenia|M85.8
demineralizzazione ossea
morbo di Paget|M88
malattia ossea di Paget|M88
osteodistrofia renale|N25.0
osteonecrosi|M87
necrosi avascolare
necrosi asettica
necrosi asettica della testa del femore|M87
osteonecrosi della testa del femore|M87
osteonecrosi della mandibola
osteonecrosi da bifosfonati
morbo di Perthes|M91.1
malattia di Legg-Calvé-Perthes|M91.1
epifisiolisi femorale
morbo di Osgood-Schlatter|M92.5
osteocondrite
osteocondrite dissecante|M93.2
algodistrofia|M89.0
sindrome algodistrofica|M89.0
sindrome dolorosa regionale complessa|M89.0
CRPS||B
morbo di Sudeck|M89.0
periartrite scapolo-omerale|M75.0
PSO||A
capsulite adesiva|M75.0
spalla congelata|M75.0
spalla dolorosa
sindrome da conflitto subacromiale|M75.4
conflitto subacromiale|M75.4
impingement subacromiale|M75.4
tendinopatia della cuffia dei rotatori
tendinite della cuffia dei rotatori
lesione della cuffia dei rotatori|M75.1
rottura della cuffia dei rotatori|M75.1
lesione del sovraspinato
rottura del sovraspinato
tendinopatia calcifica
tendinite calcifica|M75.3
tendinite calcifica della spalla|M75.3
borsite|M71.9
borsite subacromiale|M75.5
borsite subacromion-deltoidea
borsite olecranica|M70.2
borsite prepatellare|M70.4
borsite trocanterica|M70.6
borsite anserina
epicondilite|M77.1
epicondilite laterale|M77.1
gomito del tennista|M77.1
epitrocleite|M77.0
epicondilite mediale|M77.0
gomito del golfista|M77.0
tendinite|M77.9
tendinopatia
tendinite achillea|M76.6
tendinopatia achillea
tendinopatia rotulea
tendinite rotulea
tendinite del tibiale posteriore
tendinopatia dei glutei
entesite
entesopatia
fascite plantare|M72.2
spina calcaneare|M77.3
sperone calcaneare|M77.3
talalgia
tallodinia
metatarsalgia|M77.4
alluce valgo|M20.1
alluce rigido|M20.2
dito a martello|M20.4
piede piatto|M21.4
piede cavo|Q66.7
piattismo plantare
ginocchio valgo|M21.0
ginocchio varo|M21.1
dismetria degli arti inferiori
contrattura di Dupuytren|M72.0
morbo di Dupuytren|M72.0
cisti di Baker|M71.2
cisti poplitea|M71.2
cisti sinoviale
ganglio
cisti artrogena
cisti tendinea
gonalgia|M25.5
coxalgia
omalgia
lesione meniscale|S83.2
lesione del menisco mediale|S83.2
lesione del menisco laterale|S83.2
meniscopatia degenerativa
rottura meniscale
condropatia
condropatia rotulea
condromalacia rotulea|M22.4
condromalacia
sindrome femoro-rotulea
instabilità rotulea
lussazione recidivante di rotula
instabilità di spalla
instabilità del ginocchio
instabilità della caviglia
rigidità articolare
limitazione funzionale
limitazione articolare
impotenza funzionale
anchilosi
contrattura articolare
contrattura muscolare
contrattura
lombalgia|M54.5
lombalgia acuta|M54.5
lombalgia cronica|M54.5
lombalgia meccanica
colpo della strega
lombosciatalgia|M54.4
lombosciatalgia destra|M54.4
lombosciatalgia sinistra|M54.4
lombocruralgia
dorsalgia|M54.9
dorsolombalgia
cervicalgia|M54.2
cervicalgia acuta
torcicollo|M43.6
torcicollo miogeno
rachialgia
rachialgia diffusa
coccigodinia|M53.3
pubalgia
mal di schiena
mal di schiena cronico
sindrome miofasciale
mialgia|M79.1
mialgia diffusa
artralgia|M25.5
artralgia diffusa
poliartralgia
ossalgia
crampo muscolare|R25.2
crampi muscolari|R25.2
crampi notturni
crampo
fascicolazioni
ipotrofia muscolare
atrofia muscolare
ipotonotrofia muscolare
debolezza muscolare|M62.8
affaticabilità muscolare
sindrome compartimentale|T79.6
sindrome compartimentale acuta|T79.6
miosite ossificante
calcificazioni periarticolari
calcificazioni dei tessuti molli
esostosi
osteofitosi
osteofiti
becco osteofitico
sclerosi subcondrale
geode subcondrale
edema osseo
edema spongioso
contusione ossea
frattura da fragilità
frattura patologica|M84.4
frattura da stress|M84.3
frattura da insufficienza
frattura da osteoporosi|M80
crollo vertebrale
cedimento vertebrale
crollo somatico vertebrale
schiacciamento vertebrale
frattura vertebrale da osteoporosi|M80
deformità vertebrale
pseudoartrosi|M84.1
ritardo di consolidazione|M84.2
consolidazione viziosa|M84.0
mobilizzazione di protesi
mobilizzazione asettica di protesi
lussazione di protesi d'anca
lussazione di protesi
usura del polietilene
frattura periprotesica
displasia congenita dell'anca|Q65
displasia dell'anca|Q65
lussazione congenita dell'anca|Q65
piede torto congenito|Q66.0
""")

# ---------------------------------------------------------------------------
# Genitourinary system (chapter XIV): renal, urological, male genital, breast
# ---------------------------------------------------------------------------
hand("renal_urological", """
insufficienza renale|N19
insufficienza renale acuta|N17
insufficienza renale cronica|N18
IRC|N18|B
insufficienza renale cronica terminale|N18.5
insufficienza renale terminale|N18.5
uremia terminale|N18.5
ESRD||B
insufficienza renale cronica riacutizzata
insufficienza renale acuta su cronica
insufficienza renale acuta prerenale
insufficienza renale acuta pre-renale
insufficienza renale acuta renale
insufficienza renale acuta post-renale
insufficienza renale acuta ostruttiva
insufficienza renale funzionale
danno renale acuto|N17
AKI|N17|B
danno renale acuto su cronico
malattia renale cronica|N18
MRC|N18|A
CKD|N18|B
malattia renale cronica stadio 1|N18.1
malattia renale cronica stadio 2|N18.2
malattia renale cronica stadio 3|N18.3
malattia renale cronica stadio 3a|N18.3
malattia renale cronica stadio 3b|N18.3
malattia renale cronica stadio 4|N18.4
malattia renale cronica stadio 5|N18.5
insufficienza renale cronica stadio III|N18.3
insufficienza renale cronica stadio IIIa|N18.3
insufficienza renale cronica stadio IIIb|N18.3
insufficienza renale cronica stadio IV|N18.4
insufficienza renale cronica stadio V|N18.5
IRC stadio III|N18.3
IRC stadio IV|N18.4
nefropatia
nefropatia cronica
nefropatia ipertensiva|I12
nefroangiosclerosi|I12
nefroangiosclerosi ipertensiva|I12
nefropatia vascolare
nefropatia ischemica
nefropatia da mezzo di contrasto
nefropatia da contrasto
nefropatia da IgA|N02.8
malattia di Berger|N02.8
nefropatia membranosa
glomerulonefrite|N05
glomerulonefrite acuta|N00
glomerulonefrite cronica|N03
glomerulonefrite rapidamente progressiva|N01
glomerulonefrite post-streptococcica
glomerulonefrite membranoproliferativa
glomerulosclerosi focale segmentaria
glomerulopatia
sindrome nefrosica|N04
sindrome nefritica|N05
sindrome nefritica acuta|N00
sindrome di Alport|Q87.8
sindrome di Goodpasture|M31.0
nefrite interstiziale|N12
nefrite interstiziale acuta|N10
nefrite tubulo-interstiziale
necrosi tubulare acuta|N17.0
NTA||B
tubulopatia
acidosi tubulare renale|N25.8
rene policistico|Q61.3
malattia policistica renale|Q61.3
rene policistico autosomico dominante|Q61.2
ADPKD||B
cisti renale|N28.1
cisti renale semplice|N28.1
cisti renali multiple
cisti corticale renale
cisti parapielica
rene grinzo
rene unico
monorene
rene a ferro di cavallo|Q63.1
agenesia renale|Q60
ipoplasia renale
ectopia renale
doppio distretto renale
stenosi dell'arteria renale|I70.1
stenosi dell'arteria renale bilaterale
displasia fibromuscolare
infarto renale|N28.0
calcolosi renale|N20.0
litiasi renale|N20.0
nefrolitiasi|N20.0
calcolo renale|N20.0
calcolosi urinaria|N20.9
urolitiasi|N20.9
calcolosi ureterale|N20.1
calcolo ureterale|N20.1
litiasi ureterale|N20.1
calcolosi reno-ureterale|N20.2
calcolosi vescicale|N21.0
calcolo vescicale|N21.0
calcolosi a stampo
nefrocalcinosi|N25.8
microlitiasi renale
colica renale|N23
colica reno-ureterale|N23
colica renale destra|N23
colica renale sinistra|N23
idronefrosi|N13.3
idronefrosi di I grado
idronefrosi di II grado
idronefrosi di III grado
idroureteronefrosi|N13.3
ureteroidronefrosi
dilatazione pielica
dilatazione delle cavità renali
dilatazione calico-pielica
ectasia pielica
ectasia calico-pielica
uropatia ostruttiva|N13.9
ostruzione urinaria
ostruzione ureterale
stenosi del giunto pielo-ureterale|Q62.1
sindrome del giunto pielo-ureterale|Q62.1
stenosi ureterale
stenosi uretrale|N35
reflusso vescico-ureterale|N13.7
pielonefrite|N12
pielonefrite acuta|N10
pielonefrite cronica|N11
pielonefrite acuta ostruttiva
pielonefrite enfisematosa
ascesso renale
cistite|N30
cistite acuta|N30.0
cistite ricorrente
cistite emorragica
cistite interstiziale|N30.1
cistite attinica|N30.4
uretrite
prostatite|N41
prostatite acuta|N41.0
prostatite cronica|N41.1
orchite|N45
epididimite|N45
orchiepididimite|N45
iperplasia prostatica benigna|N40
IPB|N40|B
ipertrofia prostatica|N40
ipertrofia prostatica benigna|N40
adenoma prostatico|N40
prostata ingrandita
nodulo prostatico
PSA elevato
PSA aumentato
sintomi del basso tratto urinario
LUTS||B
disuria|R30.0
stranguria
pollachiuria|R35
nicturia|R35
urgenza minzionale
minzione imperiosa
poliuria|R35
oliguria|R34
anuria|R34
oligoanuria|R34
ritenzione urinaria|R33
ritenzione urinaria acuta|R33
ritenzione acuta d'urina|R33
globo vescicale|R33
residuo post-minzionale
residuo post-minzionale significativo
svuotamento vescicale incompleto
getto urinario ipovalido
mitto ipovalido
esitazione minzionale
gocciolamento post-minzionale
incontinenza urinaria|R32
incontinenza urinaria da sforzo|N39.3
incontinenza da urgenza|N39.4
incontinenza urinaria da urgenza|N39.4
incontinenza urinaria mista
incontinenza da rigurgito
vescica iperattiva|N32.8
vescica neurologica|N31.9
vescica neurogena|N31.9
diverticolo vescicale
vescica da sforzo
ematuria|R31
macroematuria|R31
microematuria|R31
ematuria macroscopica|R31
ematuria microscopica|R31
ematuria totale
emospermia
piuria|R82.8
leucocituria
batteriuria|R82.7
proteinuria|R80
proteinuria nefrosica
microalbuminuria|R80
albuminuria|R80
macroalbuminuria
cilindruria
urine torbide
urine maleodoranti
urine scure
urine ipercromiche
urine color marsala
urine schiumose
mioglobinuria
emoglobinuria
cristalluria
iperazotemia
azotemia|R39.2
uremia|N19
sindrome uremica
ipercreatininemia
creatinina elevata
peggioramento della funzione renale
deterioramento della funzione renale
riduzione del filtrato glomerulare
fistola artero-venosa malfunzionante
fistola artero-venosa trombizzata
varicocele|I86.1
idrocele|N43
spermatocele|N43.4
cisti dell'epididimo
criptorchidismo|Q53
testicolo ritenuto|Q53
testicolo mobile
ectopia testicolare
torsione del testicolo|N44
torsione testicolare|N44
torsione del funicolo spermatico|N44
torsione dell'idatide
dolore testicolare
massa testicolare
fimosi|N47
parafimosi|N47
balanite|N48.1
balanopostite|N48.1
induratio penis plastica|N48.6
malattia di La Peyronie|N48.6
priapismo|N48.3
ipospadia|Q54
epispadia
infertilità maschile|N46
azoospermia|N46
oligospermia
oligoastenospermia
infertilità di coppia
ginecomastia
mastopatia fibrocistica|N60.1
mastopatia
displasia mammaria
cisti mammaria|N60.0
nodulo mammario
mastodinia|N64.4
mastalgia|N64.4
galattorrea|N64.3
secrezione dal capezzolo
telorragia
ascesso mammario
""")

# ---------------------------------------------------------------------------
# Gynaecology and obstetrics (chapters XIV / XV)
# ---------------------------------------------------------------------------
hand("obstetrics_gynaecology", """
gestosi|O14.9
preeclampsia|O14
pre-eclampsia|O14
preeclampsia grave|O14.1
preeclampsia severa|O14.1
eclampsia|O15
sindrome HELLP|O14.2
HELLP|O14.2|B
ipertensione gestazionale|O13
ipertensione in gravidanza|O13
ipertensione indotta dalla gravidanza|O13
ipertensione cronica in gravidanza|O10
diabete in gravidanza
iperemesi gravidica|O21
vomito gravidico
minaccia d'aborto|O20.0
minaccia di aborto|O20.0
aborto spontaneo|O03
aborto interno|O02.1
aborto ritenuto|O02.1
aborto incompleto
aborto completo
aborto abituale|N96
aborto ricorrente|N96
poliabortività|N96
aborto settico
gravidanza extrauterina|O00
gravidanza ectopica|O00
gravidanza tubarica|O00.1
gravidanza ectopica rotta
uovo chiaro|O02.0
gravidanza anembrionica|O02.0
morte endouterina fetale|O36.4
MEF||A
morte fetale intrauterina|O36.4
minaccia di parto pretermine|O60.0
minaccia di parto prematuro|O60.0
MPP||B
parto pretermine|O60
parto prematuro|O60
travaglio pretermine
rottura prematura delle membrane|O42
PROM||B
pPROM||B
rottura pretermine delle membrane|O42
rottura prematura pretermine delle membrane|O42
corioamnionite|O41.1
infezione amniotica
placenta previa|O44
placenta previa centrale
placenta previa marginale
placenta bassa
placenta accreta|O43.2
placenta percreta|O43.2
placenta increta|O43.2
distacco di placenta|O45
distacco intempestivo di placenta|O45
distacco di placenta normalmente inserita|O45
distacco placentare|O45
insufficienza placentare|O36.5
restrizione della crescita fetale|O36.5
ritardo di crescita intrauterino|O36.5
IUGR|O36.5|B
FGR||B
feto piccolo per l'epoca gestazionale
macrosomia fetale|O36.6
oligoidramnios|O41.0
polidramnios|O40
anidramnios
sofferenza fetale|O68.9
sofferenza fetale acuta|O68.9
bradicardia fetale
tracciato cardiotocografico patologico
presentazione podalica|O32.1
presentazione anomala
presentazione di spalla
gravidanza gemellare|O30.0
gravidanza multipla|O30
gravidanza a rischio
gravidanza ad alto rischio
gravidanza protratta|O48
gravidanza oltre termine|O48
colestasi gravidica|O26.6
colestasi intraepatica della gravidanza|O26.6
anemia in gravidanza
infezione urinaria in gravidanza
isoimmunizzazione Rh|O36.0
incompatibilità materno-fetale
incompatibilità Rh
cervice incompetente
incompetenza cervicale|O34.3
insufficienza cervicale|O34.3
raccorciamento cervicale
cervice raccorciata
distocia|O66.9
distocia di spalla|O66.0
sproporzione feto-pelvica|O33.9
travaglio prolungato|O63
travaglio distocico
arresto della dilatazione
mancata progressione del travaglio
emorragia post-partum|O72
emorragia del post-partum|O72
EPP||A
atonia uterina|O72.1
ritenzione placentare|O73
ritenzione di materiale placentare|O73.1
residui placentari
rottura d'utero|O71.1
rottura uterina|O71.1
inversione uterina
lacerazione perineale|O70
lacerazione perineale di III grado|O70.2
lacerazione perineale di IV grado|O70.3
lacerazione vaginale
deiscenza della ferita laparotomica
deiscenza dell'episiorrafia
ematoma dell'episiorrafia
infezione puerperale|O86
endometrite puerperale|O86.1
febbre puerperale
mastite puerperale
ragadi del capezzolo
ingorgo mammario|O92.2
ipogalattia
agalassia
psicosi puerperale
depressione post-partum
baby blues
embolia di liquido amniotico|O88.1
trombosi in gravidanza
cardiomiopatia peripartum
amenorrea|N91.2
amenorrea primaria|N91.0
amenorrea secondaria|N91.1
oligomenorrea|N91.5
polimenorrea|N92.0
menorragia|N92.0
ipermenorrea|N92.0
metrorragia|N92.1
menometrorragia|N92.1
spotting
perdite ematiche vaginali
sanguinamento vaginale
sanguinamento uterino anomalo
sanguinamento post-menopausale|N95.0
metrorragia post-menopausale|N95.0
dismenorrea|N94.6
sindrome premestruale|N94.3
dispareunia|N94.1
vaginismo|N94.2
irregolarità mestruali
ciclo irregolare
ciclo mestruale irregolare
sindrome dell'ovaio policistico|E28.2
ovaio policistico|E28.2
PCOS|E28.2|B
endometriosi|N80
endometriosi ovarica|N80.1
endometrioma|N80.1
cisti endometriosica|N80.1
endometriosi profonda
adenomiosi|N80.0
cisti ovarica|N83.2
cisti ovarica funzionale
cisti follicolare|N83.0
cisti del corpo luteo|N83.1
cisti luteinica|N83.1
cisti emorragica ovarica
rottura di cisti ovarica
torsione ovarica|N83.5
torsione annessiale|N83.5
massa annessiale
formazione annessiale
cisti annessiale
idrosalpinge|N70.1
sactosalpinge
salpingite|N70.9
annessite|N70.9
ooforite
malattia infiammatoria pelvica
vaginite|N76.0
vulvovaginite|N76.0
vulvite
cervicite|N72
leucorrea
perdite vaginali
prurito vulvare|L29.2
bartolinite|N75.1
ascesso della ghiandola di Bartolini|N75.1
cisti di Bartolini|N75.0
cisti del Bartolini|N75.0
fibroma uterino|D25
mioma uterino|D25
leiomioma uterino|D25
miomatosi uterina|D25
utero miomatoso|D25
mioma sottosieroso
mioma intramurale
mioma sottomucoso
polipo endometriale|N84.0
polipo cervicale|N84.1
iperplasia endometriale|N85.0
iperplasia endometriale atipica|N85.1
ispessimento endometriale
atrofia endometriale
atrofia vaginale|N95.2
vaginite atrofica|N95.2
sindrome genito-urinaria della menopausa
prolasso uterino|N81.2
prolasso genitale|N81
prolasso utero-vaginale|N81
prolasso vaginale
cistocele|N81.1
colpocele
enterocele
rettocele
isterocele
sindrome climaterica
sindrome menopausale
disturbi della menopausa
menopausa precoce
infertilità femminile|N97
infertilità|N97
sterilità
ipofertilità
anovulatorietà
sindrome da iperstimolazione ovarica|N98.1
pap test anomalo
ASCUS||B
displasia cervicale|N87
displasia della cervice uterina|N87
ectropion cervicale
ectopia cervicale
""")

# ---------------------------------------------------------------------------
# Perinatal and paediatric conditions (chapter XVI and common paediatric problems)
# ---------------------------------------------------------------------------
hand("perinatal_paediatric", """
prematurità|P07.3
neonato pretermine|P07.3
grave prematurità|P07.2
basso peso alla nascita|P07.1
peso molto basso alla nascita
neonato piccolo per l'età gestazionale|P05.1
SGA||B
neonato grande per l'età gestazionale
LGA||B
ittero neonatale|P59.9
iperbilirubinemia neonatale|P59.9
ittero fisiologico
ittero da latte materno|P59.3
malattia emolitica del neonato|P55
malattia emolitica neonatale|P55
eritroblastosi fetale|P55
kernittero|P57
sindrome da distress respiratorio neonatale|P22.0
malattia delle membrane ialine|P22.0
tachipnea transitoria del neonato|P22.1
sindrome da aspirazione di meconio|P24.0
asfissia neonatale|P21
asfissia perinatale|P21
encefalopatia ipossico-ischemica neonatale|P91.6
displasia broncopolmonare|P27.1
apnea del prematuro|P28.4
enterocolite necrotizzante|P77
NEC||A
emorragia intraventricolare neonatale
leucomalacia periventricolare|P91.2
persistenza del dotto arterioso
sepsi neonatale precoce
sepsi neonatale tardiva
ipoglicemia neonatale|P70.4
ipocalcemia neonatale
policitemia neonatale
crisi convulsive neonatali
convulsioni neonatali|P90
cefaloematoma|P12.0
tumore da parto|P12.3
paralisi ostetrica del plesso brachiale|P14.0
frattura della clavicola da parto|P13.4
onfalite neonatale
granuloma ombelicale
ernia ombelicale congenita
idrocele congenito
sindrome da astinenza neonatale|P96.1
calo ponderale eccessivo del neonato
scarso accrescimento ponderale
scarso accrescimento
arresto della crescita staturo-ponderale
ritardo di crescita staturo-ponderale
failure to thrive
difficoltà di alimentazione
difficoltà di suzione
rigurgito neonatale
reflusso gastroesofageo del lattante
coliche del lattante|R10.4
colica gassosa
pianto inconsolabile
pianto incoercibile
dermatite seborroica del lattante
crosta lattea|L21.0
eritema da pannolino|L22
miliaria|L74.0
sudamina|L74.0
mughetto del neonato
stenosi ipertrofica del piloro
invaginazione intestinale del lattante
displasia evolutiva dell'anca
BRUE||B
ALTE||B
evento apparentemente pericoloso per la vita
SIDS||B
sindrome della morte improvvisa del lattante|R95
febbre del lattante
laringite ipoglottica
laringite ipoglottica acuta
croup virale
bronchiolite del lattante
wheezing
wheezing ricorrente
respiro sibilante ricorrente
asma infantile
otite media ricorrente
faringotonsillite ricorrente
tonsilliti ricorrenti
infezioni respiratorie ricorrenti
adenoidite cronica
dolori di crescita
ritardo dello sviluppo psicomotorio
ritardo dello sviluppo
disturbo del neurosviluppo
sindrome di Reye|G93.7
sindrome di West|G40.4
spasmi infantili
sindrome di Lennox-Gastaut|G40.4
sindrome di Dravet
epilessia rolandica
epilessia assenza dell'infanzia
spasmi affettivi
crisi di apnea affettiva
sindrome di Kawasaki
sindrome infiammatoria multisistemica pediatrica
MIS-C||B
porpora di Henoch-Schönlein
sinovite transitoria dell'anca|M67.3
anca irritabile
pronazione dolorosa|S53.0
gomito della balia|S53.0
fimosi fisiologica
ipertrofia adenoidea
pectus excavatum|Q67.6
petto escavato|Q67.6
pectus carinatum|Q67.7
""")

# ---------------------------------------------------------------------------
# Congenital malformations and chromosomal abnormalities (chapter XVII)
# ---------------------------------------------------------------------------
hand("congenital", """
sindrome di Down|Q90
trisomia 21|Q90
trisomia 18|Q91.3
sindrome di Edwards|Q91.3
trisomia 13|Q91.7
sindrome di Patau|Q91.7
sindrome di Turner|Q96
sindrome di Klinefelter|Q98.4
sindrome dell'X fragile|Q99.2
sindrome di DiGeorge|D82.1
delezione 22q11
sindrome di Williams
sindrome di Noonan|Q87.1
sindrome di Prader-Willi|Q87.1
sindrome di Angelman|Q93.5
sindrome di Rett|F84.2
sindrome di Marfan|Q87.4
sindrome di Ehlers-Danlos|Q79.6
osteogenesi imperfetta|Q78.0
acondroplasia|Q77.4
labiopalatoschisi|Q37
labioschisi|Q36
palatoschisi|Q35
schisi del palato|Q35
anencefalia|Q00.0
encefalocele
microcefalia|Q02
macrocefalia
idrocefalo congenito|Q03
agenesia del corpo calloso|Q04.0
oloprosencefalia
atresia esofagea|Q39.0
fistola tracheo-esofagea|Q39.1
atresia duodenale|Q41.0
atresia intestinale
malrotazione intestinale|Q43.3
onfalocele|Q79.2
gastroschisi|Q79.3
ernia diaframmatica congenita|Q79.0
atresia delle vie biliari|Q44.2
atresia biliare|Q44.2
malformazione anorettale
ano imperforato|Q42.3
sindrome di Alagille
rene multicistico displasico
valvole dell'uretra posteriore|Q64.2
estrofia vescicale|Q64.1
ipospadia
cardiopatia congenita cianogena
cardiopatia congenita complessa
sindrome del cuore sinistro ipoplasico|Q23.4
atresia polmonare|Q22.0
atresia della tricuspide|Q22.4
ritorno venoso polmonare anomalo
arco aortico destro
vena cava superiore sinistra persistente
destrocardia|Q24.0
situs inversus|Q89.3
sindrome di Kartagener|Q89.3
discinesia ciliare primaria
polidattilia|Q69
sindattilia|Q70
agenesia di arto
artrogriposi|Q74.3
torcicollo congenito|Q68.0
sindrome di Klippel-Feil
malformazione congenita
anomalia congenita
sindrome genetica
sindrome malformativa
anomalia cromosomica
cromosomopatia
dismorfismi facciali
malattia rara
malattia genetica
emangioma congenito
nevo gigante congenito
sindrome di Sturge-Weber|Q85.8
sindrome di von Hippel-Lindau|Q85.8
telangiectasia emorragica ereditaria|I78.0
malattia di Rendu-Osler-Weber|I78.0
sindrome di Rendu-Osler|I78.0
sindrome di Peutz-Jeghers|Q85.8
""")

# ---------------------------------------------------------------------------
# General symptoms and signs (chapter XVIII)
# ---------------------------------------------------------------------------
hand("symptoms_signs", """
febbre|R50.9
febbricola|R50.9
iperpiressia|R50.9
piressia|R50.9
stato febbrile|R50.9
rialzo febbrile|R50.9
rialzi febbrili|R50.9
rialzo termico|R50.9
rialzi termici|R50.9
puntata febbrile
picco febbrile
temperatura elevata
ipertermia|R68.0
ipertermia maligna|T88.3
colpo di calore|T67.0
colpo di sole|T67.0
ipotermia|T68
ipotermia accidentale|T68
brivido|R68.8
brividi
brivido scuotente
brividi scuotenti
astenia|R53
astenia marcata
astenia generalizzata
stanchezza|R53|A
affaticabilità|R53
facile affaticabilità|R53
affaticamento|R53
spossatezza|R53
fatigue
sindrome da fatica cronica|G93.3
malessere|R53
malessere generale|R53
malessere generalizzato|R53
calo ponderale|R63.4
perdita di peso|R63.4
dimagrimento|R63.4
calo di peso|R63.4
calo ponderale involontario|R63.4
aumento ponderale|R63.5
incremento ponderale|R63.5
aumento di peso|R63.5
ritenzione idrica|R60.9
edema|R60.9
edema declive
edema periferico|R60.0
edema degli arti inferiori|R60.0
edema agli arti inferiori|R60.0
edema malleolare|R60.0
edema perimalleolare|R60.0
edema pretibiale
edema improntabile
edema con fovea
edema a mantellina
edema generalizzato|R60.1
anasarca|R60.1
edema del volto
edema palpebrale
edema sacrale
edema scrotale
edema dell'arto superiore
edema dell'arto inferiore
edema declive|R60.0
lipedema
podagra|M10
edema della mano
edema del piede
gonfiore alle gambe
gonfiore delle caviglie
gambe gonfie
caviglie gonfie
linfedema
cefalea|R51
mal di testa|R51
cefalea frontale
cefalea occipitale
cefalea nucale
cefalea temporale
cefalea parietale
cefalea olocranica
cefalea emicranica
cefalea gravativa
cefalea pulsante
cefalea trafittiva
cefalea a rombo di tuono
cefalea ingravescente
cefalea persistente
cefalea cronica
cefalea acuta
cefalea intensa
cefalea mattutina
cefalea notturna
cefalea muscolo-tensiva
cefalea secondaria
cefalea primaria
cefalea nucale gravativa
cefalea frontale gravativa
cefalalgia|R51
cefalgia|R51
vertigine|R42
vertigini|R42
vertigine soggettiva
vertigine oggettiva
vertigine rotatoria
vertigine posizionale
vertigine acuta
sensazione di instabilità
sbandamento
disequilibrio
capogiro|R42
giramento di testa|R42
testa vuota
stordimento
sensazione di testa leggera
obnubilamento
sensazione di svenimento
svenimento|R55
mancamento
cadute ripetute
caduta accidentale
caduta a terra
sincope con trauma
dolore toracico|R07.4
dolore al petto|R07.4
dolore precordiale|R07.2
dolore retrosternale|R07.4
toracalgia|R07.4
toracoalgia
dolore toracico atipico|R07.4
dolore toracico tipico
dolore toracico non cardiaco
dolore toracico oppressivo
dolore toracico costrittivo
dolore toracico puntorio
dolore toracico trafittivo
dolore toracico urente
dolore toracico acuto
dolore toracico da sforzo
dolore toracico a riposo
dolore toracico irradiato
dolore toracico irradiato al braccio sinistro
dolore toracico irradiato alla mandibola
dolore toracico irradiato al dorso
dolore toracico irradiato alla schiena
dolore toracico irradiato agli arti superiori
dolore toracico respiro-dipendente
dolore toracico posizionale
dolore toracico pleuritico
dolore toracico muscolo-scheletrico
dolore retrosternale oppressivo
dolore retrosternale costrittivo
dolore retrosternale urente
dolore precordiale oppressivo
dolore interscapolare
dolore toracico lancinante
dolore toracico trafittivo irradiato al dorso
dolore emitoracico
dolore costale
dolore parasternale
dolore addominale acuto|R10.0
addome acuto|R10.0
dolore addominale cronico
dolore addominale ricorrente
dolore addominale diffuso|R10.4
dolore addominale generalizzato|R10.4
dolore addominale localizzato
dolore addominale crampiforme
dolore addominale colico
dolore addominale continuo
dolore addominale intenso
dolore addominale post-prandiale
dolore addominale trafittivo
dolore addominale gravativo
dolore addominale urente
dolore addominale superiore|R10.1
dolore addominale inferiore|R10.3
dolore addominale alto
dolore addominale basso
dolore periombelicale
dolore mesogastrico
dolore ipogastrico
dolore sovrapubico
dolore epigastrico|R10.1
epigastralgia|R10.1
gastralgia
dolore in fossa iliaca destra|R10.3
dolore in fossa iliaca sinistra|R10.3
dolore all'ipocondrio destro
dolore all'ipocondrio sinistro
dolore in ipocondrio destro
dolore in ipocondrio sinistro
dolore al fianco
dolore al fianco destro
dolore al fianco sinistro
dolore lombare
dolore lombare acuto
dolore lombare cronico
dolore dorsale
dolore dorso-lombare
dolore cervicale
dolore pelvico|R10.2
dolore pelvico cronico
dolore perineale
dolore inguinale
dolore scrotale
dolore sacrale
dolore gluteo
dolore anale
dolore rettale
dolore alla minzione
bruciore minzionale
bruciore alla minzione
dolore colico
dolore crampiforme
dolore urente
dolore trafittivo
dolore puntorio
dolore gravativo
dolore oppressivo
dolore lancinante
dolore sordo
dolore pulsante
dolore acuto|R52.0
dolore cronico|R52.2
dolore cronico benigno
dolore cronico oncologico
dolore oncologico
dolore neoplastico
dolore da metastasi ossee
dolore episodico intenso
breakthrough pain
dolore incidente
dolore neuropatico
dolore nocicettivo
dolore misto
dolore post-operatorio
dolore post-chirurgico
dolore procedurale
dolore diffuso
dolore generalizzato
dolore articolare
dolore muscolare
dolore osseo
dolore radicolare
dolore irradiato
dolore riferito
dolore all'arto inferiore
dolore all'arto superiore
dolore agli arti inferiori
dolore al braccio
dolore alla gamba
dolore al polpaccio
dolore alla coscia
dolore al ginocchio
dolore all'anca
dolore alla spalla
dolore al gomito
dolore al polso
dolore alla mano
dolore alla caviglia
dolore al piede
dolore al tallone
dolore all'alluce
dolore al collo
dolore alla schiena
dolore alla gola
dolore all'orecchio
dolore oculare
dolore retro-orbitario
dolore facciale
dolore mandibolare
dolore dentale
dolore alla deglutizione
dolore al seno
dolore mammario
dolore testicolare acuto
dolore all'emicostato
dolore alla palpazione
dolorabilità
dolorabilità addominale
dolorabilità alla palpazione
dolenzia
dolenzia addominale
addome dolente
addome dolente alla palpazione
addome trattabile dolente
addome teso
addome non trattabile
addome a tavola
difesa addominale
difesa muscolare
contrattura addominale
reazione peritoneale
peritonismo
segno di Blumberg positivo
Blumberg positivo
Murphy positivo
segno di Murphy positivo
Giordano positivo
segno di Giordano positivo
manovra di Giordano positiva
Lasègue positivo
segno di Lasègue positivo
Homans positivo
segno di Homans positivo
Babinski positivo
segno di Babinski
Mingazzini positivo
Romberg positivo
Kernig positivo
Brudzinski positivo
rigidità nucale
peristalsi assente
peristalsi torpida
peristalsi ridotta
peristalsi metallica
borborigmi
timpanismo
timpanismo addominale
plicatura cutanea
cute disidratata
mucose asciutte
mucose disidratate
lingua asciutta
lingua impaniata
lingua arida
disidratazione cutanea
turgore cutaneo ridotto
riempimento capillare rallentato
tempo di riempimento capillare allungato
tachicardia sinusale
polso debole
polso filiforme
polso piccolo e frequente
polso tachicardico
polso bradicardico
ipertensione sistolica
ipotensione sistolica
iposfigmia radiale
iperpnea
dispnea da decubito
cachessia
aspetto cachettico
facies sofferente
facies cushingoide
facies lunare
facies mitralica
facies ippocratica
iperemia del faringe
faringe iperemico
tonsille ipertrofiche
essudato tonsillare
placche tonsillari
membrana timpanica iperemica
timpano estroflesso
timpano iperemico
linfonodi laterocervicali palpabili
tumefazione laterocervicale
tumefazione
tumefazione dolente
gonfiore
massa palpabile
massa addominale palpabile
massa pulsante
organomegalia
visceromegalia
sonnolenza marcata
sopore profondo
GCS ridotto
stato stuporoso
pupille midriatiche
midriasi|H57.0
miosi
pupille miotiche
pupille anisocoriche
pupille areagenti
deviazione dello sguardo
deviazione coniugata dello sguardo
deviazione della rima buccale
ipostenia emisomatica
ipostenia dell'arto superiore
ipostenia degli arti inferiori
ipoestesia emisomatica
iporeflessia
areflessia
iperreflessia
clono
clono achilleo
riflessi osteotendinei vivaci
riflessi osteotendinei assenti
ROT assenti
ROT vivaci
tremori
tremore fine
tremore delle mani
scosse miocloniche
mioclonie
scosse tonico-cloniche
perdita del controllo sfinterico
morsus linguae
morsicatura della lingua
perdita di urine
stato post-critico
confusione post-critica
rallentamento ideomotorio
rallentamento psicomotorio
bradipsichia
bradicinesia
acinesia
ipomimia
marcia a piccoli passi
festinazione
freezing
disturbo della deambulazione
difficoltà alla deambulazione
difficoltà deambulatoria
impossibilità alla deambulazione
impotenza funzionale dell'arto
instabilità della marcia
andatura instabile
cadute frequenti
sindrome da immobilizzazione
allettamento
sindrome ipocinetica
fragilità
sindrome della fragilità
sindrome geriatrica
polipatologia
multimorbidità
""")

# ---------------------------------------------------------------------------
# Abnormal findings: laboratory (stated as a finding) and imaging / instrumental
# ---------------------------------------------------------------------------
hand("findings", """
iperglicemia a digiuno
glicemia alta
glicemia elevata
emoglobina glicata elevata
scompenso glicemico acuto
ipoalbuminemia
ipoprotidemia
iperprotidemia
ipergammaglobulinemia
gammopatia policlonale
picco monoclonale
componente monoclonale
ipertransaminasemia lieve
iperamilasemia|R74.8
iperlipasemia
rialzo della lipasi
rialzo della amilasi
ipersideremia
iposideremia
iperferritinemia
ferritina elevata
ipoferritinemia
iperuricemia asintomatica
ipercolesterolemia LDL
iperazotemia
iperlattacidemia
lattati elevati
iperlattatemia
iperammoniemia
iperprolattinemia
ipercortisolismo subclinico
ipercortisolemia
ipertireotropinemia
TSH elevato
TSH soppresso
iperparatormonemia
PTH elevato
ipovitaminosi B12
ipercalciuria
iperuricosuria
ipocitraturia
iperossaluria
ipercoagulabilità
iperfibrinogenemia
ipofibrinogenemia
D-dimero elevato
D-dimero aumentato
INR elevato
INR sovraterapeutico
INR labile
INR subterapeutico
allungamento del PT
allungamento dell'aPTT
PT allungato
aPTT allungato
coagulopatia da anticoagulanti
sovradosaggio di anticoagulante
eccessiva anticoagulazione
PCR elevata
PCR aumentata
rialzo della PCR
rialzo degli indici di flogosi
indici di flogosi elevati
indici di flogosi aumentati
aumento degli indici di flogosi
incremento degli indici di flogosi
VES elevata
VES aumentata
procalcitonina elevata
procalcitonina aumentata
troponina elevata
rialzo della troponina
incremento della troponina
curva troponinica positiva
troponina positiva
troponinemia
NT-proBNP elevato
BNP elevato
CPK elevata
rialzo del CPK
iperCKemia
ipertrigliceridemia severa
creatininemia elevata
rialzo della creatinina
incremento della creatinina
aumento della creatininemia
creatinina aumentata
iperazotemia prerenale
ipoalbuminuria
emoglobina bassa
Hb ridotta
calo dell'emoglobina
calo di Hb
riduzione dell'emoglobina
anemizzazione acuta
emoglobina ridotta
ematocrito basso
globuli bianchi alti
globuli bianchi bassi
piastrine basse
piastrine alte
sodio basso
potassio basso
potassio alto
glicosuria
chetonemia
alterazione della funzionalità epatica
alterazione degli indici di funzionalità epatica
alterazione degli indici di funzione renale
alterazione della funzione renale
alterazione della funzionalità renale
funzionalità renale alterata
funzione renale ridotta
alterazioni ematochimiche
squilibrio acido-base
acidosi metabolica con gap anionico aumentato
gap anionico aumentato
ipossiemia lieve
ipossiemia severa
ipossiemia con ipocapnia
ipossiemia con ipercapnia
ipossiemia ipercapnica
alcalosi mista
desaturazione ossiemoglobinica
SpO2 ridotta
saturazione ridotta
bassa saturazione
sangue occulto positivo
SOF positivo
esame urine patologico
urinocoltura positiva
emocoltura positiva
coprocoltura positiva
tampone positivo
tampone faringeo positivo
tampone rettale positivo
positività al tampone
positività per SARS-CoV-2
sierologia positiva
positività anticorpale
ANA positivi
autoimmunità positiva
fattore reumatoide positivo
anti-CCP positivi
sieropositività
sieroconversione
marcatori tumorali elevati
CEA elevato
CA 19-9 elevato
CA 125 elevato
PSA in aumento
alfafetoproteina elevata
ritmo non sinusale
ritmo da pacemaker
malfunzionamento del pacemaker
malfunzionamento di pacemaker
malfunzione del pacemaker
esaurimento della batteria del pacemaker
dislocazione dell'elettrocatetere
dislocazione di elettrocatetere
shock inappropriato del defibrillatore
intervento appropriato dell'ICD
cardiomegalia radiologica
ombra cardiaca aumentata
slargamento del mediastino
allargamento mediastinico
mediastino slargato
ilo polmonare ingrandito
ili congesti
congestione ilare
ridistribuzione del circolo polmonare
ridistribuzione vascolare
linee B di Kerley
strie di Kerley
linee B
sindrome interstiziale
sindrome interstiziale diffusa
obliterazione del seno costofrenico
seno costofrenico obliterato
emidiaframma sopraelevato
livelli idroaerei
livelli idroaerei intestinali
anse intestinali distese
distensione delle anse
anse dilatate
distensione gastrica
dilatazione gastrica
stomaco dilatato
aerocolia
aria libera sottodiaframmatica
falce aerea sottodiaframmatica
versamento perisplenico
versamento periepatico
versamento nel Douglas
versamento articolare modesto
versamento subacromiale
ispessimento della parete colecistica
ispessimento parietale
ispessimento parietale del colon
ispessimento delle pareti intestinali
ispessimento della parete vescicale
vescica a pareti ispessite
colecisti distesa
colecisti idropica
colecisti contratta
reni di dimensioni ridotte
reni piccoli
iperecogenicità renale
iperecogenicità corticale renale
ridotto spessore corticale
assottigliamento corticale renale
fegato iperecogeno
fegato dismorfico
fegato cirrotico
ecostruttura epatica disomogenea
ecostruttura epatica steatosica
iperecogenicità epatica
milza aumentata di volume
pancreas ingrandito
pancreas disomogeneo
pancreas edematoso
dilatazione del dotto di Wirsung
dotto di Wirsung dilatato
calcificazioni pancreatiche
calcificazioni vascolari
calcificazioni aortiche
calcificazioni coronariche
calcificazioni valvolari
calcificazioni parenchimali
calcificazione
microcalcificazioni
microcalcificazioni mammarie
microcalcificazioni tiroidee
area ipodensa
area ipodensa cerebrale
lesione ipodensa
lesione iperdensa
lesione ipoecogena
lesione iperecogena
lesione ipointensa
lesione iperintensa
area di ipodensità
area di alterato segnale
alterazione di segnale
iperintensità della sostanza bianca
iperintensità periventricolari
gliosi
area gliotica
esiti gliotici
esiti ischemici
esiti ischemici cerebrali
esiti di pregressa ischemia
esiti di lesione ischemica
atrofia cerebrale|G31.9
atrofia cortico-sottocorticale
atrofia corticale
atrofia cerebellare
atrofia ippocampale
dilatazione ventricolare
ampliamento degli spazi liquorali
ventricolomegalia
sofferenza ischemica cronica
sofferenza vascolare cronica
alterazioni vascolari croniche
area di ischemia recente
segni di ischemia acuta
segno della cerebrale media iperdensa
occlusione dei grossi vasi
occlusione dell'arteria cerebrale media
occlusione dell'arteria basilare
trombosi dell'arteria basilare
occlusione della carotide interna
occlusione carotidea
stenosi carotidea|I65.2
stenosi carotidea emodinamicamente significativa
stenosi carotidea critica
stenosi carotidea asintomatica
stenosi carotidea sintomatica
stenosi della carotide interna|I65.2
stenosi della carotide comune
stenosi dell'arteria vertebrale|I65.0
stenosi della succlavia
stenosi dell'arteria succlavia
stenosi dell'arteria femorale superficiale
stenosi femoro-poplitea
stenosi iliaca
stenosi dell'arteria iliaca
stenosi dell'arteria poplitea
ostruzione femoro-poplitea
occlusione dell'arteria femorale superficiale
occlusione femoro-poplitea
occlusione iliaca
occlusione dell'arteria poplitea
stenosi del tripode celiaco
stenosi dell'arteria mesenterica superiore
stenosi intracranica
stenosi dell'arteria cerebrale media
stenosi critica
stenosi subocclusiva
stenosi emodinamicamente significativa
subocclusione
lesione stenosante
lesione ostruttiva
plurime lesioni ateromasiche
reperto di ischemia
ipoperfusione
ipoperfusione cerebrale
ipoperfusione miocardica
difetto di perfusione
ipocaptazione
ipercaptazione
area di ipercaptazione
captazione patologica
ipermetabolismo
lesione ipermetabolica
focolaio ipermetabolico
lesione osteolitica
lesione osteoaddensante
lesione osteoblastica
lesione osteosclerotica
lesione litica
lesione ossea
lesioni ossee secondarie
lesione ossea sospetta
area di rarefazione ossea
rarefazione ossea
osteoporosi radiologica
riduzione dello spazio articolare
riduzione della rima articolare
pinzamento articolare
pinzamento discale
riduzione dello spazio discale
riduzione dell'altezza del disco
rima di frattura
linea di frattura
esiti di frattura
esiti di pregressa frattura
esiti consolidati di frattura
frattura consolidata
callo osseo esuberante
corpo estraneo radiopaco
corpo mobile articolare
reperto patologico
reperto anomalo
alterazione ecografica
massa solida
massa cistica
formazione cistica
formazione nodulare
formazione solida
formazione espansiva
lesione focale
lesione nodulare
lesione occupante spazio
lesione cistica
lesione solida
lesione complessa
lesione sospetta
lesione dubbia
immagine nodulare
nodulo
nodulo solido
nodulo ipoecogeno
nodulo iperecogeno
nodulo isoecogeno
nodulo calcifico
noduli multipli
micronodulo
adenomegalia
linfonodo ingrandito
linfonodo palpabile
linfonodo aumentato di volume
linfonodo patologico
linfonodi di aspetto reattivo
linfonodo sospetto
soffio olosistolico mitralico
""")

# ---------------------------------------------------------------------------
# Injuries, poisoning, external causes (chapter XIX) – hand-written part
# ---------------------------------------------------------------------------
hand("injuries", """
trauma
politrauma|T07
politraumatismo|T07
trauma maggiore
trauma cranico|S09.9
trauma cranico minore
trauma cranico lieve
trauma cranico commotivo
trauma cranico non commotivo
trauma cranico con perdita di coscienza
trauma cranico senza perdita di coscienza
trauma cranico grave
trauma cranio-encefalico
trauma cranio-facciale
trauma facciale
trauma toracico
trauma toracico chiuso
trauma addominale
trauma addominale chiuso
trauma toraco-addominale
trauma del bacino
trauma pelvico
trauma vertebrale
trauma vertebro-midollare
trauma cervicale
trauma distorsivo cervicale
colpo di frusta|S13.4
distorsione del rachide cervicale|S13.4
trauma della colonna
trauma contusivo
trauma contusivo-distorsivo
trauma da caduta
trauma da incidente stradale
trauma penetrante
trauma chiuso
trauma minore
trauma oculare
trauma dentale
trauma dentario
trauma del ginocchio
trauma della spalla
trauma della mano
trauma del piede
trauma della caviglia
trauma del polso
trauma del gomito
trauma dell'anca
trauma contusivo del ginocchio
trauma contusivo della spalla
trauma contusivo del torace
trauma contusivo toracico
trauma contusivo costale
trauma contusivo della mano
trauma contusivo dell'anca
trauma contusivo del bacino
trauma contusivo facciale
trauma contusivo del capo
trauma distorsivo
trauma distorsivo della caviglia
trauma distorsivo del ginocchio
trauma distorsivo del polso
trauma distorsivo della tibio-tarsica
trauma distorsivo del rachide cervicale
trauma distorsivo del pollice
distorsione|T14.3
distorsione della caviglia|S93.4
distorsione della tibio-tarsica|S93.4
distorsione tibio-tarsica|S93.4
distorsione del ginocchio|S83.6
distorsione del polso|S63.5
distorsione del pollice
distorsione delle dita
distorsione di caviglia|S93.4
distorsione di ginocchio|S83.6
distorsione di polso|S63.5
distorsione del gomito
distorsione della spalla
distorsione del piede
lesione del legamento crociato anteriore|S83.5
rottura del legamento crociato anteriore|S83.5
lesione del LCA|S83.5
rottura del LCA|S83.5
lesione del legamento crociato posteriore|S83.5
lesione del legamento collaterale mediale|S83.4
lesione del legamento collaterale laterale|S83.4
lesione del legamento peroneo-astragalico anteriore
lesione legamentosa
lesione capsulo-legamentosa
rottura del tendine d'Achille|S86.0
lesione del tendine d'Achille|S86.0
rottura del tendine del bicipite
rottura del capo lungo del bicipite
lesione tendinea
lesione dei tendini flessori
lesione dei tendini estensori
lesione muscolare
stiramento muscolare
strappo muscolare
elongazione muscolare
distrazione muscolare
lesione muscolare del polpaccio
lesione degli ischiocrurali
contrattura muscolare post-traumatica
contusione|T14.0
contusione toracica|S20.2
contusione costale
contusione polmonare|S27.3
contusione miocardica
contusione cardiaca
contusione addominale
contusione renale
contusione epatica
contusione splenica
contusione del ginocchio|S80.0
contusione della spalla|S40.0
contusione della mano
contusione del piede
contusione dell'anca
contusione del bacino
contusione della coscia
contusione del gomito
contusione del polso
contusione della caviglia
contusione dell'avambraccio
contusione della gamba
contusione del gluteo
contusione facciale
contusione del volto
contusione del capo
contusione dell'occhio
contusione oculare
contusione del rachide
contusione lombare
contusione sacrale
contusione coccigea
contusioni multiple|T00
escoriazione|T14.0
escoriazioni multiple|T00
abrasione cutanea
ferita|T14.1
ferita lacero-contusa|T14.1
FLC|T14.1|B
ferita lacero-contusa del cuoio capelluto|S01.0
ferita lacero-contusa al cuoio capelluto|S01.0
ferita lacero-contusa frontale
ferita lacero-contusa in regione frontale
ferita lacero-contusa in regione occipitale
ferita lacero-contusa in regione parietale
ferita lacero-contusa del sopracciglio
ferita lacero-contusa sopraccigliare
ferita lacero-contusa del labbro
ferita lacero-contusa del mento
ferita lacero-contusa della mano
ferita lacero-contusa del dito
ferita lacero-contusa della gamba
ferita lacero-contusa del ginocchio
ferita lacero-contusa del volto
ferita lacero-contusa del capo
ferita da taglio
ferita da punta
ferita da arma bianca
ferita da arma da fuoco
ferita da morso
morso di cane|W54
morso di animale
morso di gatto
morso di vipera
morso di zecca
puntura d'insetto
puntura di imenottero
puntura di ape
puntura di vespa
puntura di medusa
ferita penetrante
ferita profonda
ferita superficiale
ferita chirurgica infetta
ferita della mano
ferita del dito
amputazione traumatica
amputazione traumatica di dito
subamputazione
schiacciamento
trauma da schiacciamento
lesione da schiacciamento
sindrome da schiacciamento|T79.5
ustione|T30
ustione di primo grado|T30.1
ustione di secondo grado|T30.2
ustione di terzo grado|T30.3
ustione di I grado|T30.1
ustione di II grado|T30.2
ustione di III grado|T30.3
ustione di II grado superficiale
ustione di II grado profondo
ustione a tutto spessore
ustione a spessore parziale
ustione chimica
ustione da caustici
ustione elettrica
ustione termica
ustione da liquido bollente
ustione da fiamma
ustione da contatto
ustione estesa
grande ustionato
ustione della mano|T23
ustione del volto|T20
ustione del viso|T20
ustione dell'arto superiore|T22
ustione dell'arto inferiore|T24
ustione del piede|T25
ustione del tronco|T21
ustione del torace|T21
ustione dell'addome|T21
ustione delle vie aeree|T27
ustione oculare|T26
ustione corneale|T26
congelamento|T33
assideramento
lesione da freddo
folgorazione|T75.4
elettrocuzione|T75.4
annegamento|T75.1
quasi annegamento|T75.1
annegamento incompleto|T75.1
soffocamento
asfissia|R09.0
ostruzione delle vie aeree da corpo estraneo
inalazione di corpo estraneo
inalazione di fumo
intossicazione da monossido di carbonio|T58
intossicazione da CO|T58
avvelenamento
intossicazione
intossicazione acuta
intossicazione da farmaci
intossicazione farmacologica
intossicazione da paracetamolo|T39.1
intossicazione da digitale|T46.0
intossicazione digitalica|T46.0
intossicazione da litio
intossicazione da benzodiazepine|T42.4
intossicazione da oppiacei|T40.2
overdose
overdose da oppiacei
overdose da eroina
intossicazione da funghi|T62.0
avvelenamento da funghi|T62.0
intossicazione da organofosfati
intossicazione da caustici
ingestione volontaria di farmaci
ingestione accidentale
sovradosaggio
sovradosaggio di insulina
ipoglicemia da insulina
ipoglicemia da sulfaniluree
sovradosaggio di warfarin
tossicità da farmaci
reazione avversa a farmaco|T88.7
reazione avversa da farmaci|T88.7
ADR||A
effetto collaterale
effetto avverso
evento avverso
reazione avversa
reazione allergica|T78.4
reazione anafilattica|T78.2
anafilassi|T78.2
shock anafilattico
reazione anafilattoide
reazione orticarioide
reazione da ipersensibilità
ipersensibilità
reazione trasfusionale|T80.9
reazione trasfusionale emolitica
reazione trasfusionale febbrile non emolitica
TRALI||B
TACO||B
sovraccarico circolatorio da trasfusione
reazione da mezzo di contrasto
reazione al mezzo di contrasto
reazione avversa a vaccino
reazione vaccinale
reazione locale da vaccino
reazione infusionale
reazione da infusione
sindrome da rilascio di citochine
sindrome da lisi tumorale|E88.3
stravaso di farmaco
stravaso di chemioterapico
stravaso
commozione cerebrale
trauma cranico con ematoma subdurale
emorragia subaracnoidea post-traumatica
pneumotorace post-traumatico
emotorace traumatico|S27.1
emopneumotorace|S27.2
volet costale|S22.5
lembo costale mobile|S22.5
torace instabile|S22.5
lacerazione epatica|S36.1
lacerazione splenica|S36.0
rottura traumatica di milza|S36.0
lesione splenica traumatica
lesione epatica traumatica
lesione renale traumatica
rottura vescicale
rottura dell'uretra
lesione uretrale
lesione del plesso brachiale|S14.3
lesione nervosa periferica
lesione del nervo mediano
lesione del nervo ulnare
lesione del nervo radiale
lesione del nervo sciatico popliteo esterno
lesione midollare traumatica
lesione midollare completa
lesione midollare incompleta
lussazione|T14.3
lussazione della spalla|S43.0
lussazione di spalla|S43.0
lussazione gleno-omerale|S43.0
lussazione anteriore di spalla|S43.0
lussazione posteriore di spalla|S43.0
lussazione recidivante di spalla
lussazione acromion-claveare|S43.1
lussazione acromioclavicolare|S43.1
lussazione sterno-claveare|S43.2
lussazione del gomito|S53.1
lussazione dell'anca|S73.0
lussazione dell'anca traumatica|S73.0
lussazione della rotula|S83.0
lussazione di rotula|S83.0
lussazione del ginocchio|S83.1
lussazione della caviglia
lussazione del polso
lussazione del semilunare
lussazione perilunare
lussazione di dito
lussazione interfalangea
lussazione metacarpo-falangea
lussazione della mandibola|S03.0
lussazione temporo-mandibolare|S03.0
sublussazione
sublussazione della spalla
sublussazione di rotula
sublussazione della testa del radio|S53.0
frattura-lussazione
frattura|T14.2
frattura composta
frattura scomposta
frattura esposta
frattura chiusa
frattura pluriframmentaria
frattura comminuta
frattura multipla
fratture multiple
frattura ingranata
frattura a legno verde
frattura di Colles|S52.5
frattura di Smith|S52.5
frattura di Barton
frattura di Pouteau-Colles|S52.5
frattura di Monteggia|S52.2
frattura di Galeazzi|S52.3
frattura di Bennett|S62.2
frattura di Rolando
frattura del boxer
frattura di Jones
frattura di Pott
frattura di Maisonneuve
frattura bimalleolare|S82.8
frattura trimalleolare|S82.8
frattura malleolare|S82.8
frattura del malleolo peroneale|S82.6
frattura del malleolo tibiale|S82.5
frattura del malleolo mediale|S82.5
frattura del malleolo laterale|S82.6
frattura del pilone tibiale
frattura del piatto tibiale|S82.1
frattura dell'emipiatto tibiale
frattura sovracondiloidea
frattura sovracondiloidea dell'omero|S42.4
frattura sovracondiloidea del femore
frattura sottocapitata
frattura sottocapitata del femore|S72.0
frattura mediocervicale del femore|S72.0
frattura basicervicale del femore|S72.0
frattura pertrocanterica|S72.1
frattura pertrocanterica del femore|S72.1
frattura pertrocanterica di femore|S72.1
frattura intertrocanterica|S72.1
frattura sottotrocanterica|S72.2
frattura sottotrocanterica del femore|S72.2
frattura laterale del collo del femore|S72.1
frattura mediale del collo del femore|S72.0
frattura dell'estremo prossimale del femore|S72
frattura del femore prossimale|S72
frattura di femore prossimale|S72
frattura della diafisi femorale|S72.3
frattura diafisaria di femore|S72.3
frattura del femore distale|S72.4
frattura dell'epifisi distale del radio|S52.5
frattura del radio distale|S52.5
frattura dell'estremo distale del radio|S52.5
frattura distale di radio|S52.5
frattura del capitello radiale|S52.1
frattura della testa del radio|S52.1
frattura dell'olecrano|S52.0
frattura dell'omero prossimale|S42.2
frattura del collo chirurgico dell'omero|S42.2
frattura della testa omerale|S42.2
frattura del trochite|S42.2
frattura della diafisi omerale|S42.3
frattura dell'omero distale|S42.4
frattura della glena
frattura della scapola|S42.1
frattura della clavicola|S42.0
frattura di clavicola|S42.0
frattura dello scafoide|S62.0
frattura dello scafoide carpale|S62.0
frattura del metacarpo|S62.3
frattura di metacarpo|S62.3
frattura del quinto metacarpo|S62.3
frattura della falange|S62.6
frattura di falange|S62.6
frattura del calcagno|S92.0
frattura di calcagno|S92.0
frattura dell'astragalo|S92.1
frattura del metatarso|S92.3
frattura del quinto metatarso|S92.3
frattura della base del quinto metatarso|S92.3
frattura della rotula|S82.0
frattura di rotula|S82.0
frattura della tibia|S82.2
frattura della diafisi tibiale|S82.2
frattura di tibia e perone|S82.2
frattura del perone|S82.4
frattura di perone|S82.4
frattura costale|S22.3
fratture costali|S22.4
frattura di costa|S22.3
frattura dello sterno|S22.2
frattura vertebrale|T08
frattura di vertebra
frattura vertebrale amielica
frattura vertebrale da compressione
frattura somatica vertebrale
frattura da scoppio vertebrale
frattura vertebrale lombare|S32.0
frattura vertebrale dorsale|S22.0
frattura vertebrale cervicale|S12
frattura dell'odontoide|S12.1
frattura del dente dell'epistrofeo|S12.1
frattura dell'atlante|S12.0
frattura del processo trasverso
frattura dei processi trasversi
frattura del sacro|S32.1
frattura del coccige|S32.2
frattura di bacino|S32
frattura del bacino|S32
frattura pelvica|S32
frattura dell'anello pelvico|S32
frattura delle branche ileo-ischio-pubiche|S32.5
frattura della branca ileo-pubica|S32.5
frattura della branca ischio-pubica|S32.5
frattura del ramo pubico|S32.5
frattura dell'acetabolo|S32.4
frattura del cotile|S32.4
frattura dell'ala iliaca|S32.3
frattura cranica|S02
frattura della volta cranica|S02.0
frattura della base cranica|S02.1
frattura della teca cranica|S02.0
frattura del massiccio facciale|S02
frattura delle ossa nasali|S02.2
frattura del naso|S02.2
frattura nasale|S02.2
frattura della piramide nasale|S02.2
frattura dello zigomo|S02.4
frattura zigomatica|S02.4
frattura dell'orbita
frattura del pavimento orbitario|S02.3
frattura blow-out|S02.3
frattura della mandibola|S02.6
frattura mandibolare|S02.6
frattura del mascellare|S02.4
frattura di Le Fort
frattura dentale|S02.5
frattura del dente|S02.5
frattura periprotesica di femore
frattura di femore su protesi
frattura di femore|S72
frattura del femore|S72
frattura del collo del femore|S72.0
frattura di collo femorale|S72.0
frattura del collo femorale|S72.0
frattura dell'omero
frattura di omero
frattura del radio
frattura di radio
frattura dell'ulna
frattura di ulna
frattura di polso
frattura del polso
frattura di caviglia|S82.8
frattura della caviglia|S82.8
infrazione costale
infrazione
microfrattura
fissurazione ossea
frattura da fragilità del femore
frattura di gomito
frattura del gomito
""")

# ---------------------------------------------------------------------------
# Complications of care (surgical, device, iatrogenic) and hospital problems
# ---------------------------------------------------------------------------
hand("complications", """
complicanza post-operatoria
complicanze post-operatorie
complicanza chirurgica
complicanza intraoperatoria
complicanza procedurale
complicanza emorragica
complicanza infettiva
complicanza tromboembolica
complicanza cardiovascolare
complicanza respiratoria post-operatoria
febbre post-operatoria
deiscenza
deiscenza della ferita|T81.3
deiscenza della ferita chirurgica|T81.3
deiscenza di ferita chirurgica|T81.3
deiscenza parziale della ferita
deiscenza della sutura
deiscenza sternale
deiscenza dell'anastomosi
deiscenza del moncone
deiscenza del moncone duodenale
fistola post-operatoria
fistola pancreatica post-operatoria
fistola biliare
fistola chilosa
bilioma
biloma
linforrea
linfocele
sieroma|T81.8
sieroma della ferita
ematoma della ferita chirurgica
ematoma post-operatorio
ematoma della loggia
ematoma della tasca del pacemaker
ematoma in sede di puntura
ematoma inguinale
ematoma in sede di accesso vascolare
ematoma retroperitoneale
ematoma della parete addominale
ematoma del muscolo retto
ematoma del retto dell'addome
ematoma del muscolo ileopsoas
ematoma dello psoas
ematoma muscolare
ematoma intramuscolare
ematoma perirenale
ematoma epatico sottocapsulare
ematoma sottocapsulare splenico
ematoma periorbitario
ematoma palpebrale
ematoma del cuoio capelluto
ematoma sottogaleale
ematoma sottoungueale
ematoma della coscia
ematoma della gamba
ematoma pelvico
emorragia post-operatoria
sanguinamento post-operatorio
sanguinamento della ferita
sanguinamento in sede di accesso vascolare
sanguinamento maggiore
sanguinamento minore
emorragia maggiore
emorragia intraoperatoria
shock emorragico post-operatorio
infezione post-operatoria
suppurazione della ferita
ascesso della ferita
ascesso di parete
infezione di parete
cellulite della ferita
infezione del moncone
osteomielite post-traumatica
mediastinite
mediastinite post-sternotomica
sternite
empiema post-operatorio
polmonite post-operatoria
atelettasia post-operatoria
ileo paralitico post-operatorio
nausea e vomito post-operatori
PONV||B
ritenzione urinaria post-operatoria
delirium post-operatorio
deficit cognitivo post-operatorio
disfunzione cognitiva post-operatoria
fibrillazione atriale post-operatoria
trombosi venosa post-operatoria
embolia polmonare post-operatoria
sindrome post-embolizzazione
sindrome post-trombotica
occlusione del bypass
occlusione di bypass
trombosi del bypass
stenosi dell'anastomosi
stenosi anastomotica
stenosi della stomia
prolasso della stomia
retrazione della stomia
necrosi della stomia
ischemia della stomia
ernia parastomale
sindrome dell'ansa afferente
dumping syndrome
sindrome da dumping|K91.1
sindrome dell'intestino corto|K91.2
malassorbimento post-chirurgico
sindrome post-gastrectomia|K91.1
sindrome post-laminectomia
sindrome da fallimento chirurgico spinale
failed back surgery syndrome
dolore cronico post-chirurgico
dolore post-toracotomico
sindrome post-mastectomia
arto fantasma
dolore dell'arto fantasma
sindrome dell'arto fantasma
neuroma del moncone
moncone doloroso
complicanza della stomia
infezione della stomia
dermatite peristomale
infezione di catetere
infezione del catetere vescicale
ostruzione del catetere vescicale
malfunzionamento del catetere
malfunzionamento del catetere venoso centrale
occlusione del catetere
dislocazione del catetere
dislocazione del drenaggio
dislocazione della PEG
infezione della PEG
buried bumper
ostruzione del sondino
ostruzione dello stent
occlusione dello stent biliare
migrazione dello stent
migrazione di protesi
dislocazione di protesi
rottura di protesi
contrattura capsulare
estrusione di protesi
infezione di dispositivo
infezione di dispositivo cardiaco impiantabile
endocardite su device
decubito della tasca
malfunzionamento di protesi valvolare
malfunzionamento dello shunt
malfunzionamento di derivazione ventricolo-peritoneale
complicanza della fistola artero-venosa
stenosi della fistola artero-venosa
trombosi della fistola artero-venosa
peritonite in dialisi peritoneale
peritonite da dialisi
infezione dell'exit-site
infezione del tunnel
sindrome da disequilibrio dialitico
ipotensione intradialitica
rigetto|T86.9
rigetto acuto
rigetto cronico
rigetto di trapianto
rigetto del trapianto renale|T86.1
rigetto del trapianto epatico|T86.4
rigetto acuto cellulare
rigetto anticorpo-mediato
disfunzione del trapianto
disfunzione del graft
graft versus host disease
malattia del trapianto contro l'ospite|T86.0
GVHD|T86.0|B
GvHD acuta
GvHD cronica
mucosite da chemioterapia
neutropenia da chemioterapia
neutropenia post-chemioterapia
aplasia post-chemioterapia
aplasia midollare
tossicità ematologica
tossicità gastrointestinale
tossicità cutanea
tossicità renale
nefrotossicità
ototossicità
cardiotossicità
neurotossicità
epatotossicità da farmaci
polmonite da radiazioni
polmonite attinica
fibrosi post-attinica
radiodermite
dermatite da radiazioni
proctite da radiazioni
cistite post-attinica
mucosite da radioterapia
esofagite attinica
stomatite da chemioterapici
sindrome mano-piede
eritrodisestesia palmo-plantare
alopecia da chemioterapia
neuropatia periferica da chemioterapici
polmonite da immunoterapia
colite da immunoterapia
tiroidite da immunoterapia
ipofisite
ipofisite da immunoterapia
sindrome da iperstimolazione
sindrome serotoninergica
sindrome neurolettica maligna|G21.0
sindrome maligna da neurolettici|G21.0
sindrome da sospensione
sindrome da astinenza
sindrome da astinenza da oppiacei
reazione extrapiramidale
sindrome extrapiramidale
distonia acuta da farmaci
ipotensione da farmaci
bradicardia da farmaci
QT lungo da farmaci
sanguinamento da anticoagulanti
emorragia da anticoagulanti
ematoma spontaneo in corso di terapia anticoagulante
gastrolesività da FANS
ulcera da FANS
insufficienza renale da FANS
iperkaliemia da farmaci
iponatriemia da diuretici
ipokaliemia da diuretici
tosse da ACE-inibitore
edema da calcioantagonisti
miopatia da statine
rabdomiolisi da statine
osteonecrosi della mandibola da farmaci
ginecomastia da farmaci
iatrogenia
infezione iatrogena
pneumotorace iatrogeno
perforazione iatrogena
perforazione intestinale iatrogena
perforazione endoscopica
lesione iatrogena
lesione delle vie biliari
lesione iatrogena delle vie biliari
lesione ureterale
lesione iatrogena dell'uretere
lesione vescicale iatrogena
lesione del nervo ricorrente
paralisi del ricorrente
lesione del nervo laringeo ricorrente
ipoparatiroidismo post-tiroidectomia
ipocalcemia post-operatoria
piaga da decubito|L89
lesione da decubito|L89
ulcera da decubito|L89
lesione da pressione|L89
ulcera da pressione|L89
LDP|L89|B
decubito sacrale|L89
lesione da pressione sacrale|L89
piaga sacrale
lesione da pressione del tallone
lesione da pressione da dispositivo medico
lesione cutanea da dispositivo
lesione da frizione
lesione da stiramento
skin tear
lesione da umidità
dermatite da incontinenza
caduta in reparto
caduta dal letto
sindrome da allettamento
sindrome da immobilizzazione prolungata
disfagia post-estubazione
stenosi tracheale
stenosi tracheale post-intubazione
granuloma tracheale
tracheomalacia
lesione da intubazione
difficoltà di svezzamento dalla ventilazione
svezzamento difficile
svezzamento difficoltoso
debolezza acquisita in terapia intensiva
sindrome post-terapia intensiva
PICS||A
insufficienza multiorgano|R68.8
MOF||B
MODS||B
sindrome da disfunzione multiorgano|R68.8
insufficienza multiorgano
sindrome da risposta infiammatoria sistemica|R65
SIRS|R65|B
ipertensione intra-addominale
sindrome compartimentale addominale
ischemia cerebrale ritardata
edema dell'arto operato
trombosi dell'arto operato
rigidità post-operatoria
rigidità post-traumatica
esiti chirurgici
esiti di intervento chirurgico
esiti post-chirurgici
alterazioni post-chirurgiche
esiti post-traumatici
esiti di trauma
""")

# ---------------------------------------------------------------------------
# Lay terms as patients say them and as they are copied into notes
# ---------------------------------------------------------------------------
hand("lay_terms", """
mal di pancia
mal di stomaco
mal di gola
mal d'orecchio
mal di orecchio
mal di orecchi
mal di denti
mal di schiena
mal di reni
mal di mare
mal d'auto
mal di montagna|T70.2
male al petto
dolore al cuore
fitta al petto
peso sul petto
peso allo stomaco
peso sullo stomaco
stretta al petto
fiato corto
fiatone
affanno
affanno da sforzo
respiro corto
mancanza di fiato
mancanza d'aria
senso di soffocamento
respiro affannoso
fischio al petto
catarro
raffreddore da fieno
naso che cola
pressione alta
pressione bassa
pressione sballata
pressione ballerina
zucchero alto
zucchero nel sangue
glicemia alta
colesterolo cattivo alto
trigliceridi elevati
acido urico elevato
sangue nelle urine
pipì con sangue
bruciore a urinare
bruciore quando urina
cistite ricorrente
mal di vescica
prostata ingrossata
prostata grossa
calcoli ai reni
calcoli alla cistifellea
calcoli nella colecisti
sabbia nei reni
renella
bruciore di stomaco
acidità||A
reflusso
aria nella pancia
pancia gonfia
gonfiore di pancia
gonfiore addominale post-prandiale
intestino pigro
mal di fegato
fegato ingrossato
milza ingrossata
cacca nera
feci nere
sangue dal sedere
perdita di sangue dall'ano
emorroidi sanguinanti
capogiri
giramenti di testa
testa che gira
senso di sbandamento
sensazione di svenimento
calo di pressione
abbassamento di pressione
crollo di pressione
cuore in gola
cuore che batte forte
battito irregolare
battito accelerato
tachicardia notturna
extrasistoli
fitte al cuore
formicolii
formicolio alle mani
formicolio alle gambe
intorpidimento delle mani
mani addormentate
gambe pesanti
gambe gonfie
piedi gonfi
caviglie gonfie
crampi alle gambe
dolori alle ossa
dolori alle articolazioni
dolore alle ginocchia
artrite alle mani
reumatismi
reumatismo articolare
sciatica
colpo d'aria
torcicollo
strappo alla schiena
nervo accavallato
ernia al disco
becco di pappagallo
ossa fragili
stanchezza cronica
debolezza
debolezza generale
sfinimento
spossatezza generale
mancanza di forze
perdita di forze
dimagrimento marcato
perdita di appetito
vomito continuo
nausea continua
voglia di vomitare
conati a vuoto
dissenteria
mal di testa continuo
nervosismo
esaurimento nervoso
esaurimento||A
crollo nervoso
esaurimento fisico
depressione nervosa
attacco di ansia
attacchi d'ansia
agitazione
insonnia cronica
sonno disturbato
sonno agitato
vuoti di memoria
perdita di memoria recente
testa confusa
confusione||A
pelle gialla
occhi gialli
pelle secca
prurito alla pelle
macchie sulla pelle
bolle sulla pelle
chiazze rosse
sfogo cutaneo
sfogo||A
orticaria da stress
vista annebbiata
vista offuscata
mosche volanti
occhio che lacrima
occhi arrossati
sordità parziale
fischi alle orecchie
ronzio alle orecchie
orecchio chiuso
orecchie tappate
naso chiuso cronico
perdita del gusto e dell'olfatto
sangue dal naso
bocca amara
bocca secca
afte in bocca
gengive sanguinanti
denti cariati
collo gonfio
ghiandole gonfie
ghiandole ingrossate
linfonodi gonfi
noduli al collo
nodulo al seno
pallina al seno
cisti al seno
perdite bianche
perdite di sangue
ciclo abbondante
mestruazioni dolorose
mestruazioni abbondanti
mestruazioni irregolari
ritardo mestruale
vampate di calore
caldane
sudori notturni
sudorazione fredda
febbre alta
febbre persistente
febbriciattola
linee di febbre
temperatura alta
febbre con brividi
influenza intestinale
virus intestinale
colpo di freddo
tosse di notte
tosse da fumatore
tosse secca persistente
voce rauca
abbassamento di voce
afonia completa
""")

# ---------------------------------------------------------------------------
# Allergies and intolerances (hand-written part; drug/food families generated below)
# ---------------------------------------------------------------------------
hand("allergy", """
allergia
allergie
allergia a farmaci
allergia ai farmaci
allergie a farmaci
allergia farmacologica
allergia alimentare
allergia respiratoria
allergia stagionale
allergia da contatto
allergia crociata
allergia multipla
poliallergia
polisensibilizzazione
sensibilizzazione allergica
atopia
diatesi allergica
terreno atopico
intolleranza
intolleranza alimentare
intolleranza farmacologica
intolleranza a farmaci
intolleranza al lattosio|E73
deficit di lattasi|E73
intolleranza al fruttosio|E74.1
intolleranza ereditaria al fruttosio|E74.1
intolleranza al glutine
sensibilità al glutine non celiaca
gluten sensitivity
intolleranza all'istamina
intolleranza al nichel
intolleranza ai FANS
intolleranza all'aspirina
intolleranza alle statine
intolleranza agli ACE-inibitori
intolleranza alla metformina
intolleranza al sorbitolo
intolleranza al saccarosio
malassorbimento di lattosio
malassorbimento di fruttosio
orticaria da farmaci
orticaria da FANS
asma da FANS
asma da aspirina
malattia respiratoria esacerbata da aspirina
sindrome di Widal
sindrome orale allergica
sindrome allergica orale
sindrome sgombroide
esofagite eosinofila
allergia al lattice|Z91.0
allergia al nichel
dermatite da nichel
allergia ai metalli
allergia agli acari
allergia agli acari della polvere
allergia ai pollini
allergia alle graminacee
allergia alla parietaria
allergia all'ambrosia
allergia alla betulla
allergia alle betullacee
allergia al cipresso
allergia alle cupressacee
allergia all'olivo
allergia alle composite
allergia alle muffe
allergia all'alternaria
allergia al pelo di gatto
allergia al gatto
allergia all'epitelio di gatto
allergia al cane
allergia all'epitelio di cane
allergia agli epiteli animali
allergia al veleno di imenotteri
allergia al veleno di ape
allergia al veleno di vespa
allergia alle punture di insetto
allergia al freddo
allergia al sole
allergia ai cerotti
allergia ai profumi
allergia ai conservanti
allergia alle tinture per capelli
allergia alla parafenilendiammina
allergia ai cosmetici
allergia al mezzo di contrasto
allergia al mezzo di contrasto iodato
allergia al mezzo di contrasto organo-iodato
allergia al gadolinio
allergia allo iodio
allergia alla clorexidina
allergia alla iodopovidone
allergia agli anestetici locali
allergia ai miorilassanti
allergia ai curari
allergia agli oppiacei
allergia alla morfina
allergia alla codeina
allergia al tramadolo
allergia all'eparina
allergia all'insulina
allergia ai vaccini
allergia alle proteine del latte vaccino|K52.2
APLV||B
allergia al latte
allergia al latte vaccino
allergia all'uovo
allergia alle uova
allergia all'albume
allergia al pesce
allergia ai crostacei
allergia ai molluschi
allergia ai frutti di mare
allergia alle arachidi
allergia alla frutta secca
allergia alle noci
allergia alle nocciole
allergia alle mandorle
allergia agli anacardi
allergia ai pistacchi
allergia al sesamo
allergia alla soia
allergia al grano
allergia al frumento
allergia alla frutta
allergia alla pesca
allergia alle Rosacee
allergia alle LTP
allergia alla proteina di trasferimento dei lipidi
allergia alla mela
allergia al kiwi
allergia alla banana
allergia alla fragola
allergia al pomodoro
allergia al sedano
allergia alla senape
allergia al lupino
allergia ai legumi
allergia al mais
allergia al cioccolato
allergia ai solfiti
allergia al glutammato
allergia all'anisakis
allergia alla carne rossa
sindrome alfa-gal
""")

# ---------------------------------------------------------------------------
# Further abbreviations and abbreviated qualified forms used in Italian notes
# ---------------------------------------------------------------------------
hand("abbreviations", """
SCA-NSTEMI|I21.4|B
SCA-STEMI|I21|B
IMA inferiore|I21.1|B
IMA anteriore|I21.0|B
IMA antero-settale|I21.0|B
IMA infero-posteriore||B
DM tipo 2|E11|B
DM tipo 1|E10|B
DM di tipo 2|E11|B
DM di tipo 1|E10|B
DM2 insulino-trattato|E11|B
DM2 in terapia insulinica|E11|B
DM2 scompensato|E11|B
DM2 complicato|E11|B
DM2 non insulino-dipendente|E11|B
IRC terminale|N18.5|B
IRC stadio IIIa|N18.3|B
IRC stadio IIIb|N18.3|B
IRC stadio V|N18.5|B
IRC stadio 3|N18.3|B
IRC stadio 3a|N18.3|B
IRC stadio 3b|N18.3|B
IRC stadio 4|N18.4|B
IRC stadio 5|N18.5|B
IRC in trattamento dialitico|N18.5|B
IRC in trattamento emodialitico|N18.5|B
IRA su IRC||B
IRA prerenale||B
AKI su CKD||B
CKD stadio 3|N18.3|B
CKD stadio 4|N18.4|B
CKD stadio 5|N18.5|B
IVU complicata|N39.0|B
IVU ricorrente|N39.0|B
IVU febbrile|N39.0|B
FA parossistica|I48|B
FA persistente|I48|B
FA permanente|I48|B
FA cronica|I48|B
FA ad alta risposta ventricolare|I48|B
FA ad elevata risposta ventricolare|I48|B
FA a media risposta ventricolare|I48|B
FA a bassa risposta ventricolare|I48|B
FA a rapida risposta ventricolare|I48|B
FA di nuova insorgenza|I48|B
FA di recente insorgenza|I48|B
FA non valvolare|I48|B
FA ad alta frequenza ventricolare|I48|B
TEP massiva|I26.0|B
EP massiva|I26.0|B
EP bilaterale|I26|B
TVP femoro-poplitea||B
PNX spontaneo|J93.1|B
PNX iperteso|J93.0|B
CMPD||B
CMPD post-ischemica||B
CMPD idiopatica||B
CMD ipocinetica||B
CMP||A
CI||A
CIC||A
IAo||B
SAo||B
SAo severa|I35.0|B
SAo serrata|I35.0|B
IAo severa||B
IAo moderata||B
IM severa||A
IM moderata||A
IM lieve||A
IT moderata||A
IT severa||A
IT lieve||A
IM||A
IT||A
PVM|I34.1|B
IP||A
AAA sottorenale|I71.4|B
SCC riacutizzato||B
EPA cardiogeno||B
ESA aneurismatica|I60|B
ESA traumatica|S06.6|B
ESD||A
ESD cronico||B
EIP||A
TCE||B
TVS||A
MC||A
HBV||A
HCV||A
HIV||A
TB||A
MRSA||A
KPC||A
OMA||A
LLA-B||B
LLC-B||B
LH||A
MM||A
SMP||A
SMPC||B
LMMC||B
MDS||B
PTI||B
AEA||A
DCIS||B
CCR||A
K colon||B
K del colon||B
K mammella||B
K della mammella||B
K polmone||B
K polmonare||B
K prostata||B
K prostatico||B
K gastrico||B
K dello stomaco||B
K pancreas||B
K del pancreas||B
K vescica||B
K vescicale||B
K retto||B
K del retto||B
K renale||B
K ovarico||B
K tiroideo||B
K esofageo||B
Ca mammario||A
Ca prostatico||A
Ca polmonare||A
Ca del colon||A
HCC multifocale|C22.0|B
HCC su cirrosi|C22.0|B
ETP||A
MTS||A
PBC||A
PSC||A
CBP||A
CSP||A
PBS||A
SSc diffusa||B
SSc limitata||B
AR sieropositiva||B
SpA||B
APS||A
GPA||A
EGPA||B
PAN||A
ACG||A
OSA||A
OSAS severa||B
OSAS moderata||B
OSAS lieve||B
SGSR||B
RLS||A
MP||A
MA||A
DFT||A
DCL||A
PSP||A
MSA||A
GBS||A
MG||A
NMOSD||B
ADEM||B
SMA||A
TIA ricorrente||B
BPCO-asma overlap||B
ACO||A
""")

# ===========================================================================
# Generated families (source clinical-ner:generated). Each list is curated so
# that every combination is a form used in Italian clinical writing.
# ===========================================================================

# --- Neoplasms by organ ----------------------------------------------------
# (noun phrase or None, (adj m, adj f) or None, heads, ICD-10 or "")
_ALL = ["carcinoma", "adenocarcinoma", "neoplasia", "tumore", "cancro", "neoplasia maligna"]
_CNT = ["carcinoma", "neoplasia", "tumore", "cancro", "neoplasia maligna"]
_SMALL = ["carcinoma", "adenocarcinoma", "neoplasia"]
NEO_ORGANS = [
    ("del colon", ("colico", "colica"), _ALL, "C18"),
    ("del colon-retto", ("colorettale", "colorettale"), _ALL, ""),
    ("del colon destro", None, _SMALL, "C18"),
    ("del colon sinistro", None, _SMALL, "C18"),
    ("del colon trasverso", None, _SMALL, "C18.4"),
    ("del colon ascendente", None, _SMALL, "C18.2"),
    ("del colon discendente", None, _SMALL, "C18.6"),
    ("del sigma", None, _SMALL, "C18.7"),
    ("del cieco", None, _SMALL, "C18.0"),
    ("della flessura epatica", None, _SMALL, "C18.3"),
    ("della flessura splenica", None, _SMALL, "C18.5"),
    ("del retto", ("rettale", "rettale"), _ALL, "C20"),
    ("del retto-sigma", None, _SMALL, "C19"),
    ("della giunzione retto-sigmoidea", None, _SMALL, "C19"),
    ("dell'ano", ("anale", "anale"), ["carcinoma", "neoplasia", "carcinoma squamocellulare"], "C21"),
    ("dello stomaco", ("gastrico", "gastrica"), _ALL, "C16"),
    ("dell'esofago", ("esofageo", "esofagea"), _ALL + ["carcinoma squamocellulare"], "C15"),
    ("della giunzione gastro-esofagea", None, _SMALL, "C16.0"),
    ("del cardias", None, _SMALL, "C16.0"),
    ("del pancreas", ("pancreatico", "pancreatica"), _ALL, "C25"),
    ("della testa del pancreas", None, _SMALL, "C25.0"),
    ("della coda del pancreas", None, _SMALL, "C25.2"),
    ("del corpo del pancreas", None, _SMALL, "C25.1"),
    ("del fegato", None, ["carcinoma", "tumore", "cancro", "neoplasia"], ""),
    (None, ("epatico", "epatica"), ["neoplasia", "tumore", "neoplasia maligna"], ""),
    ("della colecisti", None, _SMALL + ["tumore"], "C23"),
    ("delle vie biliari", None, ["carcinoma", "neoplasia", "tumore"], ""),
    ("del duodeno", ("duodenale", "duodenale"), _SMALL, "C17.0"),
    ("dell'intestino tenue", None, _SMALL, "C17"),
    ("del tenue", None, _SMALL, "C17"),
    ("del polmone", ("polmonare", "polmonare"), _ALL, "C34"),
    (None, ("bronchiale", "bronchiale"), ["carcinoma"], "C34"),
    (None, ("broncogeno", "broncogena"), ["carcinoma", "neoplasia"], "C34"),
    ("della mammella", ("mammario", "mammaria"), _ALL, "C50"),
    ("del seno", None, ["tumore", "cancro", "carcinoma"], "C50"),
    ("della prostata", ("prostatico", "prostatica"), _ALL, "C61"),
    ("della vescica", ("vescicale", "vescicale"), _ALL + ["carcinoma uroteliale"], "C67"),
    ("del rene", ("renale", "renale"), _CNT, "C64"),
    ("della pelvi renale", None, ["carcinoma", "carcinoma uroteliale", "neoplasia"], "C65"),
    ("dell'uretere", ("ureterale", "ureterale"), ["carcinoma", "carcinoma uroteliale", "neoplasia"], "C66"),
    ("della tiroide", ("tiroideo", "tiroidea"), _CNT, "C73"),
    ("dell'ovaio", ("ovarico", "ovarica"), _ALL, "C56"),
    ("dell'utero", ("uterino", "uterina"), _CNT, ""),
    ("dell'endometrio", ("endometriale", "endometriale"), _SMALL + ["tumore"], "C54.1"),
    ("della cervice uterina", None, _CNT + ["carcinoma squamocellulare"], "C53"),
    ("del collo dell'utero", None, ["carcinoma", "tumore", "cancro"], "C53"),
    ("della vulva", ("vulvare", "vulvare"), ["carcinoma", "neoplasia", "carcinoma squamocellulare"], "C51"),
    ("della vagina", None, ["carcinoma", "neoplasia"], "C52"),
    ("del testicolo", ("testicolare", "testicolare"), ["tumore", "neoplasia", "carcinoma"], "C62"),
    ("del pene", None, ["carcinoma", "neoplasia"], "C60"),
    ("della laringe", ("laringeo", "laringea"), _CNT + ["carcinoma squamocellulare"], "C32"),
    ("dell'orofaringe", ("orofaringeo", "orofaringea"), ["carcinoma", "neoplasia", "carcinoma squamocellulare"], "C10"),
    ("del rinofaringe", ("rinofaringeo", "rinofaringea"), ["carcinoma", "neoplasia"], "C11"),
    ("del nasofaringe", None, ["carcinoma"], "C11"),
    ("dell'ipofaringe", None, ["carcinoma", "neoplasia"], "C13"),
    ("del cavo orale", None, ["carcinoma", "neoplasia", "tumore", "carcinoma squamocellulare"], ""),
    ("della lingua", None, ["carcinoma", "neoplasia", "carcinoma squamocellulare"], "C02"),
    ("del labbro", None, ["carcinoma", "carcinoma squamocellulare"], "C00"),
    ("della tonsilla", ("tonsillare", "tonsillare"), ["carcinoma"], "C09"),
    ("della parotide", ("parotideo", "parotidea"), ["tumore", "neoplasia", "carcinoma"], "C07"),
    ("dei seni paranasali", None, ["carcinoma", "neoplasia"], ""),
    ("del surrene", ("surrenalico", "surrenalica"), ["carcinoma", "neoplasia", "tumore"], "C74"),
    (None, ("cutaneo", "cutanea"), ["carcinoma", "neoplasia", "tumore"], ""),
    (None, ("osseo", "ossea"), ["tumore", "neoplasia"], ""),
    ("del cervello", None, ["tumore", "cancro"], "C71"),
    (None, ("encefalico", "encefalica"), ["neoplasia"], ""),
    (None, ("mediastinico", "mediastinica"), ["tumore", "neoplasia"], ""),
    ("del timo", None, ["carcinoma"], "C37"),
    (None, ("pleurico", "pleurica"), ["neoplasia"], ""),
    (None, ("peritoneale", "peritoneale"), ["neoplasia"], ""),
    (None, ("retroperitoneale", "retroperitoneale"), ["neoplasia", "sarcoma", "tumore"], ""),
    ("dell'ampolla di Vater", None, ["adenocarcinoma", "neoplasia"], "C24.1"),
    (None, ("ampollare", "ampollare"), ["neoplasia", "carcinoma"], "C24.1"),
]
_FEM_HEADS = {"neoplasia", "neoplasia maligna"}
for noun, adj, heads, code in NEO_ORGANS:
    for h in heads:
        if noun:
            gen("neoplasm", f"{h} {noun}", code)
        if adj:
            a = adj[1] if h in _FEM_HEADS else adj[0]
            if h == "neoplasia maligna":
                gen("neoplasm", f"neoplasia {a} maligna", code)
            else:
                gen("neoplasm", f"{h} {a}", code)

# staged / metastatic forms of the common solid tumours
for t, code in [("carcinoma mammario", "C50"), ("carcinoma prostatico", "C61"), ("carcinoma polmonare", "C34"),
                ("carcinoma gastrico", "C16"), ("carcinoma pancreatico", "C25"), ("carcinoma renale", "C64"),
                ("carcinoma vescicale", "C67"), ("carcinoma ovarico", "C56"), ("carcinoma colorettale", ""),
                ("adenocarcinoma del colon", "C18"), ("adenocarcinoma del retto", "C20"),
                ("adenocarcinoma polmonare", "C34"), ("adenocarcinoma gastrico", "C16"),
                ("adenocarcinoma del pancreas", "C25"), ("carcinoma esofageo", "C15"),
                ("carcinoma della cervice uterina", "C53"), ("carcinoma dell'endometrio", "C54.1"),
                ("melanoma", "C43")]:
    gen("neoplasm", f"{t} metastatico", code)
for t, code in [("carcinoma mammario", "C50"), ("carcinoma del retto", "C20"), ("carcinoma del pancreas", "C25"),
                ("carcinoma polmonare", "C34"), ("carcinoma gastrico", "C16"), ("carcinoma della cervice uterina", "C53"),
                ("carcinoma esofageo", "C15"), ("carcinoma della laringe", "C32"), ("carcinoma vescicale", "C67")]:
    gen("neoplasm", f"{t} localmente avanzato", code)
for t in ["carcinoma prostatico resistente alla castrazione", "carcinoma prostatico ormono-sensibile",
          "carcinoma vescicale non muscolo-invasivo", "carcinoma vescicale muscolo-invasivo",
          "carcinoma mammario in stadio iniziale", "carcinoma polmonare in stadio avanzato"]:
    gen("neoplasm", t)

# metastases and secondary lesions by site
MET_SITES = [("epatico", "epatica"), ("polmonare", "polmonare"), ("osseo", "ossea"), ("cerebrale", "cerebrale"),
             ("encefalico", "encefalica"), ("surrenalico", "surrenalica"), ("linfonodale", "linfonodale"),
             ("peritoneale", "peritoneale"), ("pleurico", "pleurica"), ("vertebrale", "vertebrale"),
             ("cutaneo", "cutanea"), ("leptomeningeo", "leptomeningea"), ("ovarico", "ovarica"),
             ("midollare", "midollare")]
MET_CODES = {"epatica": "C78.7", "polmonare": "C78.0", "ossea": "C79.5", "cerebrale": "C79.3",
             "encefalica": "C79.3", "surrenalica": "C79.7", "linfonodale": "C77", "peritoneale": "C78.6",
             "pleurica": "C78.2", "cutanea": "C79.2", "ovarica": "C79.6"}
for m, f in MET_SITES:
    code = MET_CODES.get(f, "")
    gen("neoplasm", f"metastasi {f}", code)
    gen("neoplasm", f"lesione secondaria {f}", code)
    gen("neoplasm", f"localizzazione secondaria {f}", code)
    gen("neoplasm", f"lesione metastatica {f}", code)
    gen("neoplasm", f"secondarismo {m}", code)
    gen("neoplasm", f"MTS {f}", code, "B")
for f in ["epatica", "polmonare", "ossea", "cerebrale"]:
    gen("neoplasm", f"ripetizione {f}", MET_CODES[f])
for t in ["metastasi a distanza", "metastasi multiple", "metastasi ossee multiple", "metastasi epatiche multiple",
          "metastasi polmonari multiple", "metastasi cerebrali multiple", "metastasi linfonodali loco-regionali",
          "metastasi del rachide", "metastasi al fegato", "metastasi alle ossa", "metastasi al cervello",
          "malattia oligometastatica", "localizzazione linfonodale", "localizzazioni ossee",
          "carcinosi peritoneale diffusa", "mielocarcinosi"]:
    gen("neoplasm", t)

# benign / indeterminate masses by organ
for h, sites in [
    ("nodulo", ["tiroideo", "polmonare", "epatico", "surrenalico", "mammario", "renale", "splenico", "pancreatico",
                "prostatico", "pleurico", "cutaneo", "sottocutaneo", "linfonodale", "cervicale", "laterocervicale",
                "ascellare", "inguinale", "parotideo", "annessiale", "uterino"]),
    ("massa", ["polmonare", "renale", "pancreatica", "surrenalica", "mediastinica", "addominale", "pelvica",
               "retroperitoneale", "epatica", "ovarica", "mammaria", "laterocervicale", "cerebrale", "intracranica",
               "endobronchiale", "vescicale", "prostatica", "gastrica", "annessiale", "ilare", "perianale",
               "inguinale", "ascellare", "paravertebrale", "pleurica", "splenica", "uterina", "testicolare",
               "sottocutanea", "parotidea"]),
    ("lesione", ["epatica", "polmonare", "ossea", "cerebrale", "renale", "surrenalica", "pancreatica", "splenica",
                 "mammaria", "vertebrale", "cutanea", "encefalica", "tiroidea", "ovarica", "prostatica",
                 "vescicale", "gastrica", "esofagea", "colica", "rettale", "cervicale", "linfonodale", "pleurica",
                 "midollare", "meningea", "orbitaria", "mediastinica", "parotidea"]),
    ("formazione", ["nodulare epatica", "nodulare polmonare", "nodulare tiroidea", "nodulare surrenalica",
                    "nodulare mammaria", "cistica ovarica", "cistica renale", "cistica epatica", "cistica pancreatica",
                    "cistica annessiale", "expansiva"]),
    ("cisti", ["epatica", "renale", "ovarica", "pancreatica", "splenica", "tiroidea", "mammaria", "sinoviale",
               "aracnoidea", "pineale", "colloide", "paraovarica", "perineurale", "branchiale", "dentigera",
               "radicolare", "parapielica", "corticale renale", "sebacea", "epidermoide", "meniscale",
               "paralabrale", "parameniscale", "del dotto tireoglosso", "di Naboth", "di Tarlov",
               "del cordone spermatico", "del plesso corioideo", "pilonidale", "poplitea", "ossea",
               "ossea semplice", "mediastinica", "pericardica", "broncogena", "uracale", "vaginale",
               "della ghiandola di Bartolini", "del corpo luteo", "emorragica", "endometriosica", "idatidea epatica"]),
    ("polipo", ["del colon", "del retto", "del sigma", "del cieco", "gastrico", "colico", "rettale", "duodenale",
                "endometriale", "cervicale", "nasale", "della colecisti", "cordale", "sessile", "peduncolato",
                "adenomatoso del colon", "iperplastico gastrico", "fibroepiteliale", "antrale"]),
    ("poliposi", ["del colon", "intestinale", "gastrica", "colica", "nasale", "della colecisti", "naso-sinusale",
                  "adenomatosa", "iperplastica"]),
    ("adenoma", ["del colon", "del retto", "del sigma", "del cieco", "del duodeno", "duodenale", "della papilla",
                 "pleomorfo della parotide", "renale", "prostatico", "surrenalico non secernente", "surrenalico secernente",
                 "tiroideo follicolare", "epatocellulare", "sessile", "peduncolato", "avanzato"]),
]:
    for s_ in sites:
        if s_ == "expansiva":
            s_ = "espansiva"
        gen("neoplasm" if h in ("nodulo", "massa", "lesione", "formazione", "polipo", "poliposi", "adenoma") else "findings",
            f"{h} {s_}")

# --- Fractures -----------------------------------------------------------------
LONG_BONES = ["del femore", "della tibia", "del perone", "dell'omero", "del radio", "dell'ulna", "della clavicola"]
SEGMENTS = ["del femore prossimale", "del femore distale", "della tibia prossimale", "della tibia distale",
            "dell'omero prossimale", "dell'omero distale", "del radio distale", "del radio prossimale",
            "dell'ulna distale", "dell'ulna prossimale", "del perone distale", "del terzo medio della clavicola",
            "del terzo laterale della clavicola", "del terzo distale della clavicola",
            "della diafisi femorale", "della diafisi tibiale", "della diafisi omerale", "della diafisi radiale",
            "della diafisi ulnare", "della diafisi peroneale", "del collo del femore", "della testa del femore",
            "del collo dell'omero", "della testa dell'omero", "del capitello radiale", "della stiloide radiale",
            "della stiloide ulnare", "del gran trocantere", "del piccolo trocantere", "del trochite",
            "dei condili femorali", "del condilo femorale", "dell'epicondilo", "dell'epitroclea",
            "del malleolo peroneale", "del malleolo tibiale", "del malleolo posteriore", "del piatto tibiale",
            "delle spine tibiali", "della tuberosità tibiale", "del pilone tibiale"]
SMALL_BONES = ["dello scafoide", "del metacarpo", "del metatarso", "della falange", "del calcagno",
               "dell'astragalo", "della rotula", "della scapola", "dello sterno", "del bacino", "della mandibola",
               "dell'acetabolo", "del sacro", "del coccige", "dell'olecrano", "del cuboide", "del navicolare",
               "del semilunare", "dell'uncinato", "del trapezio", "del piramidale", "del pisiforme",
               "dei cuneiformi", "della base del quinto metatarso", "del pollice", "dell'alluce", "del dito",
               "della falange distale", "della falange prossimale", "della falange intermedia",
               "del primo metacarpo", "del quinto metacarpo", "del secondo metatarso", "del terzo metatarso",
               "del quarto metatarso", "del quinto metatarso", "del primo metatarso", "della glena",
               "del processo coracoideo", "dell'acromion", "della coracoide", "della spina della scapola",
               "dello zigomo", "dell'arco zigomatico", "del seno frontale", "dell'osso temporale",
               "della rocca petrosa", "dell'osso frontale", "dell'osso occipitale", "dell'osso parietale",
               "del condilo mandibolare", "del mascellare superiore", "della parete orbitaria",
               "della parete mediale dell'orbita", "del setto nasale", "dell'apofisi spinosa",
               "del processo spinoso", "della lamina vertebrale", "del peduncolo vertebrale",
               "della costa", "delle coste", "della cartilagine costale", "dell'ala iliaca",
               "della branca ileo-pubica", "della branca ischio-pubica", "della sinfisi pubica",
               "del pube", "dell'ischio", "dell'ileo"]
for b in LONG_BONES + SEGMENTS + SMALL_BONES:
    gen("injuries", f"frattura {b}")
for b in LONG_BONES + SEGMENTS[:15] + ["del collo del femore", "del capitello radiale", "della rotula", "del calcagno",
                                         "dello scafoide", "del metacarpo", "del metatarso", "della falange",
                                         "del bacino", "della scapola", "dell'olecrano", "della mandibola",
                                         "del malleolo peroneale", "del piatto tibiale", "del trochite",
                                         "dell'acetabolo", "del quinto metacarpo", "del quinto metatarso"]:
    gen("injuries", f"frattura composta {b}")
    gen("injuries", f"frattura scomposta {b}")
for b in LONG_BONES + SEGMENTS[:15] + ["della rotula", "del calcagno", "del piatto tibiale", "dell'olecrano",
                                         "della scapola", "del bacino", "dell'acetabolo", "della mandibola"]:
    gen("injuries", f"frattura pluriframmentaria {b}")
for b in ["della tibia", "del perone", "dell'omero", "del radio", "dell'ulna", "del femore", "della falange",
          "del radio distale", "della tibia distale", "della diafisi tibiale", "del metacarpo", "della rotula",
          "del calcagno", "dell'olecrano", "della caviglia", "di gamba", "di tibia e perone"]:
    gen("injuries", f"frattura esposta {b}")
for b in ["del femore", "dell'omero", "vertebrale", "del collo del femore", "della tibia", "costale",
          "del bacino", "del sacro", "dell'acetabolo"]:
    gen("injuries", f"frattura patologica {b}")
for b in ["del metatarso", "del secondo metatarso", "del terzo metatarso", "della tibia", "del perone",
          "del calcagno", "del collo del femore", "del sacro", "del navicolare", "delle branche pubiche"]:
    gen("injuries", f"frattura da stress {b}")
for b in ["del femore", "del collo del femore", "vertebrale", "del polso", "dell'omero prossimale",
          "del radio distale", "del bacino", "del sacro"]:
    gen("injuries", f"frattura da fragilità {b}")
for b in ["del radio", "dell'ulna", "della clavicola", "dell'omero", "della tibia", "del perone", "di avambraccio"]:
    gen("injuries", f"frattura a legno verde {b}")
# "frattura di X" (article-less form, common in Italian emergency notes)
for b in ["tibia", "perone", "clavicola", "scapola", "rotula", "calcagno", "astragalo", "scafoide", "metacarpo",
          "metatarso", "falange", "sterno", "mandibola", "acetabolo", "sacro", "coccige", "olecrano", "costa",
          "coste", "gomito", "gamba", "avambraccio", "spalla", "anca", "dito", "alluce", "naso", "zigomo",
          "mascella", "cranio", "piede", "mano", "ginocchio", "tibia e perone", "radio e ulna",
          "radio distale", "omero prossimale", "piatto tibiale", "malleolo peroneale", "capitello radiale",
          "vertebra", "vertebra lombare", "vertebra dorsale", "vertebra cervicale", "epifisi distale di radio"]:
    gen("injuries", f"frattura di {b}")
for b in ["del ginocchio", "della gamba", "dell'avambraccio", "della spalla", "dell'anca", "del piede",
          "della mano", "del dito", "del naso", "del cranio", "della mascella", "del gomito"]:
    gen("injuries", f"frattura {b}")
# vertebral levels
LEVELS = [f"C{i}" for i in range(1, 8)] + [f"D{i}" for i in range(1, 13)] + [f"T{i}" for i in range(1, 13)] + \
         [f"L{i}" for i in range(1, 6)]
for lv in LEVELS:
    gen("injuries", f"frattura di {lv}")
    gen("injuries", f"frattura vertebrale di {lv}")
    gen("injuries", f"crollo vertebrale di {lv}")
    gen("injuries", f"frattura del soma di {lv}")
# adjectival fracture forms
for t in ["frattura omerale", "frattura femorale", "frattura tibiale", "frattura peroneale", "frattura radiale",
          "frattura ulnare", "frattura claveare", "frattura scapolare", "frattura rotulea", "frattura calcaneare",
          "frattura astragalica", "frattura metacarpale", "frattura metatarsale", "frattura falangea",
          "frattura sternale", "frattura mandibolare", "frattura acetabolare", "frattura sacrale",
          "frattura coccigea", "frattura olecranica", "frattura orbitaria", "frattura iliaca", "frattura pubica",
          "frattura diafisaria", "frattura epifisaria", "frattura metafisaria", "frattura articolare",
          "frattura intra-articolare", "frattura extra-articolare", "frattura da avulsione",
          "frattura da compressione", "frattura da schiacciamento", "frattura a cuneo", "frattura spiroide",
          "frattura trasversa", "frattura obliqua", "frattura sottoperiostea", "frattura composta stabile",
          "frattura instabile", "frattura costale multipla", "frattura costale composta",
          "frattura costale scomposta", "frattura di più coste", "frattura bifocale", "frattura peritrocanterica",
          "frattura dell'epifisi prossimale dell'omero", "frattura del collo anatomico dell'omero",
          "frattura del collo chirurgico dell'omero", "frattura della testa radiale", "frattura sovracondilica",
          "frattura sovracondilica dell'omero", "frattura bicondilica", "frattura intercondiloidea",
          "frattura di Salter-Harris", "distacco epifisario", "epifisiolisi", "frattura del collo del piede",
          "frattura di Lisfranc", "lussazione di Lisfranc", "frattura di Chopart", "frattura di Segond",
          "frattura di Hill-Sachs", "lesione di Hill-Sachs", "lesione di Bankart", "frattura di Bankart",
          "lesione SLAP", "frattura di Chance", "frattura di Jefferson", "frattura dell'impiccato",
          "frattura di Tillaux", "frattura di Hoffa", "frattura di Stieda", "frattura di Dupuytren"]:
    gen("injuries", t)

# --- Joint, muscle, soft-tissue injuries by site ---------------------------------
for h, sites in [
    ("distorsione", ["della caviglia", "del ginocchio", "del polso", "del gomito", "della spalla", "del piede",
                     "del pollice", "del dito", "delle dita della mano", "dell'alluce", "della mano",
                     "del rachide cervicale", "del rachide lombare", "dell'anca", "della tibio-tarsica",
                     "metacarpo-falangea", "interfalangea", "sottoastragalica", "di primo grado",
                     "di secondo grado", "di terzo grado"]),
    ("contusione", ["del torace", "dell'emitorace", "della parete toracica", "dell'addome", "della parete addominale",
                    "del capo", "cranica", "frontale", "del naso", "nasale", "dello zigomo", "del labbro",
                    "della mandibola", "del collo", "della schiena", "dorsale", "del rachide dorsale",
                    "del rachide lombare", "del braccio", "della spalla", "del gomito", "dell'avambraccio",
                    "del polso", "della mano", "del dito", "delle dita", "del pollice", "del ginocchio",
                    "della rotula", "della gamba", "della tibia", "del polpaccio", "della coscia", "dell'anca",
                    "del bacino", "della caviglia", "del piede", "dell'alluce", "del tallone", "dei testicoli",
                    "scrotale", "muscolare", "ossea del ginocchio", "del gluteo", "glutea", "del coccige",
                    "della regione sacrale", "della regione lombare", "toraco-addominale", "emitoracica",
                    "del midollo spinale", "midollare", "del globo oculare"]),
    ("ematoma", ["della coscia", "del polpaccio", "del gluteo", "della gamba", "dell'avambraccio", "del braccio",
                 "della mano", "del dorso della mano", "del piede", "della regione frontale", "frontale",
                 "occipitale", "temporale", "parietale", "periorbitario", "orbitario", "sottocongiuntivale",
                 "del setto nasale", "del padiglione auricolare", "scrotale", "vulvare", "perineale",
                 "della parete toracica", "mammario", "della mammella", "sottofasciale", "retro-orbitario",
                 "splenico", "epatico", "renale", "surrenalico", "mesenterico", 
                 "della guaina dei retti", "intramurale", "intraparietale", "intraddominale", "del pavimento pelvico",
                 "sottocapsulare", "sottocapsulare epatico", "sottocapsulare renale", "pretibiale", "del ginocchio",
                 "del gomito", "inguinale post-procedurale", "in sede di accesso femorale",
                 "in sede di accesso radiale", "del cuoio capelluto", "sottogaleale", "dei tessuti molli",
                 "dell'arto inferiore", "dell'arto superiore"]),
    ("lussazione", ["del pollice", "dell'alluce", "della clavicola", "dell'articolazione acromion-claveare",
                    "dell'articolazione sterno-claveare", "del carpo", "del tarso", "dell'astragalo",
                    "della testa del radio", "del capitello radiale", "della testa omerale",
                    "di protesi di spalla", "di protesi d'anca", "di protesi di ginocchio",
                    "dell'anca protesizzata", "della spalla recidivante", "traumatica", "abituale",
                    "recidivante", "inveterata", "del cristallino", "dentale", "del dente"]),
    ("ferita", ["della mano", "del dito", "del pollice", "delle dita", "del palmo della mano", "del polso",
                "dell'avambraccio", "del braccio", "del gomito", "del ginocchio", "della gamba", "del piede",
                "della pianta del piede", "del cuoio capelluto", "del capo", "del volto", "del viso", "frontale",
                "sopraccigliare", "palpebrale", "del labbro", "della lingua", "del mento", "del naso",
                "del padiglione auricolare", "del torace", "toracica", "addominale", "della parete addominale",
                "del collo", "del gluteo", "della coscia", "lacero-contusa della mano", "lacero-contusa del piede",
                "lacero-contusa del gomito", "lacero-contusa dell'avambraccio", "lacero-contusa della coscia",
                "lacero-contusa del naso", "lacero-contusa palpebrale", "lacero-contusa del padiglione auricolare",
                "lacero-contusa occipitale", "lacero-contusa parietale", "lacero-contusa temporale",
                "lacero-contusa zigomatica", "lacero-contusa della regione zigomatica", "da taglio della mano",
                "da taglio del dito", "da taglio dell'avambraccio", "da morso di cane", "penetrante addominale",
                "penetrante toracica", "trapassante", "con perdita di sostanza", "chirurgica deiscente",
                "chirurgica infetta", "chirurgica secernente", "chirurgica arrossata", "chirurgica dolente"]),
    ("ustione", ["del braccio", "dell'avambraccio", "della gamba", "della coscia", "del collo", "del cuoio capelluto",
                 "del dorso", "della schiena", "dei genitali", "del perineo", "delle dita", "del dito", "del polso",
                 "della caviglia", "del gluteo", "delle labbra", "del palmo della mano", "del dorso della mano",
                 "della pianta del piede", "del capo", "del cavo orale", "dell'esofago", "della cornea",
                 "della congiuntiva", "palpebrale", "facciale", "del volto e delle mani", "degli arti inferiori",
                 "degli arti superiori", "di I grado della mano", "di II grado della mano", "di III grado della mano",
                 "di II grado del piede", "di II grado della gamba", "di II grado del braccio",
                 "di II grado dell'avambraccio", "di II grado del volto", "di II grado del tronco",
                 "di II grado della coscia", "di II grado del torace", "di II grado dell'addome",
                 "di II grado superficiale della mano", "di II grado profondo della mano",
                 "di primo e secondo grado", "di secondo e terzo grado", "circonferenziale",
                 "a tutto spessore della mano", "da acqua bollente", "da olio bollente", "da vapore",
                 "da raggi solari", "da sole", "da ferro da stiro", "da acido", "da base forte", "da cemento",
                 "da corrente elettrica", "da freddo", "da radiazioni"]),
]:
    for s_ in sites:
        gen("injuries", f"{h} {s_}")
for h in ["trauma contusivo", "trauma distorsivo", "trauma"]:
    for s_ in ["della caviglia", "del ginocchio", "del polso", "della spalla", "del gomito", "della mano", "del piede",
               "dell'anca", "del bacino", "del torace", "del capo", "del volto", "del naso", "dell'alluce",
               "del pollice", "del dito", "della colonna", "del rachide", "del rachide cervicale",
               "del rachide dorsale", "del rachide lombare", "della gamba", "dell'avambraccio", "del braccio",
               "della coscia", "del gluteo", "del coccige", "dello sterno", "della regione lombare",
               "dell'emitorace", "della parete toracica", "dell'addome", "dell'occhio", "del globo oculare",
               "dello scroto", "dei genitali", "della mandibola", "dei denti", "del cranio", "dell'orecchio"]:
        if h == "trauma distorsivo" and s_ in ("del bacino", "del torace", "del capo", "del volto", "del naso",
                                               "del gluteo", "del coccige", "dello sterno", "dell'emitorace",
                                               "della parete toracica", "dell'addome", "dell'occhio",
                                               "del globo oculare", "dello scroto", "dei genitali", "dei denti",
                                               "del cranio", "dell'orecchio", "della coscia", "del braccio",
                                               "dell'avambraccio", "della gamba", "della regione lombare",
                                               "della mandibola"):
            continue
        gen("injuries", f"{h} {s_}")
for s_ in ["del bicipite femorale", "del retto femorale", "del gemello mediale", "del soleo", "degli adduttori",
           "del quadricipite", "del semimembranoso", "del semitendinoso", "del gastrocnemio", "del polpaccio",
           "della coscia", "del grande pettorale", "del deltoide", "dei muscoli paravertebrali", "del gluteo",
           "dell'ileopsoas", "del sovraspinato", "del sottoscapolare", "del sottospinato", "del tricipite"]:
    gen("injuries", f"lesione muscolare {s_}")
    gen("injuries", f"stiramento {s_}")
for s_ in ["del tendine d'Achille", "del tendine rotuleo", "del tendine quadricipitale", "del tendine del bicipite",
           "del tendine del sovraspinato", "del tendine del sottoscapolare", "dei flessori delle dita",
           "degli estensori delle dita", "del tendine estensore", "del tendine flessore", "del legamento crociato",
           "del legamento deltoideo", "del legamento peroneo-astragalico anteriore",
           "del legamento peroneo-calcaneare", "del legamento collaterale ulnare",
           "del legamento scafo-lunato", 
           "della fascia plantare", "della cuffia dei rotatori a tutto spessore",
           "parziale del sovraspinato", "del labbro glenoideo", "del labbro acetabolare",
           "della fibrocartilagine triangolare", "del menisco mediale a manico di secchio",
           "del corno posteriore del menisco mediale", "del corno posteriore del menisco laterale"]:
    gen("injuries", f"lesione {s_}" if not s_.startswith("parziale") else f"lesione {s_}")
    gen("injuries", f"rottura {s_}")

# --- Infections by organism ---------------------------------------------------------
BACTERIA = ["Escherichia coli", "E. coli", "Klebsiella pneumoniae", "Klebsiella", "Klebsiella pneumoniae KPC",
            "Pseudomonas aeruginosa", "Pseudomonas", "Staphylococcus aureus", "stafilococco aureo",
            "Staphylococcus aureus meticillino-resistente", "stafilococco aureo meticillino-resistente",
            "Staphylococcus aureus meticillino-sensibile", "MRSA", "MSSA", "Staphylococcus epidermidis",
            "stafilococchi coagulasi-negativi", "stafilococco", "Enterococcus faecalis", "Enterococcus faecium",
            "enterococco", "enterococchi resistenti alla vancomicina", "Streptococcus pneumoniae", "pneumococco",
            "Streptococcus pyogenes", "streptococco beta-emolitico di gruppo A", "streptococco di gruppo A",
            "streptococco di gruppo B", "Streptococcus agalactiae", "streptococco", "streptococchi viridanti",
            "Streptococcus gallolyticus", "Proteus mirabilis", "Proteus", "Enterobacter cloacae", "Enterobacter",
            "Serratia marcescens", "Acinetobacter baumannii", "Acinetobacter", "Citrobacter", "Morganella morganii",
            "Stenotrophomonas maltophilia", "Haemophilus influenzae", "Moraxella catarrhalis",
            "Legionella pneumophila", "Legionella", "Mycoplasma pneumoniae", "Chlamydia pneumoniae",
            "Chlamydia trachomatis", "Chlamydia", "Neisseria gonorrhoeae", "gonococco", "Neisseria meningitidis",
            "meningococco", "Listeria monocytogenes", "Listeria", "Salmonella", "Salmonella enteritidis",
            "Salmonella typhi", "Campylobacter", "Campylobacter jejuni", "Shigella", "Yersinia",
            "Clostridioides difficile", "Clostridium difficile", "Clostridium", "Helicobacter pylori",
            "Mycobacterium tuberculosis", "micobatteri atipici", "Mycobacterium avium", "Bartonella",
            "Brucella", "Treponema pallidum", "Borrelia burgdorferi", "Borrelia", "Coxiella burnetii",
            "Rickettsia", "Nocardia", "Actinomyces", "Bacteroides fragilis", "anaerobi", "germi anaerobi",
            "germi Gram-negativi", "Gram-negativi", "Gram-positivi", "germi Gram-positivi",
            "enterobatteri", "enterobatteri produttori di ESBL", "enterobatteri produttori di carbapenemasi",
            "germi produttori di ESBL", "KPC", "Staphylococcus saprophyticus", "Gardnerella vaginalis",
            "Ureaplasma urealyticum", "Mycoplasma genitalium", "Corynebacterium", "Cutibacterium acnes",
            "Propionibacterium acnes", "Aeromonas", "Vibrio", "Pasteurella multocida", "Capnocytophaga",
            "Fusobacterium necrophorum", "Kingella kingae", "Bordetella pertussis", "Burkholderia cepacia",
            "Achromobacter", "Providencia", "Leptospira", "Tropheryma whipplei", "Bacillus cereus"]
FUNGI = ["Candida", "Candida albicans", "Candida glabrata", "Candida auris", "Candida parapsilosis",
         "Candida krusei", "Aspergillus", "Aspergillus fumigatus", "Cryptococcus neoformans", "criptococco",
         "Pneumocystis jirovecii", "Mucor", "Histoplasma", "dermatofiti", "Trichophyton", "Malassezia",
         "miceti", "lieviti"]
VIRUSES = ["SARS-CoV-2", "coronavirus", "virus influenzale", "virus influenzale A", "virus influenzale B",
           "influenza A", "influenza B", "H1N1", "virus respiratorio sinciziale", "VRS", "adenovirus",
           "rhinovirus", "metapneumovirus", "parainfluenzale", "virus parainfluenzale", "norovirus", "rotavirus",
           "enterovirus", "parvovirus B19", "citomegalovirus", "CMV", "virus di Epstein-Barr", "EBV",
           "herpes simplex", "herpes simplex virus di tipo 1", "herpes simplex virus di tipo 2", "HSV",
           "HSV-1", "HSV-2", "virus varicella-zoster", "VZV", "herpes zoster", "HHV-6", "HHV-8",
           "HIV", "HIV-1", "HBV", "HCV", "HAV", "HEV", "HDV", "HPV", "HPV ad alto rischio", "papillomavirus",
           "virus dell'epatite A", "virus dell'epatite B", "virus dell'epatite C", "virus dell'epatite E",
           "virus dell'epatite delta", "virus West Nile", "West Nile virus", "virus Zika", "virus dengue",
           "virus del morbillo", "virus della parotite", "virus della rosolia", "poliomavirus BK", "virus BK",
           "virus JC", "virus Toscana", "virus TBE", "virus Coxsackie", "Coxsackie", "virus mpox", "monkeypox",
           "hMPV", "bocavirus"]
PARASITES = ["Plasmodium falciparum", "Plasmodium vivax", "Plasmodium ovale", "Plasmodium malariae", "Plasmodium",
             "Toxoplasma gondii", "toxoplasma", "Giardia lamblia", "Giardia", "Entamoeba histolytica",
             "Leishmania", "Strongyloides stercoralis", "Echinococcus granulosus", "echinococco",
             "Trichomonas vaginalis", "Trichomonas", "Enterobius vermicularis", "ossiuri", "Anisakis",
             "Sarcoptes scabiei", "Taenia solium", "Taenia", "Schistosoma", "Cryptosporidium",
             "Blastocystis hominis", "Ascaris lumbricoides", "Toxocara", "Trypanosoma cruzi", "pidocchi"]

for org in BACTERIA + FUNGI + VIRUSES + PARASITES:
    gen("infectious", f"infezione da {org}")
for org in BACTERIA + ["Candida", "Candida albicans", "Candida glabrata", "Candida auris", "Candida parapsilosis"]:
    if org in ("Chlamydia trachomatis", "Chlamydia", "Gardnerella vaginalis", "Ureaplasma urealyticum",
               "Mycoplasma genitalium", "Helicobacter pylori", "Treponema pallidum", "Borrelia burgdorferi",
               "Borrelia", "Tropheryma whipplei", "Mycoplasma pneumoniae", "Chlamydia pneumoniae",
               "Legionella", "Legionella pneumophila", "Coxiella burnetii", "Rickettsia", "Bordetella pertussis",
               "Leptospira", "Cutibacterium acnes", "Propionibacterium acnes", "Neisseria gonorrhoeae", "gonococco",
               "micobatteri atipici", "Mycobacterium avium", "Mycobacterium tuberculosis", "Actinomyces", "Nocardia",
               "Yersinia", "Campylobacter jejuni", "Shigella", "Clostridioides difficile", "Clostridium difficile",
               "Kingella kingae"):
        continue
    gen("infectious", f"sepsi da {org}")
    if not org.startswith("Candida"):
        gen("infectious", f"batteriemia da {org}")
for org in ["pneumococco", "Streptococcus pneumoniae", "Legionella", "Legionella pneumophila",
            "Mycoplasma pneumoniae", "Mycoplasma", "Chlamydia pneumoniae", "Klebsiella pneumoniae", "Klebsiella",
            "Pseudomonas aeruginosa", "Pseudomonas", "Staphylococcus aureus", "stafilococco aureo", "MRSA",
            "Haemophilus influenzae", "Moraxella catarrhalis", "Acinetobacter baumannii", "Escherichia coli",
            "germi Gram-negativi", "Gram-negativi", "anaerobi", "Aspergillus", "SARS-CoV-2", "COVID-19",
            "virus influenzale", "influenza A", "H1N1", "virus respiratorio sinciziale", "VRS", "adenovirus",
            "citomegalovirus", "CMV", "metapneumovirus", "virus varicella-zoster", "Stenotrophomonas maltophilia",
            "Serratia marcescens", "Enterobacter cloacae", "Nocardia", "micobatteri atipici", "Coxiella burnetii",
            "Chlamydia psittaci", "rhinovirus"]:
    gen("infectious", f"polmonite da {org}")
for org in ["Escherichia coli", "E. coli", "Klebsiella pneumoniae", "Klebsiella", "Proteus mirabilis", "Proteus",
            "Enterococcus faecalis", "enterococco", "Pseudomonas aeruginosa", "Pseudomonas", "Enterobacter cloacae",
            "Citrobacter", "Morganella morganii", "Candida", "KPC", "Klebsiella pneumoniae KPC",
            "Staphylococcus saprophyticus", "enterobatteri produttori di ESBL", "germi produttori di ESBL",
            "Serratia marcescens", "Providencia", "germi multiresistenti"]:
    gen("infectious", f"infezione urinaria da {org}")
    gen("infectious", f"IVU da {org}", "N39.0", "B")
    gen("infectious", f"cistite da {org}")
for org in ["Escherichia coli", "E. coli", "Klebsiella pneumoniae", "Proteus mirabilis", "Enterococcus faecalis",
            "Pseudomonas aeruginosa"]:
    gen("infectious", f"pielonefrite da {org}")
    gen("infectious", f"urosepsi da {org}")
for org in ["meningococco", "Neisseria meningitidis", "pneumococco", "Streptococcus pneumoniae",
            "Listeria monocytogenes", "Listeria", "Haemophilus influenzae", "Cryptococcus neoformans",
            "criptococco", "herpes simplex", "HSV", "HSV-1", "enterovirus", "streptococco di gruppo B",
            "Mycobacterium tuberculosis", "virus varicella-zoster", "virus West Nile", "virus Toscana",
            "Escherichia coli"]:
    gen("infectious", f"meningite da {org}")
for org in ["herpes simplex", "HSV", "HSV-1", "virus varicella-zoster", "VZV", "virus West Nile", "enterovirus",
            "virus TBE", "citomegalovirus", "virus di Epstein-Barr", "toxoplasma", "Toxoplasma gondii",
            "virus del morbillo", "HHV-6", "Listeria"]:
    gen("infectious", f"encefalite da {org}")
for org in ["Staphylococcus aureus", "stafilococco aureo", "MRSA", "Streptococcus gallolyticus", "Streptococcus bovis",
            "streptococchi viridanti", "Streptococcus viridans", "Enterococcus faecalis", "enterococco",
            "Staphylococcus epidermidis", "stafilococchi coagulasi-negativi", "Candida", "Coxiella burnetii",
            "Bartonella", "germi HACEK", "Streptococcus mitis", "Streptococcus sanguinis", "Cutibacterium acnes"]:
    gen("infectious", f"endocardite da {org}")
for org in ["Clostridioides difficile", "C. difficile", "citomegalovirus", "CMV", "Campylobacter", "Salmonella",
            "Shigella", "Escherichia coli enteroemorragico", "Yersinia", "Entamoeba histolytica"]:
    gen("infectious", f"colite da {org}")
for org in ["norovirus", "rotavirus", "adenovirus", "Salmonella", "Campylobacter", "Campylobacter jejuni",
            "Escherichia coli", "Shigella", "Yersinia", "Giardia", "Cryptosporidium", "Clostridioides difficile",
            "Bacillus cereus", "Staphylococcus aureus", "astrovirus", "sapovirus"]:
    gen("infectious", f"gastroenterite da {org}")
for org in ["KPC", "Klebsiella pneumoniae KPC", "MRSA", "enterobatteri produttori di carbapenemasi",
            "enterobatteri produttori di ESBL", "Acinetobacter baumannii", "enterococchi resistenti alla vancomicina",
            "VRE", "CPE", "Candida auris", "Pseudomonas aeruginosa multiresistente", "germi MDR",
            "Klebsiella pneumoniae produttrice di carbapenemasi", "Clostridioides difficile"]:
    gen("infectious", f"colonizzazione da {org}")
for org in ["Staphylococcus aureus", "stafilococco aureo", "MRSA", "Streptococcus pyogenes", "streptococco",
            "Pseudomonas aeruginosa", "Pasteurella multocida", "anaerobi", "Escherichia coli", "Enterococcus faecalis",
            "germi multiresistenti", "Acinetobacter baumannii"]:
    gen("infectious", f"infezione della ferita da {org}")
for org in ["Staphylococcus aureus", "stafilococco aureo", "MRSA", "Staphylococcus epidermidis",
            "stafilococchi coagulasi-negativi", "Cutibacterium acnes", "Enterococcus faecalis",
            "Pseudomonas aeruginosa", "Escherichia coli", "Candida", "streptococco"]:
    gen("infectious", f"infezione periprotesica da {org}")
    gen("infectious", f"osteomielite da {org}")
for org in ["Staphylococcus aureus", "stafilococco aureo", "MRSA", "Streptococcus pyogenes",
            "streptococco beta-emolitico di gruppo A", "Pseudomonas aeruginosa", "anaerobi", "germi misti"]:
    gen("infectious", f"cellulite da {org}")
    gen("infectious", f"ascesso da {org}")
for org in ["streptococco beta-emolitico di gruppo A", "streptococco di gruppo A", "Streptococcus pyogenes",
            "virus di Epstein-Barr", "EBV", "adenovirus", "Fusobacterium necrophorum", "gonococco",
            "Mycoplasma pneumoniae"]:
    gen("infectious", f"faringite da {org}")
    gen("infectious", f"faringotonsillite da {org}")
for org in ["Candida", "Candida albicans", "Trichomonas vaginalis", "Gardnerella vaginalis", "Chlamydia trachomatis",
            "Neisseria gonorrhoeae", "Mycoplasma genitalium", "Ureaplasma urealyticum", "herpes simplex", "HPV"]:
    gen("infectious", f"vaginite da {org}" if org not in ("HPV",) else f"lesione genitale da {org}")
for org in ["Chlamydia trachomatis", "Neisseria gonorrhoeae", "gonococco", "Mycoplasma genitalium",
            "Ureaplasma urealyticum", "Trichomonas vaginalis"]:
    gen("infectious", f"uretrite da {org}")
for org in ["herpes simplex", "adenovirus", "Chlamydia trachomatis", "Staphylococcus aureus", "Pseudomonas aeruginosa",
            "Acanthamoeba", "funghi"]:
    gen("infectious", f"cheratite da {org}")
    if org != "Acanthamoeba":
        gen("infectious", f"congiuntivite da {org}")
for org in ["HBV", "HCV", "virus B", "virus C", "citomegalovirus", "CMV", "virus di Epstein-Barr", "EBV",
            "HEV", "HAV", "herpes simplex"]:
    gen("infectious", f"epatite da {org}")
for org in ["Candida", "Aspergillus", "Cryptococcus neoformans", "Pneumocystis jirovecii", "Mucor", "dermatofiti",
            "Trichophyton rubrum", "Malassezia furfur", "Histoplasma capsulatum"]:
    gen("infectious", f"micosi da {org}")
for org in ["Escherichia coli", "Bacteroides fragilis", "anaerobi", "Enterococcus faecium", "Klebsiella pneumoniae",
            "Streptococcus anginosus", "Streptococcus milleri", "Staphylococcus aureus", "Entamoeba histolytica",
            "Candida"]:
    gen("infectious", f"ascesso epatico da {org}")
for org in ["Staphylococcus aureus", "MRSA", "Staphylococcus epidermidis", "stafilococchi coagulasi-negativi",
            "Candida", "Candida parapsilosis", "Klebsiella pneumoniae", "Pseudomonas aeruginosa", "Enterococcus faecalis"]:
    gen("infectious", f"infezione del catetere venoso centrale da {org}")
    gen("infectious", f"sepsi da catetere da {org}")

# organ infections with "infezione" + site
for s_ in ["della cute e dei tessuti molli", "dei tessuti molli", "cutanea", "del piede", "del piede diabetico",
           "dell'ulcera", "della lesione da pressione", "del moncone di amputazione", "della protesi d'anca",
           "della protesi di ginocchio", "della protesi di spalla", "del mezzo di sintesi", "dei mezzi di sintesi",
           "della sternotomia", "della laparotomia", "della ferita laparotomica", "della ferita sternotomica",
           "dell'episiotomia", "del taglio cesareo", "della ferita del taglio cesareo", "dell'exit-site del catetere",
           "del sito di inserzione del catetere", "della tracheostomia", "del drenaggio", "dello shunt",
           "della derivazione ventricolo-peritoneale", "del device cardiaco", "del defibrillatore impiantabile",
           "del pacemaker", "dell'elettrocatetere", "della protesi vascolare", "dell'endoprotesi aortica",
           "della fistola artero-venosa", "del port-a-cath", "del PICC", "intra-addominale",
           "addominale complicata", "pelvica", "del tratto genitale", "genitale", "ostetrica", "puerperale",
           "dell'orecchio", "dentale", "odontogena", "del cavo orale", "oculare", "orbitaria", "del sistema nervoso centrale",
           "del SNC", "osteoarticolare", "articolare", "ossea", "vertebrale", "dello spazio discale",
           "polmonare", "delle vie aeree", "delle vie biliari", "biliare", "gastrointestinale", "intestinale",
           "enterica", "sistemica", "generalizzata", "disseminata", "invasiva", "localizzata", "acuta", "cronica",
           "ricorrente", "recidivante", "persistente", "grave", "severa", "complicata", "polimicrobica",
           "da germi resistenti", "da germi Gram-negativi multiresistenti", "fungina invasiva", "micotica invasiva",
           "virale acuta", "batterica acuta", "batterica sistemica", "congenita", "neonatale", "perinatale",
           "connatale", "post-traumatica", "post-chirurgica", "post-procedurale", "iatrogena", "opportunistica"]:
    gen("infectious", f"infezione {s_}")

# inflammations with course qualifiers
for base, quals in [
    ("gastrite", ["acuta", "cronica", "cronica attiva", "cronica superficiale", "antrale", "erosiva antrale",
                  "iperemica", "atrofica metaplasica", "linfocitaria", "follicolare", "eosinofila", "chimica",
                  "da reflusso biliare", "da stress", "HP-positiva", "HP-correlata"]),
    ("epatite", ["acuta", "cronica", "fulminante", "colestatica", "granulomatosa", "ischemica", "lupoide",
                 "reattiva", "virale B", "virale C", "virale A", "B acuta", "A acuta", "C acuta",
                 "B riattivata", "HBV-correlata", "HCV-correlata", "cronica attiva", "cronica persistente",
                 "alcolica acuta"]),
    ("bronchite", ["acuta", "cronica", "cronica riacutizzata", "acuta virale", "acuta batterica", "asmatiforme",
                   "cronica tabagica", "ricorrente", "spastica", "obliterante"]),
    ("sinusite", ["acuta", "cronica", "ricorrente", "frontale", "mascellare", "etmoidale", "sfenoidale",
                  "batterica", "allergica", "odontogena", "fungina", "purulenta"]),
    ("pansinusite", [""]),
    ("etmoidite", ["", "acuta"]),
    ("tonsillite", ["acuta", "cronica", "ricorrente", "batterica", "virale", "purulenta", "follicolare",
                    "essudativa"]),
    ("faringite", ["acuta", "cronica", "virale", "batterica", "streptococcica", "granulosa", "atrofica"]),
    ("laringite", ["acuta", "cronica", "virale", "da reflusso", "ipoglottica", "sottoglottica"]),
    ("rinite", ["acuta", "cronica", "virale", "atrofica", "ipertrofica", "non allergica", "eosinofila", "gravidica"]),
    ("otite", ["media acuta ricorrente", "media cronica purulenta", "media cronica colesteatomatosa",
               "media acuta perforata", "media acuta bilaterale", "media secretiva", "esterna acuta",
               "esterna diffusa", "esterna micotica", "esterna necrotizzante", "barotraumatica"]),
    ("pielonefrite", ["acuta", "cronica", "acuta complicata", "acuta non complicata", "xantogranulomatosa",
                      "gravidica", "ricorrente"]),
    ("prostatite", ["acuta", "cronica", "batterica acuta", "batterica cronica", "cronica abatterica",
                    "granulomatosa"]),
    ("cistite", ["acuta", "cronica", "recidivante", "batterica", "acuta non complicata", "acuta complicata",
                 "post-coitale", "da catetere", "da ciclofosfamide", "eosinofila", "ghiandolare"]),
    ("pericardite", ["acuta", "cronica", "ricorrente", "acuta idiopatica", "virale", "batterica", "tubercolare",
                     "uremica", "neoplastica", "purulenta", "essudativa", "fibrinosa", "epistenocardica"]),
    ("miocardite", ["acuta", "cronica", "fulminante", "a cellule giganti", "eosinofila", "linfocitaria",
                    "autoimmune", "da checkpoint inibitori", "post-vaccinale"]),
    ("osteomielite", ["acuta", "cronica", "ematogena", "vertebrale", "del piede diabetico", "post-traumatica",
                      "del calcagno", "della mandibola", "dell'osso sacro"]),
    ("tiroidite", ["acuta", "cronica", "subacuta granulomatosa", "linfocitaria", "linfocitaria cronica",
                   "indolore", "da amiodarone", "da interferone", "di Riedel", "suppurativa"]),
    ("congiuntivite", ["acuta", "cronica", "adenovirale", "purulenta", "gonococcica", "da clamidia",
                       "primaverile", "papillare gigante", "neonatale", "follicolare", "irritativa"]),
    ("blefarite", ["cronica", "seborroica", "stafilococcica", "angolare"]),
    ("dermatite", ["acuta", "cronica", "da stasi venosa", "eczematosa cronica", "esfoliativa", "irritativa",
                   "allergica", "solare", "da farmaci", "da insetti", "da cerotto", "medicamentosa",
                   "delle mani", "del volto", "palpebrale", "periorbitale", "del cuoio capelluto", "perianale",
                   "peristomale da contatto", "bollosa", "pustolosa", "vescicolosa"]),
    ("colite", ["acuta", "cronica", "ulcerosa distale", "ulcerosa sinistra", "ulcerosa estesa", "ulcerosa attiva",
                "ulcerosa in remissione", "ulcerosa severa", "segmentaria", "destra", "sinistra", "emorragica",
                "eosinofila", "da farmaci", "da FANS", "da antibiotici", "neutropenica", "da CMV",
                "associata a diverticoli", "del sigma"]),
    ("proctite", ["acuta", "cronica", "infettiva", "da clamidia", "gonococcica", "erpetica"]),
    ("mastoidite", ["cronica", "coalescente"]),
    ("orchite", ["acuta", "cronica", "da parotite", "batterica", "granulomatosa"]),
    ("epididimite", ["acuta", "cronica"]),
    ("endometrite", ["acuta", "cronica", "post-partum", "post-abortiva"]),
    ("salpingite", ["acuta", "cronica"]),
    ("annessite", ["acuta", "cronica", "bilaterale"]),
    ("parotite", ["acuta", "acuta batterica", "cronica ricorrente", "suppurativa", "virale"]),
    ("scialoadenite", ["acuta", "cronica", "sottomandibolare", "litiasica"]),
    ("sinovite", ["acuta", "cronica", "reattiva", "transitoria", "del ginocchio", "dell'anca", "del polso",
                  "della caviglia", "della spalla", "traumatica", "villonodulare pigmentosa"]),
    ("borsite", ["acuta", "cronica", "settica", "della spalla", "del gomito", "del ginocchio", "dell'anca",
                 "dell'ileopsoas", "retrocalcaneare", "ischiatica", "infrapatellare"]),
    ("tendinite", ["acuta", "cronica", "del sovraspinato", "del bicipite", "del capo lungo del bicipite",
                   "dei flessori", "degli estensori", "del polso", "degli adduttori", "del tendine d'Achille",
                   "del ginocchio", "della zampa d'oca", "dei peronieri", "del tibiale anteriore",
                   "del medio gluteo", "del quadricipite", "dell'ileopsoas"]),
    ("tendinopatia", ["del sovraspinato", "del sottospinato", "del sottoscapolare", "del capo lungo del bicipite",
                      "della cuffia dei rotatori", "degenerativa della cuffia dei rotatori", "inserzionale",
                      "del medio gluteo", "degli adduttori", "dei peronieri", "del tibiale posteriore",
                      "del quadricipite", "degli epicondiloidei", "degli epitrocleari", "calcifica del sovraspinato",
                      "degenerativa", "insercionale achillea", "del tendine rotuleo"]),
    ("tenosinovite", ["dei flessori", "degli estensori", "del tibiale posteriore", "dei peronieri",
                      "del bicipite", "settica", "reattiva", "del primo compartimento"]),
    ("artrite", ["acuta", "cronica", "del ginocchio", "dell'anca", "del polso", "della caviglia", "della spalla",
                 "del gomito", "delle mani", "dei piedi", "delle piccole articolazioni", "delle interfalangee",
                 "temporo-mandibolare", "infettiva", "batterica", "virale", "tubercolare", "gonococcica",
                 "post-infettiva", "post-streptococcica", "idiopatica", "indifferenziata", "erosiva",
                 "sieronegativa", "simmetrica", "asimmetrica", "migrante", "gottosa acuta", "settica del ginocchio",
                 "da Lyme", "giovanile", "precoce", "in fase attiva"]),
    ("gotta", ["acuta", "cronica", "tofacea", "poliarticolare", "del ginocchio", "dell'alluce"]),
    ("meningite", ["acuta", "cronica", "purulenta", "linfocitaria", "ricorrente", "carcinomatosa",
                   "neoplastica", "chimica", "fungina", "neonatale"]),
    ("encefalite", ["acuta", "autoimmune", "limbica", "limbica autoimmune", "post-infettiva", "da anticorpi anti-NMDA",
                    "anti-NMDAR", "paraneoplastica", "giapponese"]),
    ("glomerulonefrite", ["membranosa", "extracapillare", "mesangiale", "a depositi di IgA", "lupica",
                          "pauci-immune", "crescentica", "proliferativa"]),
    ("enterite", ["acuta", "cronica", "virale", "batterica", "regionale", "eosinofila", "da radiazioni"]),
    ("ileite", ["acuta", "terminale", "da reflusso"]),
    ("colangite", ["ricorrente", "acuta litiasica", "IgG4-correlata", "secondaria", "purulenta"]),
    ("epiglottite", ["acuta"]),
    ("mastite", ["acuta", "cronica", "granulomatosa", "periduttale", "non puerperale"]),
    ("peritonite", ["acuta", "purulenta", "fibrino-purulenta", "biliare", "chimica", "tubercolare", "terziaria",
                    "post-operatoria", "da perforazione"]),
    ("pleurite", ["acuta", "tubercolare", "parapneumonica", "reumatoide", "lupica", "fibrinosa", "virale",
                  "carcinomatosa"]),
    ("uveite", ["acuta", "cronica", "posteriore", "intermedia", "anteriore acuta", "bilaterale", "granulomatosa"]),
    ("cheratite", ["puntata", "puntata superficiale", "erpetica", "batterica", "micotica", "da acanthamoeba",
                   "da lenti a contatto", "attinica", "neurotrofica", "da esposizione"]),
    ("vasculite", ["cerebrale", "retinica", "urticarioide", "da IgA", "crioglobulinemica", "da farmaci",
                   "dei grandi vasi", "dei piccoli vasi", "dei medi vasi", "primaria", "secondaria"]),
    ("spondilite", ["infettiva", "tubercolare", "psoriasica"]),
    ("esofagite", ["di grado A", "di grado B", "di grado C", "di grado D", "da farmaci", "da pillola", "erpetica",
                   "da CMV", "attinica", "necrotizzante acuta", "peptica"]),
    ("duodenite", ["erosiva", "cronica", "bulbare", "peptica"]),
    ("nefrite", ["lupica di classe III", "lupica di classe IV", "lupica di classe V", "interstiziale da farmaci",
                 "interstiziale cronica", "ereditaria", "da shunt"]),
    ("flebite", ["superficiale", "da puntura", "chimica", "in sede di accesso venoso", "dell'arto superiore",
                 "della safena", "migrante"]),
]:
    for q in quals:
        gen("inflammations", f"{base} {q}".strip())

# --- Valves ---------------------------------------------------------------------
VALVE_CODES = {("stenosi", "aortica"): "I35.0", ("insufficienza", "aortica"): "I35.1",
               ("insufficienza", "mitralica"): "I34.0", ("stenosi", "polmonare"): "I37.0",
               ("insufficienza", "polmonare"): "I37.1"}
for head in ["stenosi", "insufficienza"]:
    for v in ["aortica", "mitralica", "tricuspidale", "polmonare"]:
        code = VALVE_CODES.get((head, v), "")
        gen("cardiovascular", f"{head} {v}", code)
        sev = ["lieve", "moderata", "severa", "lieve-moderata", "moderato-severa", "di grado lieve",
               "di grado moderato", "di grado severo"]
        if head == "stenosi":
            sev = ["lieve", "moderata", "severa"] + (["serrata", "critica", "valvolare", "sintomatica",
                                                      "asintomatica", "moderato-severa"] if v in ("aortica", "mitralica") else [])
            if v == "tricuspidale":
                sev = []
        if head == "insufficienza" and v == "polmonare":
            sev = ["lieve", "moderata", "severa"]
        for s_ in sev:
            gen("cardiovascular", f"{head} {v} {s_}", code)
for v in ["aortica", "mitralica"]:
    gen("cardiovascular", f"steno-insufficienza {v}")
    gen("cardiovascular", f"steno-insufficienza {v} severa")
    gen("cardiovascular", f"valvulopatia {v} severa")
    gen("cardiovascular", f"valvulopatia {v} degenerativa")
for v in ["aortica", "mitralica", "tricuspidale"]:
    gen("cardiovascular", f"insufficienza {v} acuta")
    gen("cardiovascular", f"insufficienza {v} funzionale")
    gen("cardiovascular", f"insufficienza {v} secondaria")
    gen("cardiovascular", f"insufficienza {v} primitiva")
for v, vm in [("aortico", "aortica"), ("mitralico", "mitralica"), ("tricuspidale", "tricuspidale"),
              ("polmonare", "polmonare")]:
    for s_ in ["", "lieve", "moderato", "severo", "lieve-moderato", "moderato-severo"]:
        gen("cardiovascular", f"rigurgito {v} {s_}".strip())
for t in ["prolasso tricuspidale", "prolasso valvolare tricuspidale", "prolasso del lembo posteriore mitralico",
          "prolasso del lembo anteriore mitralico", "prolasso bilembo", "prolasso mitralico bilembo",
          "flail del lembo posteriore", "degenerazione mixomatosa della mitrale", "valvola mitrale mixomatosa",
          "calcificazione della valvola aortica", "calcificazione dell'anello mitralico", "valvola aortica sclerocalcifica",
          "valvola aortica tricuspide sclerotica", "stenosi sottovalvolare aortica", "stenosi sopravalvolare aortica",
          "ostruzione dinamica all'efflusso", "ostruzione del tratto di efflusso del ventricolo sinistro",
          "SAM mitralico", "movimento sistolico anteriore della mitrale"]:
    gen("cardiovascular", t)

# --- Arteries and veins -------------------------------------------------------------
ARTERIES = ["della carotide interna", "della carotide comune", "della carotide esterna", "dell'arteria vertebrale",
            "dell'arteria basilare", "dell'arteria succlavia", "del tronco anonimo", "dell'arteria renale",
            "dell'arteria femorale comune", "dell'arteria femorale superficiale", "dell'arteria femorale profonda",
            "dell'arteria poplitea", "dell'arteria iliaca comune", "dell'arteria iliaca esterna",
            "dell'arteria iliaca interna", "dell'arteria tibiale anteriore", "dell'arteria tibiale posteriore",
            "dell'arteria peroniera", "del tronco tibio-peroniero", "dell'arteria mesenterica superiore",
            "dell'arteria mesenterica inferiore", "del tripode celiaco", "dell'arteria cerebrale media",
            "dell'arteria cerebrale anteriore", "dell'arteria cerebrale posteriore", "dell'arteria omerale",
            "dell'arteria ascellare", "dell'arteria radiale", "dell'arteria ulnare", "dell'aorta addominale",
            "del sifone carotideo", "della coronaria destra", "della discendente anteriore", "della circonflessa",
            "del ramo intermedio", "del primo ramo diagonale", "del ramo diagonale", "del ramo marginale",
            "del ramo ottuso marginale", "della discendente posteriore", "dell'arteria interventricolare anteriore",
            "della IVA", "della CDx", "della Cx", "del graft venoso", "del graft arterioso", "dell'arteria mammaria",
            "dell'arteria centrale della retina", "dell'arteria splenica", "dell'arteria epatica",
            "dell'arteria polmonare", "del ramo principale dell'arteria polmonare"]
for a in ARTERIES:
    gen("cardiovascular", f"stenosi {a}")
    gen("cardiovascular", f"occlusione {a}")
for a in ["dell'arteria femorale superficiale", "dell'arteria poplitea", "dell'arteria iliaca comune",
          "dell'arteria mesenterica superiore", "dell'arteria basilare", "dell'arteria renale", "dell'arteria omerale",
          "dell'arteria cerebrale media", "della carotide interna", "dell'arteria splenica", "dell'arteria epatica",
          "dell'aorta addominale", "dell'arteria ascellare", "del graft", "dello stent femorale"]:
    gen("cardiovascular", f"trombosi {a}")
    gen("cardiovascular", f"embolia {a}")
for a in ["dell'arteria poplitea", "dell'arteria femorale", "dell'arteria iliaca comune", "dell'arteria splenica",
          "dell'arteria renale", "dell'arteria mesenterica superiore", "dell'arteria epatica",
          "dell'arteria comunicante anteriore", "dell'arteria comunicante posteriore", "dell'arteria cerebrale media",
          "dell'arteria basilare", "della carotide interna", "del sifone carotideo", "dell'arteria vertebrale",
          "dell'arco aortico", "della radice aortica", "del seno di Valsalva", "dell'aorta toraco-addominale",
          "dell'aorta discendente", "dell'arteria succlavia", "dell'arteria femorale comune", "coronarico",
          "micotico", "infiammatorio", "sacciforme", "fusiforme", "dell'apice ventricolare sinistro",
          "del setto interatriale"]:
    gen("cardiovascular", f"aneurisma {a}")
for a in ["della carotide", "della carotide interna", "dell'arteria vertebrale", "dell'arteria renale",
          "dell'arteria mesenterica superiore", "dell'arteria iliaca", "dell'arteria coronaria", "coronarica",
          "dell'aorta toracica", "dell'aorta addominale", "dell'arco aortico", "dell'aorta ascendente"]:
    gen("cardiovascular", f"dissezione {a}")
VEINS = ["della vena femorale comune", "della vena femorale superficiale", "della vena femorale", "della vena poplitea",
         "delle vene tibiali", "delle vene tibiali posteriori", "delle vene peroniere", "delle vene surali",
         "delle vene gemellari", "delle vene muscolari del polpaccio", "della vena iliaca", "della vena iliaca comune",
         "della vena iliaca esterna", "della vena giugulare interna", "della vena cefalica", "della vena basilica",
         "della vena brachiocefalica", "della vena omerale", "della grande safena", "della piccola safena",
         "della vena safena magna", "della vena safena parva", "del seno sagittale superiore", "del seno trasverso",
         "del seno sigmoideo", "del seno cavernoso", "della vena di Galeno", "delle vene corticali",
         "della vena mesenterica inferiore", "della vena ovarica", "della vena gonadica", "della vena cava superiore",
         "della vena ombelicale", "della vena centrale della retina", "di branca venosa retinica",
         "della fistola", "della vena porta e della vena mesenterica superiore", "dei rami portali",
         "del ramo portale destro", "del ramo portale sinistro", "venosa intracranica",
         "venosa profonda prossimale femoro-poplitea", "venosa profonda distale isolata",
         "venosa profonda bilaterale", "venosa profonda in gravidanza", "venosa profonda recidivante",
         "venosa profonda paraneoplastica", "venosa profonda associata a catetere", "venosa superficiale della safena",
         "venosa profonda surale", "venosa portale neoplastica", "neoplastica della vena porta"]
for v in VEINS:
    gen("cardiovascular", f"trombosi {v}")
for t in ["TVP della vena femorale", "TVP della vena poplitea", "TVP surale", "TVP femoro-poplitea", "TVP ileo-femorale",
          "TVP dell'arto superiore", "TVP dell'arto inferiore", "TVP bilaterale", "TVP distale isolata",
          "TVP recidivante", "TVP correlata a catetere", "TVP in gravidanza"]:
    gen("cardiovascular", t, "", "B")

# --- Pressure ulcers ---------------------------------------------------------------
PU_HEADS = ["lesione da pressione", "ulcera da pressione", "piaga da decubito", "lesione da decubito",
            "ulcera da decubito", "LDP"]
for h in PU_HEADS:
    flag = "B" if h == "LDP" else ""
    for st in ["I", "II", "III", "IV"]:
        gen("complications", f"{h} di {st} stadio", "L89", flag)
        gen("complications", f"{h} di stadio {st}", "L89", flag)
    if h in ("lesione da pressione", "ulcera da pressione", "LDP"):
        for st in ["1", "2", "3", "4"]:
            gen("complications", f"{h} di categoria {st}", "L89", flag)
        gen("complications", f"{h} non stadiabile", "L89", flag)
        gen("complications", f"{h} da danno tissutale profondo", "L89", flag)
    else:
        for st in ["I", "II", "III", "IV"]:
            gen("complications", f"{h} di {st} grado", "L89", flag)
    for s_ in ["sacrale", "del tallone", "calcaneare", "trocanterica", "ischiatica", "occipitale", "del gomito",
               "glutea", "malleolare", "coccigea", "scapolare", "sacro-coccigea", "dei talloni", "del padiglione auricolare",
               "della regione sacrale", "infetta"]:
        if s_ == "dei talloni":
            continue
        gen("complications", f"{h} {s_}", "L89", flag)

# --- Spine levels -------------------------------------------------------------------
DISC = ["C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-D1", "C7-T1", "D11-D12", "D12-L1", "L1-L2", "L2-L3",
        "L3-L4", "L4-L5", "L5-S1"]
for lv in DISC:
    for h in ["ernia discale", "protrusione discale", "discopatia", "ernia del disco", "bulging discale"]:
        gen("musculoskeletal", f"{h} {lv}")
for lv in ["L3-L4", "L4-L5", "L5-S1", "C5-C6", "C6-C7"]:
    gen("musculoskeletal", f"stenosi del canale {lv}")
    gen("musculoskeletal", f"stenosi foraminale {lv}")
for lv in ["L4-L5", "L5-S1", "L3-L4"]:
    gen("musculoskeletal", f"spondilolistesi {lv}")
    gen("musculoskeletal", f"anterolistesi {lv}")
for lv in ["L4", "L5", "S1", "C6", "C7", "C5", "L3"]:
    gen("neurological", f"radicolopatia {lv}")
    gen("neurological", f"radicolopatia da compressione della radice {lv}")

# --- Pain / swelling in anatomical regions -----------------------------------------
REGIONS = ["lombare", "dorsale", "cervicale", "sacrale", "glutea", "inguinale", "epigastrica", "sovrapubica",
           "temporale", "frontale", "occipitale", "mandibolare", "parotidea", "sottomandibolare", "retroauricolare",
           "perianale", "perineale", "scapolare", "interscapolare", "sternale", "precordiale", "mammaria",
           "ascellare", "trocanterica", "poplitea", "plantare", "calcaneare", "malleolare", "costale",
           "paravertebrale", "lombo-sacrale", "sacro-iliaca", "coccigea", "pubica", "periombelicale",
           "laterocervicale", "sovraclaveare", "sottoclaveare", "nucale", "parietale", "orbitaria", "periorbitaria",
           "zigomatica", "mascellare", "retrosternale", "lombare destra", "lombare sinistra", "iliaca destra",
           "iliaca sinistra", "ipocondriaca destra", "ipocondriaca sinistra", "mesogastrica", "ipogastrica",
           "deltoidea", "olecranica", "carpale", "tenar", "ipotenar", "rotulea", "pretibiale", "achillea",
           "dorsale del piede", "metatarsale", "cervico-dorsale", "dorso-lombare", "scrotale", "vulvare", "anale",
           "ombelicale", "gengivale", "auricolare", "temporo-mandibolare", "sottomentoniera"]
for r in REGIONS:
    gen("symptoms_signs", f"dolore in regione {r}")
for r in ["parotidea", "sottomandibolare", "laterocervicale", "inguinale", "ascellare", "retroauricolare", "perianale",
          "poplitea", "malleolare", "sternale", "sovraclaveare", "mammaria", "scrotale", "vulvare", "ombelicale",
          "sottomentoniera", "glutea", "lombare", "frontale", "temporale", "occipitale", "zigomatica",
          "periorbitaria", "pretibiale", "dorsale del piede", "trocanterica", "olecranica", "carpale", "tiroidea",
          "sacrale", "paravertebrale", "interscapolare", "deltoidea"]:
    gen("symptoms_signs", f"tumefazione in regione {r}")
for r in ["frontale", "temporale", "occipitale", "parietale", "periorbitaria", "zigomatica", "glutea", "inguinale",
          "lombare", "sacrale", "deltoidea", "pretibiale", "trocanterica", "perineale", "sovrapubica", "mammaria",
          "sternale", "costale", "scapolare", "malleolare"]:
    gen("injuries", f"ematoma in regione {r}")
    gen("injuries", f"ferita lacero-contusa in regione {r}")
    gen("injuries", f"contusione in regione {r}")
    gen("injuries", f"escoriazione in regione {r}")

# --- Symptom qualifier families ----------------------------------------------------
for base, quals in [
    ("febbre", ["alta", "elevata", "continua", "continua-remittente", "remittente", "intermittente", "serotina",
                "vespertina", "notturna", "persistente", "ricorrente", "resistente agli antipiretici",
                "non responsiva agli antipiretici", "con brivido", "con brividi scuotenti", "elevata con brivido",
                "di natura da determinare", "di ndd", "di origine indeterminata", "settica", "a picchi",
                "ondulante", "periodica", "da farmaci", "post-trasfusionale", "post-vaccinale", "in corso di neutropenia",
                "nel lattante", "prolungata", "modesta", "moderata", "persistente serotina"]),
    ("febbricola", ["serotina", "persistente", "serale", "vespertina", "intermittente", "continua", "ricorrente",
                    "pomeridiana", "prolungata"]),
    ("astenia", ["ingravescente", "profonda", "intensa", "persistente", "cronica", "muscolare", "post-virale",
                 "post-infettiva", "da chemioterapia", "oncologica", "psicofisica"]),
    ("nausea", ["persistente", "mattutina", "post-prandiale", "ingravescente", "intensa", "cronica",
                "da chemioterapia", "da oppioidi", "gravidica", "incoercibile"]),
    ("vomito", ["acquoso", "mucoso", "striato di sangue", "ematico", "persistente", "ciclico", "mattutino",
                "da chemioterapia", "post-operatorio", "gravidico", "psicogeno", "post-tussivo", "bilioso"]),
    ("diarrea", ["cronica acquosa", "persistente", "ricorrente", "secretoria", "osmotica", "infiammatoria",
                 "funzionale", "da malassorbimento", "da chemioterapia", "da immunoterapia", "nosocomiale",
                 "post-prandiale", "ematica acuta", "con muco", "con sangue", "grassa", "paradossa"]),
    ("stipsi", ["ostinata cronica", "da oppioidi", "da rallentato transito", "da defecazione ostruita",
                "idiopatica", "secondaria", "post-operatoria", "severa", "persistente", "iatrogena"]),
    ("prurito", ["intenso", "localizzato", "cronico", "uremico", "colestatico", "senile", "vulvare", "anale",
                 "del cuoio capelluto", "acquagenico", "in gravidanza", "da oppioidi", "neuropatico"]),
    ("disfagia", ["progressiva", "ingravescente", "intermittente", "alta", "bassa", "neurogena",
                  "post-ictus", "per i solidi e per i liquidi", "lusoria", "funzionale", "grave", "lieve"]),
    ("dispnea", ["da sforzo ingravescente", "notturna", "persistente", "ingravescente da sforzo", "severa",
                 "lieve", "moderata", "a riposo e da sforzo", "psicogena", "di origine cardiaca",
                 "di origine polmonare", "in posizione supina", "da decubito supino"]),
    ("tosse", ["acuta", "subacuta", "mattutina", "con espettorato purulento", "con espettorato muco-purulento",
               "con espettorato ematico", "con striature ematiche", "da ACE-inibitori", "psicogena",
               "post-prandiale", "da sforzo", "da decubito", "bitonale", "a colpo singolo", "parossistica"]),
    ("cefalea", ["da tosse", "da sforzo", "orgasmica", "ipnica", "da alta quota", "cervicogenica",
                 "da ipertensione endocranica", "da ipotensione liquorale", "da caffeina", "in gravidanza",
                 "post-critica", "associata a vomito", "con fotofobia", "emicranica con aura",
                 "a grappolo episodica", "a grappolo cronica", "tensiva episodica", "tensiva cronica",
                 "unilaterale", "bilaterale", "diffusa", "retro-orbitaria", "sinusale", "da sinusite",
                 "mattutina al risveglio", "resistente agli analgesici"]),
    ("vertigine", ["oggettiva rotatoria", "posizionale parossistica", "ricorrente", "cronica", "cervicogena",
                   "di origine periferica", "periferica", "centrale acuta", "emicranica", "psicogena",
                   "ortostatica", "con nausea e vomito", "persistente", "episodica"]),
    ("sincope", ["da sforzo", "in posizione supina", "con prodromi", "senza prodromi", "ricorrente",
                 "di natura da determinare", "di ndd", "cardiogena aritmica", "da ipotensione ortostatica",
                 "post-minzionale", "tussigena", "deglutitoria", "da stress emotivo", "iatrogena",
                 "neurocardiogena"]),
    ("edema", ["declive bilaterale", "monolaterale dell'arto inferiore", "bilaterale degli arti inferiori",
               "degli arti inferiori bilaterale", "duro", "molle", "ingravescente", "cronico", "acuto",
               "infiammatorio", "post-traumatico", "post-operatorio", "periorbitale", "della lingua", "delle labbra",
               "della glottide acuto", "della parete", "dei tessuti molli", "sottocutaneo", "cerebrale diffuso",
               "perilesionale", "vasogenico perilesionale", "del midollo osseo", "polmonare interstiziale",
               "polmonare alveolare", "delle mani", "dei piedi", "delle caviglie", "delle gambe",
               "da farmaci", "da ipoalbuminemia", "idiopatico", "ciclico idiopatico", "gravidico",
               "premestruale", "da stasi", "linfatico"]),
    ("ematuria", ["indolore", "macroscopica indolore", "con coaguli", "iniziale", "terminale", "glomerulare",
                  "non glomerulare", "persistente", "ricorrente", "da catetere", "post-traumatica"]),
    ("ittero", ["colestatico ostruttivo", "emolitico", "epatocellulare", "neoplastico", "indolore",
                "ingravescente", "franco", "mucoso", "cutaneo-mucoso", "sclerale lieve", "da farmaci",
                "post-operatorio", "neonatale prolungato", "fisiologico del neonato", "da latte materno"]),
    ("palpitazione", ["notturna", "da sforzo", "a riposo", "parossistica", "ricorrente", "irregolare",
                      "ad insorgenza improvvisa", "persistente"]),
    ("cardiopalmo", ["parossistico", "notturno", "da sforzo", "a riposo", "ricorrente", "irregolare",
                     "extrasistolico", "tachicardico", "ad insorgenza e cessazione improvvisa"]),
    ("dolore toracico", ["di ndd", "di natura da determinare", "in sede retrosternale", "in sede precordiale",
                         "in sede emitoracica sinistra", "in sede emitoracica destra", "sinistro", "destro",
                         "posteriore", "anteriore", "laterale", "centrale", "intermittente", "persistente",
                         "prolungato", "recidivante", "notturno", "post-prandiale", "riproducibile alla palpazione",
                         "accentuato dagli atti del respiro", "accentuato dalla digitopressione",
                         "migrante", "irradiato al giugulo", "irradiato al collo", "irradiato all'epigastrio",
                         "irradiato al braccio destro", "irradiato alle spalle", "irradiato in sede interscapolare",
                         "associato a dispnea", "associato a sudorazione", "con sudorazione algida",
                         "a barra", "a fascia", "gravativo", "urente retrosternale"]),
    ("dolore addominale", ["di ndd", "di natura da determinare", "aspecifico", "funzionale", "cronico ricorrente",
                           "recidivante", "a barra", "a cintura", "a cintura irradiato al dorso", "irradiato al dorso",
                           "irradiato all'inguine", "irradiato ai genitali", "irradiato alla spalla",
                           "migrante in fossa iliaca destra", "in fossa iliaca", "ai quadranti superiori",
                           "ai quadranti inferiori", "al quadrante superiore destro", "al quadrante superiore sinistro",
                           "al quadrante inferiore destro", "al quadrante inferiore sinistro", "in sede epigastrica",
                           "in sede mesogastrica", "in sede ipogastrica", "in sede periombelicale",
                           "in sede sovrapubica", "in ipocondrio destro", "in ipocondrio sinistro",
                           "in fianco destro", "in fianco sinistro", "post-prandiale precoce", "notturno",
                           "associato a febbre", "associato a vomito", "con alvo chiuso", "severo", "lieve",
                           "moderato", "ingravescente", "improvviso", "trafittivo improvviso", "colico intermittente",
                           "sordo", "intermittente", "persistente"]),
    ("dolore lombare", ["destro", "sinistro", "bilaterale", "irradiato all'arto inferiore",
                        "irradiato all'inguine", "irradiato al fianco", "meccanico", "infiammatorio",
                        "notturno", "colico", "post-traumatico", "da sforzo"]),
    ("dolore", ["pleuritico destro", "pleuritico sinistro", "post-erpetico", "da arto fantasma",
                "centrale post-ictus", "talamico", "miofasciale", "viscerale", "somatico", "psicogeno",
                "cronico diffuso", "cronico lombare", "cronico cervicale", "cronico pelvico", "cronico muscolo-scheletrico",
                "cronico neuropatico", "cronico post-traumatico", "da cancro", "da metastasi",
                "mestruale", "ovulatorio", "post-partum", "perineale post-partum", "alla mobilizzazione",
                "al carico", "alla deambulazione", "al movimento", "notturno", "a riposo", "da sforzo",
                "alla digitopressione", "alla percussione", "alla palpazione profonda", "di rimbalzo",
                "puntorio intercostale", "da decubito", "da catetere", "da drenaggio", "della ferita chirurgica",
                "in sede di ferita", "in sede di incisione", "in sede di puntura", "in sede di iniezione",
                "in sede di accesso venoso", "all'arto operato", "all'arto inferiore destro",
                "all'arto inferiore sinistro", "all'arto superiore destro", "all'arto superiore sinistro",
                "al ginocchio destro", "al ginocchio sinistro", "alla spalla destra", "alla spalla sinistra",
                "all'anca destra", "all'anca sinistra", "alla caviglia destra", "alla caviglia sinistra",
                "al piede destro", "al piede sinistro", "alla mano destra", "alla mano sinistra",
                "al polso destro", "al polso sinistro", "al gomito destro", "al gomito sinistro",
                "al braccio sinistro", "al braccio destro", "alla gamba destra", "alla gamba sinistra",
                "al polpaccio destro", "al polpaccio sinistro", "all'emitorace destro", "all'emitorace sinistro",
                "all'ipocondrio", "all'inguine", "al testicolo", "alle articolazioni", "alle mani", "ai piedi",
                "alle gambe", "alle spalle", "alle ginocchia", "alle anche", "ai polsi", "alle caviglie",
                "al tallone destro", "al tallone sinistro", "alla pianta del piede", "all'avampiede",
                "al mesopiede", "al retropiede", "al dorso del piede", "alla coscia destra", "alla coscia sinistra",
                "al gluteo", "al coccige", "all'osso sacro", "alla colonna", "al rachide", "al rachide lombare",
                "al rachide cervicale", "al rachide dorsale", "alla nuca", "alla mandibola", "alla mascella",
                "all'articolazione temporo-mandibolare", "all'occhio", "agli occhi", "al movimento oculare",
                "alla lingua", "al palato", "alle gengive", "all'orecchio destro", "all'orecchio sinistro",
                "al seno destro", "al seno sinistro", "al capezzolo", "all'ascella", "all'addome",
                "al basso ventre", "al ventre", "al fegato", "allo stomaco", "ai reni", "alla vescica",
                "alla prostata", "al pene", "ai testicoli", "all'ano", "al retto", "alla vagina", "alla vulva",
                "pelvico cronico femminile", "pelvico acuto"]),
]:
    for q in quals:
        gen("symptoms_signs", f"{base} {q}")

# --- Drug allergies / hypersensitivities -------------------------------------------
DRUGS = ["alla penicillina", "alle penicilline", "all'amoxicillina", "all'amoxicillina-clavulanato",
         "all'amoxicillina e acido clavulanico", "all'ampicillina", "alla piperacillina-tazobactam",
         "ai betalattamici", "ai beta-lattamici", "alle cefalosporine", "al ceftriaxone", "alla cefazolina",
         "al cefuroxime", "alla cefixima", "ai carbapenemi", "al meropenem", "ai macrolidi", "alla claritromicina",
         "all'azitromicina", "all'eritromicina", "ai chinolonici", "ai fluorochinoloni", "alla ciprofloxacina",
         "alla levofloxacina", "ai sulfamidici", "al cotrimossazolo", "al trimetoprim-sulfametossazolo",
         "alle tetracicline", "alla doxiciclina", "alla vancomicina", "alla teicoplanina", "agli aminoglicosidi",
         "alla gentamicina", "al metronidazolo", "alla clindamicina", "alla nitrofurantoina", "alla fosfomicina",
         "alla rifampicina", "al linezolid", "agli antibiotici", "ai FANS", "agli antinfiammatori",
         "agli antinfiammatori non steroidei", "all'acido acetilsalicilico", "all'aspirina", "all'ASA",
         "all'ibuprofene", "al ketoprofene", "al diclofenac", "al naprossene", "al ketorolac", "al metamizolo",
         "al paracetamolo", "alla nimesulide", "al piroxicam", "ai COX-2 inibitori", "all'indometacina",
         "agli oppioidi", "all'ossicodone", "al fentanyl", "alla lidocaina", "alla mepivacaina",
         "alla bupivacaina", "agli anestetici generali", "al propofol", "alla succinilcolina", "al rocuronio",
         "ai bloccanti neuromuscolari", "alle eparine", "alle eparine a basso peso molecolare", "all'enoxaparina",
         "ai mezzi di contrasto iodati", "al mezzo di contrasto paramagnetico", "al mezzo di contrasto per RM",
         "al mezzo di contrasto per TC", "agli ACE-inibitori", "ai sartani", "all'allopurinolo",
         "alla carbamazepina", "alla lamotrigina", "alla fenitoina", "agli antiepilettici",
         "agli anticonvulsivanti", "ai corticosteroidi", "al cortisone", "al metilprednisolone",
         "alla metoclopramide", "al carboplatino", "al cisplatino", "all'oxaliplatino", "al paclitaxel",
         "al docetaxel", "ai taxani", "ai platinanti", "al rituximab", "agli anticorpi monoclonali",
         "al ferro endovena", "al ferro carbossimaltosio", "alla vitamina K", "alla protamina",
         "all'iodopovidone", "alla clorexidina", "al disinfettante", "al cerotto", "al lattice di gomma",
         "al cotrimoxazolo", "alle sulfonamidi", "ai tiazidici", "alla furosemide", "all'amiodarone",
         "all'idrossiclorochina", "al metotrexato", "all'insulina bovina", "ai vaccini", "al vaccino antinfluenzale",
         "al vaccino anti-COVID", "al PEG", "al polietilenglicole", "agli eccipienti", "al lattosio come eccipiente",
         "alla gelatina", "alla codeina e derivati", "al tramadolo e derivati", "agli antistaminici",
         "alla ranitidina", "agli inibitori di pompa protonica", "al pantoprazolo", "all'omeprazolo",
         "al ceftazidime", "all'imipenem", "alla daptomicina", "all'acido clavulanico"]
for d in DRUGS:
    gen("allergy", f"allergia {d}")
    gen("allergy", f"ipersensibilità {d}")
for d in ["alla penicillina", "all'amoxicillina", "all'amoxicillina-clavulanato", "ai betalattamici",
          "alle cefalosporine", "ai FANS", "all'acido acetilsalicilico", "al mezzo di contrasto",
          "al mezzo di contrasto iodato", "ai mezzi di contrasto iodati", "al paracetamolo", "al metamizolo",
          "al ketoprofene", "all'ibuprofene", "alla ciprofloxacina", "alla levofloxacina", "alla claritromicina",
          "al cotrimossazolo", "alla vancomicina", "al lattice", "al nichel", "agli anestetici locali",
          "all'eparina", "all'insulina", "al carboplatino", "al paclitaxel", "all'oxaliplatino", "al ferro endovena",
          "al vaccino", "alla puntura di imenottero", "alla puntura d'ape", "alla puntura di vespa",
          "alle arachidi", "alla frutta secca", "ai crostacei", "al pesce", "all'uovo", "al latte vaccino",
          "agli alimenti", "alimentare", "a farmaco", "farmacologica", "da farmaci", "da alimenti",
          "da mezzo di contrasto", "da puntura di insetto", "da puntura di imenottero"]:
    gen("allergy", f"reazione allergica {d}")
for d in ["alla penicillina", "ai betalattamici", "al mezzo di contrasto", "al mezzo di contrasto iodato",
          "ai FANS", "al lattice", "al veleno di imenotteri", "alla puntura di imenottero", "alle arachidi",
          "alla frutta secca", "ai crostacei", "agli alimenti", "da farmaci", "da alimenti", "da imenotteri",
          "da puntura di vespa", "da puntura d'ape", "da mezzo di contrasto", "da sforzo", "da esercizio fisico",
          "idiopatica", "bifasica", "da curari", "da miorilassanti"]:
    gen("allergy", f"anafilassi {d}")
    gen("allergy", f"shock anafilattico {d}")
for d in ["ai FANS", "al paracetamolo", "alle penicilline", "ai betalattamici", "ai mezzi di contrasto",
          "agli oppioidi", "alla morfina", "alla codeina", "al tramadolo", "alle statine", "agli ACE-inibitori",
          "ai sartani", "alla metformina", "al ferro orale", "al ferro", "ai bifosfonati", "all'alendronato",
          "agli antibiotici", "ai macrolidi", "ai chinolonici", "ai sulfamidici", "agli anticoagulanti",
          "al warfarin", "agli antiaggreganti", "al clopidogrel", "ai beta-bloccanti", "ai calcioantagonisti",
          "ai diuretici", "agli inibitori di pompa protonica", "agli antidepressivi", "agli SSRI",
          "agli antipsicotici", "alle benzodiazepine", "alla levodopa", "agli inibitori dell'acetilcolinesterasi",
          "ai glucocorticoidi", "all'insulina", "alle gliflozine", "ai GLP-1 agonisti", "alle sulfoniluree",
          "all'allopurinolo", "alla colchicina", "al metotrexato", "all'idrossiclorochina", "alla mesalazina",
          "all'azatioprina", "alla ciclosporina", "al tacrolimus", "all'amiodarone", "al glutine",
          "alle proteine del latte vaccino", "all'uovo", "al frumento", "al lievito", "agli additivi alimentari",
          "ai solfiti", "al glutammato monosodico", "al nichel alimentare", "ai salicilati", "al sorbitolo",
          "al lattosio secondaria", "al fruttosio secondaria"]:
    gen("allergy", f"intolleranza {d}")
FOOD_ENV = ["alle nocciole", "alle mandorle", "ai pistacchi", "agli anacardi", "alle noci pecan",
            "alle noci brasiliane", "ai pinoli", "alle castagne", "al cocco", "alla nocciola", "all'arachide",
            "ai legumi", "ai piselli", "ai ceci", "alle lenticchie", "ai fagioli", "al pomodoro", "alla melanzana",
            "al peperone", "alla carota", "al finocchio", "alla mela", "alla pera", "all'albicocca", "alla ciliegia",
            "alla prugna", "alla fragola", "al melone", "all'anguria", "all'ananas", "all'avocado", "alla banana",
            "al kiwi", "agli agrumi", "all'arancia", "al limone", "all'uva", "alla frutta fresca", "alle verdure",
            "alle spezie", "al sedano", "al prezzemolo", "all'aglio", "alla cipolla", "alla senape", "al sesamo",
            "al lupino", "al grano saraceno", "all'orzo", "al riso", "al mais", "all'avena", "alla farina",
            "al latte di capra", "al formaggio", "al tuorlo d'uovo", "all'albume d'uovo", "alla caseina",
            "alla betalattoglobulina", "alla carne di maiale", "alla carne bovina", "al pollo", "ai molluschi bivalvi",
            "ai gamberi", "ai calamari", "alle cozze", "al tonno", "al merluzzo", "al salmone", "al pesce azzurro",
            "alle vongole", "all'aragosta", "ai granchi", "alla soia fermentata", "al cacao", "al caffè",
            "al miele", "al polline d'api", "alla pappa reale", "al lievito di birra", "all'alcol",
            "ai coloranti alimentari", "ai nitriti", "ai benzoati", "al glutammato", "all'acaro",
            "al Dermatophagoides pteronyssinus", "al Dermatophagoides farinae", "agli acari delle derrate",
            "alle blatte", "allo scarafaggio", "al cavallo", "al coniglio", "al criceto", "alla cavia",
            "agli animali domestici", "alle piume", "alla lana", "al polline di graminacee", "al polline di betulla",
            "al polline di olivo", "al polline di cipresso", "al polline di parietaria", "ai pollini primaverili",
            "ai pollini estivi", "al nocciolo", "all'ontano", "al carpino", "al platano", "alla quercia",
            "al pioppo", "al frassino", "all'artemisia", "al tarassaco", "alla piantaggine", "al Cladosporium",
            "all'Aspergillus", "alla Candida", "al Penicillium", "alla polvere di casa", 
            "alla formaldeide", "al cromo", "al cobalto", "al palladio", "all'oro", "ai metalli pesanti",
            "alla colofonia", "al balsamo del Perù", "ai parabeni", "al thiuram", "ai carba mix",
            "ai mercaptobenzotiazoli", "alle resine epossidiche", "agli acrilati", "al cemento", "ai detergenti",
            "all'ammoniaca", "alle meduse", "alle zanzare", "alla processionaria", "agli insetti",
            "alle formiche", "ai calabroni", "al calabrone", "alla vespa", "all'ape"]
for d in FOOD_ENV:
    gen("allergy", f"allergia {d}")
for d in ["alle arachidi", "alla frutta secca", "ai crostacei", "al pesce", "all'uovo", "alle proteine del latte vaccino",
          "al grano", "alla soia", "al sesamo", "al nichel", "al lattice", "ai pollini", "agli acari",
          "alle graminacee", "alla parietaria", "alle LTP", "alla profilina", "alle PR-10", "al veleno di imenotteri",
          "agli epiteli di gatto", "agli epiteli di cane", "alle muffe"]:
    gen("allergy", f"sensibilizzazione {d}")

# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def infl_key(term):
    """Collapse Italian plural/gender inflection (what the engine folds itself)."""
    out = []
    for tok in re.split(r"[\s\-'’/]+", term):
        if not tok:
            continue
        low = key(tok)
        if tok == tok.lower() and low.isalpha() and len(low) > 3 and low[-1] in "aeiou":
            low = low[:-1]
            if low.endswith("i") and len(low) > 3:
                low = low[:-1]
            if low.endswith("ch") or low.endswith("gh"):
                low = low[:-1]
        out.append(low)
    return " ".join(out)


def build():
    seen_exact, seen_infl = {}, {}
    rows, dropped = [], []
    for term, code, source, flags, cat in ROWS:
        term = re.sub(r"\s+", " ", term.strip())
        k, ik = key(term), infl_key(term)
        if k in seen_exact:
            dropped.append((term, seen_exact[k], "duplicate"))
            continue
        if ik in seen_infl:
            dropped.append((term, seen_infl[ik], "inflection"))
            continue
        seen_exact[k] = term
        seen_infl[ik] = term
        rows.append((term, code, source, flags, cat))
    return rows, dropped


def main():
    rows, dropped = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("term\tlabel\tcode\tsource\tflags\n")
        for term, code, source, flags, _ in rows:
            f.write(f"{term}\tPROBLEM\t{code}\t{source}\t{flags}\n")
    if "--stats" in sys.argv:
        by_cat = Counter(r[4] for r in rows)
        by_src = Counter(r[2] for r in rows)
        for c, n in sorted(by_cat.items(), key=lambda x: -x[1]):
            print(f"{c:28s} {n}")
        print("by source:", dict(by_src))
        print("with code:", sum(1 for r in rows if r[1]))
        print("flags:", dict(Counter(r[3] for r in rows)))
        if "--dropped" in sys.argv:
            for d in dropped:
                print("DROP", d)
    print(f"{len(rows)} rows written to {OUT} ({len(dropped)} duplicates dropped)")


if __name__ == "__main__":
    main()
