## factgap, svenska. Varje text som en sida, en nedladdningsanteckning eller en
## källhänvisning visar kommer härifrån; koden väljer bara nyckeln. Nycklarna är
## gemensamma för alla språk.

dir = ltr
site-name = factgap
site-tagline = Officiella siffror om flyktingars utbildning, sysselsättning och bidrag, sida vid sida med vad allmänheten tror.
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-home = Fakta
nav-sources = Källor
nav-data = Data
nav-methodology = Metod
nav-search = Sök
nav-corrections = Rättelser och ändringar
nav-focus = Om FOCUS
nav-footer-label = Ämnen, länder och mer
feed-title = Nya, uppdaterade och rättade fakta (Atom-flöde)
feed-subtitle = Varje faktum som factgap publicerar för första gången, varje siffra som ändras och varje rättelse.
footer-licence = Texter av factgap. Varje siffra behåller licensen från sin källa, som anges tillsammans med den; ange källan tillsammans med siffran.
footer-refreshed = Uppgifterna uppdaterades senast från producenterna den { $date }.
footer-transcribed = Ingen källa har ännu uppdaterats från sin producent; siffrorna skrevs senast av den { $date }.
footer-focus = factgap följer en rekommendation från FOCUS-projektet (EU:s Horizon 2020, bidragsavtal 822401): att regelbundet sprida information om flyktingars verkliga situation och engagera medierna.

## Tal, datum och värden. Tal och datum formateras av ICU4X för språket (siffror,
## decimal- och tusentalsavgränsare); meddelandena placerar dem bara.
## Varje meddelande får också $numbering: "latn" eller "arab", de siffror som används.
value-percent = { $value } %
value-persons = { $value } { $count ->
    [one] person
   *[other] personer
}
age-all = alla åldrar som källan omfattar
age-range = i åldern { $range } år
age-15-pension_age = från 15 år till pensionsåldern
age-working_age = i arbetsför ålder
sex-F = kvinnor
sex-M = män
## Befolkningsgrupperna (nedan) kan ha en valfri `.of`-form, som används efter "av"/"andel av"
## ($who_of) i språk som böjer dem; utan den används grundformen.
who-with-age = { $population } { $age }
who-with-sex = { $sex } bland { $population }
who-with-sex-and-age = { $sex } bland { $population } { $age }

## Startsida
home-title = Flyktingar i de officiella siffrorna
home-intro = FOCUS-projektet rapporterar att personer som länge bott i de städer det studerade i Tyskland, Sverige, Kroatien och Jordanien tenderar att underskatta flyktingars utbildning och sysselsättning och att överskatta hur många som får bidrag; projektet har inte publicerat undersökningssiffrorna bakom detta. Här är de officiella siffrorna, var var och en kommer ifrån och hur säker den är.
home-lead = Officiella siffror om flyktingars utbildning, sysselsättning och bidrag i Tyskland, Sverige, Kroatien och Jordanien och på andra håll, bredvid vad allmänheten tror: var och en med sin källa och hur säker den är.
home-chooser = Välj ett land:
home-all-countries = Alla länder
home-mission-heading = Flyktingar i FOCUS-länderna
home-shares-heading = Hur stor människor tror att andelen invandrare är
home-changed-first = { $count } fakta publicerades första gången den { $date }.
home-stale-line = Inte uppdaterade från sina producenter, så det kan finnas en nyare siffra: { $sources }.
facts-index-title = Alla fakta
home-refreshed = Uppgifterna uppdaterades senast från producenterna den { $date }.
home-transcribed = Ingen källa har ännu uppdaterats från sin producent; siffrorna skrevs senast av den { $date }.
home-headlines = Fakta först
home-changed = Vad som ändrades vid den senaste uppdateringen
home-changed-intro = { $count ->
    [one] En ändring publicerad
   *[other] { $count } ändringar publicerade
} den { $date }:
home-changed-none = Ingen publicerad siffra har ändrats ännu.
home-changed-all = Alla ändringar och rättelser genom tiderna
home-by-topic = Efter ämne
home-by-place = Efter land
fact-count = { $count ->
    [one] ett faktum
   *[other] { $count } fakta
}
home-stale-intro = Dessa källor kunde inte uppdateras; deras siffror kan vara inaktuella:
stale-badge = Uppgifterna kan vara inaktuella
stale-explain = en källa bakom detta faktum kunde inte uppdateras, så det kan finnas en nyare siffra.

