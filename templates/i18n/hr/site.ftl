## factgap, hrvatski. Svaki tekst koji prikazuje stranica, napomena uz preuzimanje ili navod
## dolazi odavde; kôd samo bira ključ. Ključevi su zajednički svim jezicima.

dir = ltr
site-name = factgap
site-tagline = Službeni podaci o obrazovanju, zaposlenosti i socijalnoj pomoći izbjeglica, usporedo s onim što misli javnost.
skip-to-content = Preskoči na sadržaj
nav-label = Glavni izbornik
nav-home = Činjenice
nav-sources = Izvori
nav-data = Podaci
nav-methodology = Metodologija
nav-search = Pretraživanje
nav-corrections = Ispravci i promjene
nav-focus = O projektu FOCUS
nav-footer-label = Teme, zemlje i ostalo
feed-title = Nove, ažurirane i ispravljene činjenice (Atom kanal)
feed-subtitle = Svaka činjenica koju factgap objavi prvi put, svaki podatak koji se promijeni i svaki ispravak.
footer-licence = Tekstovi: factgap. Svaki podatak zadržava licenciju svojeg izvora, navedenu uz njega; uz podatak navedite i izvor.
footer-refreshed = Podaci su posljednji put osvježeni kod njihovih izdavača: { $date }.
footer-transcribed = Nijedan izvor još nije osvježen kod svog izdavača; podaci su posljednji put prepisani: { $date }.
footer-focus = factgap slijedi preporuku projekta FOCUS (EU Horizon 2020, sporazum o dodjeli bespovratnih sredstava br. 822401): redovito širiti informacije o stvarnom položaju izbjeglica i uključiti medije.

## Brojevi, datumi i vrijednosti. Brojeve i datume za jezik oblikuje ICU4X
## (znamenke, decimalni i grupni separatori); poruke ih samo smještaju.
## Svaka poruka dobiva i $numbering: "latn" ili "arab", znamenke koje se koriste.
value-percent = { $value } %
value-persons = { $value } { $count ->
    [one] osoba
    [few] osobe
   *[other] osoba
}
age-all = sve dobi koje izvor obuhvaća
age-range = u dobi { $range }
age-15-pension_age = u dobi od 15 godina do dobi za umirovljenje
age-working_age = u radnoj dobi
sex-F = žene
sex-M = muškarci
## Populacije (niže) mogu imati neobavezan oblik `.of` (genitiv), koji se koristi iza „udio“
## ($who_of); bez njega koristi se osnovni oblik.
who-with-age = { $population } ({ $age })
who-with-sex = { $population } ({ $sex })
who-with-sex-and-age = { $population } ({ $sex }, { $age })

## Početna stranica
home-title = Izbjeglice u službenim podacima
home-intro = Projekt FOCUS izvještava da dugogodišnji stanovnici gradova koje je istraživao u Njemačkoj, Švedskoj, Hrvatskoj i Jordanu skloni podcjenjivati obrazovanje i zaposlenost izbjeglica te precjenjivati koliko ih prima socijalnu pomoć; brojke iz istraživanja na kojima se to temelji nije objavio. Ovdje su službeni podaci, odakle svaki od njih potječe i koliko je provjeren.
home-lead = Službeni podaci o obrazovanju, zaposlenosti i socijalnoj pomoći izbjeglica u Njemačkoj, Švedskoj, Hrvatskoj i Jordanu te drugdje, usporedo s onim što misli javnost: svaki sa svojim izvorom i provjerenošću.
home-chooser = Odaberite zemlju:
home-all-countries = Sve zemlje
home-mission-heading = Izbjeglice u zemljama projekta FOCUS
home-shares-heading = Koliko ljudi misle da ima imigranata
home-changed-first = Broj činjenica prvi put objavljenih { $date }: { $count }.
home-stale-line = Nisu osvježeni kod svojih izdavača, pa možda postoji noviji podatak: { $sources }.
facts-index-title = Sve činjenice
home-refreshed = Podaci su posljednji put osvježeni kod njihovih izdavača: { $date }.
home-transcribed = Nijedan izvor još nije osvježen kod svog izdavača; podaci su posljednji put prepisani: { $date }.
home-headlines = Najprije činjenice
home-changed = Što se promijenilo pri posljednjem ažuriranju
home-changed-intro = { $count ->
    [1] Jedna promjena objavljena je
    [one] { $count } promjena objavljena je
    [few] { $count } promjene objavljene su
   *[other] { $count } promjena objavljeno je
} { $date }:
home-changed-none = Nijedan objavljeni podatak još se nije promijenio.
home-changed-all = Sve promjene i ispravci, od početka
home-by-topic = Po temama
home-by-place = Po zemljama
fact-count = { $count ->
    [1] jedna činjenica
    [one] { $count } činjenica
    [few] { $count } činjenice
   *[other] { $count } činjenica
}
home-stale-intro = Ovi se izvori nisu mogli osvježiti; njihovi podaci možda nisu ažurni:
stale-badge = Podaci možda nisu ažurni
stale-explain = izvor na kojem se temelji ova činjenica nije se mogao osvježiti, pa možda postoji noviji podatak.

