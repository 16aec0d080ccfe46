#!/usr/bin/env python3
"""Build training/lexicon/treatment.tsv and training/lexicon/test.tsv.

Hand-curated lists (source `clinical-ner`) are written inline below; a few systematic
families (imaging by district, fixed-dose combinations, vaccines, serologies, surgical
approach variants ...) are expanded from curated lists (source `clinical-ner:generated`).

Line syntax in the curated blocks:  term|TOKEN|TOKEN   where TOKEN is an ATC code
(7 characters, e.g. C09AA05), `A` (abbreviation), `Y` (ambiguous) or `B` (brand).
`## name` starts a category (used only for the count report).

Usage:  python3 generate_treatment_test.py          # write both TSVs and print counts
        python3 generate_treatment_test.py --check  # validate the committed TSVs
Licence: Apache-2.0 (the project's).
"""
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "term\tlabel\tcode\tsource\tflags"
SRC = "clinical-ner"
GEN = "clinical-ner:generated"
ATC_RE = re.compile(r"^[A-Z]\d\d[A-Z][A-Z]\d\d$")
FLAG = {"A": "abbreviation", "Y": "ambiguous", "B": "brand"}


def norm(term):
    t = unicodedata.normalize("NFD", term.lower())
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    t = t.replace("’", "'")
    return re.sub(r"\s+", " ", t).strip()


def parse(block, source=SRC, default_cat="misc"):
    """Yield (category, term, code, flags, source)."""
    cat = default_cat
    for raw in block.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("##"):
            cat = line.lstrip("#").strip()
            continue
        if line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        term, code, flags = parts[0], "", ""
        for tok in parts[1:]:
            if ATC_RE.match(tok):
                code = tok
            elif tok in FLAG:
                flags = FLAG[tok]
            elif tok:
                raise ValueError("bad token %r in %r" % (tok, line))
        if cat == "brand" and not flags:
            flags = "brand"
        yield (cat, term, code, flags, source)


# ---------------------------------------------------------------------------
# TREATMENT: active ingredients (Italian INN spelling), grouped by ATC
# ---------------------------------------------------------------------------
INGREDIENTS_A = """
## ingredient
# A01-A02 stomatologici, antiacidi, antiulcera
clorexidina|D08AC02
idrossido di alluminio|A02AB01
magaldrato|A02AD02
idrossido di magnesio
alginato di sodio
sucralfato|A02BX02
bismuto subcitrato
ranitidina|A02BA02
famotidina|A02BA03
cimetidina|A02BA01
nizatidina|A02BA04
omeprazolo|A02BC01
pantoprazolo|A02BC02
lansoprazolo|A02BC03
rabeprazolo|A02BC04
esomeprazolo|A02BC05
misoprostolo|A02BB01
# A03 disturbi funzionali gastrointestinali
mebeverina|A03AA04
otilonio bromuro|A03AB06
trimebutina|A03AA05
butilscopolamina|A03BB01
scopolamina
atropina|A03BA01
metoclopramide|A03FA01
domperidone|A03FA03
levosulpiride
simeticone|A03AX13
pinaverio bromuro|A03AX04
floroglucinolo
prucalopride|A03AE04
cimetropio bromuro
# A04 antiemetici
ondansetron|A04AA01
granisetron|A04AA02
tropisetron|A04AA03
palonosetron|A04AA05
aprepitant|A04AD12
fosaprepitant
netupitant
dimenidrinato
# A05 terapia biliare ed epatica
acido ursodesossicolico|A05AA02
acido obeticolico|A05AA04
acido chenodesossicolico|A05AA01
silimarina
acido tauroursodesossicolico
# A06 lassativi
lattulosio|A06AD11
lactitolo|A06AD12
macrogol|A06AD15
bisacodile|A06AB02
sodio picosolfato|A06AB08
senna
glicerolo
paraffina liquida|A06AA01
psillio
metilnaltrexone|A06AH01
naloxegol|A06AH03
linaclotide|A06AX04
lubiprostone
fosfato di sodio
# A07 antidiarroici, antinfiammatori intestinali
loperamide|A07DA03
racecadotril|A07XA04
rifaximina|A07AA11
fidaxomicina|A07AA12
nistatina|A07AA02
paromomicina
mesalazina|A07EC02
sulfasalazina|A07EC01
beclometasone dipropionato
diosmectite|A07BC05
carbone attivo
Saccharomyces boulardii
Lactobacillus rhamnosus GG
Bacillus clausii
probiotici
# A08-A09
orlistat|A08AB01
pancrelipasi
enzimi pancreatici
# A10 farmaci usati nel diabete
insulina umana
insulina regolare
insulina rapida
insulina lispro|A10AB04
insulina aspart|A10AB05
insulina faster aspart
insulina glulisina|A10AB06
insulina isofano|A10AC01
insulina NPH
insulina glargine|A10AE04
insulina detemir|A10AE05
insulina degludec|A10AE06
insulina basale
insulina prandiale
insulina icodec
metformina|A10BA02
glibenclamide|A10BB01
gliclazide|A10BB09
glimepiride|A10BB12
glipizide|A10BB07
acarbosio|A10BF01
pioglitazone|A10BG03
sitagliptin|A10BH01
vildagliptin|A10BH02
saxagliptin|A10BH03
alogliptin|A10BH04
linagliptin|A10BH05
exenatide|A10BJ01
liraglutide|A10BJ02
lixisenatide|A10BJ03
dulaglutide|A10BJ05
semaglutide|A10BJ06
tirzepatide
dapagliflozin|A10BK01
canagliflozin|A10BK02
empagliflozin|A10BK03
ertugliflozin|A10BK04
repaglinide|A10BX02
nateglinide|A10BX03
# A11-A12 vitamine e sali minerali
colecalciferolo|A11CC05
calcifediolo|A11CC06
calcitriolo|A11CC04
alfacalcidolo|A11CC03
ergocalciferolo|A11CC01
vitamina D
vitamina D3
colecalciferolo orale
tiamina|A11DA01
vitamina B1
piridossina|A11HA02
vitamina B6
vitamina B12
vitamina C
acido ascorbico|A11GA01
vitamina E
tocoferolo
retinolo|A11CA01
vitamina A
riboflavina
nicotinamide
vitamina K
complesso vitaminico B
multivitaminico
calcio carbonato|A12AA04
calcio gluconato|A12AA03
calcio lattato
calcio citrato
potassio cloruro|A12BA01
potassio citrato
potassio aspartato
magnesio solfato|A12CC02
magnesio pidolato
magnesio ossido
magnesio citrato
zinco solfato|A12CB01
zinco
sodio fluoruro
selenio
supplementazione marziale
supplemento di potassio
supplementazione di calcio
# A14-A16
nandrolone|A14AB01
levocarnitina|A16AA01
agalsidasi beta|A16AB04
agalsidasi alfa|A16AB03
imiglucerasi|A16AB02
alglucosidasi alfa|A16AB07
sapropterina
miglustat
nitisinone
migalastat
eliglustat
# B01 antitrombotici
warfarin|B01AA03
acenocumarolo|B01AA07
eparina|B01AB01
eparina sodica
eparina calcica
eparina non frazionata
enoxaparina|B01AB05
dalteparina|B01AB04
nadroparina|B01AB06
parnaparina|B01AB07
reviparina|B01AB08
tinzaparina|B01AB10
bemiparina|B01AB12
sulodexide|B01AB11
fondaparinux|B01AX05
defibrotide|B01AX01
clopidogrel|B01AC04
ticlopidina|B01AC05
acido acetilsalicilico|B01AC06
ASA|A
dipiridamolo|B01AC07
prasugrel|B01AC22
ticagrelor|B01AC24
cangrelor|B01AC25
cilostazolo|B01AC23
eptifibatide|B01AC16
tirofiban|B01AC17
abciximab|B01AC13
indobufene|B01AC10
alteplase|B01AD02
tenecteplase|B01AD11
reteplase|B01AD07
urochinasi|B01AD04
streptochinasi|B01AD01
rt-PA|A
dabigatran|B01AE07
dabigatran etexilato
argatroban|B01AE03
bivalirudina|B01AE06
rivaroxaban|B01AF01
apixaban|B01AF02
edoxaban|B01AF03
# B02 antiemorragici
acido tranexamico|B02AA02
acido aminocaproico|B02AA01
fitomenadione|B02BA01
fibrinogeno umano
concentrato di fibrinogeno
fattore VIII
fattore VIII ricombinante
fattore IX
fattore VII attivato ricombinante
eptacog alfa
complesso protrombinico
concentrato di complesso protrombinico
emicizumab
eltrombopag
romiplostim
avatrombopag
etamsilato
fattore di von Willebrand
# B03 antianemici
ferro solfato
solfato ferroso
ferro gluconato
ferro bisglicinato
ferro succinilato proteico
ferro carbossimaltosio
ferrico carbossimaltosio
ferro saccarato
ferro gluconato sodico
ferro derisomaltosio
ferro liposomiale
ferro ev
cianocobalamina|B03BA01
idrossocobalamina
acido folico|B03BB01
epoetina alfa|B03XA01
epoetina beta
epoetina zeta
darbepoetina alfa|B03XA02
eritropoietina
roxadustat
luspatercept
# B05 soluzioni e sostituti del plasma
albumina umana|B05AA01
soluzione fisiologica
fisiologica
sodio cloruro 0,9%
soluzione salina ipertonica
ringer lattato
soluzione di Ringer
soluzione glucosata
glucosio 5%
glucosio 10%
glucosio 33%
soluzione glucosalina
soluzione elettrolitica bilanciata
sodio bicarbonato|B05XA02
bicarbonato di sodio
mannitolo|B05BC01
gelatina succinilata
idrossietilamido
emulsione lipidica
amminoacidi
cristalloidi
colloidi
potassio fosfato
sodio glicerofosfato
# B06
C1-inibitore
icatibant
lanadelumab
"""

INGREDIENTS_C = """
## ingredient
# C01 terapia cardiaca
digossina|C01AA05
metildigossina|C01AA08
chinidina|C01BA01
mexiletina|C01BB02
flecainide|C01BC04
propafenone|C01BC03
amiodarone|C01BD01
dronedarone|C01BD07
vernakalant|C01BG11
ibutilide
adrenalina|C01CA24
epinefrina
noradrenalina|C01CA03
norepinefrina
dopamina|C01CA04
dobutamina|C01CA07
isoprenalina|C01CA02
efedrina|C01CA26
etilefrina|C01CA01
midodrina|C01CA17
fenilefrina
vasopressina
levosimendan|C01CX08
milrinone|C01CE02
enoximone|C01CE03
nitroglicerina|C01DA02
trinitrina
isosorbide dinitrato|C01DA08
isosorbide mononitrato|C01DA14
molsidomina
nicorandil
ivabradina|C01EB17
ranolazina|C01EB18
adenosina|C01EB10
trimetazidina|C01EB15
alprostadil|C01EA01
# C02 antipertensivi
clonidina|C02AC01
metildopa|C02AB01
moxonidina|C02AC05
doxazosina|C02CA04
prazosina|C02CA01
urapidil|C02CA06
idralazina|C02DB02
minoxidil|C02DC01
nitroprussiato di sodio
bosentan|C02KX01
ambrisentan|C02KX02
macitentan|C02KX04
riociguat|C02KX05
# C03 diuretici
idroclorotiazide|C03AA03
clortalidone|C03BA04
indapamide|C03BA11
metolazone|C03BA08
furosemide|C03CA01
torasemide|C03CA04
bumetanide|C03CA02
acido etacrinico|C03CC01
spironolattone|C03DA01
canrenone|C03DA03
canrenoato di potassio|C03DA02
potassio canrenoato
eplerenone|C03DA04
finerenone
amiloride|C03DB01
triamterene|C03DB02
tolvaptan|C03XA01
acetazolamide|S01EC01
# C04-C05 vasodilatatori periferici, vasoprotettori
pentossifillina|C04AD03
naftidrofurile
diosmina
diosmina/esperidina
troxerutina
polidocanolo
mesoglicano
escina
# C07 betabloccanti
propranololo|C07AA05
sotalolo|C07AA07
nadololo|C07AA12
pindololo|C07AA03
atenololo|C07AB03
metoprololo|C07AB02
bisoprololo|C07AB07
nebivololo|C07AB12
betaxololo|C07AB05
esmololo|C07AB09
celiprololo|C07AB08
acebutololo|C07AB04
carvedilolo|C07AG02
labetalolo|C07AG01
landiololo
# C08 calcioantagonisti
amlodipina|C08CA01
felodipina|C08CA02
isradipina|C08CA03
nicardipina|C08CA04
nifedipina|C08CA05
nimodipina|C08CA06
nitrendipina|C08CA08
lacidipina|C08CA09
manidipina|C08CA11
barnidipina|C08CA12
lercanidipina|C08CA13
clevidipina
verapamil|C08DA01
diltiazem|C08DB01
# C09 sistema renina-angiotensina
captopril|C09AA01
enalapril|C09AA02
lisinopril|C09AA03
perindopril|C09AA04
ramipril|C09AA05
quinapril|C09AA06
benazepril|C09AA07
cilazapril|C09AA08
fosinopril|C09AA09
trandolapril|C09AA10
delapril|C09AA12
moexipril|C09AA13
zofenopril|C09AA15
losartan|C09CA01
eprosartan|C09CA02
valsartan|C09CA03
irbesartan|C09CA04
candesartan|C09CA06
telmisartan|C09CA07
olmesartan|C09CA08
olmesartan medoxomil
azilsartan
aliskiren|C09XA02
sacubitril/valsartan|C09DX04
sacubitril-valsartan
# C10 ipolipemizzanti
simvastatina|C10AA01
lovastatina|C10AA02
pravastatina|C10AA03
fluvastatina|C10AA04
atorvastatina|C10AA05
rosuvastatina|C10AA07
pitavastatina|C10AA08
fenofibrato|C10AB05
gemfibrozil|C10AB04
bezafibrato|C10AB02
colestiramina|C10AC01
colesevelam|C10AC04
ezetimibe|C10AX09
omega-3
acidi grassi omega-3
esteri etilici degli acidi omega-3
icosapent etile
evolocumab|C10AX13
alirocumab|C10AX14
acido bempedoico
inclisiran
lomitapide
riso rosso fermentato
monacolina K
niacina
"""

INGREDIENTS_DGH = """
## ingredient
# D dermatologici
clobetasolo|D07AD01
clobetasolo propionato
betametasone|H02AB01
betametasone valerato
mometasone
mometasone furoato
fluocinolone acetonide
idrocortisone butirrato
metilprednisolone aceponato
desossimetasone
acido fusidico
mupirocina
sulfadiazina argentica|D06BA01
retapamulina
ossido di zinco
calcipotriolo|D05AX02
calcipotriolo/betametasone
acitretina|D05BB02
isotretinoina|D10BA01
tretinoina
adapalene|D10AD03
perossido di benzoile
acido azelaico
terbinafina|D01BA02
ciclopirox
amorolfina
clotrimazolo|D01AC01
econazolo|D01AC03
miconazolo
ketoconazolo
sertaconazolo
tioconazolo
fenticonazolo
permetrina|P03AC04
pimecrolimus|D11AH02
dupilumab|D11AH05
tralokinumab
lebrikizumab
iodopovidone|D08AG02
povidone iodio
amuchina
sodio ipoclorito
perossido di idrogeno
acqua ossigenata
alcool etilico
argento nitrato
collagenasi
acido ialuronico
imiquimod
minoxidil topico
ivermectina topica
brimonidina gel
metronidazolo gel
# G01-G04 genito-urinario e ormoni sessuali
ossitocina|H01BB02
carbetocina|H01BB03
metilergometrina|G02AB01
dinoprostone|G02AD02
atosiban|G02CX01
cabergolina|G02CB03
bromocriptina|G02CB01
estradiolo|G03CA03
estrogeni coniugati
estriolo
etinilestradiolo|G03CA01
progesterone|G03DA04
medrossiprogesterone acetato
noretisterone
didrogesterone|G03DB01
levonorgestrel|G03AC03
desogestrel|G03AC09
drospirenone
dienogest
nomegestrolo acetato
clormadinone acetato
ulipristal acetato
testosterone|G03BA03
testosterone undecanoato
clomifene|G03GB02
follitropina alfa|G03GA05
gonadotropina corionica|G03GA01
menotropina
raloxifene|G03XC01
bazedoxifene|G03XC02
tibolone|G03CX01
ciproterone acetato
danazolo|G03XA01
mifepristone|G03XB01
ossibutinina|G04BD04
tolterodina|G04BD07
solifenacina|G04BD08
darifenacina|G04BD10
trospio cloruro
fesoterodina|G04BD11
mirabegron|G04BD12
sildenafil|G04BE03
tadalafil|G04BE08
vardenafil|G04BE09
avanafil|G04BE10
tamsulosina|G04CA02
alfuzosina|G04CA01
silodosina|G04CA04
terazosina|G04CA03
finasteride|G04CB01
dutasteride|G04CB02
Serenoa repens
dutasteride/tamsulosina
# H preparati ormonali sistemici
somatropina|H01AC01
octreotide|H01CB02
lanreotide|H01CB03
pasireotide|H01CB05
desmopressina|H01BA02
terlipressina|H01BA04
tetracosactide
fludrocortisone|H02AA02
desametasone|H02AB02
metilprednisolone|H02AB04
prednisolone|H02AB06
prednisone|H02AB07
triamcinolone|H02AB08
triamcinolone acetonide
idrocortisone|H02AB09
cortisone acetato
deflazacort|H02AB13
budesonide
beclometasone
fluticasone
levotiroxina|H03AA01
liotironina|H03AA02
metimazolo|H03BB02
tiamazolo
propiltiouracile|H03BA02
ioduro di potassio
soluzione di Lugol
glucagone|H04AA01
teriparatide|H05AA02
abaloparatide
cinacalcet|H05BX01
paricalcitolo|H05BX02
etelcalcetide|H05BX04
"""
INGREDIENTS_J = """
## ingredient
# J01 antibatterici
doxiciclina|J01AA02
minociclina|J01AA08
tetraciclina|J01AA07
tigeciclina|J01AA12
eravaciclina
cloramfenicolo|J01BA01
ampicillina|J01CA01
amoxicillina|J01CA04
piperacillina|J01CA12
benzilpenicillina|J01CE01
penicillina G
penicillina benzatina
benzatina benzilpenicillina|J01CE08
oxacillina|J01CF04
flucloxacillina|J01CF05
amoxicillina/acido clavulanico|J01CR02
amoxicillina-clavulanato
amoxicillina + acido clavulanico
amoxicillina e acido clavulanico
ampicillina/sulbactam|J01CR01
ampicillina-sulbactam
piperacillina/tazobactam|J01CR05
piperacillina-tazobactam
pip/tazo|A
cefalexina|J01DB01
cefazolina|J01DB04
cefuroxima|J01DC02
cefaclor|J01DC04
cefoxitina|J01DC01
cefprozil|J01DC10
cefotaxima|J01DD01
ceftazidima|J01DD02
ceftriaxone|J01DD04
cefixima|J01DD08
cefpodoxima|J01DD13
ceftibuten|J01DD14
cefditoren|J01DD16
cefepime|J01DE01
ceftarolina|J01DI02
ceftobiprolo|J01DI01
ceftolozano/tazobactam|J01DI54
ceftazidima/avibactam|J01DD52
ceftazidima-avibactam
cefiderocol|J01DI04
aztreonam|J01DF01
imipenem/cilastatina|J01DH51
imipenem
meropenem|J01DH02
ertapenem|J01DH03
meropenem/vaborbactam|J01DH52
imipenem/relebactam
cotrimossazolo|J01EE01
trimetoprim/sulfametossazolo
sulfametossazolo/trimetoprim
trimetoprim|J01EA01
sulfadiazina
eritromicina|J01FA01
claritromicina|J01FA09
azitromicina|J01FA10
roxitromicina|J01FA06
josamicina|J01FA07
spiramicina|J01FA02
clindamicina|J01FF01
lincomicina|J01FF02
gentamicina|J01GB03
tobramicina|J01GB01
amikacina|J01GB06
netilmicina|J01GB07
streptomicina|J01GA01
ciprofloxacina|J01MA02
ofloxacina|J01MA01
levofloxacina|J01MA12
moxifloxacina|J01MA14
norfloxacina|J01MA06
prulifloxacina|J01MA17
lomefloxacina|J01MA07
delafloxacina
vancomicina|J01XA01
teicoplanina|J01XA02
dalbavancina|J01XA04
oritavancina|J01XA05
colistina|J01XB01
colistimetato sodico
polimixina B
fosfomicina|J01XX01
fosfomicina trometamolo
nitrofurantoina|J01XE01
linezolid|J01XX08
tedizolid|J01XX11
daptomicina|J01XX09
metronidazolo|J01XD01
tinidazolo
acido fusidico sistemico
# J02 antimicotici
amfotericina B|J02AA01
amfotericina B liposomiale
fluconazolo|J02AC01
itraconazolo|J02AC02
voriconazolo|J02AC03
posaconazolo|J02AC04
isavuconazolo|J02AC05
caspofungin|J02AX04
caspofungina
micafungin|J02AX05
micafungina
anidulafungin|J02AX06
anidulafungina
flucitosina|J02AX01
# J04 antimicobatterici
rifampicina|J04AB02
rifabutina|J04AB04
rifapentina
isoniazide|J04AC01
pirazinamide|J04AK01
etambutolo|J04AK02
bedaquilina
delamanid
dapsone
clofazimina
# J05 antivirali
aciclovir|J05AB01
valaciclovir|J05AB11
famciclovir|J05AB09
ganciclovir|J05AB06
valganciclovir|J05AB14
foscarnet|J05AD01
cidofovir|J05AB12
letermovir
maribavir
oseltamivir|J05AH02
zanamivir|J05AH01
baloxavir marboxil
remdesivir
molnupiravir
nirmatrelvir/ritonavir
ribavirina|J05AP01
sofosbuvir|J05AP08
sofosbuvir/velpatasvir
sofosbuvir/velpatasvir/voxilaprevir
ledipasvir/sofosbuvir
glecaprevir/pibrentasvir
elbasvir/grazoprevir
bulevirtide
entecavir|J05AF10
tenofovir
tenofovir disoproxil|J05AF07
tenofovir alafenamide|J05AF13
lamivudina|J05AF05
zidovudina|J05AF01
abacavir|J05AF06
emtricitabina|J05AF09
emtricitabina/tenofovir
efavirenz|J05AG03
nevirapina|J05AG01
rilpivirina|J05AG05
etravirina
doravirina
raltegravir|J05AJ01
dolutegravir|J05AJ03
bictegravir
cabotegravir
elvitegravir
darunavir|J05AE10
atazanavir|J05AE08
ritonavir|J05AE03
cobicistat
lopinavir/ritonavir
maraviroc|J05AX09
fostemsavir
lenacapavir
ibalizumab
bictegravir/emtricitabina/tenofovir alafenamide
dolutegravir/lamivudina
abacavir/lamivudina/dolutegravir
terapia antiretrovirale
TARV|A
HAART|A
# J06 sieri immuni e immunoglobuline
immunoglobuline endovena
immunoglobuline umane normali
immunoglobuline sottocute
IVIG|A
immunoglobulina anti-D
immunoglobulina antitetanica
immunoglobuline antitetaniche
immunoglobulina anti-epatite B
immunoglobuline antirabbiche
immunoglobuline anti-CMV
siero antiofidico
antitossina botulinica
palivizumab|J06BD01
nirsevimab
tixagevimab/cilgavimab
sotrovimab
bezlotoxumab
"""