## Ämnen
topic-education = Utbildning
topic-employment = Sysselsättning
topic-welfare = Bidragsberoende
topic-population_share = Invandrares andel av befolkningen
topics-label = Ämnen
places-label = Länder
topic-intro-education = Hur utbildade flyktingar och andra invandrare är enligt de officiella siffrorna, och vad allmänheten tror.
topic-intro-employment = Hur många flyktingar och andra invandrare som arbetar enligt de officiella siffrorna, och vad allmänheten tror.
topic-intro-welfare = Hur många flyktingar som får bidrag enligt de officiella siffrorna, och vad allmänheten tror.
topic-intro-population_share = Hur stor den invandrade befolkningen är enligt de officiella siffrorna, och hur stor allmänheten tror att den är.
topic-compare-heading = Alla platser sida vid sida
topic-compare-note = Raderna räknar olika personer och år (på vissa platser flyktingar, på andra alla medborgare i länder utanför EU eller födda utanför EU): läs varje rad med dess grupp, period och säkerhet.
topic-dots-title = { $topic } på alla platser
topic-dots-desc = Punktdiagram över { $count } platser: siffran (fylld punkt) och, där en undersökning mätt den, allmänhetens uppskattning (tom punkt), på en skala från 0 till 100 %.
topic-dots-unit = procent, senaste siffran på varje plats
topic-dots-caption = Fylld punkt: siffran. Tom punkt: allmänhetens uppskattning, där en undersökning mätt den.
topic-table-caption = Alla platser: siffran, dess period, grupp och säkerhet (sortera efter valfri kolumn)
col-place = Plats
col-verdict = Bedömning
chart-source-line = Källa: se varje faktasida · { $site }

## Faktasidor, i den ordning som myten bemöts
myth-flag = Myt
why-heading = Varför människor tar fel
fact-again-heading = Fakta
caveats-heading = Läs med försiktighet
numbers-heading = Siffrorna
numbers-caption = Den officiella siffran och allmänhetens uppskattning
numbers-caption-figures = Siffrorna och deras källor
col-figure = Siffra
col-years-since-arrival = År sedan ankomsten
col-flags = Flaggor
fact-updated = Siffror per { $date }
fact-changed = Siffran ändrad den { $date }: { $kind }
fact-as-of-snapshot = Siffror hämtade från producenten den { $date }
fact-as-of-seed = Siffror avskrivna från publikationen den { $date }
fact-as-of-copy = Siffror lästa från tredje parts kopia daterad { $date }
fact-next-update = Nästa väntade uppdatering: { $next }
chart-compare-title-benchmark = Allmänhetens uppskattning bredvid undersökningens egen siffra
chart-compare-title = Allmänhetens uppskattning bredvid den officiella siffran
chart-unit-percent = Procent
chart-unit-persons = Antal personer
chart-subtitle = { $unit }: { $who }, { $period }
trend-subtitle = { $unit }: { $who }
chart-source = Källa: { $source } ({ $certainty }) · { $site }
chart-download = Ladda ner diagrammet:
chart-compare-caption = Streckad stapel: allmänhetens uppskattning, med den marginal som bedömningen använder. Hel stapel: siffran den jämfördes med.
chart-estimate = Uppskattning från { $respondents }
chart-actual = Officiell siffra
chart-actual-benchmark = Faktiskt värde (undersökningens)
chart-desc = Stapeldiagram: { $respondents } uppskattade { $estimate }; { $actual_name } är { $actual }.
chart-trend-title = Den officiella siffran över tid
chart-trend-title-arrival = Den officiella siffran efter antal år sedan ankomsten
chart-trend-title-population = Den officiella siffran för { $population }, år för år sedan ankomsten
trend-caption-population = Serien följer { $population }, inte rubrikens grupp; varje punkts källa och säkerhet står i tabellen.
trend-heading = Över tid
trend-caption = Ofyllda punkter har en flagga från källan (se tabellen).
trend-table-caption = Diagrammets data
trend-desc = Linjediagram med { $points } siffror: { $first } under { $first_period }, { $last } under { $last_period }.
trend-desc-arrival = Linjediagram med { $points } siffror efter antal år sedan ankomsten: från { $first } ({ $first_period }) till { $last } ({ $last_period }).
years-after-arrival-short = { $years } år
col-value = Värde
col-period = Period
col-who = Befolkningsgrupp
col-source = Källa
col-certainty = Säkerhet
col-latest = Senaste data
row-actual = Officiell siffra
row-actual-benchmark = Faktiskt värde, som undersökningen anger det
row-compared = Vid tiden för undersökningen
context-heading = Som jämförelse
row-estimate = Uppskattning från { $respondents }
sample-size = n = { $n }
flags-explain = Eurostats flaggor: b = tidsseriebrott, u = låg tillförlitlighet, d = avvikande definition
certainty-V = V: sedd ordagrant i primärkällan, eller läst ur producentens egen datatjänst
certainty-S = S: sedd endast i en sekundärkälla (nyheter eller sammanfattning) som citerar originalet
certainty-D = D: läst ur en kopia av Eurostats filer hos tredje part; ersätts av Eurostats egna data vid nästa lyckade hämtning
certainty-words-V = sett i primärkällan eller läst från producentens egen datatjänst
certainty-words-S = rapporterat av en sekundärkälla som citerar originalet; ännu inte kontrollerat mot det
certainty-words-D = från en kopia av Eurostats filer gjord av tredje part, ännu inte kontrollerad mot Eurostat; ersätts av Eurostats egen siffra när den hämtas
certainty-short-V = sett i primärkällan
certainty-short-S = från en sekundärkälla, ännu inte kontrollerat
certainty-short-D = tredje parts kopia av Eurostats filer, ännu inte kontrollerad