## Teme
topic-education = Obrazovanje
topic-employment = Zaposlenost
topic-welfare = Ovisnost o socijalnoj pomoći
topic-population_share = Udio imigranata u stanovništvu
topics-label = Teme
places-label = Zemlje
topic-intro-education = Razina obrazovanja izbjeglica i drugih imigranata prema službenim podacima i ono što o tome misli javnost.
topic-intro-employment = Koliko izbjeglica i drugih imigranata radi prema službenim podacima i što o tome misli javnost.
topic-intro-welfare = Koliko izbjeglica prima socijalnu pomoć prema službenim podacima i što o tome misli javnost.
topic-intro-population_share = Koliko je imigranata u stanovništvu prema službenim podacima i koliko ih ima prema mišljenju javnosti.
topic-compare-heading = Sva područja jedno uz drugo
topic-compare-note = Retci broje različite ljude i godine (negdje izbjeglice, drugdje sve državljane zemalja izvan EU-a ili osobe rođene izvan EU-a): svaki redak čitajte s njegovom skupinom, razdobljem i provjerenošću.
topic-dots-title = { $topic } na svim područjima
topic-dots-desc = Točkasti grafikon za { $count } područja: podatak (puna točka) i, gdje ju je istraživanje izmjerilo, procjena javnosti (prazna točka), na ljestvici od 0 do 100 %.
topic-dots-unit = postotak, najnoviji podatak za svako područje
topic-dots-caption = Puna točka: podatak. Prazna točka: procjena javnosti, gdje ju je istraživanje izmjerilo.
topic-table-caption = Sva područja: podatak, razdoblje, skupina i provjerenost (razvrstavanje po bilo kojem stupcu)
col-place = Područje
col-verdict = Ocjena
chart-source-line = Izvor: vidi stranicu svake činjenice · { $site }

## Stranice činjenica, redoslijedom pobijanja mita
myth-flag = Mit
why-heading = Zašto ljudi griješe
fact-again-heading = Činjenica
caveats-heading = Čitajte s oprezom
numbers-heading = Brojke
numbers-caption = Službeni podatak i procjena javnosti
numbers-caption-figures = Podaci i njihovi izvori
col-figure = Podatak
col-years-since-arrival = Godine od dolaska
col-flags = Oznake
fact-updated = Podaci sa stanjem na dan { $date }
fact-changed = Podatak promijenjen { $date }: { $kind }
fact-as-of-snapshot = Podaci preuzeti od izdavača { $date }
fact-as-of-seed = Podaci prepisani iz publikacije { $date }
fact-as-of-copy = Podaci iz kopije treće strane od { $date }
fact-next-update = Sljedeće očekivano ažuriranje: { $next }
chart-compare-title-benchmark = Procjena javnosti usporedo s vrijednošću koju navodi istraživanje
chart-compare-title = Procjena javnosti usporedo sa službenim podatkom
chart-unit-percent = Postotak
chart-unit-persons = Broj osoba
chart-subtitle = { $unit }: { $who }, { $period }
trend-subtitle = { $unit }: { $who }
chart-source = Izvor: { $source } ({ $certainty }) · { $site }
chart-download = Preuzmite ovaj grafikon:
chart-compare-caption = Šrafirani stupac: procjena javnosti s marginom koju koristi ocjena. Puni stupac: podatak s kojim je uspoređena.
chart-estimate = Procjena { $respondents }
chart-actual = Službeni podatak
chart-actual-benchmark = Stvarna vrijednost (prema istraživanju)
chart-desc = Stupčasti grafikon: { $respondents } – procjena { $estimate }; { $actual_name } iznosi { $actual }.
chart-trend-title = Službeni podatak kroz vrijeme
chart-trend-title-arrival = Službeni podatak prema godinama od dolaska
chart-trend-title-population = Službeni podatak iz godine u godinu od dolaska: { $population }
trend-caption-population = Niz prati skupinu { $population }, a ne skupinu iz naslova; izvor i provjerenost svake točke navedeni su u tablici.
trend-heading = Kroz vrijeme
trend-caption = Prazne točke imaju oznaku izvora (vidi tablicu).
trend-table-caption = Podaci prikazani na grafikonu
trend-desc = Linijski grafikon s { $points } { $points ->
    [one] podatkom
    [few] podatka
   *[other] podataka
}: { $first } ({ $first_period }), { $last } ({ $last_period }).
trend-desc-arrival = Linijski grafikon s { $points } { $points ->
    [one] podatkom
    [few] podatka
   *[other] podataka
} prema godinama od dolaska: od { $first } ({ $first_period }) do { $last } ({ $last_period }).
years-after-arrival-short = { $years } god.
col-value = Vrijednost
col-period = Razdoblje
col-who = Populacija
col-source = Izvor
col-certainty = Provjerenost
col-latest = Najnoviji podaci
row-actual = Službeni podatak
row-actual-benchmark = Stvarna vrijednost kako je navodi istraživanje
row-compared = U vrijeme istraživanja
context-heading = Za usporedbu
row-estimate = Procjena { $respondents }
sample-size = n = { $n }
flags-explain = Oznake Eurostata: b = prekid u nizu, u = niska pouzdanost, d = definicija se razlikuje
certainty-V = V: viđeno doslovno u primarnom izvoru ili očitano iz podatkovnog servisa samog izdavača
certainty-S = S: viđeno samo u sekundarnom izvoru (vijest ili sažetak) koji citira izvornik
certainty-D = D: očitano iz preslike Eurostatovih datoteka koju je izradila treća strana; pri sljedećem uspješnom preuzimanju zamjenjuju ga Eurostatovi vlastiti podaci
certainty-words-V = pronađeno u primarnom izvoru ili očitano iz izdavačeve vlastite podatkovne službe
certainty-words-S = prenosi sekundarni izvor koji citira izvornik; još nije provjereno u izvorniku
certainty-words-D = iz kopije Eurostatovih datoteka koju je izradila treća strana, još nije provjereno kod Eurostata; zamjenjuje se Eurostatovim podatkom kad se preuzme
certainty-short-V = pronađeno u primarnom izvoru
certainty-short-S = iz sekundarnog izvora, još nije provjereno
certainty-short-D = kopija Eurostatovih datoteka treće strane, još nije provjerena