INGREDIENTS_L = """
## ingredient
# L01 antineoplastici
ciclofosfamide|L01AA01
clorambucile|L01AA02
melfalan|L01AA03
ifosfamide|L01AA06
bendamustina|L01AA09
busulfano|L01AB01
treosulfano
carmustina|L01AD01
lomustina|L01AD02
temozolomide|L01AX03
dacarbazina|L01AX04
tiotepa|L01AC01
procarbazina
trabectedina
metotrexato|L01BA01
pemetrexed|L01BA04
raltitrexed|L01BA03
pralatrexato
mercaptopurina|L01BB02
tioguanina|L01BB03
fludarabina|L01BB05
cladribina|L01BB04
clofarabina|L01BB06
nelarabina|L01BB07
citarabina|L01BC01
fluorouracile|L01BC02
5-fluorouracile
5-FU|A
gemcitabina|L01BC05
capecitabina|L01BC06
azacitidina|L01BC07
decitabina|L01BC08
trifluridina/tipiracil
vinblastina|L01CA01
vincristina|L01CA02
vinorelbina|L01CA04
vinflunina|L01CA05
etoposide|L01CB01
paclitaxel|L01CD01
nab-paclitaxel
docetaxel|L01CD02
cabazitaxel|L01CD04
eribulina
irinotecan|L01CE02
irinotecan liposomiale
topotecan|L01CE01
doxorubicina|L01DB01
doxorubicina liposomiale pegilata
epirubicina|L01DB03
daunorubicina|L01DB02
idarubicina|L01DB06
mitoxantrone|L01DB07
bleomicina|L01DC01
mitomicina|L01DC03
mitomicina C
dactinomicina|L01DA01
cisplatino|L01XA01
carboplatino|L01XA02
oxaliplatino|L01XA03
rituximab|L01FA01
obinutuzumab
ofatumumab
daratumumab|L01FC01
isatuximab
trastuzumab|L01FD01
pertuzumab|L01FD02
trastuzumab emtansine|L01FD03
trastuzumab deruxtecan|L01FD04
T-DM1|A
cetuximab|L01FE01
panitumumab|L01FE02
nivolumab|L01FF01
pembrolizumab|L01FF02
durvalumab|L01FF03
avelumab|L01FF04
atezolizumab|L01FF05
cemiplimab|L01FF06
dostarlimab
tislelizumab
bevacizumab|L01FG01
ramucirumab|L01FG02
ipilimumab|L01FX04
tremelimumab
brentuximab vedotin
blinatumomab
elotuzumab
gemtuzumab ozogamicin
inotuzumab ozogamicin
polatuzumab vedotin
sacituzumab govitecan
enfortumab vedotin
mogamulizumab
teclistamab
epcoritamab
glofitamab
imatinib|L01EA01
dasatinib|L01EA02
nilotinib|L01EA03
bosutinib|L01EA04
ponatinib|L01EA05
asciminib
gefitinib|L01EB01
erlotinib|L01EB02
afatinib|L01EB03
osimertinib|L01EB04
dacomitinib
crizotinib|L01ED01
ceritinib|L01ED02
alectinib|L01ED03
brigatinib|L01ED04
lorlatinib|L01ED05
vemurafenib|L01EC01
dabrafenib|L01EC02
encorafenib|L01EC03
trametinib
cobimetinib
binimetinib
palbociclib|L01EF01
ribociclib|L01EF02
abemaciclib|L01EF03
ibrutinib|L01EL01
acalabrutinib|L01EL02
zanubrutinib
pirtobrutinib
ruxolitinib|L01EJ01
fedratinib
momelotinib
sunitinib|L01EX01
sorafenib|L01EX02
pazopanib|L01EX03
vandetanib
regorafenib|L01EX05
cabozantinib|L01EX07
lenvatinib|L01EX08
nintedanib
axitinib|L01EK01
tivozanib
everolimus
temsirolimus
lapatinib|L01EH01
neratinib
tucatinib
idelalisib
alpelisib
capivasertib
selpercatinib
pralsetinib
larotrectinib
entrectinib
capmatinib
tepotinib
sotorasib
adagrasib
midostaurina
gilteritinib
quizartinib
ivosidenib
olaparib|L01XK01
niraparib|L01XK02
rucaparib|L01XK03
talazoparib|L01XK04
bortezomib|L01XG01
carfilzomib|L01XG02
ixazomib|L01XG03
venetoclax
idrossiurea
idrossicarbamide
tretinoina orale
acido all-trans retinoico
ATRA|A
triossido di arsenico
asparaginasi
pegaspargasi
anagrelide
interferone alfa
talimogene laherparepvec
tisagenlecleucel
axicabtagene ciloleucel
CAR-T|A
lenalidomide|L04AX04
talidomide|L04AX02
pomalidomide|L04AX06
# L02 terapia endocrina
tamoxifene|L02BA01
toremifene|L02BA02
fulvestrant|L02BA03
anastrozolo|L02BG03
letrozolo|L02BG04
exemestane|L02BG06
bicalutamide|L02BB03
flutamide|L02BB01
enzalutamide|L02BB04
apalutamide|L02BB05
darolutamide|L02BB06
abiraterone|L02BX03
abiraterone acetato
degarelix|L02BX02
relugolix
leuprorelina|L02AE02
goserelin|L02AE03
triptorelina|L02AE04
buserelina|L02AE01
megestrolo acetato
elacestrant
# L03 immunostimolanti
filgrastim|L03AA02
pegfilgrastim|L03AA13
lenograstim|L03AA10
lipegfilgrastim|L03AA14
G-CSF|A
interferone alfa-2a
interferone alfa-2b
peginterferone alfa-2a
peginterferone alfa-2b
interferone beta-1a
interferone beta-1b
peginterferone beta-1a
glatiramer acetato
BCG intravescicale
plerixafor
# L04 immunosoppressori
micofenolato mofetile
acido micofenolico
micofenolato
ciclosporina|L04AD01
tacrolimus|L04AD02
sirolimus
azatioprina|L04AX01
leflunomide
teriflunomide
fingolimod
siponimod
ozanimod
ponesimod
natalizumab
ocrelizumab
ofatumumab sottocute
alemtuzumab
cladribina compresse
dimetilfumarato
diroximel fumarato
tofacitinib
baricitinib
upadacitinib
filgotinib
abrocitinib
ritlecitinib
deucravacitinib
etanercept|L04AB01
infliximab|L04AB02
adalimumab|L04AB04
certolizumab pegol|L04AB05
golimumab|L04AB06
anakinra|L04AC03
basiliximab|L04AC02
tocilizumab|L04AC07
canakinumab|L04AC08
ustekinumab|L04AC05
secukinumab|L04AC10
ixekizumab
brodalumab
guselkumab
risankizumab
tildrakizumab
mirikizumab
bimekizumab
sarilumab
abatacept
belimumab
anifrolumab
vedolizumab
eculizumab
ravulizumab
apremilast
pirfenidone
globulina antitimocitaria
timoglobulina
belatacept
voclosporina
avacopan
inebilizumab
satralizumab
efgartigimod
"""
INGREDIENTS_MN = """
## ingredient
# M01 antinfiammatori
ibuprofene|M01AE01
ibuprofene lisina
naprossene|M01AE02
ketoprofene|M01AE03
ketoprofene sale di lisina
flurbiprofene|M01AE09
dexketoprofene|M01AE17
dexibuprofene
diclofenac|M01AB05
diclofenac sodico
diclofenac potassico
indometacina|M01AB01
ketorolac|M01AB15
ketorolac trometamina
aceclofenac|M01AB16
nimesulide|M01AX17
piroxicam|M01AC01
meloxicam|M01AC06
lornoxicam|M01AC05
celecoxib|M01AH01
etoricoxib|M01AH05
parecoxib|M01AH04
acido mefenamico|M01AG01
glucosamina|M01AX05
condroitin solfato
# M03 miorilassanti
tiocolchicoside|M03BX05
baclofene|M03BX01
tizanidina|M03BX02
ciclobenzaprina|M03BX08
dantrolene|M03CA01
eperisone
orfenadrina
tossina botulinica|M03AX01
tossina botulinica di tipo A
rocuronio|M03AC09
rocuronio bromuro
vecuronio|M03AC03
cisatracurio|M03AC11
atracurio|M03AC04
succinilcolina
suxametonio|M03AB01
sugammadex|V03AB35
# M04 antigotta
allopurinolo|M04AA01
febuxostat|M04AA03
colchicina|M04AC01
probenecid|M04AB01
rasburicasi|V03AF07
pegloticasi
# M05 farmaci per le malattie delle ossa
alendronato|M05BA04
acido alendronico
risedronato|M05BA07
ibandronato|M05BA06
acido ibandronico
acido zoledronico|M05BA08
zoledronato
clodronato|M05BA02
neridronato
pamidronato|M05BA03
denosumab|M05BX04
romosozumab
ranelato di stronzio
nusinersen
risdiplam
onasemnogene abeparvovec
# N01 anestetici
propofol|N01AX10
ketamina|N01AX03
esketamina
etomidato|N01AX07
tiopentale sodico
sevoflurano|N01AB08
desflurano|N01AB07
isoflurano|N01AB06
protossido di azoto
remifentanil|N01AH06
sufentanil|N01AH03
alfentanil
lidocaina|N01BB02
mepivacaina|N01BB03
bupivacaina|N01BB01
levobupivacaina|N01BB10
ropivacaina|N01BB09
prilocaina|N01BB04
articaina|N01BB08
cloroprocaina
lidocaina/prilocaina
# N02 analgesici
morfina|N02AA01
morfina solfato
morfina cloridrato
idromorfone|N02AA03
ossicodone|N02AA05
ossicodone/naloxone
ossicodone/paracetamolo
tapentadolo|N02AX06
tramadolo|N02AX02
tramadolo/paracetamolo
codeina|R05DA04
paracetamolo/codeina
fentanil|N02AB03
fentanyl
buprenorfina|N02AE01
petidina|N02AB02
metadone|N07BC02
metamizolo|N02BB02
metamizolo sodico
paracetamolo|N02BE01
acetaminofene
propacetamolo
sumatriptan|N02CC01
rizatriptan|N02CC04
zolmitriptan|N02CC03
eletriptan|N02CC06
almotriptan|N02CC05
frovatriptan|N02CC07
erenumab|N02CD01
galcanezumab|N02CD02
fremanezumab|N02CD03
eptinezumab
rimegepant
lasmiditan
ziconotide
capsaicina cerotto
# N03 antiepilettici
fenobarbital|N03AA02
primidone|N03AA03
fenitoina|N03AB02
fosfenitoina
etosuccimide|N03AD01
clonazepam|N03AE01
carbamazepina|N03AF01
oxcarbazepina|N03AF02
eslicarbazepina acetato
acido valproico|N03AG01
valproato di sodio
valproato
vigabatrin|N03AG04
tiagabina|N03AG06
lamotrigina|N03AX09
topiramato|N03AX11
gabapentin|N03AX12
gabapentina
levetiracetam|N03AX14
zonisamide|N03AX15
pregabalin|N03AX16
pregabalin
stiripentolo|N03AX17
lacosamide|N03AX18
rufinamide
perampanel
brivaracetam
cenobamato
cannabidiolo
felbamato
sultiame
# N04 antiparkinson
levodopa
levodopa/carbidopa|N04BA02
levodopa-carbidopa
levodopa/benserazide
levodopa/carbidopa/entacapone|N04BA03
levodopa/carbidopa gel intestinale
carbidopa
benserazide
pramipexolo|N04BC05
ropinirolo|N04BC04
rotigotina|N04BC09
apomorfina|N04BC07
rasagilina|N04BD02
selegilina|N04BD01
safinamide|N04BD03
entacapone|N04BX02
opicapone
tolcapone|N04BX01
amantadina|N04BB01
biperidene|N04AA02
triesifenidile|N04AA01
# N05 psicolettici
aloperidolo|N05AD01
aloperidolo decanoato
clorpromazina|N05AA01
promazina
levomepromazina
flufenazina
perfenazina
zuclopentixolo
olanzapina|N05AH03
quetiapina|N05AH04
clozapina|N05AH02
asenapina|N05AH05
risperidone|N05AX08
paliperidone|N05AX13
paliperidone palmitato
aripiprazolo|N05AX12
aripiprazolo long acting
cariprazina
brexpiprazolo
lurasidone|N05AE05
ziprasidone|N05AE04
amisulpride|N05AL05
sulpiride|N05AL01
tiapride|N05AL03
pimozide
litio|N05AN01
litio carbonato
diazepam|N05BA01
clordiazepossido|N05BA02
lorazepam|N05BA06
alprazolam|N05BA12
bromazepam|N05BA08
clobazam|N05BA09
oxazepam|N05BA04
delorazepam
prazepam
etizolam
clotiazepam
ketazolam
idrossizina|N05BB01
buspirone|N05BE01
triazolam|N05CD05
midazolam|N05CD08
lormetazepam|N05CD06
flurazepam|N05CD01
flunitrazepam|N05CD03
temazepam|N05CD07
brotizolam|N05CD09
zolpidem|N05CF02
zopiclone|N05CF01
eszopiclone
melatonina|N05CH01
dexmedetomidina|N05CM18
clometiazolo
daridorexant
# N06 psicoanalettici
imipramina|N06AA02
clomipramina|N06AA04
amitriptilina|N06AA09
nortriptilina|N06AA10
dosulepina
fluoxetina|N06AB03
citalopram|N06AB04
paroxetina|N06AB05
sertralina|N06AB06
fluvoxamina|N06AB08
escitalopram|N06AB10
moclobemide
trazodone|N06AX05
mianserina|N06AX03
mirtazapina|N06AX11
bupropione|N06AX12
venlafaxina|N06AX16
reboxetina
duloxetina|N06AX21
agomelatina|N06AX22
desvenlafaxina
vortioxetina|N06AX26
metilfenidato|N06BA04
atomoxetina|N06BA09
modafinil|N06BA07
caffeina|N06BC01
caffeina citrato
citicolina
donepezil|N06DA02
rivastigmina|N06DA03
galantamina|N06DA04
memantina|N06DX01
piracetam
lecanemab
# N07 altri farmaci del sistema nervoso
neostigmina|N07AA01
piridostigmina|N07AA02
betanecolo
nicotina|N07BA01
terapia sostitutiva nicotinica
vareniclina|N07BA03
citisina
disulfiram|N07BB01
acamprosato|N07BB03
naltrexone|N07BB04
nalmefene|N07BB05
buprenorfina/naloxone
sodio oxibato|N07XX04
betaistina|N07CA01
cinnarizina|N07CA02
flunarizina|N07CA03
riluzolo|N07XX02
tetrabenazina
fampridina
tafamidis
edaravone
valbenazina
"""