verdict-overestimated = Överskattat
verdict-underestimated = Underskattat
verdict-about_right = Ungefär rätt
verdict-direction_reported = FOCUS: riktning rapporterad
verdict-no_measured_estimate = Ingen uppmätt uppskattning från allmänheten
actual-name-official = den officiella siffran
actual-name-benchmark = det faktiska värde som undersökningen anger
margin-phrase-published = undersökningens publicerade felmarginal (±{ $margin } procentenheter)
margin-phrase-sample_size = den felmarginal som urvalsstorleken medger (±{ $margin } procentenheter)
margin-phrase-assumed = factgaps antagna marginal på ±{ $margin } procentenheter (undersökningen publicerar ingen)
comparison-overestimated = Uppskattningen från { $respondents } var { $estimate }; { $actual_name } är { $actual }: { $gap } procentenheter för högt, mer än { $margin_phrase }.
comparison-underestimated = Uppskattningen från { $respondents } var { $estimate }; { $actual_name } är { $actual }: { $gap } procentenheter för lågt, mer än { $margin_phrase }.
comparison-about_right = Uppskattningen från { $respondents } var { $estimate }; { $actual_name } är { $actual }. Skillnaden på { $gap } procentenheter ligger inom { $margin_phrase }.
finding-about_right = { $in_place_start } uppskattade allmänheten detta ungefär rätt.
comparison-direction-underestimated = Bara riktningen: FOCUS rapporterar att personer som länge bott i de städer det studerade i Tyskland, Sverige, Kroatien och Jordanien tenderar att underskatta { $subject }. Projektet publicerade ingen uppskattning och frågade inte om den här siffran, så ingen har mätt vad människor tror om den.
comparison-direction-overestimated = Bara riktningen: FOCUS rapporterar att personer som länge bott i de städer det studerade i Tyskland, Sverige, Kroatien och Jordanien tenderar att överskatta { $subject }. Projektet publicerade ingen uppskattning och frågade inte om den här siffran, så ingen har mätt vad människor tror om den.
direction-subject-education = flyktingars utbildningsnivå
direction-subject-employment = flyktingars sysselsättning
direction-subject-welfare = hur många flyktingar som får bidrag
comparison-no_measured_estimate = Ingen undersökning har mätt vad allmänheten { $in_place } tror om detta; siffran får stå för sig själv.
rating-overestimated = Överskattat: { $actual_name } är { $actual }
rating-underestimated = Underskattat: { $actual_name } är { $actual }

respondents-general_public = allmänheten
respondents-receiving_community = långvarigt bosatta (mottagarsamhället)
respondents-arriving_community = flyktingar (den ankommande gruppen)
respondents-both = båda grupperna

caveat-population_differs = Allmänhetens uppskattning gäller { $estimate_population }; den officiella siffran gäller { $actual_population }.
caveat-period_gap = Allmänhetens uppskattning är från { $estimate_period }, den officiella siffran från { $actual_period }.
caveat-finding_period = FOCUS fältarbete gjordes omkring 2020–2021, som rapporternas datum antyder (undersökningsrapporten kom i oktober 2021); siffran här gäller { $actual_period }.
caveat-low_reliability = Källan anger att siffran för { $period } har låg tillförlitlighet.
caveat-break_in_series = Serien har ett tidsseriebrott för { $period }: tidigare år är inte helt jämförbara.
caveat-definition_differs = För { $period } följer siffran en definition som avviker från standarddefinitionen.
caveat-naturalisation = Siffror efter medborgarskap utelämnar flyktingar som har blivit medborgare, ofta de bäst integrerade, och underskattar därför sysselsättningen och överskattar bidragstagandet.
caveat-secondary_source = En siffra här lästes i en sekundärkälla (nyheter eller sammanfattning) som citerar originalet; den återstår att kontrollera mot primärpublikationen.
caveat-third_party_copy = En siffra här lästes ur en kopia av Eurostats filer hos tredje part; Eurostats egna data ersätter den vid nästa lyckade hämtning.
caveat-direction_only = FOCUS-publikationerna anger bara riktningen på denna missuppfattning, för studien som helhet, och inga undersökningssiffror; ingen skillnad beräknas och det finns ingen bedömning av den här siffran.
caveat-finding_across_countries = FOCUS anger detta resultat för sin studie som helhet (Tyskland, Sverige, Kroatien och Jordanien), inte för varje land för sig.
caveat-margin_from_sample_size = Undersökningen anger sin urvalsstorlek men ingen felmarginal; den marginal som används är den största som ett genomsnitt av uppskattningar kan ha med det urvalet (1,96 × 50 ÷ √n).
caveat-margin_assumed = Undersökningen anger här varken felmarginal eller urvalsstorlek; factgap använder en antagen marginal på { $margin } procentenheter, så bara större skillnader räknas som en missuppfattning.