verdict-overestimated = Precijenjeno
verdict-underestimated = Podcijenjeno
verdict-about_right = Otprilike točno
verdict-direction_reported = FOCUS: naveden smjer
verdict-no_measured_estimate = Nema izmjerene procjene javnosti
actual-name-official = službeni podatak
actual-name-benchmark = stvarna vrijednost koju navodi istraživanje
margin-phrase-published = objavljene margine pogreške istraživanja (±{ $margin } p. b.)
margin-phrase-sample_size = margine pogreške koju dopušta veličina uzorka (±{ $margin } p. b.)
margin-phrase-assumed = margine od ±{ $margin } p. b. koju pretpostavlja factgap (istraživanje je ne objavljuje)
comparison-overestimated = Procjena { $respondents } bila je { $estimate }; { $actual_name } iznosi { $actual }: procjena je previsoka za { $gap } p. b., što je više od { $margin_phrase }.
comparison-underestimated = Procjena { $respondents } bila je { $estimate }; { $actual_name } iznosi { $actual }: procjena je preniska za { $gap } p. b., što je više od { $margin_phrase }.
comparison-about_right = Procjena { $respondents } bila je { $estimate }; { $actual_name } iznosi { $actual }. Razlika od { $gap } p. b. unutar je { $margin_phrase }.
finding-about_right = { $in_place_start } javnost je to procijenila otprilike točno.
comparison-direction-underestimated = Samo smjer: FOCUS izvještava da su dugogodišnji stanovnici gradova koje je istraživao u Njemačkoj, Švedskoj, Hrvatskoj i Jordanu skloni podcjenjivati { $subject }. Nije objavio nikakvu procjenu niti je pitao o ovom podatku, pa nitko nije izmjerio što ljudi o njemu misle.
comparison-direction-overestimated = Samo smjer: FOCUS izvještava da su dugogodišnji stanovnici gradova koje je istraživao u Njemačkoj, Švedskoj, Hrvatskoj i Jordanu skloni precjenjivati { $subject }. Nije objavio nikakvu procjenu niti je pitao o ovom podatku, pa nitko nije izmjerio što ljudi o njemu misle.
direction-subject-education = razinu obrazovanja izbjeglica
direction-subject-employment = zaposlenost izbjeglica
direction-subject-welfare = broj izbjeglica koji primaju socijalnu pomoć
comparison-no_measured_estimate = Nijedno istraživanje nije izmjerilo što javnost { $in_place } o tome misli; podatak stoji sam za sebe.
rating-overestimated = Precijenjeno: { $actual_name } iznosi { $actual }
rating-underestimated = Podcijenjeno: { $actual_name } iznosi { $actual }

# Ispitanici: oblik iza riječi „Procjena“ (genitiv), npr. „Procjena šire javnosti“.
respondents-general_public = šire javnosti
respondents-receiving_community = dugogodišnjih stanovnika (prihvatne zajednice)
respondents-arriving_community = izbjeglica (pridošle zajednice)
respondents-both = obiju zajednica

caveat-population_differs = Populacija na koju se odnosi procjena javnosti: { $estimate_population }; populacija na koju se odnosi službeni podatak: { $actual_population }.
caveat-period_gap = Procjena javnosti potječe iz { $estimate_period }., a službeni podatak iz { $actual_period }.
caveat-finding_period = Terensko istraživanje projekta FOCUS provedeno je otprilike 2020.–2021., kako upućuju datumi izvješća (izvješće o istraživanju objavljeno je u listopadu 2021.); ovaj se podatak odnosi na { $actual_period }.
caveat-low_reliability = Izvor podatak za { $period }. označava kao podatak niske pouzdanosti.
caveat-break_in_series = Niz ima prekid u { $period }.: ranije godine nisu strogo usporedive.
caveat-definition_differs = U { $period }. podatak se temelji na definiciji koja se razlikuje od standardne.
caveat-naturalisation = Podaci prema državljanstvu ne obuhvaćaju izbjeglice koje su stekle državljanstvo, često one najbolje integrirane, pa podcjenjuju zaposlenost i precjenjuju primanje socijalne pomoći.
caveat-secondary_source = Jedan je podatak ovdje preuzet iz sekundarnog izvora (vijesti ili sažetka) koji citira izvornik; još ga treba provjeriti u primarnoj publikaciji.
caveat-third_party_copy = Jedan je podatak ovdje očitan iz preslike Eurostatovih datoteka koju je izradila treća strana; pri sljedećem uspješnom preuzimanju zamijenit će ga Eurostatovi vlastiti podaci.
caveat-direction_only = Publikacije projekta FOCUS navode samo smjer ove pogrešne percepcije, za istraživanje u cjelini, i nikakve brojke iz istraživanja; razlika se ne izračunava i nema ocjene ovog podatka.
caveat-finding_across_countries = FOCUS ovaj nalaz navodi za svoje istraživanje u cjelini (Njemačka, Švedska, Hrvatska i Jordan), a ne zasebno za svaku zemlju.
caveat-margin_from_sample_size = Istraživanje navodi veličinu uzorka, ali ne i marginu pogreške; korištena je najšira margina koju prosječna procjena može imati uz taj uzorak (1,96 × 50 ÷ √n).
caveat-margin_assumed = Istraživanje ovdje ne navodi ni marginu pogreške ni veličinu uzorka; factgap koristi pretpostavljenu marginu od { $margin } p. b., pa se kao pogrešna percepcija računaju samo veće razlike.

## Citiranje
cite-heading = Kako citirati
cite-short-label = Kratko:
cite-full-label = Potpuno:
permalink-label = Trajna poveznica:
cite-short = factgap ({ $year }), „{ $title }“, { $url }. Podaci: { $data } ({ $certainty }).
cite-full = factgap ({ $year }). „{ $title }“ { $url } (podaci preuzeti { $date }). Podaci: { $data } Provjerenost: { $certainty }.
download-fact-label = Podaci ove činjenice:
download-fact-csv = CSV
download-fact-json = JSON
download-fact-image = slika (PNG)
download-all = svi podaci
download-csv = Preuzmi sve činjenice (CSV)
download-json = Preuzmi sve činjenice (JSON)
data-licence-note = Podatke prikupio factgap. Svaki podatak zadržava licenciju svojeg izvora (vidi licenciju i navođenje za svaki izvor); uz podatak navedite i izvor.