INGREDIENTS_PRSV = """
## ingredient
# P antiparassitari
idrossiclorochina|P01BA02
clorochina|P01BA01
primachina|P01BA03
meflochina|P01BC02
chinino|P01BC01
atovaquone/proguanile|P01BB51
artemetere/lumefantrina|P01BF01
artesunato
diidroartemisinina/piperachina
atovaquone
pentamidina
albendazolo|P02CA03
mebendazolo|P02CA01
praziquantel|P02BA01
ivermectina|P02CF01
pirantel
niclosamide
nitazoxanide
benznidazolo
miltefosina
antimoniato di meglumina
# R respiratorio
xilometazolina|R01AA07
oximetazolina|R01AA05
mometasone spray nasale
fluticasone spray nasale
budesonide nebulizzata
beclometasone nebulizzato
flunisolide
ciclesonide
salbutamolo|R03AC02
terbutalina|R03AC03
fenoterolo|R03AC04
salmeterolo|R03AC12
formoterolo|R03AC13
indacaterolo|R03AC18
olodaterolo|R03AC19
vilanterolo
ipratropio bromuro|R03BB01
ipratropio
tiotropio bromuro|R03BB04
tiotropio
aclidinio bromuro|R03BB05
glicopirronio bromuro|R03BB06
glicopirronio
umeclidinio bromuro|R03BB07
umeclidinio
salmeterolo/fluticasone
formoterolo/budesonide
budesonide/formoterolo
beclometasone/formoterolo
fluticasone furoato/vilanterolo
fluticasone/vilanterolo
indacaterolo/glicopirronio
umeclidinio/vilanterolo
tiotropio/olodaterolo
aclidinio/formoterolo
beclometasone/formoterolo/glicopirronio
fluticasone furoato/umeclidinio/vilanterolo
budesonide/glicopirronio/formoterolo
teofillina|R03DA04
aminofillina|R03DA05
doxofillina|R03DA11
montelukast|R03DC03
zafirlukast|R03DC01
roflumilast|R03DX07
omalizumab|R03DX05
mepolizumab|R03DX09
reslizumab|R03DX08
benralizumab|R03DX10
tezepelumab
sodio cromoglicato
acetilcisteina|R05CB01
N-acetilcisteina
ambroxolo|R05CB06
bromexina|R05CB02
carbocisteina|R05CB03
erdosteina
sobrerolo
destrometorfano|R05DA09
levodropropizina
cloperastina
butamirato
diidrocodeina
dornase alfa|R05CB13
soluzione salina ipertonica nebulizzata
mannitolo inalatorio
cetirizina|R06AE07
levocetirizina|R06AE09
loratadina|R06AX13
desloratadina|R06AX27
fexofenadina|R06AX26
ebastina|R06AX22
rupatadina|R06AX28
bilastina|R06AX29
clorfenamina
clorfeniramina
difenidramina|R06AA02
prometazina|R06AD02
oxatomide
ketotifene
poractant alfa
surfattante
surfattante polmonare
ivacaftor
lumacaftor/ivacaftor
tezacaftor/ivacaftor
elexacaftor/tezacaftor/ivacaftor
# S organi di senso
timololo|S01ED01
latanoprost|S01EE01
bimatoprost|S01EE03
travoprost|S01EE04
tafluprost|S01EE05
dorzolamide|S01EC03
brinzolamide|S01EC04
brimonidina|S01EA05
dorzolamide/timololo
latanoprost/timololo
pilocarpina|S01EB01
tropicamide|S01FA06
ciclopentolato|S01FA04
fenilefrina collirio
atropina collirio
ranibizumab|S01LA04
aflibercept|S01LA05
faricimab
brolucizumab
verteporfina|S01LA01
desametasone impianto intravitreale
lacrime artificiali
sodio ialuronato collirio
ciclosporina collirio
tobramicina collirio
tobramicina/desametasone
cloramfenicolo collirio
ofloxacina collirio
netilmicina collirio
desametasone collirio
fluorometolone
ketorolac collirio
nepafenac
bromfenac
olopatadina
azelastina
ciprofloxacina gocce auricolari
# V vari: antidoti, chelanti, resine, gas medicinali, radiofarmaci terapeutici
naloxone|V03AB15
flumazenil|V03AB25
idarucizumab
andexanet alfa
protamina solfato
protamina
deferoxamina|V03AC01
deferasirox|V03AC03
deferiprone|V03AC02
sevelamer
sevelamer carbonato
carbonato di lantanio
ossiidrossido sucroferrico
citrato ferrico
patiromer
sodio zirconio ciclosilicato
polistirene sulfonato di sodio
polistirene sulfonato di calcio
calcio polistirene sulfonato
mesna|V03AF01
dexrazoxano|V03AF02
calcio folinato|V03AF03
acido folinico
levofolinato
amifostina|V03AF05
fomepizolo
pralidossima
blu di metilene
metiltioninio cloruro
sodio tiosolfato
dimercaprolo
edetato di calcio disodico
anticorpi antidigitale
frammenti Fab antidigossina
glucarpidasi
ossigeno|V03AN01
ossigeno liquido
eliox
ossido nitrico inalatorio
iodio-131
radioiodio
radio-223 dicloruro
lutezio-177 oxodotreotide
lutezio-177 PSMA
idrossido di ferro saccarato
"""
# ---------------------------------------------------------------------------
# TREATMENT: brand names common in Italy (flag `brand`)
# ---------------------------------------------------------------------------
BRANDS = """
## brand
# cardiovascolari
Lasix
Coumadin
Sintrom
Cardioaspirina
Aspirina
Aspirinetta
Ascriptin
Eliquis
Xarelto
Pradaxa
Lixiana
Congescor
Concor
Cardicor
Seloken
Lopresor
Tenormin
Nebilox
Lobivon
Dilatrend
Inderal
Sotalex
Triatec
Unipril
Norvasc
Lercadip
Zanedip
Adalat
Adalat crono
Tildiem
Isoptin
Cardura
Catapresan
Aldomet
Converten
Enapren
Zestril
Coversyl
Accuprin
Zofenil
Cozaar
Lortaan
Diovan
Tareg
Aprovel
Karvea
Atacand
Ratacand
Micardis
Pritor
Olmetec
Plaunac
Entresto
Lanoxin
Cordarone
Almarytm
Rytmonorm
Multaq
Procoralan
Ranexa
Trinitrina
Nitroderm TTS
Monoket
Carvasin
Aldactone
Luvion
Kanrenol
Soludactone
Inspra
Esidrex
Igroton
Natrilix
Torvast
Crestor
Zocor
Sinvacor
Pravaselect
Lescol
Ezetrol
Inegy
Atozet
Repatha
Praluent
Leqvio
Nilemdo
Nustendi
Omacor
Esapent
Brilique
Plavix
Efient
Tiklid
Persantin
Aggrastat
Integrilin
Actilyse
Metalyse
Clexane
Inhixa
Seleparina
Fraxiparina
Fraxodi
Fluxum
Clivarina
Ivor
Arixtra
Calciparina
Praxbind
Ugurol
Tranex
Konakion
Ferlixit
Ferinject
Venofer
Monofer
Ferrograd
Ferro-Grad C
Sideral
Tardyferon
Folina
Dobetin
Eprex
Binocrit
Aranesp
Neorecormon
Mircera
Simdax
Corlanor
Daflon
Venoruton
Arvenum
Trental
# diabete, endocrino
Glucophage
Metforal
Metfonorm
Lantus
Toujeo
Abasaglar
Semglee
Levemir
Tresiba
Humalog
Novorapid
Fiasp
Apidra
Lyumjev
Humulin
Humulin R
Humulin I
Actrapid
Insulatard
Novomix
Humalog Mix
Xultophy
Suliqua
Januvia
Xelevia
Tesavel
Janumet
Velmetia
Galvus
Eucreas
Trajenta
Jentadueto
Onglyza
Vipidia
Forxiga
Jardiance
Invokana
Xigduo
Synjardy
Glyxambi
Qtern
Steglatro
Victoza
Saxenda
Ozempic
Wegovy
Rybelsus
Trulicity
Byetta
Bydureon
Mounjaro
Diamicron
Amaryl
Daonil
Novonorm
Actos
Glucobay
Glucagen
Baqsimi
Eutirox
Tirosint
Syntroid
Tapazole
Dibase
Didrogyl
Rocaltrol
Mimpara
Zemplar
Forsteo
Prolia
Evenity
Fosamax
Actonel
Bonviva
Aclasta
Zometa
Adronat
Nerixia
Ostram
Cacit
Cacit D3
Natecal D3
Sandostatina
Somatuline
Minirin
Deltacortene
Medrol
Solu-Medrol
Urbason
Depo-Medrol
Bentelan
Decadron
Soldesam
Flebocortid
Kenacort
Diprosone
Dermovate
Elocon
Locoidon
Cortone acetato
Florinef
Mycostatin
# analgesici, FANS, antinfiammatori
Tachipirina
Efferalgan
Perfalgan
Tachidol
Co-Efferalgan
Toradol
Lixidol
Contramal
Fortradol
Oxycontin
Targin
Depalgos
Palexia
Durogesic
Effentora
Abstral
Instanyl
Transtec
Temgesic
Subutex
Suboxone
Novalgina
Moment
Momendol
Brufen
Nurofen
Vivin C
Oki
Orudis
Artrosilene
Voltaren
Voltadvance
Dicloreum
Flector
Aulin
Feldene
Mobic
Celebrex
Arcoxia
Dynastat
Naprosyn
Synflex
Froben
Indoxen
Muscoril
Sirdalud
Lioresal
Zyloric
Adenuric
Fasturtec
Imigran
Maxalt
Relpax
Zomig
Almogran
Auradol
Aimovig
Emgality
Ajovy
Vyepti
# gastrointestinali
Pantorc
Pantopan
Peptazol
Lansox
Limpidex
Nexium
Lucen
Esopral
Mepral
Omeprazen
Antra
Pariet
Zantac
Ranidil
Gaviscon
Maalox
Riopan
Buscopan
Plasil
Peridon
Motilium
Levopraid
Zofran
Kytril
Aloxi
Emend
Akynzeo
Duspatalin
Spasmomen
Debridat
Duphalac
Laevolac
Movicol
Paxabel
Isocolan
Selg
Selg Esse
Moviprep
Plenvu
Citrafleet
Clensia
Dulcolax
Pursennid
Relistor
Moventig
Resolor
Imodium
Dissenten
Tiorfix
Enterogermina
Reuflor
Dicoflor
Normix
Dificlir
Asacol
Pentasa
Salofalk
Claversal
Lixacol
Salazopyrin
Entocort
Cortiment
Deursil
Ursobil
Ocaliva
Creon
Pancrex
Alvesin
Intralipid
Smoflipid
Kabiven
Olimel
Clinimix
Nutrison
Ensure
Fortimel
Peptamen
Cubitan
# antinfettivi
Augmentin
Clavulin
Neoduplamox
Zimox
Velamox
Unasyn
Tazocin
Rocefin
Zinnat
Cefixoral
Suprax
Cefodox
Spectracef
Keforal
Ceporex
Cefamezin
Glazidim
Maxipime
Zavicefta
Zerbaxa
Fetcroja
Zinforo
Merrem
Meronem
Invanz
Tienam
Vaborem
Recarbrio
Azactam
Bactrim
Eusaprim
Klacid
Macladin
Veclam
Zitromax
Ribotrex
Trozocina
Rulid
Dalacin C
Gentalyn
Tobi
Bramitob
Ciproxin
Tavanic
Levoxacin
Avalox
Octegra
Unidrox
Noroxin
Vancocina
Targosid
Xydalba
Colimicina
Promixin
Monuril
Furadantin
Macrodantin
Zyvoxid
Sivextro
Cubicin
Tygacil
Flagyl
Fasigin
Bassado
Minocin
Rifadin
Rifocin
Nicozid
Myambutol
Diflucan
Sporanox
Vfend
Noxafil
Cresemba
Cancidas
Mycamine
Ecalta
Ambisome
Fungizone
Lamisil
Zovirax
Talavir
Zelitrex
Famvir
Cymevene
Valcyte
Prevymis
Tamiflu
Relenza
Xofluza
Veklury
Lagevrio
Paxlovid
Evusheld
Xevudy
Epclusa
Maviret
Harvoni
Sovaldi
Vosevi
Zepatier
Baraclude
Viread
Vemlidy
Epivir
Biktarvy
Genvoya
Stribild
Triumeq
Dovato
Juluca
Truvada
Descovy
Odefsey
Eviplera
Symtuza
Rezolsta
Prezista
Isentress
Tivicay
Vocabria
Rukobia
Sunlenca
Plaquenil
Malarone
Riamet
Eurartesim
Lariam
Zentel
Vermox
Stromectol
Biltricide
# respiratorio
Ventolin
Broncovaleas
Spiriva
Spiriva Respimat
Seretide
Aliflus
Symbicort
Assieme
Foster
Relvar
Revinty
Trimbow
Trelegy
Elebrato
Riarify
Anoro
Ultibro
Xoterna
Spiolto
Duaklir
Bevespi
Onbrez
Striverdi
Incruse
Seebri
Eklira
Atrovent
Breva
Clenil
Clenil Compositum
Pulmicort
Flixotide
Alvesco
Lunibron
Rinoclenil
Nasonex
Avamys
Fluspiral
Singulair
Lukasm
Montegen
Daxas
Xolair
Nucala
Fasenra
Cinqaero
Tezspire
Theo-Dur
Respicur
Ansimar
Fluimucil
Mucosolvan
Lisomucil
Fluibron
Bisolvon
Actithiol
Broncho-Vaxom
Levotuss
Sinecod
Zirtec
Xyzal
Clarityn
Aerius
Telfast
Kestine
Rupafin
Robilas
Fenistil
Polaramin
Trimeton
Atarax
Pulmozyme
Curosurf
Esbriet
Ofev
Kaftrio
Kalydeco
Orkambi
# neurologia, psichiatria
Zoloft
Tatig
Cipralex
Entact
Elopram
Seropram
Seroxat
Eutimil
Sereupin
Daparox
Prozac
Fluoxeren
Dumirox
Efexor
Faxine
Cymbalta
Xeredien
Trittico
Remeron
Wellbutrin
Elontril
Brintellix
Valdoxan
Anafranil
Laroxyl
Tofranil
Surmontil
Spravato
Seroquel
Zyprexa
Risperdal
Abilify
Abilify Maintena
Serenase
Haldol
Talofen
Largactil
Nozinan
Leponex
Xeplion
Trevicta
Invega
Latuda
Reagila
Solian
Deniban
Entumin
Dobren
Carbolithium
Tavor
Xanax
Valium
Lexotan
Minias
Halcion
Roipnol
Rivotril
Frisium
Dalmadorm
Tranquirit
Noctamid
Stilnox
Imovane
Circadin
Aricept
Memac
Ebixa
Exelon
Reminyl
Ritalin
Medikinet
Strattera
Provigil
Antabuse
Etiltox
Alcover
Campral
Selincro
Champix
Keppra
Depakin
Depakin Chrono
Tegretol
Tolep
Trileptal
Zebinix
Lamictal
Topamax
Neurontin
Lyrica
Vimpat
Briviact
Fycompa
Gardenale
Luminale
Dintoina
Zonegran
Inovelon
Ontozry
Epidyolex
Sinemet
Madopar
Stalevo
Duodopa
Mirapexin
Requip
Neupro
Azilect
Jumex
Xadago
Comtan
Ongentys
Mantadan
Akineton
Artane
Dopaceptin
Vertiserc
Microser
Stugeron
Sibelium
Rilutek
Nitoman
Fampyra
Vyndaqel
Tecfidera
Vumerity
Gilenya
Mayzent
Zeposia
Aubagio
Tysabri
Ocrevus
Kesimpta
Lemtrada
Mavenclad
Copaxone
Avonex
Rebif
Betaferon
Plegridy
Mestinon
Prostigmina
Botox
Dysport
Xeomin
# urologia, ginecologia
Omnic
Pradif
Xatral
Urorec
Silodyx
Avodart
Proscar
Combodart
Permixon
Ditropan
Detrusitol
Vesiker
Toviaz
Betmiga
Viagra
Cialis
Levitra
Spedra
Dostinex
Parlodel
Progeffik
Prometrium
Duphaston
Provera
Depo-Provera
Primolut-Nor
Estraderm
Estrofem
Sandrena
Premarin
Livial
Evista
Conbriza
Duavive
Androgel
Nebid
Testogel
Clomid
Gonal-f
Ovitrelle
Menopur
EllaOne
Norlevo
Yasmin
Yaz
Klaira
Zoely
Visanne
Cerazette
Mirena
Nexplanon
Syntocinon
Methergin
Prepidil
Propess
Tractocile
# oncologia, ematologia, immunologia
Herceptin
Perjeta
Phesgo
Kadcyla
Enhertu
Keytruda
Opdivo
Tecentriq
Imfinzi
Bavencio
Libtayo
Yervoy
Avastin
Cyramza
Erbitux
Vectibix
MabThera
Gazyvaro
Darzalex
Sarclisa
Adcetris
Blincyto
Besponsa
Polivy
Trodelvy
Padcev
Glivec
Sprycel
Tasigna
Bosulif
Iclusig
Iressa
Tarceva
Giotrif
Tagrisso
Xalkori
Alecensa
Alunbrig
Lorviqua
Zelboraf
Tafinlar
Mekinist
Braftovi
Mektovi
Ibrance
Kisqali
Verzenios
Imbruvica
Calquence
Brukinsa
Jakavi
Sutent
Nexavar
Votrient
Stivarga
Cabometyx
Lenvima
Inlyta
Afinitor
Certican
Tyverb
Nerlynx
Tukysa
Piqray
Lynparza
Zejula
Rubraca
Talzenna
Velcade
Kyprolis
Ninlaro
Venclyxto
Revlimid
Imnovid
Oncocarbide
Xeloda
Lonsurf
Temodal
Alimta
Taxotere
Taxol
Abraxane
Halaven
Navelbine
Gemzar
Campto
Onivyde
Caelyx
Farmorubicina
Holoxan
Endoxan
Leukeran
Alkeran
Purinethol
Vidaza
Dacogen
Nolvadex
Faslodex
Arimidex
Femara
Aromasin
Casodex
Xtandi
Erleada
Nubeqa
Zytiga
Firmagon
Orgovyx
Eligard
Enantone
Zoladex
Decapeptyl
Megace
Granulokine
Neulasta
Ziextenzo
Lonquex
Mozobil
Revolade
Nplate
Doptelet
Hemlibra
Novoseven
Confidex
Haemocomplettan
Humira
Amgevita
Hyrimoz
Remicade
Inflectra
Remsima
Flixabi
Enbrel
Benepali
Cimzia
Simponi
Stelara
Cosentyx
Taltz
Tremfya
Skyrizi
Ilumetri
Kyntheum
Bimzelx
Otezla
Kineret
Ilaris
RoActemra
Kevzara
Orencia
Benlysta
Saphnelo
Entyvio
Soliris
Ultomiris
Xeljanz
Olumiant
Rinvoq
Jyseleca
Dupixent
Adtralza
Sandimmun
Neoral
Prograf
Advagraf
Envarsus
Cellcept
Myfortic
Rapamune
Imuran
Arava
Reumaflex
Simulect
Thymoglobuline
Privigen
Kiovig
Hizentra
Gammanorm
Synagis
Beyfortus
"""
# ---------------------------------------------------------------------------
# TREATMENT: drug classes
# ---------------------------------------------------------------------------
CLASSES = """
## class
beta-bloccante
betabloccante
beta-bloccanti cardioselettivi
ACE-inibitore
ACE inibitore
ACEi|A
sartano
antagonista del recettore dell'angiotensina II
ARB|A
ARNI|A
calcio-antagonista
calcioantagonista
diidropiridinico
diuretico
diuretico dell'ansa
diuretico tiazidico
tiazidico
diuretico risparmiatore di potassio
antialdosteronico
antagonista dei recettori dei mineralcorticoidi
MRA|A
nitrato
nitroderivato
antiaritmico
digitale
digitalico
vasodilatatore
inotropo
amina vasoattiva
vasopressore
catecolamine
antipertensivo
alfa-bloccante
alfa-litico
statina
ipolipemizzante
fibrato
inibitore di PCSK9
anti-PCSK9
anticoagulante
anticoagulante orale
TAO|A
terapia anticoagulante orale
antagonista della vitamina K
AVK|A
dicumarolico
anticoagulanti orali diretti
nuovi anticoagulanti orali
NAO|A
DOAC|A
eparina a basso peso molecolare
EBPM|A
LMWH|A
ENF|A|Y
antiaggregante
antiaggregante piastrinico
antipiastrinico
doppia antiaggregazione
doppia antiaggregazione piastrinica
DAPT|A
inibitore P2Y12
anti-P2Y12
inibitore della glicoproteina IIb/IIIa
trombolitico
fibrinolitico
trombolisi
fibrinolisi
inibitore di pompa protonica
inibitori di pompa protonica
IPP|A
PPI|A
gastroprotettore
gastroprotezione
antiacido
anti-H2
antistaminico
antistaminico H1
antiemetico
procinetico
antispastico
lassativo
lassativo osmotico
clistere
clistere evacuativo
peretta evacuativa
antidiarroico
probiotico
FANS|A
antinfiammatorio non steroideo
antinfiammatorio
COXIB|A
analgesico
antidolorifico
antipiretico
oppioide
oppiaceo
analgesico oppioide
oppioide maggiore
oppioide minore
cortisonico
corticosteroide
corticosteroidi sistemici
steroide
glucocorticoide
terapia steroidea
cortisone
bolo di steroide
boli di metilprednisolone
corticosteroide inalatorio
ICS|A
broncodilatatore
beta2-agonista
beta2-agonista a breve durata d'azione
beta2-agonista a lunga durata d'azione
SABA|A
LABA|A
LAMA|A
SAMA|A
LABA/LAMA|A
ICS/LABA|A
anticolinergico
antimuscarinico
mucolitico
sedativo della tosse
antitussivo
aerosolterapia
aerosol
antibiotico
antibiotici
antibiotico ad ampio spettro
antibatterico
betalattamico
penicillina
cefalosporina
cefalosporina di terza generazione
carbapenemico
chinolonico
fluorochinolonico
macrolide
aminoglicoside
glicopeptide
tetraciclina orale
antimicotico
antifungino
azolo
echinocandina
antivirale
antiretrovirale
antitubercolare
antimalarico
antielmintico
antiparassitario
antisettico
disinfettante
vaccino
vaccinazione
immunoglobuline
insulina
terapia insulinica
insulinoterapia
schema insulinico basal-bolus
schema basal-bolus
ipoglicemizzante orale
ipoglicemizzanti orali
antidiabetico orale
ADO|A
sulfanilurea
glinide
biguanide
glitazone
gliflozina
SGLT2-inibitore
inibitore di SGLT2
SGLT2i|A
gliptina
inibitore della DPP-4
DPP4-i|A
agonista del recettore del GLP-1
GLP-1 RA|A
analogo del GLP-1
agonista GLP-1
incretine
ormone tiroideo
terapia sostitutiva tiroidea
tireostatico
antitiroideo
bifosfonato
bisfosfonato
terapia antiriassorbitiva
calciomimetico
chelante del fosforo
chelante del potassio
resina a scambio ionico
chelante del ferro
ferro per os
terapia marziale
terapia marziale endovenosa
ferroterapia
supplementazione vitaminica
vitamina D supplementazione
eritropoietina ricombinante
ESA|A
agente stimolante l'eritropoiesi
fattore di crescita granulocitario
emoderivati
emocomponenti
antidepressivo
SSRI|A
SNRI|A
triciclico
antidepressivo triciclico
IMAO|A
ansiolitico
benzodiazepina
BDZ|A
ipnotico
ipnoinducente
sedativo
antipsicotico
neurolettico
antipsicotico atipico
antipsicotico long-acting
LAI|A
stabilizzatore dell'umore
antiepilettico
anticonvulsivante
antiparkinsoniano
dopaminergico
dopamino-agonista
anticolinesterasico
inibitore dell'acetilcolinesterasi
triptano
anticorpo monoclonale anti-CGRP
anti-CGRP
miorilassante
curaro
curarizzante
bloccante neuromuscolare
anestetico locale
anestetico generale
anestesia generale
anestesia locale
anestesia loco-regionale
anestesia spinale
anestesia subaracnoidea
anestesia peridurale
peridurale
analgesia epidurale
blocco nervoso periferico
blocco del plesso brachiale
blocco dei nervi periferici
sedazione
sedazione profonda
sedazione cosciente
sedazione palliativa
analgosedazione
antigottoso
ipouricemizzante
uricosurico
antiandrogeno
terapia di deprivazione androgenica
ADT|A
ormonoterapia
terapia ormonale
terapia endocrina
inibitore dell'aromatasi
antiestrogeno
LHRH analogo
analogo LHRH
GnRH analogo
terapia ormonale sostitutiva
TOS|A
estroprogestinico
contraccettivo orale
pillola anticoncezionale
contraccezione d'emergenza
progestinico
antimuscarinico vescicale
alfa-litico prostatico
inibitore della 5-alfa-reduttasi
inibitore della fosfodiesterasi 5
chemioterapico
antineoplastico
citostatico
inibitore tirosin-chinasico
TKI|A
inibitore di tirosin-chinasi
inibitore di checkpoint immunitario
anti-PD-1
anti-PD-L1
anti-CTLA-4
inibitore di CDK4/6
inibitore di PARP
PARP-inibitore
anti-EGFR
anti-HER2
anti-VEGF
anti-VEGF intravitreale
anti-CD20
anti-TNF
anti-TNF alfa
farmaco biologico
biologico
farmaci biologici
biosimilare
immunosoppressore
immunosoppressivo
terapia immunosoppressiva
inibitore della calcineurina
inibitore di mTOR
inibitore JAK
JAK-inibitore
DMARD|A
csDMARD|A
bDMARD|A
farmaco di fondo
anti-IL-6
anti-IL-17
anti-IL-23
anti-IL-5
anti-IgE
immunomodulante
interferone
antistaminico sistemico
antidoto
antagonista degli oppioidi
chelante
mezzo emostatico
antifibrinolitico
emostatico
vitamina K antagonista
prostaglandina
prostanoide
analogo delle prostaglandine
collirio
collirio antibiotico
collirio cortisonico
collirio ipotonizzante
pomata antibiotica
crema cortisonica
emolliente
cheratolitico
antipsoriasico
retinoide
antiacneico
cerotto transdermico
fluidoterapia
soluzioni cristalloidi
"""