## Källhänvisning
cite-heading = Så citerar du
cite-short-label = Kort:
cite-full-label = Fullständig:
permalink-label = Permanent länk:
cite-short = factgap ({ $year }), ”{ $title }”, { $url }. Data: { $data } ({ $certainty }).
cite-full = factgap ({ $year }). ”{ $title }” { $url } (data hämtade { $date }). Data: { $data } Säkerhet: { $certainty }.
download-fact-label = Data för detta faktum:
download-fact-csv = CSV
download-fact-json = JSON
download-fact-image = bild (PNG)
download-all = alla data
download-csv = Ladda ner alla fakta (CSV)
download-json = Ladda ner alla fakta (JSON)
data-licence-note = Sammanställt av factgap. Varje siffra behåller licensen från sin källa (se varje källas licens och källangivelse); ange källan tillsammans med siffran.

## Källor och ursprung
provenance-heading = Var siffrorna kommer ifrån
sources-title = Källor
sources-intro = Alla källor som factgap använder, med fullständig referens, licens och källangivelse, och varifrån den här versionen av webbplatsen hämtade sina siffror.
sources-caption = Källorna och läget för deras data
source-producer = Producent
source-dataset = Datamängd
source-citation = Referens
source-url = Webbsida
source-download = Datatjänst
source-licence = Licens
source-attribution = Källangivelse
source-origin = Siffrorna kommer från
source-freshness = Status
source-next-update = Nästa väntade uppdatering
next-update-announced = { $date } (aviserat av producenten)
next-update-expected = omkring { $date } (enligt producentens vanliga publiceringsrytm; inget datum aviserat)
next-update-annual-undated = en gång om året; inget datum aviserat
next-update-twice_yearly-undated = två gånger om året; inget datum aviserat
next-update-none = ingen väntas: en engångspublicering
next-update-unknown = inte aviserad av producenten
source-notes = Anmärkningar
source-publications = Publikationer
origin-snapshot = en ögonblicksbild hämtad den { $retrieved } (SHA-256 { $hash }).
origin-provider-updated = Producenten uppdaterade senast uppgifterna den { $updated }.
origin-seed = siffror avskrivna från publikationen till { $file } (lästa den { $accessed }).
origin-seed-copy = siffror lästa från tredje parts kopia av producentens filer till { $file } (kopian är daterad { $accessed }); ännu inte kontrollerade mot producenten.
origin-missing = inget användbart: källan klarade inte valideringen och har utelämnats.
origin-snapshot-short = ögonblicksbild
origin-seed-short = avskrift
origin-missing-short = utelämnad
freshness-fresh = aktuell
freshness-transcribed = enligt publikationen
freshness-stale = kan vara inaktuell: inte uppdaterad från producenten
freshness-missing = utelämnad ur den här versionen

## Platser (ISO 3166-1 alpha-2 och aggregat). Värdet står för sig självt (rubriker,
## listor, tabellceller); `.in` är platsen inne i en mening ("i Tyskland").
place-AT = Österrike
    .in = i Österrike
place-BE = Belgien
    .in = i Belgien
place-BG = Bulgarien
    .in = i Bulgarien
place-DE = Tyskland
    .in = i Tyskland
place-DK = Danmark
    .in = i Danmark
place-EE = Estland
    .in = i Estland
place-ES = Spanien
    .in = i Spanien
place-EU27_2020 = EU (27 länder)
    .in = i EU (27 länder)
place-EU28 = EU (28 länder, 2017)
    .in = i EU (28 länder, 2017)
place-FR = Frankrike
    .in = i Frankrike
place-GB = Storbritannien
    .in = i Storbritannien
place-HR = Kroatien
    .in = i Kroatien
place-HU = Ungern
    .in = i Ungern
place-IT = Italien
    .in = i Italien
place-JO = Jordanien
    .in = i Jordanien
place-LU = Luxemburg
    .in = i Luxemburg
place-NL = Nederländerna
    .in = i Nederländerna
place-PL = Polen
    .in = i Polen
place-RO = Rumänien
    .in = i Rumänien
place-SE = Sverige
    .in = i Sverige
place-SK = Slovakien
    .in = i Slovakien
place-US = USA
    .in = i USA
place-WORLD = Världen
    .in = i världen
place-XX14 = De 14 undersökta länderna (genomsnitt)
    .in = i de 14 undersökta länderna (genomsnitt)