## Izvori i podrijetlo podataka
provenance-heading = Odakle potječu brojke
sources-title = Izvori
sources-intro = Svi izvori koje factgap koristi, s potpunim navodom, licencijom i načinom navođenja te s podatkom o tome odakle je ova verzija stranice preuzela svoje podatke.
sources-caption = Izvori i stanje njihovih podataka
source-producer = Izdavač
source-dataset = Skup podataka
source-citation = Navod
source-url = Web-stranica
source-download = Podatkovni servis
source-licence = Licencija
source-attribution = Navođenje izvora
source-origin = Podaci preuzeti iz
source-freshness = Stanje
source-next-update = Sljedeće očekivano ažuriranje
next-update-announced = { $date } (najavio izdavač)
next-update-expected = oko { $date } (kad dođe na red uobičajeni raspored izdavača; datum nije najavljen)
next-update-annual-undated = jednom godišnje; datum nije najavljen
next-update-twice_yearly-undated = dvaput godišnje; datum nije najavljen
next-update-none = ne očekuje se: jednokratna publikacija
next-update-unknown = izdavač ga nije najavio
source-notes = Napomene
source-publications = Publikacije
origin-snapshot = snimka preuzeta { $retrieved } (SHA-256 { $hash }).
origin-provider-updated = Izdavač je podatke posljednji put ažurirao: { $updated }
origin-seed = podaci prepisani iz publikacije u datoteku { $file } (pročitano { $accessed }).
origin-seed-copy = podaci iz kopije izdavačevih datoteka koju je izradila treća strana, preneseni u datoteku { $file } (kopija je od { $accessed }); još nisu provjereni kod izdavača.
origin-missing = ništa upotrebljivo: ovaj izvor nije prošao provjeru valjanosti i izostavljen je.
origin-snapshot-short = snimka
origin-seed-short = prepisano
origin-missing-short = izostavljeno
freshness-fresh = ažurno
freshness-transcribed = kako je objavljeno
freshness-stale = možda nije ažurno: nije osvježeno kod izdavača
freshness-missing = izostavljeno iz ove verzije

## Mjesta (ISO 3166-1 alpha-2 i skupine zemalja). Vrijednost stoji samostalno (naslovi,
## popisi, ćelije tablica); `.in` je mjesto unutar rečenice („u Njemačkoj“).
place-AT = Austrija
    .in = u Austriji
place-BE = Belgija
    .in = u Belgiji
place-BG = Bugarska
    .in = u Bugarskoj
place-DE = Njemačka
    .in = u Njemačkoj
place-DK = Danska
    .in = u Danskoj
place-EE = Estonija
    .in = u Estoniji
place-ES = Španjolska
    .in = u Španjolskoj
place-EU27_2020 = EU (27 zemalja)
    .in = u EU-u (27 zemalja)
place-EU28 = EU (28 zemalja, 2017.)
    .in = u EU-u (28 zemalja, 2017.)
place-FR = Francuska
    .in = u Francuskoj
place-GB = Velika Britanija
    .in = u Velikoj Britaniji
place-HR = Hrvatska
    .in = u Hrvatskoj
place-HU = Mađarska
    .in = u Mađarskoj
place-IT = Italija
    .in = u Italiji
place-JO = Jordan
    .in = u Jordanu
place-LU = Luksemburg
    .in = u Luksemburgu
place-NL = Nizozemska
    .in = u Nizozemskoj
place-PL = Poljska
    .in = u Poljskoj
place-RO = Rumunjska
    .in = u Rumunjskoj
place-SE = Švedska
    .in = u Švedskoj
place-SK = Slovačka
    .in = u Slovačkoj
place-US = Sjedinjene Američke Države
    .in = u Sjedinjenim Američkim Državama
place-WORLD = Svijet
    .in = u svijetu
place-XX14 = 14 zemalja obuhvaćenih istraživanjem (prosjek)
    .in = u 14 zemalja obuhvaćenih istraživanjem (prosjek)

## Populacije, kako ih imenuje rečenica; `.of` je genitiv (iza „udio“, „X % …“)
population-all_origins = osobe bilo kojeg podrijetla
    .of = osoba bilo kojeg podrijetla
population-asylum_seekers_2013_2016_arrivals = odrasle izbjeglice koje su stigle između 2013. i početka 2016. godine
    .of = odraslih izbjeglica koje su stigle između 2013. i početka 2016. godine
population-asylum_seekers_2015_registered = tražitelji azila registrirani 2015. godine
    .of = tražitelja azila registriranih 2015. godine
population-foreign_born = osobe rođene u inozemstvu
    .of = osoba rođenih u inozemstvu
population-from_syria = osobe iz Sirije
    .of = osoba iz Sirije
population-foreigners = strani državljani
    .of = stranih državljana
population-german_nationals = njemački državljani
    .of = njemačkih državljana
population-legal_immigrants = osobe rođene u inozemstvu s zakonitim boravkom
    .of = osoba rođenih u inozemstvu sa zakonitim boravkom
population-nationals = domaći državljani
    .of = domaćih državljana
population-native_born = osobe rođene u zemlji
    .of = osoba rođenih u zemlji
population-non_eu_born = osobe rođene izvan EU-a
    .of = osoba rođenih izvan EU-a
population-non_eu_citizens = državljani zemalja izvan EU-a
    .of = državljana zemalja izvan EU-a
population-other_foreign_born = ostale osobe rođene u inozemstvu
    .of = ostalih osoba rođenih u inozemstvu