# ---------------------------------------------------------------------------
# TREATMENT: therapies (non-pharmacological or named therapeutic approaches)
# ---------------------------------------------------------------------------
THERAPIES = """
## therapy
ossigenoterapia
O2 terapia
ossigenoterapia domiciliare
ossigenoterapia a lungo termine
ossigenoterapia iperbarica
OTI|A|Y
ossigeno in maschera di Venturi
ossigeno con cannule nasali
ossigeno ad alti flussi
ossigenoterapia ad alti flussi
HFNC|A
alti flussi nasali
ventilazione meccanica
ventilazione meccanica invasiva
ventilazione meccanica non invasiva
ventilazione non invasiva
NIV|A
NIMV|A
CPAP|A
C-PAP|A
CPAP notturna
BiPAP|A
Bi-level
PEEP|A|Y
ventilazione protettiva
pronazione
posizionamento prono
svezzamento dalla ventilazione meccanica
ventiloterapia domiciliare
dialisi
emodialisi
dialisi peritoneale
dialisi peritoneale automatizzata
CAPD|A
emodiafiltrazione
emofiltrazione
emodiafiltrazione veno-venosa continua
CVVHDF|A
CVVH|A
CRRT|A
terapia sostitutiva renale
terapia sostitutiva renale continua
ultrafiltrazione
ultrafiltrazione isolata
plasmaferesi
plasma-exchange
aferesi
fotoferesi extracorporea
leucoaferesi
LDL-aferesi
ECMO|A
ossigenazione extracorporea a membrana
ECMO veno-venoso
ECMO veno-arterioso
trasfusione
emotrasfusione
trasfusione di emazie concentrate
trasfusione di emazie
emazie concentrate
EC|A|Y
emazie filtrate
emazie irradiate
trasfusione di piastrine
concentrato piastrinico
pool piastrinico
trasfusione piastrinica
plasma fresco congelato
PFC|A
crioprecipitato
trasfusione di plasma
autotrasfusione
recupero intraoperatorio del sangue
salasso
salassoterapia
flebotomia
terapia infusionale
idratazione
idratazione endovenosa
idratazione ev
reidratazione
reidratazione orale
soluzione reidratante orale
espansione volemica
riempimento volemico
fluidoterapia endovenosa
bolo di cristalloidi
nutrizione parenterale
nutrizione parenterale totale
NPT|A
nutrizione enterale
NE|A|Y
nutrizione artificiale
nutrizione enterale via PEG
supplementi nutrizionali orali
integratori alimentari
integratore proteico
terapia antibiotica
antibioticoterapia
terapia antibiotica empirica
terapia antibiotica mirata
antibioticoprofilassi
profilassi antibiotica
profilassi antitrombotica
profilassi eparinica
profilassi della TVP
tromboprofilassi
profilassi antiemetica
profilassi antimicrobica
profilassi antibiotica perioperatoria
profilassi antitetanica
profilassi della malaria
profilassi post-esposizione
PEP|A|Y
PrEP|A
terapia anticoagulante
terapia antiaggregante
terapia diuretica
terapia antipertensiva
terapia ipolipemizzante
terapia ipoglicemizzante
terapia antalgica
terapia del dolore
terapia analgesica
analgesia
analgesia controllata dal paziente
PCA|A|Y
elastomero
pompa elastomerica
terapia antiemetica
terapia antiepilettica
terapia antivirale
terapia antifungina
terapia antitubercolare
terapia eradicante
terapia eradicante per Helicobacter pylori
triplice terapia
quadruplice terapia
terapia sequenziale
terapia antiretrovirale combinata
terapia cortisonica
corticoterapia
terapia steroidea ad alte dosi
terapia con boli di steroide
terapia immunosoppressiva di induzione
terapia palliativa
cure palliative
terapia del dolore oncologico
cure di fine vita
terapia sintomatica
terapia biologica
terapia con anti-TNF
terapia target
terapia a bersaglio molecolare
chemioterapia
chemioterapia adiuvante
chemioterapia neoadiuvante
chemioterapia palliativa
chemioterapia di induzione
chemioterapia di consolidamento
chemioterapia ad alte dosi
chemioterapia di prima linea
chemioterapia di seconda linea
chemioterapia intratecale
chemioterapia intravescicale
chemioterapia intraperitoneale ipertermica
HIPEC|A
chemioterapia intra-arteriosa
chemioembolizzazione
chemioembolizzazione transarteriosa
TACE|A
radioembolizzazione
TARE|A
SIRT|A|Y
chemio-radioterapia
radiochemioterapia
chemioradioterapia concomitante
immunoterapia
immunochemioterapia
immunoterapia oncologica
immunoterapia specifica
immunoterapia allergenica
desensibilizzazione
vaccinoterapia
radioterapia
RT|A|Y
radioterapia adiuvante
radioterapia neoadiuvante
radioterapia palliativa
radioterapia esterna
radioterapia stereotassica
radioterapia stereotassica corporea
SBRT|A
radiochirurgia
radiochirurgia stereotassica
gamma knife
cyberknife
brachiterapia
IMRT|A
radioterapia a intensità modulata
protonterapia
adroterapia
irradiazione panencefalica
radioterapia panencefalica
WBRT|A
irradiazione corporea totale
terapia radiometabolica
terapia con radioiodio
radioiodioterapia
terapia radiorecettoriale
ormonoterapia adiuvante
deprivazione androgenica
castrazione chimica
trapianto di midollo osseo
trapianto di cellule staminali emopoietiche
trapianto allogenico di cellule staminali
trapianto autologo di cellule staminali
autotrapianto
allotrapianto
infusione di linfociti del donatore
terapia con CAR-T
terapia genica
terapia cellulare
fototerapia
fototerapia neonatale
fototerapia UVB
PUVA-terapia
terapia fotodinamica
laserterapia
elettroterapia
TENS|A
magnetoterapia
ultrasuonoterapia
tecarterapia
onde d'urto
terapia con onde d'urto extracorporee
crioterapia
termoterapia
ipotermia terapeutica
controllo mirato della temperatura
TTM|A
raffreddamento attivo
riscaldamento attivo
fisioterapia
FKT|A
fisiochinesiterapia
kinesiterapia
chinesiterapia
fisioterapia respiratoria
fisioterapia motoria
riabilitazione
riabilitazione motoria
riabilitazione cardiologica
riabilitazione respiratoria
riabilitazione neurologica
riabilitazione del pavimento pelvico
riabilitazione vestibolare
riabilitazione cognitiva
rieducazione funzionale
rieducazione motoria
rieducazione posturale
rieducazione alla deambulazione
rieducazione del passo
mobilizzazione precoce
mobilizzazione passiva
mobilizzazione attiva
verticalizzazione
terapia occupazionale
logopedia
logoterapia
rieducazione della deglutizione
drenaggio linfatico
linfodrenaggio
bendaggio elastocompressivo
bendaggio compressivo
elastocompressione
massoterapia
osteopatia
agopuntura
idrokinesiterapia
psicoterapia
psicoterapia cognitivo-comportamentale
terapia cognitivo-comportamentale
CBT|A|Y
psicoeducazione
supporto psicologico
terapia familiare
terapia elettroconvulsivante
elettroshock
TEC|A|Y
stimolazione magnetica transcranica
stimolazione cerebrale profonda
DBS|A
stimolazione del nervo vago
neurostimolazione
stimolazione midollare
neuromodulazione sacrale
disassuefazione dal fumo
terapia per la disassuefazione dal fumo
disintossicazione
terapia sostitutiva con metadone
terapia di disassuefazione alcolica
medicazione
medicazione avanzata
medicazione semplice
medicazione a piatto
medicazione compressiva
medicazione a pressione negativa
terapia a pressione negativa
NPWT|A
VAC therapy
VAC-terapia
toilette chirurgica
toilette della ferita
sbrigliamento
debridement
curettage
rimozione dei punti di sutura
sutura
sutura cutanea
punti di sutura
steri-strip
colla chirurgica
immobilizzazione
immobilizzazione con gesso
apparecchio gessato
gesso
stecca gessata
doccia gessata
valva gessata
bendaggio
bendaggio funzionale
taping
tutore
tutore ortopedico
collare cervicale
collare di Philadelphia
busto ortopedico
corsetto
ginocchiera
tutore per caviglia
reggibraccio
tutore reggibraccio
scarico dell'arto
deambulazione con carico sfiorante
trazione
trazione transcheletrica
riduzione incruenta
riduzione di lussazione
riduzione in narcosi
manovra di riposizionamento
manovra di Epley
manovra di Semont
manovra di Valsalva
massaggio del seno carotideo
manovre vagali
cardioversione
cardioversione elettrica
cardioversione elettrica esterna
CVE|A
cardioversione farmacologica
defibrillazione
shock elettrico
pacing transcutaneo
pacing transvenoso temporaneo
pacing temporaneo
rianimazione cardiopolmonare
RCP|A
BLS|A
BLSD|A
ACLS|A
massaggio cardiaco esterno
compressioni toraciche
manovra di Heimlich
ventilazione con pallone autoespansibile
ventilazione in maschera
supporto ventilatorio
supporto emodinamico
supporto inotropo
supporto vasopressorio
contropulsazione aortica
IABP|A
contropulsatore aortico
Impella
assistenza ventricolare
dispositivo di assistenza ventricolare sinistra
LVAD|A
terapia iperbarica
camera iperbarica
lavanda gastrica
gastrolusi
decontaminazione gastrointestinale
carbone attivo per os
irrigazione intestinale totale
terapia chelante
antidoto specifico
infusione di insulina
insulina in infusione continua
microinfusore
microinfusore di insulina
terapia con microinfusore
pompa insulinica
pompa infusionale
pompa siringa
terapia intratecale
terapia inalatoria
terapia aerosolica
nebulizzazione
lavaggi nasali
irrigazioni nasali
suffumigi
colluttorio
impacchi
impacchi freddi
ghiaccio locale
crioterapia locale
infiltrazione
infiltrazione articolare
infiltrazione intrarticolare
infiltrazione con cortisone
viscosupplementazione
infiltrazione di acido ialuronico
PRP|A
plasma ricco di piastrine
mesoterapia
ossigeno-ozonoterapia
ozonoterapia
artrocentesi evacuativa
proloterapia
terapia sclerosante
scleroterapia
scleroterapia con schiuma
terapia compressiva
elastocompressione graduata
terapia riabilitativa
programma riabilitativo
"""
# ---------------------------------------------------------------------------
# TREATMENT: surgical and therapeutic procedures
# ---------------------------------------------------------------------------
PROCEDURES = """
## procedure
# cardiologia interventistica, cardiochirurgia, chirurgia vascolare
PTCA|A
angioplastica
angioplastica coronarica
angioplastica coronarica percutanea
angioplastica coronarica transluminale percutanea
angioplastica coronarica con stent medicato
PTCA con stent medicato
PTCA + stent
PCI|A
PCI primaria
angioplastica primaria
rivascolarizzazione coronarica
rivascolarizzazione miocardica
rivascolarizzazione percutanea
rivascolarizzazione chirurgica
impianto di stent coronarico
stenting coronarico
impianto di DES
aterectomia rotazionale
litotrissia intravascolare
trombectomia
trombectomia coronarica
tromboaspirazione
trombectomia meccanica
trombectomia meccanica cerebrale
trombolisi endovenosa
trombolisi sistemica
trombolisi intra-arteriosa
fibrinolisi sistemica
bypass aorto-coronarico
by-pass aortocoronarico
CABG|A
bypass aortocoronarico con arteria mammaria
bypass coronarico
rivascolarizzazione miocardica chirurgica
sostituzione valvolare aortica
sostituzione valvolare mitralica
plastica mitralica
riparazione valvolare mitralica
anuloplastica mitralica
anuloplastica tricuspidale
plastica tricuspidale
TAVI|A
impianto transcatetere di valvola aortica
TAVR|A
valvuloplastica aortica percutanea
valvuloplastica mitralica percutanea
MitraClip
riparazione mitralica percutanea edge-to-edge
TEER|A
chiusura percutanea dell'auricola sinistra
chiusura dell'auricola sinistra
occlusione percutanea dell'auricola sinistra
chiusura percutanea di PFO
chiusura del forame ovale pervio
chiusura percutanea di DIA
ablazione transcatetere
ablazione
ablazione con radiofrequenza
ablazione transcatetere con radiofrequenza
crioablazione
isolamento delle vene polmonari
PVI|A
ablazione della fibrillazione atriale
ablazione del flutter atriale
ablazione dell'istmo cavo-tricuspidale
ablazione della via accessoria
ablazione del nodo atrioventricolare
ablazione della tachicardia ventricolare
ablazione con elettroporazione
ablazione a campo pulsato
impianto di pacemaker
impianto di PM
impianto di pacemaker definitivo
impianto di pacemaker bicamerale
impianto di ICD
impianto di defibrillatore
impianto di defibrillatore sottocutaneo
impianto di CRT-D
impianto di CRT
resincronizzazione cardiaca
terapia di resincronizzazione cardiaca
upgrading a CRT
sostituzione del generatore
sostituzione di pacemaker
estrazione di elettrocateteri
pericardiocentesi
pericardiocentesi evacuativa
finestra pericardica
pericardiectomia
miectomia settale
alcolizzazione settale
ablazione settale alcolica
trapianto cardiaco
trapianto di cuore
correzione di difetto interatriale
chiusura di dotto arterioso pervio
riparazione di aneurisma dell'aorta addominale
EVAR|A
TEVAR|A
endoprotesi aortica
trattamento endovascolare di aneurisma aortico
sostituzione dell'aorta ascendente
intervento di Bentall
sostituzione dell'arco aortico
intervento di David
endoarteriectomia carotidea
TEA carotidea
stenting carotideo
angioplastica carotidea
PTA|A|Y
angioplastica percutanea transluminale
angioplastica periferica
angioplastica dell'arteria femorale superficiale
angioplastica femoro-poplitea
angioplastica con pallone medicato
stenting periferico
rivascolarizzazione periferica
bypass femoro-popliteo
bypass femoro-femorale
bypass aorto-bifemorale
embolectomia
embolectomia con catetere di Fogarty
tromboendoarteriectomia
tromboendoarteriectomia polmonare
safenectomia
stripping della safena
ablazione endovenosa con laser
ablazione endovenosa con radiofrequenza
scleroterapia delle varici
flebectomia
legatura delle vene perforanti
posizionamento di filtro cavale
impianto di filtro cavale
rimozione di filtro cavale
confezionamento di fistola artero-venosa
FAV|A|Y
allestimento di fistola artero-venosa
fistola artero-venosa per emodialisi
posizionamento di catetere venoso centrale
posizionamento di CVC
posizionamento di PICC
posizionamento di midline
posizionamento di port-a-cath
impianto di port
incannulamento arterioso
incannulamento venoso centrale
posizionamento di catetere arterioso
embolizzazione
embolizzazione arteriosa
embolizzazione selettiva
embolizzazione di aneurisma cerebrale
coiling
coiling endovascolare
clipping di aneurisma
clipping chirurgico
embolizzazione delle arterie uterine
embolizzazione prostatica
embolizzazione delle arterie bronchiali
TIPS|A
shunt porto-sistemico intraepatico transgiugulare
termoablazione
termoablazione con radiofrequenza
ablazione percutanea con microonde
alcolizzazione percutanea
# chirurgia generale e digestiva
colecistectomia
colecistectomia laparoscopica
videolaparocolecistectomia
VLC|A
colecistectomia open
colecistostomia
colecistostomia percutanea
appendicectomia
appendicectomia laparoscopica
appendicectomia open
ernioplastica
ernioplastica inguinale
ernioplastica inguinale sec. Lichtenstein
ernioplastica con rete
ernioplastica ombelicale
laparoplastica
plastica della parete addominale
riparazione di laparocele
laparotomia esplorativa
laparotomia
laparoscopia operativa
videolaparoscopia
adesiolisi
viscerolisi
emicolectomia destra
emicolectomia sinistra
emicolectomia destra laparoscopica
emicolectomia sinistra laparoscopica
colectomia totale
colectomia subtotale
proctocolectomia
proctocolectomia restaurativa
sigmoidectomia
resezione del sigma
resezione anteriore del retto
resezione anteriore bassa del retto
amputazione addominoperineale del retto
intervento di Miles
intervento di Hartmann
ricanalizzazione intestinale
ricostituzione della continuità intestinale
resezione ileocecale
resezione ileale
resezione intestinale
resezione del tenue
stricturoplastica
ileostomia
ileostomia di protezione
ileostomia derivativa
colostomia
confezionamento di colostomia
chiusura di ileostomia
chiusura di colostomia
gastrectomia
gastrectomia totale
gastrectomia subtotale
gastroresezione
sleeve gastrectomy
gastrectomia verticale parziale
bypass gastrico
bypass gastrico Roux-en-Y
bendaggio gastrico
chirurgia bariatrica
gastrodigiunostomia
gastroenteroanastomosi
gastrostomia
gastrostomia endoscopica percutanea
PEG|A|Y
PEJ|A
digiunostomia
confezionamento di PEG
esofagectomia
esofagectomia sec. Ivor Lewis
miotomia sec. Heller
miotomia endoscopica perorale
POEM|A
fundoplicatio
fundoplicatio sec. Nissen
plastica iatale
duodenocefalopancreasectomia
DCP|A|Y
intervento di Whipple
pancreasectomia distale
splenopancreasectomia distale
pancreasectomia totale
necrosectomia pancreatica
splenectomia
splenectomia laparoscopica
epatectomia
epatectomia destra
epatectomia sinistra
resezione epatica
resezione epatica atipica
segmentectomia epatica
trapianto di fegato
trapianto epatico
coledocotomia
epaticodigiunostomia
drenaggio biliare percutaneo
drenaggio biliare transepatico percutaneo
PTBD|A
sfinterotomia endoscopica
ERCP con sfinterotomia
ERCP operativa
bonifica della via biliare principale
estrazione di calcoli coledocici
posizionamento di stent biliare
protesi biliare
posizionamento di protesi biliare
drenaggio endoscopico
drenaggio ecoendoguidato
polipectomia
polipectomia endoscopica
colonscopia con polipectomia
mucosectomia
mucosectomia endoscopica
EMR|A
dissezione endoscopica sottomucosa
ESD|A
legatura di varici esofagee
legatura elastica delle varici esofagee
sclerosi di varici esofagee
emostasi endoscopica
clip endoscopiche
iniezione di adrenalina
dilatazione pneumatica
dilatazione endoscopica
posizionamento di protesi esofagea
posizionamento di stent esofageo
posizionamento di stent colico
protesi colica
detorsione endoscopica
decompressione endoscopica
argon plasma coagulazione
APC|A|Y
emorroidectomia
emorroidectomia sec. Milligan-Morgan
legatura elastica delle emorroidi
dearterializzazione emorroidaria
fistulectomia
fistulotomia
sfinterotomia laterale interna
drenaggio di ascesso perianale
setone
escissione di cisti pilonidale
drenaggio di ascesso
incisione e drenaggio
drenaggio percutaneo
drenaggio percutaneo ecoguidato
drenaggio TC-guidato
drenaggio di raccolta
paracentesi
paracentesi evacuativa
paracentesi diagnostica
toracentesi
toracentesi evacuativa
toracentesi diagnostica
drenaggio toracico
posizionamento di drenaggio toracico
pleurodesi
pleurodesi chimica
talcaggio pleurico
decorticazione pleurica
VATS|A
toracoscopia videoassistita
lobectomia polmonare
lobectomia
lobectomia VATS
bilobectomia
pneumonectomia
segmentectomia polmonare
wedge resection
resezione atipica polmonare
resezione polmonare
bullectomia
timectomia
mediastinotomia
trapianto di polmone
trapianto polmonare
toracotomia
sternotomia
riduzione di volume polmonare
posizionamento di valvole endobronchiali
disostruzione bronchiale
broncoscopia operativa
broncoaspirazione
posizionamento di stent tracheale
tracheostomia
tracheotomia
tracheostomia percutanea
tracheostomia chirurgica
cricotirotomia
decannulazione
intubazione
intubazione orotracheale
IOT|A
intubazione nasotracheale
estubazione
intubazione in sequenza rapida
posizionamento di maschera laringea
tiroidectomia
tiroidectomia totale
emitiroidectomia
lobectomia tiroidea
loboistmectomia
paratiroidectomia
surrenalectomia
surrenalectomia laparoscopica
svuotamento linfonodale
linfoadenectomia
linfoadenectomia ascellare
dissezione ascellare
svuotamento laterocervicale
mastectomia
mastectomia radicale modificata
mastectomia nipple-sparing
mastectomia bilaterale
quadrantectomia
tumorectomia
nodulectomia
chirurgia conservativa della mammella
ricostruzione mammaria
mastoplastica
mastoplastica riduttiva
mastoplastica additiva
posizionamento di espansore
escissione di lesione cutanea
asportazione di neoformazione cutanea
exeresi di lesione cutanea
exeresi
escissione chirurgica
allargamento dei margini
innesto cutaneo
trapianto di cute
lembo cutaneo
lembo di rotazione
chirurgia di Mohs
escarotomia
fasciotomia
amputazione
amputazione di gamba
amputazione transfemorale
amputazione transtibiale
amputazione di dito
amputazione transmetatarsale
disarticolazione
necrosectomia
toilette chirurgica del piede diabetico
onicectomia
avulsione ungueale
# ortopedia e traumatologia
protesi d'anca
artroprotesi d'anca
artroprotesi totale d'anca
endoprotesi d'anca
protesi biarticolare
protesi cefalica
artroprotesi di ginocchio
protesi di ginocchio
protesi totale di ginocchio
protesi monocompartimentale
artroprotesi di spalla
protesi inversa di spalla
protesi di spalla
revisione protesica
riprotesizzazione
osteosintesi
osteosintesi con placca e viti
osteosintesi con chiodo endomidollare
chiodo endomidollare
inchiodamento endomidollare
chiodo gamma
osteosintesi percutanea
fissatore esterno
fissazione esterna
riduzione e sintesi
riduzione cruenta e osteosintesi
riduzione e sintesi con placca
sintesi con fili di Kirschner
fili di Kirschner
viti cannulate
rimozione di mezzi di sintesi
artroscopia
artroscopia di ginocchio
meniscectomia
meniscectomia artroscopica
sutura meniscale
ricostruzione del legamento crociato anteriore
ricostruzione del LCA
ricostruzione del crociato
riparazione della cuffia dei rotatori
acromionplastica
decompressione sottoacromiale
stabilizzazione di spalla
tenotomia
tenorrafia
sutura tendinea
sutura del tendine d'Achille
neurolisi
decompressione del nervo mediano
decompressione del tunnel carpale
neurolisi del nervo mediano
liberazione del tunnel carpale
fasciectomia
intervento per dito a scatto
correzione di alluce valgo
osteotomia
osteotomia tibiale
artrodesi
artrodesi vertebrale
stabilizzazione vertebrale
fusione vertebrale
discectomia
microdiscectomia
laminectomia
laminectomia decompressiva
decompressione midollare
foraminotomia
vertebroplastica
cifoplastica
artrodesi cervicale
corporectomia
corsetto ortopedico
# neurochirurgia
craniotomia
craniectomia decompressiva
cranioplastica
evacuazione di ematoma subdurale
evacuazione di ematoma
drenaggio di ematoma subdurale cronico
trapanazione
foro di trapano
derivazione ventricolare esterna
DVE|A
derivazione ventricolo-peritoneale
DVP|A
shunt ventricolo-peritoneale
ventricolostomia endoscopica
terzoventricolocisternostomia
asportazione di neoplasia cerebrale
exeresi di meningioma
resezione tumorale
rizotomia
termorizotomia
decompressione microvascolare
impianto di stimolatore midollare
impianto di pompa intratecale
blocco faccettale
radiofrequenza pulsata
infiltrazione peridurale
infiltrazione foraminale
# urologia
prostatectomia radicale
prostatectomia radicale robotica
prostatectomia radicale laparoscopica
adenomectomia prostatica
TURP|A
resezione transuretrale della prostata
TURB|A
TURBT|A
resezione transuretrale di neoplasia vescicale
resezione endoscopica vescicale
enucleazione prostatica con laser
HoLEP|A
vaporizzazione prostatica con laser
cistectomia radicale
cistectomia
neovescica ortotopica
ureterocutaneostomia
confezionamento di condotto ileale
intervento di Bricker
nefrectomia
nefrectomia radicale
nefrectomia parziale
nefroureterectomia
tumorectomia renale
pieloplastica
nefrostomia
nefrostomia percutanea
posizionamento di nefrostomia
litotrissia
litotrissia extracorporea
ESWL|A
litotrissia extracorporea con onde d'urto
ureterorenoscopia
ureteroscopia operativa
URS|A
RIRS|A
nefrolitotrissia percutanea
PCNL|A
posizionamento di stent ureterale
posizionamento di JJ
stent ureterale doppio J
cateterismo ureterale
cistostomia
cistostomia sovrapubica
cateterismo vescicale
cateterismo vescicale a permanenza
cateterismo vescicale intermittente
autocateterismo
rimozione del catetere vescicale
orchiectomia
orchifunicolectomia
orchidopessi
orchiopessi
detorsione testicolare
varicocelectomia
idrocelectomia
circoncisione
postectomia
frenuloplastica
vasectomia
uretrotomia
uretrotomia endoscopica
uretroplastica
sling uretrale
sfintere urinario artificiale
iniezione intravescicale di tossina botulinica
instillazione endovescicale
instillazioni endovescicali di BCG
trapianto renale
trapianto di rene
trapianto di rene-pancreas
# ginecologia e ostetricia
taglio cesareo
TC elettivo|Y
cesareo
parto cesareo
taglio cesareo d'urgenza
induzione del travaglio
induzione al parto
parto operativo
applicazione di ventosa ostetrica
episiotomia
episiorrafia
revisione della cavità uterina
isterectomia
isterectomia totale
isterectomia laparoscopica
isterectomia vaginale
isterectomia radicale
isteroannessiectomia
annessiectomia
annessiectomia bilaterale
ovariectomia
salpingectomia
salpingo-ovariectomia
miomectomia
miomectomia isteroscopica
isteroscopia operativa
polipectomia isteroscopica
resettoscopia
ablazione endometriale
conizzazione
conizzazione cervicale
LEEP|A
escissione con ansa diatermica
raschiamento
dilatazione e raschiamento
isterosuzione
interruzione volontaria di gravidanza
IVG|A
aborto farmacologico
cerchiaggio cervicale
amnioinfusione
cistopessi
colposospensione
colporrafia
colpoisterectomia
sacrocolpopessi
TVT|A|Y
procreazione medicalmente assistita
PMA|A|Y
fecondazione in vitro
FIVET|A
ICSI|A
inseminazione intrauterina
pick-up ovocitario
transfer embrionario
induzione dell'ovulazione
stimolazione ovarica
crioconservazione degli ovociti
legatura tubarica
inserimento di IUD
posizionamento di spirale
# ORL, oculistica, maxillo-facciale, odontoiatria
tonsillectomia
adenoidectomia
adenotonsillectomia
settoplastica
rinosettoplastica
turbinoplastica
FESS|A
chirurgia endoscopica dei seni paranasali
timpanoplastica
miringotomia
drenaggio transtimpanico
posizionamento di drenaggi transtimpanici
mastoidectomia
stapedectomia
stapedotomia
impianto cocleare
laringectomia
laringectomia totale
cordectomia
microlaringoscopia
parotidectomia
tamponamento nasale
tamponamento nasale anteriore
tamponamento nasale posteriore
cauterizzazione nasale
rimozione di corpo estraneo
facoemulsificazione
intervento di cataratta
chirurgia della cataratta
impianto di IOL
vitrectomia
vitrectomia posteriore
trabeculectomia
iridotomia laser
iridotomia
fotocoagulazione laser
fotocoagulazione retinica
panfotocoagulazione retinica
iniezione intravitreale
iniezioni intravitreali di anti-VEGF
cheratoplastica
trapianto di cornea
cross-linking corneale
chirurgia refrattiva
PRK|A
LASIK|A
capsulotomia YAG laser
blefaroplastica
dacriocistorinostomia
chirurgia dello strabismo
avulsione dentaria
estrazione dentaria
devitalizzazione
terapia canalare
ablazione del tartaro
detartrasi
implantologia
impianto dentale
riduzione di frattura mandibolare
osteosintesi mandibolare
# altre procedure terapeutiche
posizionamento di sondino naso-gastrico
posizionamento di SNG
posizionamento di catetere vescicale
posizionamento di CV
posizionamento di drenaggio
rimozione del drenaggio
sostituzione di PEG
sostituzione di cannula tracheostomica
aspirazione tracheale
aspirazione delle secrezioni
broncoaspirazione terapeutica
lavaggio broncoalveolare terapeutico
artrocentesi
artrocentesi evacuativa del ginocchio
evacuazione di ematoma
svuotamento di ematoma
drenaggio di sieroma
svuotamento vescicale
rimozione di fecaloma
svuotamento manuale dell'ampolla rettale
disimpatto fecale
riduzione di ernia
riduzione manuale dell'ernia
riduzione di prolasso rettale
riduzione di parafimosi
riposizionamento di stomia
irrigazione della colostomia
lavaggio vescicale
lavaggio vescicale continuo
irrigazione vescicale continua
lavaggio peritoneale
lavaggio pleurico
posizionamento di PleurX
rachicentesi evacuativa
puntura lombare evacuativa
iniezione epidurale di steroidi
blocco anestetico
blocco antalgico
cordotomia
neurolisi del plesso celiaco
alcolizzazione del plesso celiaco
escissione
cauterizzazione
elettrocoagulazione
diatermocoagulazione
crioterapia delle verruche
curettage di lesione cutanea
laser CO2
rimozione di cerume
lavaggio auricolare
rimozione di tappo di cerume
sutura di ferita
sutura di ferita lacero-contusa
sutura di FLC
trapianto di organo
trapianto di pancreas
trapianto di intestino
trapianto di cornea
donazione di organi
prelievo di midollo
espianto
intervento chirurgico
chirurgia robotica
chirurgia laparoscopica
chirurgia mininvasiva
chirurgia d'urgenza
chirurgia palliativa
chirurgia citoriduttiva
citoriduzione
debulking
revisione chirurgica
reintervento
"""
# ---------------------------------------------------------------------------
# TREATMENT: devices
# ---------------------------------------------------------------------------
DEVICES = """
## device
pacemaker
PM|A|Y
pacemaker definitivo
pacemaker bicamerale
pacemaker monocamerale
pacemaker leadless
pacemaker temporaneo
elettrostimolatore cardiaco
ICD|A|Y
defibrillatore impiantabile
defibrillatore
defibrillatore sottocutaneo
S-ICD|A
defibrillatore indossabile
DAE|A
defibrillatore semiautomatico
CRT-D|A
CRT-P|A
stent
stent coronarico
stent medicato
DES|A
stent metallico
BMS|A
stent riassorbibile
scaffold riassorbibile
stent carotideo
stent biliare
stent ureterale
stent esofageo
stent colico
stent tracheale
stent duodenale
flow diverter
protesi
protesi valvolare
protesi valvolare meccanica
protesi valvolare biologica
bioprotesi
bioprotesi aortica
valvola meccanica
anello valvolare
protesi vascolare
endoprotesi
endoprotesi vascolare
protesi articolare
protesi mammaria
protesi dentaria
dentiera
protesi acustica
apparecchio acustico
impianto cocleare
protesi d'arto
protesi oculare
lente intraoculare
IOL|A
lenti a contatto
occhiali
catetere vescicale
catetere vescicale a permanenza
CV|A|Y
catetere di Foley
Foley
catetere sovrapubico
cistostomia
catetere esterno
condom urinario
catetere venoso centrale
CVC|A
catetere venoso periferico
CVP|A|Y
accesso venoso periferico
accesso venoso centrale
agocannula
ago cannula
venflon
PICC|A
midline
catetere midline
port-a-cath
port|Y
sistema venoso totalmente impiantabile
catetere di Groshong
catetere per dialisi
catetere da dialisi
CVC per dialisi
catetere di Tenckhoff
catetere arterioso
linea arteriosa
catetere di Swan-Ganz
catetere peridurale
catetere epidurale
sondino naso-gastrico
SNG|A
sondino nasogastrico
sonda naso-gastrica
sondino naso-digiunale
SND|A|Y
sonda di Sengstaken-Blakemore
sonda rettale
tubo endotracheale
tubo orotracheale
TOT|A|Y
cannula tracheostomica
maschera laringea
cannula di Guedel
cannula orofaringea
maschera di Venturi
Venturi
maschera con reservoir
maschera reservoir
occhialini nasali
cannule nasali
casco CPAP
casco per NIV
ventilatore
ventilatore domiciliare
concentratore di ossigeno
drenaggio
drenaggio toracico
tubo di drenaggio toracico
drenaggio pleurico
drenaggio addominale
drenaggio in aspirazione
drenaggio di Redon
drenaggio tubulare
drenaggio pleurico tunnellizzato
PleurX
nefrostomia
catetere nefrostomico
stomia
sacca per stomia
ileostomia
colostomia
PEG|A|Y
gastrostomia
tubo di gastrostomia
sonda PEG
bottone gastrostomico
filtro cavale
clip endoscopica
clip chirurgica
rete chirurgica
mesh
suturatrice meccanica
pompa insulinica
sensore glicemico
sistema di monitoraggio continuo del glucosio
CGM|A
FGM|A
Freestyle Libre|B
penna per insulina
penna insulinica
glucometro
microinfusore
pompa per nutrizione enterale
pompa elastomerica
elastomero
pompa intratecale
neurostimolatore
stimolatore midollare
stimolatore del nervo vago
loop recorder|Y
valvola endobronchiale
LVAD|A
cuore artificiale
contropulsatore
ossigenatore
ECMO|A
spirale intrauterina
IUD|A
dispositivo intrauterino
spirale|Y
anello vaginale
pessario
pessario vaginale
cerotto contraccettivo
impianto sottocutaneo
tutore
ortesi
plantare
plantari
calzature ortopediche
scarpa post-operatoria
stampella
stampelle
bastone
bastone canadese
antibrachiale
deambulatore
girello
sedia a rotelle
carrozzina
letto articolato
materasso antidecubito
cuscino antidecubito
sollevatore
collare cervicale
cavigliera
tutore di Jewett
tutore per polso
splint
calze elastiche
calza elastica
calze elastiche a compressione graduata
calze antitrombo
calze antiembolia
compressione pneumatica intermittente
gambaletti elastici
bracciale elastico
bracciale linfologico
pannolone
ausili per incontinenza
aerosol con distanziatore
distanziatore
nebulizzatore
inalatore
spray predosato
MDI|A
Diskus|B
Respimat|B
Turbohaler|B
Ellipta|B
holding chamber
apparecchio ortodontico
bite|Y
bite notturno
ventilatore CPAP
maschera CPAP
"""