## Befolkningsgrupper, så som en mening benämner dem
population-all_origins = personer oavsett ursprung
population-asylum_seekers_2013_2016_arrivals = vuxna flyktingar som kom mellan 2013 och början av 2016
population-asylum_seekers_2015_registered = asylsökande registrerade 2015
population-foreign_born = utrikes födda
population-from_syria = personer från Syrien
population-foreigners = utländska medborgare
population-german_nationals = tyska medborgare
population-legal_immigrants = utrikes födda med lagligt uppehåll
population-nationals = landets egna medborgare
population-native_born = inrikes födda
population-non_eu_born = personer födda utanför EU
population-non_eu_citizens = medborgare i länder utanför EU
population-other_foreign_born = övriga utrikes födda
population-refugees = flyktingar
population-refugees_2013_2016_arrivals = flyktingar som kom mellan 2013 och 2016
population-refugees_2013_2019_arrivals = flyktingar som kom mellan 2013 och 2019
population-refugees_2015_arrivals = flyktingar som kom 2015
population-refugees_and_families = flyktingar och deras familjemedlemmar
population-swedish_born = personer födda i Sverige
population-swedish_born_syria_born_parent = personer födda i Sverige med en förälder född i Syrien
population-syria_born = personer födda i Syrien
population-syrian_nationals = personer med syriskt medborgarskap
population-syrian_refugees_2013_2019_arrivals = syriska flyktingar som kom mellan 2013 och 2019
population-syrian_refugees_2015_arrivals = syriska flyktingar som kom 2015
population-syrian_refugees_post_2015 = flyktingar från Syrien som fått skydd efter 2015
population-total = hela befolkningen
population-ukrainian_nationals = ukrainska medborgare

## Faktameningar, ett mönster per indikator
fact-employment_rate = { $in_place_start } var { $value } av { $who_of } sysselsatta under { $period }.
fact-employment_rate_dependent = { $in_place_start } var { $value } av { $who_of } anställda (i avlönat arbete hos en arbetsgivare) under { $period }.
fact-tertiary_education_share = { $in_place_start } hade { $value } av { $who_of } en eftergymnasial utbildning ({ $period }).
fact-schooling_10y_plus_share = { $in_place_start } hade { $value } av { $who_of } tio eller fler års skolgång, yrkesutbildning eller universitetsstudier ({ $period }).
fact-university_degree_share = { $in_place_start } hade { $value } av { $who_of } en universitetsexamen ({ $period }).
fact-welfare_receipt_share = { $in_place_start } levde { $value } av { $who_of } i hushåll som fick grundläggande inkomststöd under { $period }.
fact-welfare_recipients_under_15 = { $in_place_start } var omkring { $value } bland { $who } som fick grundläggande inkomststöd barn under 15 år ({ $period }).
fact-immigrant_population_share = { $in_place_start } utgjorde { $population } { $value } av befolkningen ({ $period }).

## Ändringar och rättelser
change-new = Nytt faktum
change-updated = Siffran uppdaterad
change-corrected = Rättad
change-verdict = Bedömningen ändrad
change-withdrawn = Tillbakadragen
change-estimate-value = allmänhetens uppskattning { $value }
reason-new_period = nya data för en senare period
reason-revision = producenten reviderade siffran
reason-correction = vi rättade vår avskrift
reason-replaced = en annan siffra besvarar nu påståendet
reason-none-new = första publiceringen
reason-none-updated = siffran ändrades
reason-none-corrected = vi rättade vår avskrift
reason-none-verdict = siffrorna hamnade på andra sidan felmarginalen
reason-none-withdrawn = det finns inte längre någon godtagbar siffra
corrections-title = Rättelser och ändringar
corrections-intro = Varje ändring av en siffra som factgap har publicerat, med datum, gammalt och nytt värde och orsak. Poster läggs till men skrivs aldrig om.
corrections-caption = Alla ändringar, nyaste först
col-date = Datum
col-change = Ändring
col-fact = Faktum
col-old = Gammalt värde
col-new = Nytt värde
col-reason = Orsak