population-refugees = izbjeglice
    .of = izbjeglica
population-refugees_2013_2016_arrivals = izbjeglice koje su stigle između 2013. i 2016. godine
    .of = izbjeglica koje su stigle između 2013. i 2016. godine
population-refugees_2013_2019_arrivals = izbjeglice koje su stigle između 2013. i 2019. godine
    .of = izbjeglica koje su stigle između 2013. i 2019. godine
population-refugees_2015_arrivals = izbjeglice koje su stigle 2015. godine
    .of = izbjeglica koje su stigle 2015. godine
population-refugees_and_families = izbjeglice i članovi njihovih obitelji
    .of = izbjeglica i članova njihovih obitelji
population-swedish_born = osobe rođene u Švedskoj
    .of = osoba rođenih u Švedskoj
population-swedish_born_syria_born_parent = osobe rođene u Švedskoj s roditeljem rođenim u Siriji
    .of = osoba rođenih u Švedskoj s roditeljem rođenim u Siriji
population-syria_born = osobe rođene u Siriji
    .of = osoba rođenih u Siriji
population-syrian_nationals = osobe sa sirijskim državljanstvom
    .of = osoba sa sirijskim državljanstvom
population-syrian_refugees_2013_2019_arrivals = sirijske izbjeglice koje su stigle između 2013. i 2019. godine
    .of = sirijskih izbjeglica koje su stigle između 2013. i 2019. godine
population-syrian_refugees_2015_arrivals = sirijske izbjeglice koje su stigle 2015. godine
    .of = sirijskih izbjeglica koje su stigle 2015. godine
population-syrian_refugees_post_2015 = izbjeglice iz Sirije kojima je zaštita odobrena nakon 2015. godine
    .of = izbjeglica iz Sirije kojima je zaštita odobrena nakon 2015. godine
population-total = cjelokupno stanovništvo
    .of = cjelokupnog stanovništva
population-ukrainian_nationals = ukrajinski državljani
    .of = ukrajinskih državljana

## Rečenice činjenica, jedan obrazac po pokazatelju
fact-employment_rate = { $in_place_start } je { $value } { $who_of } bilo zaposleno u { $period }.
fact-employment_rate_dependent = { $in_place_start } je { $value } { $who_of } radilo kao zaposlenici kod poslodavca u { $period }.
fact-tertiary_education_share = { $in_place_start } je { $value } { $who_of } imalo tercijarno obrazovanje u { $period }.
fact-schooling_10y_plus_share = { $in_place_start } je { $value } { $who_of } imalo deset ili više godina školovanja, strukovnog obrazovanja ili studija ({ $period }).
fact-university_degree_share = { $in_place_start } je { $value } { $who_of } imalo sveučilišnu diplomu ({ $period }).
fact-welfare_receipt_share = { $in_place_start } je { $value } { $who_of } u { $period }. živjelo u kućanstvima koja su primala osnovnu potporu za uzdržavanje.
fact-welfare_recipients_under_15 = { $in_place_start } je među primateljima osnovne potpore za uzdržavanje (skupina: { $who }) bilo oko { $value } djece mlađe od 15 godina ({ $period }).
fact-immigrant_population_share = { $in_place_start } je { $value } stanovništva u { $period }. činila ova skupina: { $population }.

## Promjene i ispravci
change-new = Nova činjenica
change-updated = Podatak ažuriran
change-corrected = Ispravljeno
change-verdict = Ocjena promijenjena
change-withdrawn = Povučeno
change-estimate-value = procjena javnosti: { $value }
reason-new_period = novi podaci za kasnije razdoblje
reason-revision = izdavač je revidirao podatak
reason-correction = ispravili smo svoj prijepis
reason-replaced = na tvrdnju sada odgovara drugi podatak
reason-none-new = prva objava
reason-none-updated = podatak se promijenio
reason-none-corrected = ispravili smo svoj prijepis
reason-none-verdict = podaci su se pomaknuli preko granice margine pogreške
reason-none-withdrawn = više nema prihvatljivog podatka
corrections-title = Ispravci i promjene
corrections-intro = Svaka promjena podatka koji je factgap objavio, s datumom, starom i novom vrijednošću te razlogom. Unosi se dodaju, a nikad se ne prepravljaju.
corrections-caption = Sve promjene, od najnovije
col-date = Datum
col-change = Promjena
col-fact = Činjenica
col-old = Stara vrijednost
col-new = Nova vrijednost
col-reason = Razlog