# ---------------------------------------------------------------------------
# TREATMENT: diets and lifestyle prescriptions
# ---------------------------------------------------------------------------
LIFESTYLE = """
## lifestyle
dieta iposodica
dieta ipocalorica
dieta ipoglucidica
dieta ipolipidica
dieta ipoproteica
dieta iperproteica
dieta ipercalorica
dieta per diabetici
dieta ipoglicidica
dieta ipocalorica ipoglucidica
dieta povera di grassi
dieta ipocolesterolemica
dieta mediterranea
dieta DASH
dieta senza glutine
dieta aglutinata
dieta priva di glutine
dieta priva di lattosio
dieta senza lattosio
dieta low-FODMAP
dieta povera di FODMAP
dieta chetogenica
dieta ipokaliemica
dieta povera di potassio
dieta povera di fosforo
dieta ipofosforica
dieta ricca di fibre
dieta povera di scorie
dieta priva di scorie
dieta semiliquida
dieta liquida
dieta cremosa
dieta semisolida
dieta frullata
dieta a consistenza modificata
dieta idrica
dieta leggera
dieta in bianco
dieta ipouricemica
dieta povera di purine
dieta iposodica ipolipidica
dieta ipocalorica bilanciata
dieta vegetariana
dieta di eliminazione
dieta oligoantigenica
dieta ad alto contenuto di fibre
dieta per nefropatici
dieta per epatopatici
dieta per celiaci
dieta bilanciata
dietoterapia
regime dietetico
restrizione idrica
restrizione dei liquidi
restrizione sodica
restrizione calorica
restrizione proteica
riduzione dell'apporto di sale
riduzione dell'apporto calorico
digiuno|Y
NPO|A
nulla per os
idratazione orale
incremento dell'idratazione
addensante
acqua gelificata
modifica dello stile di vita
modifiche dello stile di vita
cambiamento dello stile di vita
stile di vita sano
calo ponderale
perdita di peso
riduzione del peso corporeo
controllo del peso
astensione dal fumo
astensione dal fumo di sigaretta
cessazione del fumo
cessazione dell'abitudine tabagica
smettere di fumare
sospensione del fumo
astensione dall'alcol
astensione dagli alcolici
astinenza alcolica
riduzione del consumo di alcol
attività fisica
attività fisica aerobica
attività fisica regolare
esercizio fisico
esercizio fisico aerobico
esercizio fisico regolare
esercizio aerobico
camminata
camminata quotidiana
attività motoria
attività motoria regolare
training fisico
allenamento aerobico
ginnastica
ginnastica posturale
ginnastica respiratoria
esercizi respiratori
esercizi di Kegel
ginnastica del pavimento pelvico
esercizi di rinforzo muscolare
stretching
nuoto
idroterapia
riposo
riposo a letto
riposo funzionale
riposo vocale
riposo assoluto
astensione dall'attività sportiva
astensione dall'attività lavorativa
arto in scarico
elevazione dell'arto
arto sollevato
arto in posizione declive
posizione semiseduta
posizione antitrendelenburg
mobilizzazione
alzata precoce
igiene del sonno
igiene orale
igiene personale
igiene intima
igiene delle mani
lavaggio delle mani
fotoprotezione
protezione solare
crema solare
evitare l'esposizione solare
riduzione dello stress
tecniche di rilassamento
educazione terapeutica
educazione sanitaria
educazione alimentare
counseling nutrizionale
counseling antifumo
autocontrollo glicemico
automonitoraggio glicemico
automonitoraggio pressorio
pesata quotidiana
isolamento
isolamento respiratorio
isolamento da contatto
isolamento fiduciario
quarantena
"""
# ---------------------------------------------------------------------------
# TEST: laboratory
# ---------------------------------------------------------------------------
LAB = """
## lab
# ematologia
emocromo
emocromo completo
emocromo con formula
emocromo con formula leucocitaria
esame emocromocitometrico
formula leucocitaria
emoglobina
Hb|A
Hgb|A
ematocrito
Ht|A
Hct|A
globuli rossi
GR|A
eritrociti
RBC|A
globuli bianchi
GB|A
leucociti
WBC|A
conta leucocitaria
piastrine
PLT|A
conta piastrinica
MCV|A
volume corpuscolare medio
MCH|A
MCHC|A
RDW|A
MPV|A
neutrofili
conta assoluta dei neutrofili
linfociti
monociti
eosinofili
basofili
reticolociti
conta reticolocitaria
striscio di sangue periferico
striscio periferico
schistociti
VES|A
velocità di eritrosedimentazione
elettroforesi dell'emoglobina
HbA2|A
HbF|A
emoglobina fetale
G6PD|A
test di Coombs
test di Coombs diretto
test di Coombs indiretto
TCD|A|Y
TCI|A|Y
gruppo sanguigno
gruppo sanguigno e fattore Rh
tipizzazione ABO
prove crociate
test di compatibilità
aptoglobina
LDH|A
lattato deidrogenasi
bilirubina indiretta
immunofenotipo
immunofenotipizzazione linfocitaria
sottopopolazioni linfocitarie
CD4|A
conta dei CD4
rapporto CD4/CD8
aspirato midollare
mielogramma
biopsia osteomidollare
BOM|A
cariotipo
JAK2|A
mutazione JAK2
BCR-ABL|A
# coagulazione
assetto coagulativo
screening coagulativo
INR|A
PT|A
tempo di protrombina
PT-INR|A
aPTT|A
PTT|A
tempo di tromboplastina parziale attivata
ratio aPTT
fibrinogeno
D-dimero
D-dimeri
antitrombina
antitrombina III
AT III|A
proteina C
proteina S
resistenza alla proteina C attivata
fattore V Leiden
mutazione del fattore V Leiden
mutazione della protrombina
mutazione G20210A della protrombina
MTHFR|A
omocisteina
anticoagulante lupico
LAC|A
lupus anticoagulant
anticorpi anticardiolipina
anticorpi anti-beta2-glicoproteina I
screening trombofilico
tempo di trombina
anti-Xa
attività anti-Xa
dosaggio anti-Xa
fattore VIII coagulante
dosaggio dei fattori della coagulazione
fattore di von Willebrand antigene
PFA-100|A
aggregazione piastrinica
tromboelastografia
TEG|A
ROTEM|A
anticorpi anti-PF4
anticorpi anti-PF4/eparina
prodotti di degradazione del fibrinogeno
ADAMTS13|A
# chimica clinica
glicemia
glicemia a digiuno
glicemia postprandiale
glicemia capillare
stick glicemico
destrostix
HGT|A
emoglobina glicata
HbA1c|A
curva glicemica
curva da carico di glucosio
OGTT|A
minicarico di glucosio
insulinemia
peptide C
fruttosamina
indice HOMA
HOMA-IR|A
creatinina
creatininemia
creatinina sierica
clearance della creatinina
eGFR|A
GFR|A
filtrato glomerulare
filtrato glomerulare stimato
VFG|A
cistatina C
azotemia
urea
BUN|A
uricemia
acido urico
sodio
Na|A
sodiemia
natremia
potassio
K|A|Y
potassiemia
kaliemia
cloro
Cl|A
cloremia
calcio
Ca|A|Y
calcemia
calcio ionizzato
calcio corretto
fosforo
fosfatemia
magnesio
Mg|A
magnesiemia
elettroliti
elettroliti sierici
ionogramma
bicarbonati
HCO3|A
osmolalità plasmatica
osmolarità sierica
gap anionico
anion gap
proteine totali
protidemia
albumina
albuminemia
protidogramma
elettroforesi proteica
elettroforesi delle proteine sieriche
QPE|A
componente monoclonale
immunofissazione
immunofissazione sierica
immunofissazione urinaria
catene leggere libere
catene leggere libere sieriche
rapporto kappa/lambda
immunoglobuline
IgG|A
IgA|A
IgM|A
IgE|A
IgE totali
IgE specifiche
RAST|A
sottoclassi IgG
crioglobuline
complemento
C3|A
C4|A
CH50|A
colesterolo totale
colesterolemia
colesterolo
colesterolo LDL
LDL|A
colesterolo HDL
HDL|A
colesterolo non-HDL
trigliceridi
trigliceridemia
assetto lipidico
profilo lipidico
lipoproteina(a)
Lp(a)|A
apolipoproteina B
ApoB|A
apolipoproteina A1
AST|A
GOT|A
aspartato aminotransferasi
ALT|A
GPT|A
alanina aminotransferasi
transaminasi
GGT|A
gamma-GT
gammaGT
gamma-glutamil transferasi
fosfatasi alcalina
ALP|A
FA|A|Y
bilirubina
bilirubina totale
bilirubina diretta
bilirubina coniugata
bilirubinemia
funzionalità epatica
indici di funzionalità epatica
indici di colestasi
indici di citolisi
test di funzionalità epatica
funzionalità renale
indici di funzionalità renale
amilasi
amilasemia
amilasi pancreatica
lipasi
lipasemia
colinesterasi
pseudocolinesterasi
ammoniemia
ammonio
ammoniaca
lattati
lattato
lattacidemia
acido lattico
troponina
troponina I
troponina T
troponina I hs
troponina T hs
troponina ad alta sensibilità
hs-cTnI|A
hs-cTnT|A
TnI|A
TnT|A
curva della troponina
enzimi cardiaci
markers di necrosi miocardica
CPK|A
CK|A
creatinchinasi
creatinfosfochinasi
CK-MB|A
CK-MB massa
mioglobina
BNP|A
NT-proBNP|A
peptide natriuretico
peptidi natriuretici
MR-proADM|A
mid-regional proadrenomedullina
PCR|A|Y
proteina C reattiva
PCR ultrasensibile
hs-PCR|A
procalcitonina
PCT|A
interleuchina 6
IL-6|A
ferritina
ferritinemia
sideremia
ferro sierico
transferrina
saturazione della transferrina
TSAT|A
capacità ferrolegante
TIBC|A
recettore solubile della transferrina
assetto marziale
bilancio marziale
vitamina B12|Y
cobalamina
folati
acido folico sierico
folatemia
folati eritrocitari
vitamina D|Y
25-OH vitamina D
25-idrossivitamina D
1,25-diidrossivitamina D
vitamina B1 ematica
zinco sierico
rame sierico
ceruloplasmina
cupremia
cupruria
alfa-1 antitripsina
alfa1-antitripsina
osmolalità urinaria
lipidogramma
prealbumina
transtiretina
proteina legante il retinolo
CDT|A
transferrina carboidrato-carente
etanolemia
alcolemia
dosaggio dell'etanolo
carbossiemoglobina
COHb|A
metaemoglobina
MetHb|A
# emogasanalisi
emogasanalisi
emogasanalisi arteriosa
emogasanalisi venosa
EGA|A
EGA arteriosa
EGA venosa
gas ematici
pH|A
pO2|A
pCO2|A
PaO2|A
PaCO2|A
rapporto P/F
P/F|A
PaO2/FiO2|A
SaO2|A
eccesso di basi
BE|A|Y
base excess
bicarbonati standard
saturazione venosa centrale
ScvO2|A
SvO2|A
# endocrinologia
TSH|A
TSH reflex
FT4|A
fT4|A
FT3|A
fT3|A
T4 libero
T3 libero
tireotropina
tiroxina libera
triiodotironina libera
funzionalità tiroidea
anticorpi anti-tireoperossidasi
anti-TPO|A
anticorpi anti-tireoglobulina
anti-Tg|A
TRAb|A
anticorpi anti-recettore del TSH
tireoglobulina
calcitonina sierica
PTH|A
paratormone
PTH intatto
cortisolo
cortisolemia
cortisolo plasmatico
cortisolo salivare
cortisolo libero urinario
cortisoluria
ACTH|A
test di stimolo con ACTH
test al Synacthen
test di soppressione con desametasone
aldosterone
renina
attività reninica plasmatica
PRA|A|Y
rapporto aldosterone/renina
ARR|A
catecolamine plasmatiche
catecolamine urinarie
metanefrine
metanefrine plasmatiche
metanefrine urinarie
normetanefrine
acido vanilmandelico
acido 5-idrossiindolacetico
5-HIAA|A
cromogranina A
serotonina
prolattina
PRL|A
GH|A
ormone della crescita
IGF-1|A
somatomedina C
LH|A
FSH|A
estradiolo sierico
17-beta estradiolo
progesterone sierico
17-idrossiprogesterone
testosterone totale
testosterone libero
SHBG|A
DHEA-S|A
deidroepiandrosterone solfato
androstenedione
AMH|A
ormone antimulleriano
beta-hCG|A
beta-HCG
hCG|A
gonadotropina corionica umana
test di gravidanza
test di gravidanza urinario
test di gravidanza su sangue
osmolalità
ADH|A|Y
copeptina
vasopressina plasmatica
gastrina
glucagonemia
# marcatori tumorali
marcatori tumorali
markers tumorali
PSA|A
PSA totale
PSA libero
rapporto PSA libero/totale
CEA|A
antigene carcinoembrionario
CA 19-9|A
CA 125|A
CA 15-3|A
CA 72-4|A
AFP|A
alfafetoproteina
alfa-fetoproteina
NSE|A
enolasi neurone-specifica
CYFRA 21-1|A
SCC|A|Y
beta2-microglobulina
HE4|A
indice ROMA
PIVKA-II|A
proGRP|A
calcitonina
S100|A
tireoglobulina sierica
# farmaci e tossicologia
digossinemia
litiemia
vancocinemia
vancomicinemia
dosaggio della vancomicina
ciclosporinemia
tacrolemia
livelli di tacrolimus
dosaggio plasmatico del tacrolimus
livelli plasmatici di everolimus
valproatemia
dosaggio dell'acido valproico
carbamazepinemia
fenitoinemia
fenobarbitalemia
livelli di levetiracetam
dosaggio dei farmaci antiepilettici
teofillinemia
paracetamolemia
salicilemia
gentamicinemia
amikacinemia
dosaggio plasmatico del metotrexato
metotrexatemia
monitoraggio terapeutico dei farmaci
TDM|A
screening tossicologico
esame tossicologico
screening tossicologico urinario
tossicologico urinario
ricerca di sostanze d'abuso
ricerca di cannabinoidi urinari
cannabinoidi urinari
oppiacei urinari
cocaina urinaria
metaboliti della cocaina
benzodiazepine urinarie
anfetamine urinarie
alcol test
etilometro
dosaggio dei livelli di dabigatran
dosaggio dei DOAC
colinesterasi eritrocitaria
piombemia
# urine e altri liquidi
esame urine
esame delle urine
esame chimico-fisico delle urine
esame urine completo
urine standard
stick urinario
dipstick urinario
sedimento urinario
esame del sedimento urinario
urinocoltura
urinocoltura con antibiogramma
proteinuria
proteinuria delle 24 ore
proteinuria 24h
microalbuminuria
albuminuria
rapporto albumina/creatinina urinaria
ACR|A|Y
rapporto proteine/creatinina urinarie
UPCR|A
rapporto proteinuria/creatininuria
creatininuria
clearance creatininica
raccolta delle urine delle 24 ore
sodiuria
natriuria
potassiuria
kaliuria
calciuria
fosfaturia
uricuria
osmolalità urinaria
peso specifico urinario
glicosuria
chetonuria
corpi chetonici
chetonemia
beta-idrossibutirrato
emoglobinuria
mioglobinuria
nitriti urinari
esterasi leucocitaria
proteine di Bence Jones
proteinuria di Bence Jones
citologia urinaria
citologico urinario
citologia urinaria su tre campioni
esame chimico-fisico del liquido pleurico
esame del liquido pleurico
esame chimico-fisico del liquido ascitico
esame del liquido ascitico
conta dei neutrofili nel liquido ascitico
SAAG|A
gradiente siero-ascite
esame del liquor
esame chimico-fisico del liquor
esame del liquido sinoviale
esame del liquido articolare
ricerca di cristalli nel liquido sinoviale
esame chimico-fisico del liquido sinoviale
esame delle feci
esame chimico-fisico delle feci
sangue occulto nelle feci
SOF|A
ricerca del sangue occulto fecale
FIT|A|Y
test immunochimico fecale
calprotectina fecale
calprotectina
elastasi fecale
elastasi pancreatica fecale
esame parassitologico delle feci
ricerca di parassiti nelle feci
coprocoltura
ricerca della tossina del Clostridioides difficile
tossina del Clostridium difficile
ricerca di tossina A e B di C. difficile
antigene GDH
antigene fecale di Helicobacter pylori
Helicobacter pylori antigene fecale
urea breath test
breath test all'urea
steatocrito
test del sudore
cloro nel sudore
spermiogramma
esame del liquido seminale
"""
MICRO = """
## microbiology
emocoltura
emocolture
emocolture seriate
emocoltura da CVC
emocolture da catetere venoso centrale
emocoltura periferica
emocoltura per miceti
urinocoltura da catetere
coltura della punta del CVC
coltura della punta del catetere
esame colturale
esame colturale con antibiogramma
antibiogramma
antimicogramma
MIC|A|Y
esame colturale dell'espettorato
espettorato colturale
coltura dell'espettorato
esame microscopico dell'espettorato
ricerca BK su espettorato
ricerca di BAAR
ricerca di micobatteri
esame colturale per micobatteri
esame colturale del liquor
esame colturale del liquido pleurico
esame colturale del liquido ascitico
esame colturale del liquido sinoviale
esame colturale del broncoaspirato
broncoaspirato
esame colturale del BAL
aspirato tracheale
coltura dell'aspirato tracheale
esame colturale della ferita
tampone della ferita
tampone cutaneo
tampone di ferita
esame colturale del pus
esame colturale del drenaggio
colorazione di Gram
Gram|A|Y
esame batterioscopico
esame microscopico diretto
esame a fresco
tampone faringeo
tampone faringeo rapido
test rapido per streptococco
test rapido per lo streptococco beta-emolitico di gruppo A
tampone nasale
tampone nasofaringeo
tampone naso-faringeo
tampone orofaringeo
tampone rinofaringeo
tampone molecolare
tampone antigenico
test antigenico
test antigenico rapido
test antigenico rapido per SARS-CoV-2
tampone per SARS-CoV-2
tampone COVID
test molecolare per SARS-CoV-2
RT-PCR per SARS-CoV-2
PCR per SARS-CoV-2|Y
PCR SARS-CoV-2|Y
pannello respiratorio multiplex
PCR multiplex respiratoria|Y
test rapido per influenza
tampone per influenza
ricerca del virus influenzale
ricerca del virus respiratorio sinciziale
tampone rettale
tampone rettale per germi multiresistenti
tampone rettale per CPE
tampone rettale per KPC
tampone nasale per MRSA
screening MRSA
sorveglianza attiva dei germi multiresistenti
tampone vaginale
tampone vagino-rettale
tampone vagino-rettale per streptococco di gruppo B
tampone cervicale
tampone endocervicale
tampone uretrale
tampone congiuntivale
tampone auricolare
ricerca di Chlamydia trachomatis
ricerca di Neisseria gonorrhoeae
ricerca di Trichomonas
Pap test
Pap-test
pap test in fase liquida
HPV test
HPV DNA test
test HPV
tipizzazione HPV
antigene urinario per Legionella
antigene urinario pneumococcico
antigene urinario per pneumococco
antigenuria per Legionella
antigenuria pneumococcica
antigeni urinari
galattomannano
antigene galattomannano
beta-D-glucano
1,3-beta-D-glucano
antigene criptococcico
Quantiferon
QuantiFERON-TB
IGRA|A
test IGRA
intradermoreazione di Mantoux
Mantoux
test di Mantoux
intradermoreazione
test rapido per malaria
ricerca di plasmodi
goccia spessa
striscio sottile
ricerca di parassiti ematici
test rapido HIV
test HIV
anti-HIV|A
anticorpi anti-HIV 1/2
HIV Ag/Ab
HIV-RNA|A
carica virale HIV
viremia HIV
genotipizzazione HIV
test di resistenza HIV
HBsAg|A
anti-HBs|A
anti-HBc|A
anti-HBc IgM
HBeAg|A
anti-HBe|A
HBV-DNA|A
HBV DNA
viremia HBV
anti-HCV|A
anticorpi anti-HCV
HCV-RNA|A
HCV RNA
viremia HCV
genotipo HCV
anti-HAV IgM
anti-HAV IgG
HAV IgM
anti-HEV IgM
HEV-RNA|A
anti-HDV|A
HDV-RNA|A
markers epatite
marcatori dell'epatite
marcatori dell'epatite B
sierologia per epatite B
sierologia per epatite C
sierologia epatitica
sierologia
sierologia virale
sierologia per HIV
VDRL|A
TPHA|A
RPR|A
FTA-ABS|A
sierologia luetica
sierologia per sifilide
test treponemico
test non treponemico
TORCH|A
screening TORCH
Toxo test
Rubeo test
CMV-DNA|A
CMV DNA
viremia CMV
antigenemia pp65
EBV-DNA|A
EBV DNA
viremia EBV
Monotest
Paul-Bunnell
test di Paul-Bunnell
reazione di Wright
Widal
reazione di Widal
sierodiagnosi di Widal-Wright
ASLO|A
titolo antistreptolisinico
titolo antistreptolisinico O
TAS|A|Y
ricerca dell'antigene di Helicobacter pylori
sierologia per Helicobacter pylori
anticorpi anti-Helicobacter pylori
test per Helicobacter pylori
ricerca di Clostridioides difficile
PCR per Clostridioides difficile|Y
panel gastrointestinale
PCR multiplex su feci|Y
PCR su liquor|Y
pannello meningite-encefalite
PCR per HSV su liquor|Y
rilevazione di carbapenemasi
test di sensibilità agli antibiotici
identificazione batterica
MALDI-TOF|A
ricerca di ESBL
esame parassitologico
"""
AUTOIMMUNE_GENETIC = """
## autoimmunity
autoanticorpi
screening autoimmunitario
ANA|A
anticorpi antinucleo
anticorpi anti-nucleo
ENA|A
anticorpi anti-ENA
anti-dsDNA|A
anticorpi anti-DNA nativo
anti-Sm|A
anti-SSA|A
anti-Ro|A
anti-SSB|A
anti-La|A
anti-Scl70|A
anticorpi anticentromero
anti-Jo1|A
anti-RNP|A
anticorpi anti-istone
ANCA|A
c-ANCA|A
p-ANCA|A
anti-MPO|A
anti-PR3|A
fattore reumatoide
Reuma test
Waaler-Rose
anti-CCP|A
anticorpi anti-peptide citrullinato ciclico
ACPA|A
anticorpi anti-transglutaminasi
anti-transglutaminasi IgA
anti-tTG|A
anticorpi anti-endomisio
EMA|A|Y
anticorpi anti-gliadina deamidata
AMA|A|Y
anticorpi antimitocondrio
ASMA|A
anticorpi anti-muscolo liscio
anti-LKM1|A
anti-GBM|A
anticorpi anti-membrana basale glomerulare
anti-PLA2R|A
anticorpi anti-recettore dell'acetilcolina
anti-AChR|A
anti-MuSK|A
anti-GAD|A
anticorpi anti-GAD
anticorpi anti-insulina
anti-IA2|A
anti-ZnT8|A
anticorpi anti-acquaporina 4
anti-AQP4|A
anti-MOG|A
anticorpi anti-NMDAR
anticorpi onconeurali
anticorpi antifosfolipidi
anticorpi anti-cellule parietali gastriche
anticorpi anti-fattore intrinseco
anticorpi anti-eritrocitari
crioagglutinine
HLA-B27|A
HLA-B*57:01|A
tipizzazione HLA
HLA-DQ2/DQ8
# genetica e biologia molecolare
analisi genetica
test genetico
test genetici
sequenziamento
NGS|A
biopsia liquida|Y
mutazione EGFR
stato mutazionale di EGFR
KRAS|A
NRAS|A
BRAF|A
mutazione BRAF
mutazioni RAS
BRCA1|A
BRCA2|A
test BRCA
mutazione BRCA
ALK|A|Y
ROS1|A
PD-L1|A
espressione di PD-L1
HER2|A
stato di HER2
Ki67|A
Ki-67
recettori ormonali
recettori per estrogeni
recettori per il progesterone
MSI|A
instabilità dei microsatelliti
dMMR|A
FISH|A
ibridazione in situ fluorescente
PCR quantitativa
CGH array
array-CGH
cariotipo fetale
DNA fetale
NIPT|A
screening neonatale
screening neonatale esteso
test di Guthrie
FibroTest
"""
IMAGING = """
## imaging
radiografia
RX|A
Rx|A
esame radiografico
radiogramma
radiografia standard
RX torace
RX del torace
Rx torace in due proiezioni
radiografia del torace in due proiezioni
RX torace a letto
radiografia del torace a letto
RX addome diretto
radiografia diretta dell'addome
RX diretta addome
ortopantomografia
OPT|A
teleradiografia del cranio
teleradiografia
telecuore
RX rachide in toto
radiografia sotto carico
RX arti inferiori sotto carico
esofagogramma
RX esofago con mezzo di contrasto
RX transito esofageo
transito esofageo
RX tubo digerente
RX prime vie digestive
clisma opaco
clisma a doppio contrasto
clisma con gastrografin
studio del transito intestinale
urografia
urografia endovenosa
uretrocistografia
uretrocistografia minzionale
cistografia
pielografia
pielografia retrograda
pielografia discendente
isterosalpingografia
isterosonosalpingografia
defecografia
fistolografia
colangiografia
colangiografia intraoperatoria
colangiografia transepatica percutanea
ERCP|A
colangiopancreatografia retrograda endoscopica
scialografia
mielografia
artrografia
flebografia
cavografia
linfografia
angiografia
angiografia digitale
angiografia digitale sottrattiva
DSA|A
arteriografia
arteriografia degli arti inferiori
angiografia cerebrale
angiografia polmonare
angiografia renale
angiografia selettiva
arteriografia mesenterica
coronarografia
CVG|A
coronarografia diagnostica
ventricolografia
aortografia
fluoroscopia
mammografia
mammografia bilaterale
mammografia di screening
tomosintesi
tomosintesi mammaria
densitometria ossea
MOC|A
MOC DEXA
DEXA|A
DXA|A
mineralometria ossea computerizzata
morfometria vertebrale
ecografia
eco|A|Y
ecografia addome
ecografia dell'addome
ecografia addome completo
ecografia dell'addome completo
ecografia addome superiore
ecografia dell'addome superiore
ecografia addome inferiore
ecografia di addome e pelvi
eco addome
eco-addome
ecoaddome
ecografia a letto del paziente
ecografia point-of-care
POCUS|A
eFAST|A
FAST|A|Y
ecografia FAST
ecografia clinica
ecografia polmonare
ecografia toracica
ecografia renale
ecografia reno-vescicale
ecografia dei reni e delle vie urinarie
ecografia dell'apparato urinario
ecografia vescicale
ecografia prostatica
ecografia prostatica transrettale
ecografia transrettale
TRUS|A
ecografia pelvica
ecografia transvaginale
ecografia pelvica transvaginale
ecografia sovrapubica
ecografia ginecologica
ecografia ostetrica
ecografia morfologica
ecografia del primo trimestre
ecografia di datazione
ecografia di accrescimento
biometria fetale
flussimetria
flussimetria Doppler fetale
flussimetria dell'arteria ombelicale
translucenza nucleale
ecografia tiroidea
ecografia della tiroide
ecografia del collo
ecografia tiroide e collo
ecografia delle paratiroidi
ecografia delle ghiandole salivari
ecografia mammaria
ecografia della mammella
ecografia mammaria bilaterale
ecografia testicolare
ecografia scrotale
ecografia peniena
ecografia epatica
ecografia delle vie biliari
ecografia splenica
ecografia delle anse intestinali
ecografia intestinale
ecografia delle parti molli
ecografia dei tessuti molli
ecografia linfonodale
ecografia delle stazioni linfonodali
ecografia muscolo-scheletrica
ecografia muscolo-tendinea
ecografia della spalla
ecografia del ginocchio
ecografia dell'anca
ecografia delle anche
ecografia dell'anca neonatale
ecografia del polso
ecografia della caviglia
ecografia del gomito
ecografia della mano
ecografia del piede
ecografia del cavo popliteo
ecografia transfontanellare
ecografia cerebrale neonatale
ecografia oculare
ecografia del tendine d'Achille
ecografia dell'aorta addominale
ecografia con mezzo di contrasto
CEUS|A
ecografia con mdc
elastografia
elastografia epatica
elastometria epatica
Fibroscan
FibroScan
ecoendoscopia
EUS|A
ecoendoscopia biliopancreatica
ecoendoscopia con agoaspirato
ecocardiogramma
ecocardiografia
ecocardiogramma transtoracico
ecocardiografia transtoracica
ETT|A|Y
TTE|A
ecocardiogramma transesofageo
ecocardiografia transesofagea
ETE|A
TEE|A
eco cuore
ecocuore
ecocardiogramma color Doppler
ecocolordopplergrafia cardiaca
ecocardiogramma da stress
eco-stress
ecostress
ecostress con dobutamina
ecostress fisico
ecostress farmacologico
ecocardiogramma fetale
ecocardiografia con contrasto
ecografia vascolare
ecodoppler
eco-Doppler
ecocolordoppler
eco-color-Doppler
ecocolordopplergrafia
ECD|A
Doppler|Y
ecocolordoppler TSA
ecodoppler TSA
ecocolordoppler dei tronchi sovraortici
ecocolordoppler dei vasi epiaortici
ecodoppler dei vasi epiaortici
ecocolordoppler carotideo
ecocolordoppler venoso degli arti inferiori
ecocolordoppler arterioso degli arti inferiori
ecocolordoppler degli arti inferiori
ecodoppler venoso arti inferiori
ecodoppler arti inferiori
ecocolordoppler venoso arti inferiori
ecocolordoppler arterioso arti inferiori
ecocolordoppler arti inferiori
ecocolordoppler arti superiori
ecocolordoppler venoso degli arti superiori
ecocolordoppler dell'aorta addominale
ecocolordoppler delle arterie renali
ecocolordoppler renale
ecocolordoppler dei vasi splancnici
ecocolordoppler portale
ecocolordoppler del circolo portale
ecocolordoppler testicolare
ecocolordoppler penieno
ecocolordoppler transcranico
Doppler transcranico
ecodoppler transcranico
CUS|A|Y
compressione ultrasonografica
ecografia venosa di compressione
TC|A|Y
TAC|A
tomografia computerizzata
tomografia assiale computerizzata
TC con mdc
TC senza mdc
TC con mezzo di contrasto
TC total body
TC whole body
TC trifasica
TC multifasica
TC ad alta risoluzione
HRCT|A
TC del torace ad alta risoluzione
TC torace HRCT
TC low-dose
TC a basso dosaggio
TC spirale
TC dinamica
TC perfusionale
TC perfusione
TC cone beam
Cone Beam CT
uro-TC
uroTC
colonscopia virtuale
colon-TC
entero-TC
TC coronarica
coro-TC
angio-TC coronarica
calcium score
score di calcio coronarico
angio-TC
angioTC
angio-TAC
angio-TC polmonare
angio-TC del torace
angio-TC aorta
angio-TC dell'aorta
angio-TC dell'aorta toracica
angio-TC dell'aorta addominale
angio-TC dell'aorta toraco-addominale
angio-TC dei vasi epiaortici
angio-TC dei TSA
angio-TC dei vasi intracranici
angio-TC del circolo di Willis
angio-TC cerebrale
angio-TC encefalo
angio-TC degli arti inferiori
angio-TC delle arterie renali
angio-TC addome
angio-TC mesenterica
RM|A
RMN|A
risonanza magnetica
risonanza magnetica nucleare
RM con mdc
RM senza mdc
RM con gadolinio
RM con mezzo di contrasto
RM total body
RM whole body
RM multiparametrica della prostata
RM prostatica multiparametrica
RM multiparametrica prostatica
RM prostata
RM della prostata
RM mammaria
RM della mammella
RM mammella
RM cardiaca
RM del cuore
cardio-RM
RMN cardiaca
colangio-RM
colangioRM
colangio-RMN
colangiopancreatografia RM
colangio-pancreato-RM
entero-RM
enteroRM
RM dell'intestino tenue
RM della pelvi
RM pelvi
RM pelvica
RM del retto
RM dell'ipofisi
RM ipofisi
RM della sella turcica
RM delle orbite
RM del massiccio facciale
RM del collo
RM dell'articolazione temporo-mandibolare
RM fetale
RM con diffusione
RM funzionale
RM spettroscopica
trattografia
angio-RM
angioRM
angio-RM cerebrale
angio-RM del circolo di Willis
angio-RM dei vasi epiaortici
angio-RM dell'aorta
angio-RM degli arti inferiori
angio-RM delle arterie renali
RM defecografia
RM epatica con mdc epatospecifico
RM fegato
PET|A
PET-TC
PET/TC
PET-CT
PET TC
PET total body
PET con FDG
PET-TC con FDG
FDG-PET|A
18F-FDG PET/TC
PET con colina
PET-colina
PET-PSMA
PSMA PET
PET con PSMA
PET-DOTATOC
PET con 68Ga-DOTATOC
PET con Gallio-68
PET-DOPA
PET cerebrale
PET cerebrale con FDG
PET amiloide
PET-RM
tomografia a emissione di positroni
scintigrafia
scintigrafia ossea
scintigrafia ossea total body
scintigrafia scheletrica
scintigrafia tiroidea
scintigrafia paratiroidea
scintigrafia delle paratiroidi con sestamibi
scintigrafia miocardica
scintigrafia miocardica di perfusione
scintigrafia miocardica da sforzo
scintigrafia miocardica con stress farmacologico
SPECT miocardica
gated SPECT
scintigrafia polmonare
scintigrafia polmonare perfusionale
scintigrafia polmonare ventilo-perfusionale
scintigrafia ventilo-perfusoria
scintigrafia renale
scintigrafia renale sequenziale
scintigrafia renale con DMSA
scintigrafia renale con MAG3
scintigrafia epatobiliare
scintigrafia con leucociti marcati
scintigrafia con granulociti marcati
scintigrafia con octreotide
Octreoscan
scintigrafia con MIBG
scintigrafia cerebrale
DaTSCAN
SPECT cerebrale
SPECT|A
scintigrafia con 99mTc-pirofosfato
scintigrafia con difosfonati
scintigrafia cardiaca con DPD
scintigrafia delle ghiandole salivari
scintigrafia gastrica
scintigrafia per la ricerca del diverticolo di Meckel
scintigrafia con emazie marcate
linfoscintigrafia
linfoscintigrafia degli arti
ricerca del linfonodo sentinella
MUGA|A
ventricolografia isotopica
"""
ENDOSCOPY = """
## endoscopy
endoscopia
endoscopia digestiva
endoscopia digestiva superiore
endoscopia digestiva inferiore
EGDS|A
esofagogastroduodenoscopia
gastroscopia
esofagoscopia
duodenoscopia
colonscopia
pancolonscopia
ileocolonscopia
colonscopia totale
colonscopia di screening
colonscopia di sorveglianza
colonscopia con ileoscopia retrograda
rettosigmoidoscopia
sigmoidoscopia
rettoscopia
anoscopia
proctoscopia
videocapsula endoscopica
videocapsula
capsula endoscopica
enteroscopia
enteroscopia con doppio pallone
enteroscopia con videocapsula
colangioscopia
broncoscopia
fibrobroncoscopia
FBS|A
broncoscopia diagnostica
broncoscopia con BAL
lavaggio broncoalveolare
BAL|A
broncolavaggio
broncoscopia rigida
EBUS|A
EBUS-TBNA|A
ecobroncoscopia
agoaspirato transbronchiale
biopsia transbronchiale
criobiopsia polmonare
toracoscopia medica
pleuroscopia
toracoscopia diagnostica
mediastinoscopia
laringoscopia
laringoscopia diretta
laringoscopia indiretta
fibrolaringoscopia
fibrolaringoscopia flessibile
rinofibroscopia
fibroscopia
rinoscopia
rinoscopia anteriore
nasofibroscopia
fibroendoscopia della deglutizione
FEES|A
videofluoroscopia della deglutizione
cistoscopia
uretrocistoscopia
cistoscopia flessibile
uretroscopia
ureteroscopia diagnostica
ureterorenoscopia diagnostica
isteroscopia
isteroscopia diagnostica
colposcopia
vulvoscopia
laparoscopia diagnostica
artroscopia diagnostica
otoscopia
otomicroscopia
dermatoscopia
epiluminescenza
videodermatoscopia
mappatura dei nevi
capillaroscopia
videocapillaroscopia
capillaroscopia periungueale
"""