## Metod
methodology-title = Metod
methodology-intro = Hur factgap ställer det som allmänheten tror mot officiella siffror, och när en föreställning bedöms som felaktig.
methodology-claims-heading = Påståenden och siffror
methodology-claims = Varje påstående anger en föreställning om flyktingar eller invandrare och de officiella siffror som kan besvara den, i prioritetsordning. På varje plats är rubriken den senaste perioden av den högst prioriterade siffra som finns i uppgifterna. En uppskattning från allmänheten bedöms mot den siffra för samma grupp som ligger närmast dess undersökning, högst så långt ifrån som påståendet tillåter; när det inte är rubrikens siffra visas den bredvid, märkt ”vid tiden för undersökningen”.
methodology-claims-caption = Påståendena som factgap granskar
col-topic = Ämne
col-belief = Föreställning
col-period-gap = Största avstånd mellan perioder
years = { $count ->
    [one] ett år
   *[other] { $count } år
}
methodology-populations-heading = Befolkningsgrupper
methodology-populations = Undersökningar och statistik räknar sällan samma personer. När allmänhetens uppskattning gäller en annan befolkningsgrupp än den officiella siffran (till exempel alla invandrare i stället för flyktingar) anges det i faktumet. Varje befolkningsgrupp, så som dess källor definierar den:
methodology-uncertainty-heading = När är en föreställning fel?
methodology-uncertainty = En uppskattning från allmänheten är ett genomsnitt från en undersökning, med en felmarginal. factgap bestämmer marginalen i denna ordning:
methodology-margin-published = den marginal eller det konfidensintervall som undersökningen publicerar;
methodology-margin-sample = annars, utifrån urvalsstorleken, den största 95-procentiga marginal som ett genomsnitt av svar på en skala från 0 till 100 kan ha: 1,96 × 50 ÷ √n;
methodology-margin-assumed = annars en antagen marginal på { $margin } procentenheter, som anges vid faktumet.
methodology-combined = Uppskattningens och den officiella siffrans marginaler kombineras som kvadratroten ur summan av deras kvadrater. Bedömningarna bygger på de oavrundade värdena, så avrundningen på en sida ändrar aldrig en bedömning.
methodology-verdict-gap = skillnaden mellan uppskattningen och den officiella siffran är större än den kombinerade marginalen.
methodology-verdict-about = skillnaden ligger inom den kombinerade marginalen: ingen missuppfattning påstås.
methodology-verdict-none = ingen undersökning har mätt allmänhetens uppskattning här; den officiella siffran får stå för sig själv.
methodology-direction = FOCUS-publikationerna anger bara en riktning, för studien som helhet: personer som länge bott i de städer det undersökte i Tyskland, Sverige, Kroatien och Jordanien tenderar att underskatta flyktingars utbildning och sysselsättning och att överskatta bidragstagandet. De anger ingen siffra och frågade inte om någon av siffrorna här. Ett faktum i något av de fyra länderna säger därför ”FOCUS: riktning rapporterad”, citerar FOCUS och anger varken skillnad eller bedömning; på andra platser säger det att ingen undersökning har mätt föreställningen, och nämner ingen myt.
methodology-verdict-direction = FOCUS rapporterade riktningen på en missuppfattning för studien som helhet; ingen har mätt föreställningen om den här siffran.
methodology-certainty-heading = Hur säker varje siffra är
methodology-stale = En källa som inte har uppdaterats på { $days ->
    [one] en dag
   *[other] { $days } dagar
}, eller vars uppdatering misslyckades, markeras med ”Uppgifterna kan vara inaktuella” vid varje faktum som använder den.
methodology-corrections = Varje ändring av en publicerad siffra loggas med sin orsak:

## Om FOCUS
focus-title = Om FOCUS-projektet
focus-intro = FOCUS (Horizon 2020, bidragsavtal 822401) undersökte flyktingar från Syrien och de långvarigt bosatta på de orter där de bor i Tyskland, Sverige, Kroatien och Jordanien. factgap finns tack vare en av projektets rekommendationer: att regelbundet sprida information om flyktingars verkliga situation. Projektets resultat och rekommendationer, så som dess publikationer anger dem:
focus-findings = Resultat
focus-recommendations = Rekommendationer
focus-sample = Vilka som deltog
focus-more-heading = Publikationerna
focus-more = Fullständiga referenser till FOCUS-publikationerna finns på källsidan:

## Sök
search-title = Sök
search-placeholder = Sök bland fakta
search-noscript = Sökningen kräver JavaScript. Alla fakta listas också efter ämne och efter land:

## Data
data-title = Ladda ner data
data-description = Officiella siffror om flyktingars och invandrares utbildning, sysselsättning och bidrag, och om invandrares andel av befolkningen, i alla länder och områden som uppgifterna täcker, sida vid sida med vad allmänheten uppskattar, med varje siffras källa, period, flaggor och säkerhet.
data-zip = Allt i en zip-fil (CSV, JSON, datapaket och README)
data-facts-csv = en rad per faktum
data-facts-json = fakta med varje siffra, förbehåll och trendpunkt
data-observations = alla siffror som fakta bygger på
data-package = ett Frictionless Data Package som beskriver filerna
data-readme = vad varje fil innehåller och hur den ska citeras
data-per-fact = Varje faktasida erbjuder också faktumets egna data som CSV och JSON.
data-as-of = Uppgifter per den { $date }.

## Sidan finns inte
notfound-title = Sidan hittades inte
notfound-text = Det finns ingen sida på den här adressen. Fakta behåller sin adress för alltid; om du följde en länk till ett faktum kan det ha dragits tillbaka (se rättelserna).

## Bilder för sociala medier
social-source = Källa: { $source }. Siffra för { $period }; { $certainty }.