## Metodologija
methodology-title = Metodologija
methodology-intro = Kako factgap uspoređuje ono što javnost misli sa službenim podacima i kada neko uvjerenje proglašava pogrešnim.
methodology-claims-heading = Tvrdnje i podaci
methodology-claims = Svaka tvrdnja navodi uvjerenje o izbjeglicama ili useljenicima i službene podatke koji na nj mogu odgovoriti, prema prednosti. Na svakom području naslovni je podatak najnovije razdoblje podatka s najvećom prednošću koji postoji u podacima. Procjena javnosti uspoređuje se s podatkom za istu skupinu koji je vremenski najbliži njezinu istraživanju, najviše onoliko udaljen koliko tvrdnja dopušta; kad to nije naslovni podatak, prikazuje se pokraj njega s oznakom „u vrijeme istraživanja”.
methodology-claims-caption = Tvrdnje koje factgap provjerava
col-topic = Tema
col-belief = Uvjerenje
col-period-gap = Najveći razmak među razdobljima
years = { $count ->
    [1] jedna godina
    [one] { $count } godina
    [few] { $count } godine
   *[other] { $count } godina
}
methodology-populations-heading = Populacije
methodology-populations = Istraživanja i statistike rijetko broje iste ljude. Kad se procjena javnosti odnosi na drugu populaciju od službenog podatka (primjerice na sve imigrante, a ne na izbjeglice), činjenica to navodi. Svaka populacija, kako je definiraju njezini izvori:
methodology-uncertainty-heading = Kada je uvjerenje pogrešno?
methodology-uncertainty = Procjena javnosti prosjek je odgovora u istraživanju i ima marginu pogreške. factgap marginu određuje ovim redoslijedom:
methodology-margin-published = margina ili interval pouzdanosti koje objavljuje istraživanje;
methodology-margin-sample = inače, prema veličini uzorka, najšira margina uz 95 % pouzdanosti koju može imati prosjek odgovora na ljestvici 0–100: 1,96 × 50 ÷ √n;
methodology-margin-assumed = inače pretpostavljena margina od { $margin } p. b. (postotnih bodova), navedena uz činjenicu.
methodology-combined = Margine procjene i službenog podatka kombiniraju se kao kvadratni korijen zbroja njihovih kvadrata. Ocjene se temelje na nezaokruženim vrijednostima, pa zaokruživanje na stranici nikad ne mijenja ocjenu.
methodology-verdict-gap = razlika između procjene i službenog podatka veća je od kombinirane margine.
methodology-verdict-about = razlika je unutar kombinirane margine: ne tvrdi se da postoji pogrešna percepcija.
methodology-verdict-none = nijedno istraživanje ovdje nije izmjerilo procjenu javnosti; službeni podatak stoji sam za sebe.
methodology-direction = Publikacije projekta FOCUS navode samo smjer, za istraživanje u cjelini: dugogodišnji stanovnici gradova koje je istraživao u Njemačkoj, Švedskoj, Hrvatskoj i Jordanu skloni su podcjenjivati obrazovanje i zaposlenost izbjeglica i precjenjivati primanje socijalne pomoći. Ne navode nikakav broj i nisu pitale ni o jednom ovdje navedenom podatku. Činjenica u jednoj od te četiri zemlje stoga kaže „FOCUS: naveden smjer”, citira FOCUS i ne navodi ni razliku ni ocjenu; drugdje kaže da nijedno istraživanje nije izmjerilo to uvjerenje i ne navodi mit.
methodology-verdict-direction = FOCUS je naveo smjer pogrešne percepcije za istraživanje u cjelini; nitko nije izmjerio uvjerenje o ovom podatku.
methodology-certainty-heading = Koliko je provjeren svaki podatak
methodology-stale = Izvor koji nije osvježen { $days } { $days ->
    [one] dan
   *[other] dana
} ili čije osvježavanje nije uspjelo označava se natpisom „Podaci možda nisu ažurni“ na svakoj činjenici koja ga koristi.
methodology-corrections = Svaka promjena objavljenog podatka bilježi se s razlogom:

## O projektu FOCUS
focus-title = O projektu FOCUS
focus-intro = FOCUS (Horizon 2020, sporazum o dodjeli bespovratnih sredstava br. 822401) proveo je istraživanja među izbjeglicama iz Sirije i dugogodišnjim stanovnicima mjesta u kojima one žive u Njemačkoj, Švedskoj, Hrvatskoj i Jordanu. factgap postoji zbog jedne od njegovih preporuka: redovito širiti informacije o stvarnom položaju izbjeglica. Njegovi nalazi i preporuke, kako ih navode njegove publikacije:
focus-findings = Nalazi
focus-recommendations = Preporuke
focus-sample = Tko je sudjelovao
focus-more-heading = Publikacije
focus-more = Potpuni navodi publikacija projekta FOCUS nalaze se na stranici s izvorima:

## Pretraživanje
search-title = Pretraživanje
search-placeholder = Pretražite činjenice
search-noscript = Za pretraživanje je potreban JavaScript. Sve su činjenice navedene i po temama i po zemljama:

## Podaci
data-title = Preuzimanje podataka
data-description = Službeni podaci o obrazovanju, zaposlenosti i socijalnoj pomoći izbjeglica i imigranata te o udjelu imigranata u stanovništvu, za sva područja koja podaci obuhvaćaju, usporedo s procjenama javnosti, uz izvor, razdoblje, oznake i provjerenost svakog podatka.
data-zip = Sve u jednoj zip datoteci (CSV, JSON, paket podataka i README)
data-facts-csv = jedan redak po činjenici
data-facts-json = činjenice sa svim podacima, napomenama i točkama trenda
data-observations = svi podaci iz kojih su činjenice izvedene
data-package = Frictionless Data Package koji opisuje datoteke
data-readme = što sadrži svaka datoteka i kako je citirati
data-per-fact = Svaka stranica činjenice nudi i podatke te činjenice u formatu CSV i JSON.
data-as-of = Stanje podataka: { $date }

## Stranica nije pronađena
notfound-title = Stranica nije pronađena
notfound-text = Na ovoj adresi nema stranice. Činjenice trajno zadržavaju svoju adresu; ako ste ovamo došli preko poveznice na neku od njih, možda je povučena (vidi ispravke).

## Slike za društvene mreže
social-source = Izvor: { $source }. Podatak za { $period }; { $certainty }.