FUNCTIONAL = """
## functional
# cardiologici
ECG|A
elettrocardiogramma
elettrocardiografia
ECG a 12 derivazioni
ECG basale
tracciato ECG
monitoraggio ECG
monitoraggio ECG continuo
monitoraggio telemetrico
telemetria
monitoraggio cardiaco
monitor ECG
ECG dinamico
ECG dinamico secondo Holter
ECG Holter
Holter|A
Holter ECG
Holter cardiaco
Holter delle 24 ore
Holter 24 ore
Holter di 7 giorni
Holter pressorio
monitoraggio pressorio delle 24 ore
monitoraggio ambulatoriale della pressione arteriosa
MAPA|A
monitoraggio pressorio
loop recorder impiantabile
ILR|A
test ergometrico
test da sforzo
prova da sforzo
ECG da sforzo
cicloergometro
test al cicloergometro
test ergometrico al cicloergometro
test ergometrico su treadmill
test cardiopolmonare
test da sforzo cardiopolmonare
CPET|A
ergospirometria
test all'ajmalina
test alla flecainide
test all'adenosina
test farmacologico con ajmalina
tilt test
test di inclinazione passiva
head-up tilt test
massaggio del seno carotideo diagnostico
studio elettrofisiologico
SEF|A
studio elettrofisiologico endocavitario
studio elettrofisiologico transesofageo
mappaggio elettroanatomico
cateterismo cardiaco
cateterismo cardiaco destro
cateterismo destro
cateterismo sinistro
studio emodinamico
FFR|A
riserva frazionale di flusso
iFR|A
IVUS|A
ecografia intravascolare
OCT coronarica
tomografia a coerenza ottica intracoronarica
biopsia endomiocardica
misurazione della pressione venosa centrale
monitoraggio emodinamico
monitoraggio emodinamico invasivo
PiCCO|A
termodiluizione
gittata cardiaca
indice cardiaco
indice caviglia-braccio
ABI|A
indice di Winsor
pletismografia
oscillografia
ossimetria transcutanea
TcPO2|A
misurazione della pressione all'alluce
test di Allen
# respiratori
spirometria
spirometria semplice
spirometria globale
esame spirometrico
prove di funzionalità respiratoria
PFR|A
prove di funzionalità polmonare
test di funzionalità respiratoria
test di reversibilità
test di broncoreversibilità
test di broncodilatazione
spirometria con test di broncodilatazione
test di provocazione bronchiale
test alla metacolina
test di broncostimolazione con metacolina
test al mannitolo
DLCO|A
diffusione alveolo-capillare
diffusione alveolo-capillare del monossido di carbonio
test di diffusione
pletismografia corporea
volumi polmonari
curva flusso-volume
FEV1|A
VEMS|A
FVC|A
CVF|A
indice di Tiffeneau
rapporto FEV1/FVC
picco di flusso espiratorio
PEF|A
peak flow
FeNO|A
ossido nitrico esalato
test del cammino
test del cammino dei 6 minuti
6MWT|A
test del cammino di 6 minuti
walking test
shuttle walking test
MIP|A|Y
MEP|A|Y
pressione inspiratoria massima
pressione espiratoria massima
picco di tosse
test di desaturazione
saturimetria notturna
ossimetria notturna
pulsossimetria notturna
ossimetria
pulsossimetria
saturimetria
capnografia
capnometria
polisonnografia
PSG|A
poligrafia cardiorespiratoria
poligrafia notturna
monitoraggio cardiorespiratorio notturno
test delle latenze multiple del sonno
MSLT|A
test di mantenimento della veglia
actigrafia
# neurologici
EEG|A
elettroencefalogramma
elettroencefalografia
EEG standard
EEG in privazione di sonno
EEG dopo privazione di sonno
video-EEG
videoEEG
monitoraggio video-EEG
EEG dinamico
EEG Holter
monitoraggio EEG continuo
EMG|A
elettromiografia
ENG|A|Y
elettroneurografia
EMG/ENG
elettroneuromiografia
ENMG|A
studio della conduzione nervosa
velocità di conduzione nervosa
stimolazione ripetitiva
single fiber EMG
potenziali evocati
potenziali evocati visivi
PEV|A
potenziali evocati somatosensoriali
PESS|A
SEP|A|Y
potenziali evocati motori
PEM|A|Y
potenziali evocati uditivi
potenziali evocati acustici
potenziali evocati uditivi del tronco encefalico
BAEP|A
ABR|A
potenziali evocati multimodali
puntura lombare
rachicentesi
rachicentesi diagnostica
misurazione della pressione liquorale
tap test
test neuropsicologici
valutazione neuropsicologica
batteria neuropsicologica
test cognitivi
test dell'orologio
clock drawing test
test di Tensilon
test al ghiaccio
test di Schellong
prova di Schellong
test di ipotensione ortostatica
misurazione della pressione in clino e ortostatismo
test autonomici
QST|A
# ORL e oculistici
audiometria
esame audiometrico
audiometria tonale
audiometria tonale liminare
audiometria vocale
audiogramma
impedenzometria
timpanometria
riflesso stapediale
otoemissioni acustiche
otoemissioni
screening audiologico neonatale
esame vestibolare
valutazione vestibolare
prove vestibolari
videonistagmografia
VNG|A
video head impulse test
vHIT|A
prove caloriche
test calorico
posturografia
esame del fundus
fundus oculi
FO|A|Y
esame del fondo oculare
esame del fondo dell'occhio
oftalmoscopia
oftalmoscopia indiretta
fondo dell'occhio
esame oculistico
acuità visiva
visus
esame del visus
misurazione del visus
refrazione
esame della refrazione
lampada a fessura
biomicroscopia
biomicroscopia con lampada a fessura
tonometria
tonometria ad applanazione
misurazione della pressione intraoculare
IOP|A
PIO|A
campo visivo
campimetria
perimetria
perimetria computerizzata
OCT|A|Y
tomografia a coerenza ottica
OCT maculare
OCT del nervo ottico
angio-OCT
fluorangiografia
fluorangiografia retinica
angiografia con verde indocianina
retinografia
pachimetria corneale
topografia corneale
biometria oculare
test di Schirmer
tempo di rottura del film lacrimale
BUT|A|Y
test di Ishihara
test di Hess-Lancaster
motilità oculare
riflessi pupillari
ERG|A
elettroretinogramma
elettroretinografia
gonioscopia
# gastroenterologici, urologici, ginecologici
manometria esofagea
manometria esofagea ad alta risoluzione
pH-metria
pH-metria esofagea
pH-metria delle 24 ore
pH-impedenziometria
pH-impedenzometria esofagea
manometria anorettale
breath test
breath test al lattosio
breath test al lattulosio
breath test al glucosio
H2 breath test
test del lattosio
tempo di transito intestinale
studio dei tempi di transito
esame urodinamico
urodinamica
cistomanometria
uroflussometria
flussometria
uroflussimetria
residuo post-minzionale
RPM|A|Y
misurazione del residuo post-minzionale
bladder scan
bladder scanner
pad test
diario minzionale
cardiotocografia
CTG|A
tracciato cardiotocografico
NST|A
monitoraggio cardiotocografico
amniocentesi
villocentesi
funicolocentesi
bi-test
tri-test
test combinato
screening combinato del primo trimestre
misurazione della cervicometria
cervicometria
test di Papanicolaou
test di ovulazione
monitoraggio follicolare
spermiocoltura
test di frammentazione del DNA spermatico
# allergologici, dermatologici, altri
prick test
skin prick test
prick by prick
patch test
test epicutanei
test cutanei
test cutanei allergologici
test di provocazione
test di provocazione orale
test di provocazione con farmaco
test di attivazione dei basofili
intradermoreazione allergologica
triptasi
triptasi sierica
test di Nikolsky
luce di Wood
esame con lampada di Wood
esame micologico
esame micologico di unghie
tricogramma
pull test
emogasanalisi transcutanea
calorimetria indiretta
bioimpedenziometria
BIA|A
plicometria
dinamometria
hand grip
forza di prensione
test di forza muscolare
test da sforzo con lattati
"""
SCORES = """
## score
Glasgow Coma Scale
GCS|A
scala di Glasgow
punteggio di Glasgow
NIHSS|A
scala NIHSS
National Institutes of Health Stroke Scale
Rankin modificata
scala di Rankin modificata
mRS|A
CHA2DS2-VASc
CHA2DS2VASc
score CHA2DS2-VASc
CHADS2
HAS-BLED
score HAS-BLED
score di Wells
Wells score
score di Ginevra
score di Ginevra modificato
PERC|A
PESI|A
sPESI|A
CURB-65
CRB-65
Pneumonia Severity Index
PSI|A|Y
Mini Mental State Examination
MMSE|A
Mini-Mental
MoCA|A
Montreal Cognitive Assessment
indice di Barthel
Barthel|Y
scala di Barthel
NRS|A|Y
scala NRS
scala numerica del dolore
VAS|A
scala VAS
scala visuo-analogica
PAINAD|A
indice di Apgar
punteggio di Apgar
Apgar
SOFA|A
score SOFA
qSOFA|A
quick SOFA
NEWS|A|Y
NEWS2|A
National Early Warning Score
MEWS|A
scala di Braden
indice di Braden
Braden
scala di Norton
Norton
scala di Conley
scala di Morse
scala di Tinetti
Tinetti
Child-Pugh
classe di Child-Pugh
score di Child-Pugh
MELD|A
MELD-Na|A
score MELD
criteri di Ranson
BISAP|A
APACHE II|A
SAPS II|A
GRACE score
score GRACE
TIMI score
TIMI risk score
classe Killip
classificazione di Killip
classe NYHA
NYHA|A
classificazione NYHA
Mallampati
classe di Mallampati
classe ASA
ASA score
ECOG performance status
ECOG|A
performance status
Karnofsky
indice di Karnofsky
KPS|A
Gleason score
score di Gleason
ISUP|A
scala di Hunt e Hess
scala di Fisher
scala WFNS
classificazione di Forrest
score di Rockall
Glasgow-Blatchford score
score di Glasgow-Blatchford
score di Alvarado
criteri di Centor
score di Centor
score di McIsaac
FINDRISC|A
HEART score
EuroSCORE II
EuroSCORE
STS score
ABCD2
punteggio ABCD2
ASPECTS|A
score di Padua
Padua prediction score
score di Caprini
indice di Charlson
Charlson Comorbidity Index
Clinical Frailty Scale
CFS|A|Y
scala di fragilità clinica
Geriatric Depression Scale
GDS|A|Y
GAD-7|A
PHQ-9|A
scala di Hamilton
HAM-D|A
HAM-A|A
Beck Depression Inventory
BDI|A
scala di Epworth
Epworth Sleepiness Scale
STOP-BANG
Bristol Stool Scale
scala di Bristol
Confusion Assessment Method
CAM|A|Y
CAM-ICU|A
4AT|A
RASS|A
Richmond Agitation-Sedation Scale
scala di Ramsay
CPOT|A
BPS|A|Y
scala BRASS
indice di Brass
MUST|A|Y
MNA|A
Mini Nutritional Assessment
NRS 2002|A
score di Apfel
score di Aldrete
punteggio di Bishop
score di Silverman
stadi di Tanner
scala di Ashworth
scala di Ashworth modificata
scala MRC
Medical Research Council scale
mMRC|A
scala mMRC
scala di Borg
CAT|A|Y
COPD Assessment Test
ACT|A|Y
Asthma Control Test
IPSS|A
International Prostate Symptom Score
EDSS|A
UPDRS|A
MDS-UPDRS|A
stadiazione di Hoehn e Yahr
Hoehn-Yahr
ALSFRS-R|A
DAS28|A
SDAI|A
CDAI|A|Y
SLEDAI|A
BASDAI|A
BASFI|A
PASI|A
SCORAD|A
EASI|A
DLQI|A
Mayo score
Mayo endoscopic score
score di Mayo
indice di Harvey-Bradshaw
CDAI di Best
score di Lille
indice di Maddrey
funzione discriminante di Maddrey
criteri di Glasgow-Imrie
indice di Lee
Revised Cardiac Risk Index
score di Duke
Duke treadmill score
scala di Waterlow
scala ADL
ADL|A
scala IADL
IADL|A
SPPB|A
Short Physical Performance Battery
CIRS|A
scala di Glasgow pediatrica
FLACC|A
scala di Wong-Baker
scala FACES
PEWS|A
score di Westley
scala di Lanza
classificazione di Rutherford
classificazione di Fontaine
classificazione CEAP
classificazione di Wagner
classificazione di Texas
classificazione di Gustilo
classificazione di Garden
classificazione di Weber
score di Rockwood
Fried frailty phenotype
criteri di Duke
criteri di Duke modificati
criteri di Light
criteri di Roma IV
criteri ACR/EULAR
score di Wells per TVP
score di Wells per embolia polmonare
SCORE2|A
carta del rischio cardiovascolare
FRAX|A
algoritmo FRAX
DeFRA|A
scala di Hachinski
CDR|A|Y
Clinical Dementia Rating
ADAS-Cog|A
NPI|A
Neuropsychiatric Inventory
FAB|A|Y
Frontal Assessment Battery
Trail Making Test
test di fluenza verbale
MMSE corretto
GOS|A
Glasgow Outcome Scale
ICH score
Fisher modificata
scala di Lund-Browder
regola del nove di Wallace
score di Kocher
score di Boey
Hinchey
classificazione di Hinchey
classificazione di Atlanta
classificazione di Los Angeles
classificazione di Savary-Miller
classificazione di Praga
classificazione di Paris
classificazione di Kudo
classificazione di Bosniak
BI-RADS|A
TI-RADS|A
PI-RADS|A
LI-RADS|A
O-RADS|A
Lung-RADS|A
classificazione di Bethesda
TIR|A|Y
stadiazione TNM
TNM|A
stadio FIGO
stadiazione di Ann Arbor
stadiazione di Binet
stadiazione di Rai
ISS|A|Y
R-ISS|A
IPI|A
IPSS-R|A
Sokal score
indice di Breslow
livello di Clark
Gleason
grading istologico
"""