## Faktakort
card-guess-label = Din gissning, i procent
card-reveal = Visa
card-just-show = Visa bara svaret
card-number-context = { $in_place }, { $period }
card-estimate = Uppskattning från { $respondents }: { $value }
card-your-guess = Din gissning:
card-feedback-below = Du gissade { $guess } %: { $gap } procentenheter under siffran ({ $actual }).
card-feedback-above = Du gissade { $guess } %: { $gap } procentenheter över siffran ({ $actual }).
card-feedback-exact = Du gissade { $actual }: precis siffran.
card-get-data = Hämta data
card-frame-title = factgaps faktakort: { $topic }, { $place }
card-margin-published = ± { $margin } procentenheter, enligt publikationen
card-margin-sample_size = ± { $margin } procentenheter, utifrån urvalsstorleken
card-margin-assumed = ± { $margin } procentenheter, antaget: undersökningen anger ingen marginal
card-bars-title = Din gissning, allmänhetens uppskattning och den officiella siffran
card-legend-guess = Din gissning
card-legend-estimate = Uppskattning från { $respondents }
card-source = Källa:
card-more = Faktumet, förbehållen och uppgifterna
card-newer = Det här kortet visar siffrorna från { $month }; det finns en nyare siffra.
card-newer-link = Se den senaste
guess-employment_rate = Hur stor andel av { $who_of } { $in_place } tror du var sysselsatta ({ $period })?
guess-tertiary_education_share = Hur stor andel av { $who_of } { $in_place } tror du hade en eftergymnasial utbildning ({ $period })?
guess-schooling_10y_plus_share = Hur stor andel av { $who_of } { $in_place } tror du hade tio eller fler års skolgång, yrkesutbildning eller universitetsstudier ({ $period })?
guess-university_degree_share = Hur stor andel av { $who_of } { $in_place } tror du hade en universitetsexamen ({ $period })?
guess-welfare_receipt_share = Hur stor andel av { $who_of } { $in_place } tror du levde i hushåll som fick grundläggande inkomststöd ({ $period })?
guess-immigrant_population_share = Hur stor andel av befolkningen { $in_place } tror du var { $who } ({ $period })?
embed-link = bädda in detta faktum
embed-title = Bädda in detta faktum
embed-intro = Klistra in kodsnutten på din webbplats: ett kort som anpassar sig till sin spalt, i ljusa färger om du inte väljer mörka, och som inte skickar något om dina läsare någonstans (inga kakor, inga spårare, ingen förfrågan till någon annan webbplats).
embed-preview = Förhandsvisning
embed-choose = Välj kort
embed-theme = Färger
embed-theme-light = Ljust (för de flesta sidor)
embed-theme-dark = Mörkt
embed-theme-auto = Följ läsarens inställning
embed-guess = Låt läsaren gissa först
embed-snippet = Koden (alltid den senaste siffran)
embed-snippet-intro = Kortet anpassar sin storlek efter innehållet (med samma meddelande som Datawrappers inbäddningar skickar, så befintliga CMS-integrationer fungerar). Utan JavaScript ser dina läsare kortets bild och en länk.
embed-copy = Kopiera koden
embed-copied = Kopierat.
embed-pinned = Låst till den här månaden
embed-pinned-intro = Det här kortet behåller siffrorna från { $month } för alltid; om en nyare siffra publiceras står det på kortet, med en länk.
embed-options = Inställningar i kortets adress
embed-option-theme = ljusa (standard) eller mörka färger, eller auto för att följa läsarens inställning
embed-option-guess = 1 ber läsaren gissa innan siffran visas; 0 (standard) visar den direkt
embed-option-lang = kortets språk, i adressen utan språk (cards/<fact>/?lang=en)
embed-images = Bilder för nyhetsbrev och sociala medier
embed-images-intro = Samma kort som bild, bred (1200 × 630) och kvadratisk (1080 × 1080). Använd faktumet som alternativtext:
embed-image-wide = Bred
embed-image-square = Kvadratisk
embed-alt = Alternativtext: { $alt }