## Kartice s činjenicama
card-guess-label = Vaša pretpostavka, u postocima
card-reveal = Prikaži
card-just-show = Samo mi pokaži odgovor
card-number-context = { $in_place }, { $period }
card-estimate = Procjena { $respondents }: { $value }
card-your-guess = Vaša pretpostavka:
card-feedback-below = Vaša procjena: { $guess } %, { $gap } p. b. ispod podatka ({ $actual }).
card-feedback-above = Vaša procjena: { $guess } %, { $gap } p. b. iznad podatka ({ $actual }).
card-feedback-exact = Vaša procjena: { $actual }, točno podatak.
card-get-data = Preuzmite podatke
card-frame-title = factgap kartica činjenice: { $topic }, { $place }
card-margin-published = ± { $margin } p. b., kako je objavljeno
card-margin-sample_size = ± { $margin } p. b., prema veličini uzorka
card-margin-assumed = ± { $margin } p. b., pretpostavljeno: istraživanje ne navodi marginu
card-bars-title = Vaša pretpostavka, procjena javnosti i službeni podatak
card-legend-guess = Vaša pretpostavka
card-legend-estimate = Procjena { $respondents }
card-source = Izvor:
card-more = Činjenica, napomene i podaci
card-newer = Ova kartica prikazuje podatke (stanje: { $month }); postoji noviji podatak.
card-newer-link = Pogledajte najnovije
guess-employment_rate = Što mislite, koliki je udio { $who_of } { $in_place } bio zaposlen ({ $period })?
guess-tertiary_education_share = Što mislite, koliki je udio { $who_of } { $in_place } imao tercijarno obrazovanje ({ $period })?
guess-schooling_10y_plus_share = Što mislite, koliki je udio { $who_of } { $in_place } imao deset ili više godina školovanja, strukovnog obrazovanja ili studija ({ $period })?
guess-university_degree_share = Što mislite, koliki je udio { $who_of } { $in_place } imao sveučilišnu diplomu ({ $period })?
guess-welfare_receipt_share = Što mislite, koliki je udio { $who_of } { $in_place } živio u kućanstvima koja su primala osnovnu potporu za uzdržavanje ({ $period })?
guess-immigrant_population_share = Što mislite, koliki je udio stanovništva { $in_place } činila ova skupina: { $who } ({ $period })?
embed-link = ugradite ovu činjenicu
embed-title = Ugradite ovu činjenicu
embed-intro = Zalijepite isječak na svoje mrežno mjesto: kartica se prilagođava svom stupcu, u svijetlim je bojama osim ako odaberete tamne i nikamo ne šalje ništa o vašim čitateljima (bez kolačića, bez alata za praćenje, bez zahtjeva prema drugim mrežnim mjestima).
embed-preview = Pregled
embed-choose = Odaberite karticu
embed-theme = Boje
embed-theme-light = Svijetle (za većinu stranica)
embed-theme-dark = Tamne
embed-theme-auto = Prema postavci čitatelja
embed-guess = Neka čitatelj najprije pogađa
embed-snippet = Isječak koda (uvijek najnoviji podatak)
embed-snippet-intro = Kartica sama prilagođava svoju veličinu sadržaju (istom porukom koju šalju Datawrapperove ugradnje, pa postojeće integracije u CMS-u rade). Bez JavaScripta čitatelji vide sliku kartice i poveznicu.
embed-copy = Kopiraj isječak
embed-copied = Kopirano.
embed-pinned = Vezano uz ovaj mjesec
embed-pinned-intro = Ova kartica trajno prikazuje podatke (stanje: { $month }); ako se pojavi noviji podatak, kartica to navodi i daje poveznicu.
embed-options = Mogućnosti u adresi kartice
embed-option-theme = svijetle (zadano) ili tamne boje, ili auto za postavku čitatelja
embed-option-guess = 1 traži od čitatelja da pogodi prije nego što se podatak prikaže; 0 (zadano) odmah ga prikazuje
embed-option-lang = jezik kartice, na adresi bez oznake jezika (cards/<fact>/?lang=en)
embed-images = Slike za biltene i društvene mreže
embed-images-intro = Ista kartica kao slika, široka (1200 × 630) i kvadratna (1080 × 1080). Kao zamjenski tekst upotrijebite činjenicu:
embed-image-wide = Široka
embed-image-square = Kvadratna
embed-alt = Zamjenski tekst: { $alt }

## Jezici i prijevodi
language-name = Hrvatski
language-switcher = Jezik
nav-translations = Prijevodi
translations-title = Prijevodi
translations-intro = factgap objavljuje sve stranice, kartice s činjenicama, slike, kanale i priopćenja na { $count } { $count ->
    [one] jeziku
   *[other] jezika
}. Izvornik je na engleskom; ostalo su prijevodi, a za svaki je ovdje navedeno je li ga već pregledao izvorni govornik.
translations-caption = Jezici i pregled njihovih tekstova
translations-col-language = Jezik
translations-col-texts = Tekstovi
translations-col-status = Pregled
translations-part-site = Stranice, kartice s činjenicama, slike i kanali
translations-part-briefing = Mjesečno priopćenje za medije
translations-part-content = Uvjerenja, objašnjenja, napomene, bilješke o izvorima i nalazi projekta FOCUS
translations-original = Izvornik
translations-reviewed = Pregledao izvorni govornik: { $reviewer } ({ $date })
translations-not-reviewed = Izvorni govornik još nije pregledao
translations-proper-names = Nazivi izvora, skupova podataka, publikacija i izdavača ostaju na izvornom jeziku, kao i citati iz njih.
translations-digits = Brojevi na arapskim stranicama pišu se { $arabic_digits ->
    [arab] arapsko-indijskim znamenkama
   *[other] zapadnim znamenkama
}; to odabire onaj tko objavljuje stranicu, u datoteci factgap.toml.
quote-original = U izvorniku:
period-quarter = { $quarter }. tromjesečje { $year }.
respondents-democrats = ispitanika bliskih demokratima
respondents-republicans = ispitanika bliskih republikancima
respondents-natives = ispitanika rođenih u zemlji
population-natives = osobe rođene u zemlji
    .of = osoba rođenih u zemlji
population-non_western_immigrants = useljenici iz nezapadnih zemalja
    .of = useljenika iz nezapadnih zemalja
population-danish_origin = osobe danskog podrijetla
    .of = osoba danskog podrijetla
population-western_immigrants = useljenici iz zapadnih zemalja
    .of = useljenika iz zapadnih zemalja