VITALS = """
## vital
parametri vitali
segni vitali
pressione arteriosa
PA|A|Y
pressione arteriosa sistolica
pressione arteriosa diastolica
pressione sistolica
pressione diastolica
PAS|A|Y
PAD|A|Y
pressione arteriosa media
PAM|A|Y
PAO|A
pressione arteriosa omerale
TA|A|Y
tensione arteriosa
valori pressori
pressione arteriosa clinostatica
pressione arteriosa ortostatica
pressione arteriosa invasiva
PAI|A|Y
frequenza cardiaca
FC|A
frequenza del polso
polso arterioso
frequenza respiratoria
FR|A|Y
atti respiratori
saturazione
saturazione di ossigeno
saturazione dell'ossigeno
saturazione periferica di ossigeno
saturazione periferica
saturazione in aria ambiente
saturazione arteriosa di ossigeno
SpO2|A
SatO2|A
Sat O2|A
Sat|A|Y
temperatura corporea
temperatura
TC|A|Y
temperatura ascellare
temperatura timpanica
temperatura rettale
temperatura cutanea
TAx|A
T ascellare
temperatura centrale
peso|Y
peso corporeo
peso attuale
peso secco
altezza|Y
statura
BMI|A
indice di massa corporea
IMC|A
circonferenza vita
circonferenza addominale
circonferenza cranica
circonferenza del collo
diuresi
diuresi oraria
diuresi delle 24 ore
diuresi 24h
bilancio idrico
bilancio idrico delle 24 ore
bilancio idroelettrolitico
bilancio entrate/uscite
pressione venosa centrale
PVC|A|Y
ETCO2|A
EtCO2
end-tidal CO2
FiO2|A
dolore NRS
punteggio del dolore
valutazione del dolore
livello di coscienza
AVPU|A
scala AVPU
PEFR|A
curva termica
curva pressoria
profilo glicemico
"""
EXAM = """
## exam
esame obiettivo
EO|A
E.O.|A
esame obiettivo generale
EOG|A|Y
esame obiettivo neurologico
EON|A
esame neurologico
esame obiettivo cardiaco
esame obiettivo cardiovascolare
esame obiettivo toracico
esame obiettivo polmonare
esame obiettivo addominale
esame obiettivo dell'addome
esame obiettivo ortopedico
esame obiettivo locale
esame obiettivo cutaneo
esame obiettivo articolare
esame obiettivo vascolare
esame obiettivo ostetrico
esame obiettivo ginecologico
esame ginecologico
esame obiettivo urologico
esame obiettivo psichico
esame psichico
esame dello stato mentale
valutazione dello stato di coscienza
auscultazione
auscultazione cardiaca
auscultazione polmonare
auscultazione del torace
auscultazione toracica
auscultazione addominale
auscultazione dei soffi carotidei
ascoltazione cardiaca
ispezione
ispezione dell'addome
ispezione del cavo orale
palpazione
palpazione addominale
palpazione dell'addome
palpazione profonda
palpazione superficiale
palpazione tiroidea
palpazione della tiroide
palpazione delle stazioni linfonodali
palpazione dei polsi periferici
polsi periferici
esame dei polsi periferici
percussione
percussione addominale
percussione toracica
percussione del torace
FVT|A
fremito vocale tattile
esplorazione rettale
ER|A|Y
esplorazione digito-rettale
esplorazione digitale rettale
EDR|A
esame rettale
esplorazione vaginale
esame bimanuale
esame con speculum
esame del seno
esame clinico della mammella
esame della cute
ispezione cutanea
segno di Murphy
Murphy
manovra di Murphy
segno di Blumberg
Blumberg
segno di Giordano
Giordano
manovra di Giordano
segno di Rovsing
segno dello psoas
segno dell'otturatore
punto di McBurney
McBurney
segno di Lasègue
Lasègue
manovra di Lasègue
Lasègue inverso
segno di Wassermann
manovra di Wassermann
test di Romberg
prova di Romberg
Romberg
manovra di Mingazzini
Mingazzini
Mingazzini I
Mingazzini II
prove di Mingazzini
segno di Babinski
riflesso cutaneo plantare
riflesso plantare
Babinski
riflessi osteotendinei
ROT|A
riflesso rotuleo
riflesso achilleo
riflesso bicipitale
riflesso tricipitale
riflesso stiloradiale
riflessi addominali
riflesso corneale
riflesso fotomotore
riflesso consensuale
riflesso di deglutizione
riflesso della tosse
segno di Hoffmann
segno di Kernig
segno di Brudzinski
manovra di Kernig
manovre meningee
segni meningei|Y
prova indice-naso
prova indice naso
prova tallone-ginocchio
prova calcagno-ginocchio
prove cerebellari
prove di coordinazione
diadococinesia
prova delle marionette
marcia in tandem
esame della marcia
valutazione della deambulazione
esame della sensibilità
esame dei nervi cranici
esame della forza
forza muscolare segmentaria
tono muscolare
trofismo muscolare
test di Dix-Hallpike
manovra di Dix-Hallpike
manovra di Pagnini-McClure
head impulse test
HINTS|A
test HINTS
test di Unterberger
test di Fukuda
manovra di Valsalva diagnostica
test di Phalen
manovra di Phalen
segno di Tinel
test di Tinel
test di Finkelstein
test di Lachman
Lachman
test del cassetto anteriore
cassetto anteriore
cassetto posteriore
test del cassetto
test di McMurray
McMurray
test di Apley
stress test in varo
stress test in valgo
ballottamento rotuleo
test di Thompson
test di Jobe
Jobe
test di Neer
test di Hawkins
test di Hawkins-Kennedy
test di Yergason
test di Speed
drop arm test
test di Patte
test di apprensione
segno di Homans
Homans
segno di Pratt
segno di Chvostek
segno di Trousseau
segno della fovea
test di Schober
manovra di Spurling
test di Spurling
test di Patrick
manovra FABER
test di FABER
test di Trendelenburg
segno di Trendelenburg
manovra di Barlow
manovra di Ortolani
manovra di Allis
segno di Galeazzi
test di Adson
manovra di Adson
test di Tinel al gomito
test di Froment
segno del piede cadente
segno di Pemberton
segno di Kussmaul|Y
manovra di reflusso epatogiugulare
test del riempimento capillare
tempo di riempimento capillare
refill capillare
CRT|A|Y
segno della plica cutanea
test di Ratschow
manovra di Buerger
prova di Buerger
test di Perthes
test di Schwartz
otoscopia
rinoscopia anteriore
esame del cavo orale
ispezione orofaringea
faringoscopia
laringoscopia indiretta con specchietto
acumetria
prova di Weber
prova di Rinne
test di Weber
test di Rinne
esame del visus al letto
esame dei campi visivi per confronto
esame della motilità oculare
esame del fondo oculare
valutazione della deglutizione
test di deglutizione
test dell'acqua
bedside swallowing assessment
valutazione logopedica della deglutizione
test di Schirmer
"""

BIOPSY = """
## biopsy
biopsia
biopsia epatica
biopsia epatica percutanea
biopsia renale
biopsia renale percutanea
biopsia prostatica
biopsia prostatica transrettale
biopsia prostatica transperineale
biopsia prostatica fusion
biopsie prostatiche
biopsia mammaria
biopsia della mammella
biopsia mammaria ecoguidata
biopsia stereotassica
biopsia stereotassica mammaria
biopsia vacuum-assisted
mammotome
core biopsy
agobiopsia
agobiopsia ecoguidata
agobiopsia TC-guidata
agobiopsia polmonare
agobiopsia polmonare TC-guidata
agobiopsia transtoracica
biopsia polmonare
biopsia pleurica
biopsia linfonodale
biopsia escissionale
biopsia incisionale
biopsia del linfonodo sentinella
biopsia cutanea
biopsia cutanea con punch
punch biopsy
biopsia muscolare
biopsia del nervo surale
biopsia nervosa
biopsia dell'arteria temporale
biopsia delle ghiandole salivari minori
biopsia gastrica
biopsie gastriche
biopsie duodenali
biopsia duodenale
biopsia esofagea
biopsie del colon
biopsie coliche
biopsie random
biopsia endoscopica
biopsia endometriale
biopsia dell'endometrio
biopsia cervicale
biopsia vulvare
biopsia testicolare
biopsia vescicale
biopsia ossea
biopsia vertebrale
biopsia sinoviale
biopsia tiroidea
biopsia del cavo orale
biopsia del grasso periombelicale
biopsia del grasso addominale
biopsia cerebrale
biopsia stereotassica cerebrale
biopsia miocardica
biopsia osteomidollare
biopsia del midollo osseo
biopsia di lesione cutanea
biopsia della lesione
biopsia ecoguidata
biopsia TC-guidata
biopsia transbronchiale
agoaspirato
agoaspirato tiroideo
agoaspirato ecoguidato
agoaspirato con ago sottile
FNAB|A
FNA|A
FNAC|A
agoaspirato linfonodale
agoaspirato del nodulo tiroideo
agoaspirato mammario
agoaspirato midollare
agoaspirato ecoendoscopico
EUS-FNA|A
EUS-FNB|A
citologia
esame citologico
citologico
esame citologico del liquido pleurico
citologia del liquido pleurico
citologia del liquido ascitico
esame citologico del liquor
citologia dell'espettorato
esame citologico dell'espettorato
citologia su BAL
citologia cervico-vaginale
esame istologico
istologico
esame istologico definitivo
esame istologico estemporaneo
esame estemporaneo
esame istopatologico
immunoistochimica
esame immunoistochimico
esame autoptico
autopsia
riscontro diagnostico
"""
REGIMENS = """
## regimen
FOLFOX|A
mFOLFOX6|A
FOLFIRI|A
FOLFIRINOX|A
FOLFOXIRI|A
XELOX|A
CAPOX|A
XELIRI|A
FLOT|A
R-CHOP|A
R-CVP|A
R-bendamustina
bendamustina-rituximab
ABVD|A
BEACOPP|A
Hyper-CVAD|A
R-DHAP|A
R-ICE|A
VRd|A
VMP|A
DRd|A
KRd|A
VCD|A
ciclo AC
schema AC
schema EC
FEC|A
TCH|A
carboplatino/paclitaxel
carboplatino-paclitaxel
cisplatino/gemcitabina
cisplatino-gemcitabina
gemcitabina/cisplatino
cisplatino/etoposide
carboplatino/etoposide
cisplatino/pemetrexed
carboplatino/pemetrexed
carboplatino/gemcitabina
gemcitabina/nab-paclitaxel
gemcitabina/carboplatino
cisplatino/5-fluorouracile
cisplatino/vinorelbina
paclitaxel settimanale
docetaxel trisettimanale
MVAC|A
EOX|A
ECF|A
BEP|A
PEB|A
VAC|A|Y
ICE|A|Y
induzione 3+7
schema 7+3
ATRA/ATO|A
azacitidina/venetoclax
"""

# ---------------------------------------------------------------------------
# Systematic families (source clinical-ner:generated)
# ---------------------------------------------------------------------------
# (district, prepositional form) for plain radiography
RX_SEGMENTS = [
    ("torace", "del torace"), ("addome", "dell'addome"), ("bacino", "del bacino"), ("cranio", "del cranio"),
    ("rachide cervicale", "del rachide cervicale"), ("rachide dorsale", "del rachide dorsale"),
    ("rachide lombare", "del rachide lombare"), ("rachide lombosacrale", "del rachide lombosacrale"),
    ("colonna cervicale", "della colonna cervicale"), ("colonna dorsale", "della colonna dorsale"),
    ("colonna lombare", "della colonna lombare"), ("colonna lombosacrale", "della colonna lombo-sacrale"),
    ("spalla", "della spalla"), ("clavicola", "della clavicola"), ("scapola", "della scapola"),
    ("omero", "dell'omero"), ("gomito", "del gomito"), ("avambraccio", "dell'avambraccio"),
    ("polso", "del polso"), ("mano", "della mano"), ("scafoide", "dello scafoide"),
    ("dita della mano", "delle dita della mano"), ("anca", "dell'anca"), ("anche", "delle anche"),
    ("femore", "del femore"), ("ginocchio", "del ginocchio"), ("rotula", "della rotula"),
    ("gamba", "della gamba"), ("tibia", "della tibia"), ("caviglia", "della caviglia"),
    ("piede", "del piede"), ("calcagno", "del calcagno"), ("avampiede", "dell'avampiede"),
    ("coste", "delle coste"), ("gabbia toracica", "della gabbia toracica"), ("sterno", "dello sterno"),
    ("sacro-coccige", "del sacro-coccige"), ("seni paranasali", "dei seni paranasali"),
    ("ossa nasali", "delle ossa nasali"), ("mandibola", "della mandibola"),
    ("arcate dentarie", "delle arcate dentarie"), ("collo", "del collo"),
    ("bacino per anche", None), ("colonna in toto", "della colonna in toto"),
]

# (district, prepositional form, contrast variants make sense)
CT_DISTRICTS = [
    ("encefalo", "dell'encefalo", True), ("cranio", "del cranio", True), ("torace", "del torace", True),
    ("addome", "dell'addome", True), ("addome completo", "dell'addome completo", True),
    ("addome superiore", "dell'addome superiore", True), ("addome e pelvi", "di addome e pelvi", True),
    ("torace-addome", None, True), ("torace e addome", "di torace e addome", True),
    ("torace-addome-pelvi", None, True), ("collo", "del collo", True), ("collo-torace-addome", None, True),
    ("massiccio facciale", "del massiccio facciale", True), ("seni paranasali", "dei seni paranasali", False),
    ("orbite", "delle orbite", True), ("rocche petrose", "delle rocche petrose", False),
    ("rachide cervicale", "del rachide cervicale", False), ("rachide dorsale", "del rachide dorsale", False),
    ("rachide lombare", "del rachide lombare", False), ("rachide lombosacrale", "del rachide lombosacrale", False),
    ("colonna cervicale", "della colonna cervicale", False), ("colonna lombare", "della colonna lombare", False),
    ("rachide in toto", None, False), ("bacino", "del bacino", False), ("pelvi", "della pelvi", True),
    ("spalla", "della spalla", False), ("ginocchio", "del ginocchio", False), ("caviglia", "della caviglia", False),
    ("piede", "del piede", False), ("polso", "del polso", False), ("anca", "dell'anca", False),
    ("gomito", "del gomito", False), ("reni", "dei reni", True), ("fegato", "del fegato", True),
    ("pancreas", "del pancreas", True), ("polmoni", "dei polmoni", False), ("cuore", "del cuore", True),
    ("ossa temporali", "delle ossa temporali", False), ("mandibola", "della mandibola", False),
    ("ipofisi", None, True), ("total body", None, True),
]
CONTRAST = [" con mdc", " senza mdc", " con e senza mdc", " con mezzo di contrasto",
            " senza mezzo di contrasto", " con contrasto", " senza contrasto", " basale"]