## Språk och översättningar
language-name = Svenska
language-switcher = Språk
nav-translations = Översättningar
translations-title = Översättningar
translations-intro = factgap publicerar varje sida, faktakort, bild, flöde och pressmeddelande på { $count } språk. Engelska är originalet; de övriga är översättningar, och för var och en anges här om den ännu har granskats av en person med språket som modersmål.
translations-caption = Språken och granskningen av deras texter
translations-col-language = Språk
translations-col-texts = Texter
translations-col-status = Granskning
translations-part-site = Sidor, faktakort, bilder och flöden
translations-part-briefing = Det månatliga pressmeddelandet
translations-part-content = Föreställningar, förklaringar, förbehåll, anmärkningar om källor och FOCUS-resultat
translations-original = Originalet
translations-reviewed = Granskad av en person med språket som modersmål: { $reviewer } ({ $date })
translations-not-reviewed = Ännu inte granskad av en person med språket som modersmål
translations-proper-names = Namn på källor, datamängder, publikationer och producenter behålls på originalspråket, liksom citat ur dem.
translations-digits = Talen på de arabiska sidorna skrivs med { $arabic_digits ->
    [arab] arabisk-indiska siffror
   *[other] västerländska siffror
}; utgivaren väljer detta i factgap.toml.
quote-original = I originalet:
period-quarter = kvartal { $quarter } { $year }
respondents-democrats = demokratiska svarande
respondents-republicans = republikanska svarande
respondents-natives = inrikes födda svarande
population-natives = inrikes födda
population-non_western_immigrants = invandrare från icke-västliga länder
population-danish_origin = personer med dansk bakgrund
population-western_immigrants = invandrare från västliga länder
population-western_descendants = ättlingar till invandrare från västliga länder
population-non_western_descendants = ättlingar till invandrare från icke-västliga länder
population-refugees_2015_ams_registered = flyktingar från 2015 inskrivna som arbetssökande hos AMS
population-foreign_born_0_1_years = utrikes födda under sitt första år i landet
population-foreign_born_2_3_years = utrikes födda efter två till tre år i landet
population-foreign_born_4_9_years = utrikes födda efter fyra till nio år i landet
population-foreign_born_10_years_plus = utrikes födda efter tio år eller mer i landet
population-syrian_protection_seekers = skyddssökande med syriskt medborgarskap
population-syrian_protection_recognised = skyddssökande med syriskt medborgarskap och beviljat skydd
population-syrian_protection_open = skyddssökande med syriskt medborgarskap vars ärende ännu är öppet
fact-unemployment_rate = { $in_place_start } var { $value } av { $who_of } i arbetskraften arbetslösa under { $period }.
fact-college_degree_share = { $in_place_start } hade { $value } av { $who_of } en högskoleexamen under { $period }.
fact-low_education_share = { $in_place_start } var { $value } av { $who_of } lågutbildade, enligt undersökningens författares definition, under { $period }.
fact-immigrant_share_of_low_educated = { $in_place_start } utgjorde { $population } { $value } av dem som saknade gymnasieexamen under { $period }.
fact-poverty_rate = { $in_place_start } levde { $value } av { $who_of } under fattigdomsgränsen under { $period }.
fact-immigrant_share_of_poor = { $in_place_start } utgjorde { $population } { $value } av dem som levde under fattigdomsgränsen under { $period }.
fact-in_work_share = { $in_place_start } hade { $value } av { $who_of } fått arbete fram till { $period }.
fact-asylum_seeker_share_of_immigrants = { $in_place_start } var { $value } av { $who_of } asylsökande under { $period }.
fact-public_support_share = { $in_place_start } levde { $value } av { $who_of } huvudsakligen på offentliga ersättningar under { $period }.
fact-economic_assistance_share = { $in_place_start } fick { $value } av { $who_of } ekonomiskt bistånd under { $period }.
fact-protection_seekers = { $in_place_start } fanns { $value } { $who } registrerade i slutet av { $period }.
verdict-answer_contradicted = Deras intervall var fel
verdict-answer_consistent = Deras intervall var rätt
verdict-answer_not_judged = Frågat som en bedömning: ingen dom
comparison-answer_contradicted = Frågan gällde ett intervall, inte en siffra. { $actual_name_start } för { $period } är { $actual }, utanför det intervall dessa svarande valde.
comparison-answer_consistent = Frågan gällde ett intervall, inte en siffra. { $actual_name_start } för { $period } är { $actual }, inom det intervall dessa svarande valde.
comparison-answer_not_judged = Frågan gällde en bedömning, inte en siffra: en bedömning kan inte ställas mot en siffra, så factgap fäller ingen dom. Siffran som visas, för { $period }, kommer från en annan källa.
caveat-not_refugees = Inte särskilt om flyktingar: siffran gäller, liksom undersökningens fråga, { $population }, av vilka flyktingar bara är en del.
caveat-answer_as_worded = Undersökningen redovisar hur många svarande som valde ett intervall eller en bedömning, inte en genomsnittlig uppskattning; svaret citeras så som undersökningen redovisar det.
benchmark-line = Samma undersökning frågade om { $group }: uppskattningen från { $respondents } var { $estimate }, mot faktiskt { $actual }.
benchmark-same = Siffran för { $group } felbedöms åt samma håll, så en stor del av gapet är en felbedömning av själva siffran, inte en syn på invandrare.
benchmark-same-larger = För { $group } är uppskattningen ännu mer fel, så gapet är en felbedömning av själva siffran, inte en syn på invandrare.
benchmark-misjudged-too = Även siffran för { $group } felbedöms.
benchmark-right = För { $group } var uppskattningen ungefär rätt, så gapet för invandrare är ingen allmän felbedömning av siffran.
estimate-other = Uppskattning från { $respondents }: { $value }.
benchmark-heading = Samma fråga om inrikes födda
missing-topic = här har ingen siffra om flyktingar hittats som factgap kan citera.
missing-heading = Vad som saknas
missing-intro = FOCUS genomförde undersökningar i { $place }. För dessa ämnen har ännu ingen officiell siffra eller undersökningssiffra om flyktingar här hittats som factgap kan citera, så det finns inget faktum; FOCUS studieövergripande resultat finns på FOCUS-sidan.