population-western_descendants = potomci useljenika iz zapadnih zemalja
    .of = potomaka useljenika iz zapadnih zemalja
population-non_western_descendants = potomci useljenika iz nezapadnih zemalja
    .of = potomaka useljenika iz nezapadnih zemalja
population-refugees_2015_ams_registered = izbjeglice iz 2015. prijavljene AMS-u kao tražitelji posla
    .of = izbjeglica iz 2015. prijavljenih AMS-u kao tražitelji posla
population-foreign_born_0_1_years = osobe rođene u inozemstvu u prvoj godini u zemlji
    .of = osoba rođenih u inozemstvu u prvoj godini u zemlji
population-foreign_born_2_3_years = osobe rođene u inozemstvu nakon dvije do tri godine u zemlji
    .of = osoba rođenih u inozemstvu nakon dvije do tri godine u zemlji
population-foreign_born_4_9_years = osobe rođene u inozemstvu nakon četiri do devet godina u zemlji
    .of = osoba rođenih u inozemstvu nakon četiri do devet godina u zemlji
population-foreign_born_10_years_plus = osobe rođene u inozemstvu nakon deset i više godina u zemlji
    .of = osoba rođenih u inozemstvu nakon deset i više godina u zemlji
population-syrian_protection_seekers = tražitelji zaštite sa sirijskim državljanstvom
    .of = tražitelja zaštite sa sirijskim državljanstvom
population-syrian_protection_recognised = tražitelji zaštite sa sirijskim državljanstvom i priznatim statusom
    .of = tražitelja zaštite sa sirijskim državljanstvom i priznatim statusom
population-syrian_protection_open = tražitelji zaštite sa sirijskim državljanstvom čiji je status još otvoren
    .of = tražitelja zaštite sa sirijskim državljanstvom čiji je status još otvoren
fact-unemployment_rate = { $in_place_start } je { $value } { $who_of } u radnoj snazi bilo nezaposleno u { $period }.
fact-college_degree_share = { $in_place_start } je { $value } { $who_of } imalo visokoškolsku diplomu u { $period }.
fact-low_education_share = { $in_place_start } je { $value } { $who_of } bilo niskoobrazovano, kako to definiraju autori istraživanja, u { $period }.
fact-immigrant_share_of_low_educated = { $in_place_start } su { $population } činili { $value } osoba bez završene srednje škole u { $period }.
fact-poverty_rate = { $in_place_start } je { $value } { $who_of } živjelo ispod granice siromaštva u { $period }.
fact-immigrant_share_of_poor = { $in_place_start } su { $population } činili { $value } osoba koje žive ispod granice siromaštva u { $period }.
fact-in_work_share = { $in_place_start } je { $value } { $who_of } do { $period } pronašlo posao.
fact-asylum_seeker_share_of_immigrants = { $in_place_start } su tražitelji azila činili { $value } { $who_of } u { $period }.
fact-public_support_share = { $in_place_start } je { $value } { $who_of } živjelo uglavnom od javnih naknada u { $period }.
fact-economic_assistance_share = { $in_place_start } je { $value } { $who_of } primalo ekonomsku pomoć (socijalnu pomoć) u { $period }.
fact-protection_seekers = { $in_place_start } je krajem { $period } bilo evidentirano { $value } (skupina: { $who }).
verdict-answer_contradicted = Njihov raspon bio je pogrešan
verdict-answer_consistent = Njihov raspon bio je točan
verdict-answer_not_judged = Pitano kao ocjena: bez presude
comparison-answer_contradicted = Pitalo se za raspon, ne za broj. { $actual_name_start } za { $period } iznosi { $actual }, izvan raspona koji su ti ispitanici odabrali.
comparison-answer_consistent = Pitalo se za raspon, ne za broj. { $actual_name_start } za { $period } iznosi { $actual }, unutar raspona koji su ti ispitanici odabrali.
comparison-answer_not_judged = Pitalo se za ocjenu, ne za broj: ocjena se ne može usporediti s brojem, pa factgap ne donosi presudu. Prikazani podatak za { $period } potječe iz drugog izvora.
caveat-not_refugees = Nije posebno o izbjeglicama: podatak se, kao i pitanje istraživanja, odnosi na skupinu { $population }, čiji su izbjeglice samo dio.
caveat-answer_as_worded = Istraživanje navodi koliko je ispitanika odabralo raspon ili ocjenu, a ne prosječnu procjenu; odgovor se navodi onako kako ga je istraživanje objavilo.
benchmark-line = Isto je istraživanje pitalo o skupini { $group }: procjena { $respondents } bila je { $estimate }, a stvarna vrijednost { $actual }.
benchmark-same = I za skupinu { $group } taj se podatak pogrešno procjenjuje u istom smjeru, pa je velik dio razlike pogrešna procjena samog podatka, a ne stav o useljenicima.
benchmark-same-larger = Za skupinu { $group } procjena je još dalje od stvarnosti, pa je razlika pogrešna procjena samog podatka, a ne stav o useljenicima.
benchmark-misjudged-too = I podatak za skupinu { $group } pogrešno se procjenjuje.
benchmark-right = Za skupinu { $group } procjena je bila otprilike točna, pa razlika kod useljenika nije opća pogrešna procjena podatka.
estimate-other = Procjena { $respondents }: { $value }.
benchmark-heading = Isto pitanje o osobama rođenima u zemlji
missing-topic = ovdje nije pronađen podatak o izbjeglicama koji factgap može citirati.
missing-heading = Što nedostaje
missing-intro = FOCUS je provodio istraživanja u zemlji { $place }. Za ove teme ovdje još nije pronađen službeni ni anketni podatak o izbjeglicama koji factgap može citirati, pa nema činjenice; nalazi FOCUS-a za cijelo istraživanje nalaze se na stranici FOCUS.