MR_DISTRICTS = [
    ("encefalo", "dell'encefalo", True), ("cervello", None, True), ("cranio", None, True),
    ("rachide cervicale", "del rachide cervicale", True), ("rachide dorsale", "del rachide dorsale", True),
    ("rachide lombare", "del rachide lombare", True), ("rachide lombosacrale", "del rachide lombosacrale", True),
    ("colonna cervicale", "della colonna cervicale", True), ("colonna dorsale", "della colonna dorsale", True),
    ("colonna lombare", "della colonna lombare", True), ("colonna lombosacrale", "della colonna lombosacrale", True),
    ("rachide in toto", None, True), ("midollo spinale", "del midollo spinale", True),
    ("ginocchio", "del ginocchio", False), ("spalla", "della spalla", False), ("anca", "dell'anca", False),
    ("anche", "delle anche", False), ("bacino", "del bacino", True), ("caviglia", "della caviglia", False),
    ("piede", "del piede", False), ("polso", "del polso", False), ("mano", "della mano", False),
    ("gomito", "del gomito", False), ("sacroiliache", "delle articolazioni sacroiliache", True),
    ("addome", "dell'addome", True), ("addome superiore", "dell'addome superiore", True),
    ("fegato", "del fegato", True), ("pancreas", "del pancreas", True), ("reni", "dei reni", True),
    ("surreni", "dei surreni", True), ("pelvi", None, True), ("utero", "dell'utero", True),
    ("cuore", None, True), ("mammelle", "delle mammelle", True), ("orbite", None, True),
    ("collo", None, True), ("rocche petrose", "delle rocche petrose", True),
    ("angoli ponto-cerebellari", "degli angoli ponto-cerebellari", True),
    ("articolazioni temporo-mandibolari", None, False), ("femore", "del femore", True),
    ("coscia", "della coscia", True), ("gamba", "della gamba", True),
    ("plesso brachiale", "del plesso brachiale", True), ("retto", None, True),
]
MR_CONTRAST = [" con mdc", " senza mdc", " con e senza mdc", " con mezzo di contrasto", " con gadolinio"]

ECO_SHORT = ["addome completo", "addome superiore", "addome inferiore", "tiroide", "collo", "mammaria",
             "mammella", "renale", "reni", "vescicale", "prostatica", "pelvica", "transvaginale",
             "testicolare", "scrotale", "polmonare", "torace", "parti molli", "spalla", "ginocchio",
             "anca", "muscolo-tendinea", "epatica", "fegato", "linfonodi", "linfonodale", "ostetrica",
             "morfologica", "cardiaca", "tiroidea", "reno-vescicale", "inguinale", "collo e tiroide"]

PATHOGENS = [
    "Toxoplasma", "toxoplasma gondii", "rosolia", "CMV", "citomegalovirus", "EBV", "virus di Epstein-Barr",
    "HSV", "HSV-1", "HSV-2", "herpes simplex", "VZV", "varicella-zoster", "parvovirus B19", "morbillo",
    "parotite", "Mycoplasma pneumoniae", "Chlamydia pneumoniae", "Chlamydia trachomatis",
    "Borrelia burgdorferi", "Borrelia", "Bartonella", "Bartonella henselae", "Leishmania", "Brucella",
    "Legionella", "Coxiella burnetii", "Rickettsia", "Rickettsia conorii", "Echinococcus", "echinococco",
    "Toxocara", "Strongyloides", "Schistosoma", "Trichinella", "Entamoeba histolytica",
    "Bordetella pertussis", "Yersinia", "Treponema pallidum", "SARS-CoV-2", "HEV", "HAV",
    "virus dengue", "West Nile virus", "Aspergillus", "Candida", "Helicobacter pylori", "HIV", "HTLV",
    "virus della varicella", "Listeria", "Leptospira", "Francisella tularensis", "Tropheryma whipplei",
]
SERO_FORMS = ["IgG anti-{p}", "IgM anti-{p}", "anticorpi anti-{p}", "sierologia per {p}"]
PCR_TARGETS = [
    "SARS-CoV-2", "influenza", "virus influenzale", "virus respiratorio sinciziale", "RSV", "CMV", "EBV",
    "HSV", "HSV-1", "HSV-2", "VZV", "enterovirus", "adenovirus", "parvovirus B19", "Mycoplasma pneumoniae",
    "Chlamydia trachomatis", "Neisseria gonorrhoeae", "Mycobacterium tuberculosis", "BK",
    "Clostridioides difficile", "Bordetella pertussis", "Legionella", "Pneumocystis jirovecii",
    "Toxoplasma", "Leishmania", "HHV-6", "HHV-8", "JC virus", "norovirus", "rotavirus", "mpox",
    "Streptococcus pneumoniae", "Neisseria meningitidis", "HPV", "Trichomonas vaginalis",
]
CULTURE_MATERIALS = [
    ("urine", "delle urine"), ("espettorato", "dell'espettorato"), ("feci", "delle feci"),
    ("liquor", "del liquor"), ("liquido pleurico", "del liquido pleurico"),
    ("liquido ascitico", "del liquido ascitico"), ("liquido peritoneale", "del liquido peritoneale"),
    ("liquido sinoviale", "del liquido sinoviale"), ("liquido articolare", "del liquido articolare"),
    ("broncoaspirato", "del broncoaspirato"), ("BAL", "del BAL"), ("aspirato tracheale", "dell'aspirato tracheale"),
    ("pus", "del pus"), ("essudato", "dell'essudato"), ("ferita chirurgica", "della ferita chirurgica"),
    ("liquido di drenaggio", "del liquido di drenaggio"), ("bile", "della bile"),
    ("liquido di dialisi peritoneale", "del liquido di dialisi peritoneale"),
    ("tessuto osseo", "del tessuto osseo"), ("punta del catetere", "della punta del catetere"),
    ("secrezione congiuntivale", "della secrezione congiuntivale"), ("secreto uretrale", "del secreto uretrale"),
    ("liquido seminale", "del liquido seminale"), ("latte materno", "del latte materno"),
]

VACCINE_TARGETS = [
    ("antinfluenzale", None), ("anti-COVID-19", "COVID-19"), ("anti-SARS-CoV-2", None),
    ("antipneumococcico", "pneumococco"), ("pneumococcico coniugato", None),
    ("anti-epatite B", "epatite B"), ("anti-epatite A", "epatite A"), ("antitetanico", "tetano"),
    ("antidifterico", "difterite"), ("antipertosse", "pertosse"), ("antipolio", "poliomielite"),
    ("anti-morbillo-parotite-rosolia", None), ("MPR", None), ("MPRV", None), ("antivaricella", "varicella"),
    ("anti-herpes zoster", "herpes zoster"), ("anti-zoster ricombinante", None), ("anti-HPV", "HPV"),
    ("antimeningococcico", "meningococco"), ("antimeningococcico B", "meningococco B"),
    ("antimeningococcico ACWY", None), ("anti-Haemophilus influenzae tipo b", None),
    ("anti-rotavirus", "rotavirus"), ("esavalente", None), ("tetravalente", None), ("antirabbico", "rabbia"),
    ("anti-RSV", "virus respiratorio sinciziale"), ("antitifico", "febbre tifoide"),
    ("contro la febbre gialla", None), ("anti-encefalite da zecche", "encefalite da zecche"),
    ("anticolerico", "colera"), ("anti-encefalite giapponese", None), ("anti-dengue", "dengue"),
    ("difterite-tetano-pertosse", None), ("dTpa", None), ("DTPa", None), ("anti-mpox", "mpox"),
    ("BCG", None),
]

FDC = [  # fixed-dose combinations marketed in Italy (a/b[/c])
    "ramipril/idroclorotiazide", "ramipril/amlodipina", "perindopril/amlodipina", "perindopril/indapamide",
    "perindopril/indapamide/amlodipina", "valsartan/idroclorotiazide", "valsartan/amlodipina",
    "amlodipina/valsartan/idroclorotiazide", "olmesartan/idroclorotiazide", "olmesartan/amlodipina",
    "olmesartan/amlodipina/idroclorotiazide", "telmisartan/idroclorotiazide", "telmisartan/amlodipina",
    "irbesartan/idroclorotiazide", "losartan/idroclorotiazide", "candesartan/idroclorotiazide",
    "enalapril/idroclorotiazide", "lisinopril/idroclorotiazide", "zofenopril/idroclorotiazide",
    "enalapril/lercanidipina", "delapril/manidipina", "bisoprololo/idroclorotiazide", "bisoprololo/amlodipina",
    "bisoprololo/perindopril", "nebivololo/idroclorotiazide", "atenololo/clortalidone", "metoprololo/idroclorotiazide",
    "amiloride/idroclorotiazide", "spironolattone/idroclorotiazide", "furosemide/spironolattone",
    "rosuvastatina/ezetimibe", "simvastatina/ezetimibe", "atorvastatina/ezetimibe", "atorvastatina/amlodipina",
    "rosuvastatina/amlodipina", "acido bempedoico/ezetimibe", "sitagliptin/metformina", "vildagliptin/metformina",
    "linagliptin/metformina", "alogliptin/metformina", "saxagliptin/metformina", "dapagliflozin/metformina",
    "empagliflozin/metformina", "empagliflozin/linagliptin", "dapagliflozin/saxagliptin", "pioglitazone/metformina",
    "alogliptin/pioglitazone", "insulina degludec/liraglutide", "insulina glargine/lixisenatide",
    "acido acetilsalicilico/atorvastatina/ramipril", "tramadolo/dexketoprofene", "ibuprofene/paracetamolo",
    "levodopa/benserazide", "carbidopa/levodopa", "tiotropio/olodaterolo", "sulfametossazolo/trimetoprim",
    "emtricitabina/tenofovir alafenamide", "emtricitabina/tenofovir disoproxil", "lamivudina/zidovudina",
    "darunavir/cobicistat", "dolutegravir/rilpivirina", "naltrexone/bupropione", "amlodipina/indapamide",
    "colecalciferolo/calcio carbonato", "calcio carbonato/colecalciferolo", "alendronato/colecalciferolo",
    "ferro/acido folico", "netupitant/palonosetron", "drospirenone/etinilestradiolo",
    "levonorgestrel/etinilestradiolo", "desogestrel/etinilestradiolo", "estradiolo/didrogesterone",
    "tobramicina/desametasone", "betametasone/gentamicina", "clotrimazolo/betametasone",
    "idrocortisone/acido fusidico", "ipratropio/salbutamolo", "ipratropio bromuro/salbutamolo",
    "amoxicillina/claritromicina/omeprazolo",
]

SURGERY_APPROACH = [  # (operation, approaches actually used)
    ("emicolectomia destra", ["robotica", "open", "videolaparoscopica"]),
    ("emicolectomia sinistra", ["robotica", "open", "videolaparoscopica"]),
    ("resezione anteriore del retto", ["laparoscopica", "robotica"]),
    ("sigmoidectomia", ["laparoscopica", "robotica"]),
    ("colectomia totale", ["laparoscopica"]),
    ("gastrectomia totale", ["laparoscopica", "robotica"]),
    ("gastrectomia subtotale", ["laparoscopica", "robotica"]),
    ("nefrectomia", ["laparoscopica", "robotica"]),
    ("nefrectomia parziale", ["laparoscopica", "robotica"]),
    ("nefrectomia radicale", ["laparoscopica", "robotica", "open"]),
    ("surrenalectomia", ["robotica"]),
    ("splenectomia", ["robotica", "open"]),
    ("isterectomia totale", ["laparoscopica", "robotica", "laparotomica"]),
    ("isterectomia", ["robotica", "laparotomica"]),
    ("pancreasectomia distale", ["laparoscopica", "robotica"]),
    ("duodenocefalopancreasectomia", ["robotica", "laparoscopica"]),
    ("resezione epatica", ["laparoscopica", "robotica"]),
    ("epatectomia destra", ["laparoscopica"]),
    ("fundoplicatio", ["laparoscopica"]),
    ("fundoplicatio sec. Nissen", ["laparoscopica"]),
    ("ernioplastica inguinale", ["laparoscopica", "open", "TAPP", "TEP"]),
    ("plastica iatale", ["laparoscopica"]),
    ("cistectomia radicale", ["robotica", "open"]),
    ("lobectomia polmonare", ["VATS", "robotica", "toracotomica"]),
    ("lobectomia", ["robotica"]),
    ("segmentectomia polmonare", ["VATS", "robotica"]),
    ("timectomia", ["VATS", "robotica"]),
    ("esofagectomia", ["mininvasiva", "robotica"]),
    ("miomectomia", ["laparoscopica", "laparotomica"]),
    ("annessiectomia", ["laparoscopica"]),
    ("annessiectomia bilaterale", ["laparoscopica"]),
    ("salpingectomia", ["laparoscopica"]),
    ("sleeve gastrectomy", ["laparoscopica"]),
    ("bypass gastrico", ["laparoscopico"]),
    ("miotomia sec. Heller", ["laparoscopica"]),
    ("pieloplastica", ["laparoscopica", "robotica"]),
    ("prostatectomia radicale", ["open", "retropubica"]),
    ("tiroidectomia totale", ["video-assistita"]),
    ("paratiroidectomia", ["mininvasiva"]),
    ("colecistectomia", ["videolaparoscopica", "robotica"]),
    ("appendicectomia", ["videolaparoscopica"]),
    ("laparoplastica", ["laparoscopica"]),
    ("linfoadenectomia pelvica", ["laparoscopica", "robotica"]),
    ("resezione ileocecale", ["laparoscopica"]),
]
SURGERY_SIDES = ["nefrectomia", "nefrectomia radicale", "nefrectomia parziale", "surrenalectomia", "mastectomia",
                 "quadrantectomia", "lobectomia tiroidea", "emitiroidectomia", "annessiectomia",
                 "orchifunicolectomia", "orchiectomia", "ernioplastica inguinale", "artroprotesi d'anca",
                 "artroprotesi di ginocchio", "protesi d'anca", "protesi di ginocchio", "protesi di spalla",
                 "endoprotesi d'anca", "pneumonectomia", "lobectomia superiore", "lobectomia inferiore",
                 "safenectomia", "endoarteriectomia carotidea", "amputazione transfemorale",
                 "amputazione transtibiale", "linfoadenectomia ascellare", "mastectomia radicale modificata",
                 "parotidectomia",
                 "meniscectomia", "meniscectomia artroscopica",
                                  "toracentesi", "toracentesi evacuativa",
                 "nefrostomia percutanea", "ureterorenoscopia"]
SIDES = ["destra", "sinistra", "bilaterale", "dx", "sx"]

THERAPY_ADJ = [
    "anticoagulante", "antiaggregante", "antiaggregante piastrinica", "diuretica", "antipertensiva",
    "antiipertensiva", "ipolipemizzante", "ipoglicemizzante", "ipoglicemizzante orale", "insulinica",
    "insulinica basal-bolus", "insulinica intensiva", "antibiotica", "antibiotica endovenosa",
    "antibiotica ad ampio spettro", "antibiotica orale", "antibiotica empirica ad ampio spettro", "antivirale",
    "antifungina", "antimicotica", "antitubercolare", "antiretrovirale", "antiepilettica", "anticomiziale",
    "antidepressiva", "antipsicotica", "neurolettica", "ansiolitica", "ipnotica", "analgesica", "antalgica",
    "antidolorifica", "antinfiammatoria", "cortisonica", "steroidea", "corticosteroidea", "immunosoppressiva",
    "immunomodulante", "biologica", "ormonale", "ormonale sostitutiva", "sostitutiva", "marziale",
    "marziale orale", "trasfusionale", "infusionale", "reidratante", "broncodilatatrice", "inalatoria",
    "aerosolica", "antiemetica", "antiaritmica", "antianginosa", "anti-ischemica", "antitrombotica",
    "trombolitica", "fibrinolitica", "eparinica", "gastroprotettiva", "lassativa", "antispastica",
    "antistaminica", "antiacida", "chelante", "ipouricemizzante", "antiosteoporotica", "vitaminica",
    "nutrizionale", "dietetica", "fisica", "riabilitativa", "radiometabolica", "antiparkinsoniana",
    "dopaminergica", "tireostatica", "sostitutiva tiroidea", "antiandrogenica", "chemioterapica",
    "antiblastica", "antineoplastica", "oncologica", "adiuvante", "neoadiuvante", "palliativa",
    "sedativa", "antidiabetica", "antiretrovirale combinata", "eradicante", "antiparassitaria",
    "antimalarica", "anticolinesterasica", "antispastica", "miorilassante", "diuretica endovenosa",
    "vasopressoria", "inotropa", "anticoagulante parenterale", "anticoagulante orale diretta",
    "trasfusionale di supporto", "fotodinamica", "iperbarica", "sclerosante", "chelante del ferro",
    "alcalinizzante", "emostatica", "antifibrinolitica", "uricosurica", "antiaggregante singola", "antiaggregante doppia", "anti-VEGF", "anti-TNF",
    "immunosoppressiva di mantenimento", "infiltrativa", "radiante",
]
TREATMENT_ADJ = [  # masculine forms after "trattamento"
    "antibiotico", "chirurgico", "conservativo", "medico", "farmacologico", "endovascolare", "endoscopico",
    "percutaneo", "fisioterapico", "riabilitativo", "radiante", "radioterapico", "chemioterapico",
    "ortopedico", "incruento", "cruento", "trombolitico", "anticoagulante", "antiaggregante", "diuretico",
    "cortisonico", "steroideo", "immunosoppressivo", "insulinico", "antivirale", "antifungino", "analgesico",
    "antalgico", "palliativo", "sintomatico", "eradicante", "sostitutivo", "dialitico", "intravitreale",
    "laser", "logopedico", "psicoterapico", "riabilitativo intensivo", "ormonale", "neoadiuvante",
    "adiuvante", "multimodale", "antiemetico", "infiltrativo", "fisiatrico", ]


def generated_test():
    out = []
    def add(cat, term, flags=""):
        out.append((cat, term, "", flags, GEN))
    for seg, prep in RX_SEGMENTS:
        add("imaging", "RX " + seg)
        add("imaging", "radiografia " + (prep or seg))
        if prep:
            add("imaging", "RX " + prep)
            add("imaging", "radiografia " + seg)
    for d, prep, contrast in CT_DISTRICTS:
        bases = ["TC " + d, "TAC " + d]
        if prep:
            bases += ["TC " + prep, "TAC " + prep]
            add("imaging", "tomografia computerizzata " + prep)
        for b in bases:
            add("imaging", b)
        if contrast:
            for b in ["TC " + d, "TAC " + d] + (["TC " + prep] if prep else []):
                for c in CONTRAST:
                    add("imaging", b + c)
    for d, prep, contrast in MR_DISTRICTS:
        bases = ["RM " + d, "RMN " + d]
        if prep:
            bases.append("RM " + prep)
            add("imaging", "risonanza magnetica " + prep)
        else:
            add("imaging", "risonanza magnetica " + d)
        for b in bases:
            add("imaging", b)
        if contrast:
            for b in ["RM " + d, "RMN " + d]:
                for c in MR_CONTRAST:
                    add("imaging", b + c)
    for x in ECO_SHORT:
        add("imaging", "eco " + x)
        add("imaging", "ecografia " + x)
    for p in PATHOGENS:
        for f in SERO_FORMS:
            if p in ("HIV", "HTLV") and f.startswith("Ig"):
                continue
            add("microbiology", f.format(p=p))
    for t in PCR_TARGETS:
        add("microbiology", "PCR per " + t, "ambiguous")
        add("microbiology", "test molecolare per " + t)
    for m, prep in CULTURE_MATERIALS:
        add("microbiology", "esame colturale " + prep)
        add("microbiology", "coltura " + prep)
    return out


def generated_treatment():
    out = []
    def add(cat, term, flags=""):
        out.append((cat, term, "", flags, GEN))
    for adj, _noun in VACCINE_TARGETS:
        add("vaccine", "vaccino " + adj)
        add("vaccine", "vaccinazione " + adj)
    for combo in FDC:
        add("ingredient", combo)
        add("ingredient", " + ".join(combo.split("/")))
    for op, approaches in SURGERY_APPROACH:
        for a in approaches:
            add("procedure", op + " " + a)
    for op in SURGERY_SIDES:
        for s in SIDES:
            add("procedure", op + " " + s)
    for adj in THERAPY_ADJ:
        add("therapy", "terapia " + adj)
    for adj in TREATMENT_ADJ:
        add("therapy", "trattamento " + adj)
    return out


TREATMENT_BLOCKS = [INGREDIENTS_A, INGREDIENTS_C, INGREDIENTS_DGH, INGREDIENTS_J, INGREDIENTS_L,
                    INGREDIENTS_MN, INGREDIENTS_PRSV, BRANDS, CLASSES, REGIMENS, THERAPIES, PROCEDURES,
                    DEVICES, LIFESTYLE]
TEST_BLOCKS = [LAB, MICRO, AUTOIMMUNE_GENETIC, IMAGING, ENDOSCOPY, FUNCTIONAL, SCORES, VITALS, EXAM, BIOPSY]


def build():
    seen = {}          # norm -> row dict
    rows = {"TREATMENT": [], "TEST": []}
    conflicts = []
    def take(label, items):
        for cat, term, code, flags, source in items:
            k = norm(term)
            if not k:
                continue
            if k in seen:
                prev = seen[k]
                if prev["label"] != label:
                    conflicts.append((term, prev["label"], label))
                    if not prev["flags"]:
                        prev["flags"] = "ambiguous"
                continue
            row = {"term": term, "label": label, "code": code, "source": source, "flags": flags, "cat": cat}
            seen[k] = row
            rows[label].append(row)
    for b in TREATMENT_BLOCKS:
        take("TREATMENT", parse(b))
    for b in TEST_BLOCKS:
        take("TEST", parse(b))
    take("TREATMENT", generated_treatment())
    take("TEST", generated_test())
    return rows, conflicts


def write(rows):
    for label, fname in (("TREATMENT", "treatment.tsv"), ("TEST", "test.tsv")):
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER + "\n")
            for r in rows[label]:
                f.write("\t".join([r["term"], r["label"], r["code"], r["source"], r["flags"]]) + "\n")


def check():
    """Validate the TSVs on disk: header, 5 columns, labels, codes, flags, no duplicates."""
    ok = True
    seen = {}
    allowed_flags = {"", "abbreviation", "ambiguous", "brand"}
    for label, fname in (("TREATMENT", "treatment.tsv"), ("TEST", "test.tsv")):
        path = os.path.join(HERE, fname)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[-1] == "":
            lines.pop()
        if lines[0] != HEADER:
            print("%s: bad header" % fname); ok = False
        c_src, c_flag, n_code = Counter(), Counter(), 0
        for i, line in enumerate(lines[1:], start=2):
            cols = line.split("\t")
            if len(cols) != 5:
                print("%s:%d: %d columns" % (fname, i, len(cols))); ok = False; continue
            term, lab, code, src, flags = cols
            if lab != label or not term or term != term.strip():
                print("%s:%d: bad term/label %r" % (fname, i, line)); ok = False
            if code and (label != "TREATMENT" or not ATC_RE.match(code)):
                print("%s:%d: bad code %r" % (fname, i, code)); ok = False
            if src not in (SRC, GEN) or flags not in allowed_flags:
                print("%s:%d: bad source/flags %r" % (fname, i, line)); ok = False
            k = norm(term)
            if k in seen:
                print("%s:%d: duplicate %r (also %s)" % (fname, i, term, seen[k])); ok = False
            seen[k] = "%s:%d" % (fname, i)
            c_src[src] += 1; c_flag[flags or "-"] += 1; n_code += bool(code)
        print("%s: %d rows; sources %s; flags %s; with ATC code %d"
              % (fname, len(lines) - 1, dict(c_src), dict(c_flag), n_code))
    print("check:", "OK" if ok else "FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    rows, conflicts = build()
    write(rows)
    for label in ("TREATMENT", "TEST"):
        cats = Counter((r["cat"], r["source"]) for r in rows[label])
        print("%s: %d rows" % (label, len(rows[label])))
        for (cat, src), n in sorted(cats.items()):
            print("  %-14s %-24s %5d" % (cat, src, n))
    if conflicts:
        print("cross-label duplicates (first kept, flagged ambiguous):")
        for t, a, b in conflicts:
            print("  %s: kept %s, dropped %s" % (t, a, b))
    check()


if __name__ == "__main__":
    main()
