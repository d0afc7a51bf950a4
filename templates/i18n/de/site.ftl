## factgap, Deutsch. Jeder Text, den eine Seite, ein Download-Hinweis oder eine
## Zitierangabe zeigt, stammt von hier; der Code wählt nur den Schlüssel. Die
## Schlüssel gelten für alle Sprachen.

dir = ltr
site-name = factgap
site-tagline = Amtliche Zahlen zu Bildung, Erwerbstätigkeit und Sozialleistungsbezug von Geflüchteten, neben dem, was die Öffentlichkeit glaubt.
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-home = Fakten
nav-sources = Quellen
nav-data = Daten
nav-methodology = Methodik
nav-search = Suche
nav-corrections = Korrekturen und Änderungen
nav-focus = Über FOCUS
nav-footer-label = Themen, Länder und mehr
feed-title = Neue, aktualisierte und korrigierte Fakten (Atom-Feed)
feed-subtitle = Jeder Fakt, den factgap erstmals veröffentlicht, jede Zahl, die sich ändert, und jede Korrektur.
footer-licence = Texte von factgap. Jede Zahl behält die Lizenz ihrer Quelle, die bei ihr genannt ist; zitieren Sie die Quelle zusammen mit der Zahl.
footer-refreshed = Daten zuletzt bei ihren Herausgebern aktualisiert am { $date }.
footer-transcribed = Noch keine Quelle wurde bei ihrem Herausgeber aktualisiert; Zahlen zuletzt übertragen am { $date }.
footer-focus = factgap folgt einer Empfehlung des FOCUS-Projekts (EU Horizon 2020, Fördernummer 822401): regelmäßig über die tatsächliche Lage von Geflüchteten informieren und die Medien einbeziehen.

## Zahlen, Daten und Werte. Zahlen und Daten werden von ICU4X für die Sprache
## formatiert (Ziffern, Dezimal- und Tausendertrennzeichen); die Nachrichten
## setzen sie nur ein. Jede Nachricht erhält außerdem $numbering: „latn“ oder
## „arab“, die verwendeten Ziffern.
value-percent = { $value } %
value-persons = { $value } { $count ->
    [one] Person
   *[other] Personen
}
age-all = alle von der Quelle erfassten Altersgruppen
age-range = im Alter von { $range } Jahren
age-15-pension_age = im Alter von 15 Jahren bis zum Rentenalter
age-working_age = im erwerbsfähigen Alter
sex-F = Frauen
sex-M = Männer
## Bevölkerungsgruppen (unten) können eine optionale Form `.of` haben, die nach
## „Anteil“ bzw. „Prozent“ steht ($who_of, Genitiv mit Artikel); ohne sie wird
## der einfache Wert verwendet.
who-with-age = { $population } { $age }
who-with-sex = { $population } ({ $sex })
who-with-sex-and-age = { $population } { $age } ({ $sex })

## Startseite
home-title = Geflüchtete in den amtlichen Zahlen
home-intro = Das FOCUS-Projekt berichtet, dass länger Ansässige in den untersuchten Städten in Deutschland, Schweden, Kroatien und Jordanien dazu neigen, Bildung und Erwerbstätigkeit von Geflüchteten zu unterschätzen und zu überschätzen, wie viele Sozialleistungen beziehen; die Befragungswerte dahinter hat es nicht veröffentlicht. Hier stehen die amtlichen Zahlen, woher jede einzelne stammt und wie sicher sie ist.
home-lead = Amtliche Zahlen zu Bildung, Erwerbstätigkeit und Sozialleistungsbezug von Geflüchteten in Deutschland, Schweden, Kroatien und Jordanien und anderswo, neben dem, was die Öffentlichkeit glaubt: jede mit ihrer Quelle und wie sicher sie ist.
home-chooser = Land wählen:
home-all-countries = Alle Länder
home-mission-heading = Geflüchtete in den FOCUS-Ländern
home-shares-heading = Für wie groß Menschen den Anteil der Eingewanderten halten
home-changed-first = { $count } Fakten erstmals veröffentlicht am { $date }.
home-stale-line = Nicht bei ihren Herausgebern aktualisiert, daher gibt es möglicherweise eine neuere Zahl: { $sources }.
facts-index-title = Alle Fakten
home-refreshed = Daten zuletzt bei ihren Herausgebern aktualisiert am { $date }.
home-transcribed = Noch keine Quelle wurde bei ihrem Herausgeber aktualisiert; Zahlen zuletzt übertragen am { $date }.
home-headlines = Die Fakten zuerst
home-changed = Was sich bei der letzten Aktualisierung geändert hat
home-changed-intro = { $count ->
    [one] Eine Änderung
   *[other] { $count } Änderungen
}, veröffentlicht am { $date }:
home-changed-none = Bisher hat sich keine veröffentlichte Zahl geändert.
home-changed-all = Alle Änderungen und Korrekturen seit Beginn
home-by-topic = Nach Thema
home-by-place = Nach Land
fact-count = { $count ->
    [one] ein Fakt
   *[other] { $count } Fakten
}
home-stale-intro = Diese Quellen konnten nicht aktualisiert werden; ihre Zahlen sind möglicherweise veraltet:
stale-badge = Daten möglicherweise veraltet
stale-explain = eine Quelle dieses Fakts konnte nicht aktualisiert werden, daher gibt es möglicherweise eine neuere Zahl.

## Themen
topic-education = Bildung
topic-employment = Erwerbstätigkeit
topic-welfare = Abhängigkeit von Sozialleistungen
topic-population_share = Anteil Eingewanderter an der Bevölkerung
topics-label = Themen
places-label = Länder
topic-intro-education = Wie gebildet Geflüchtete und andere Eingewanderte laut den amtlichen Zahlen sind, und was die Öffentlichkeit glaubt.
topic-intro-employment = Wie viele Geflüchtete und andere Eingewanderte laut den amtlichen Zahlen erwerbstätig sind, und was die Öffentlichkeit glaubt.
topic-intro-welfare = Wie viele Geflüchtete laut den amtlichen Zahlen Sozialleistungen beziehen, und was die Öffentlichkeit glaubt.
topic-intro-population_share = Wie groß die eingewanderte Bevölkerung laut den amtlichen Zahlen ist, und für wie groß die Öffentlichkeit sie hält.
topic-compare-heading = Alle Gebiete nebeneinander
topic-compare-note = Die Zeilen zählen verschiedene Menschen und Jahre (mancherorts Geflüchtete, anderswo alle Staatsangehörigen von Nicht-EU-Staaten oder außerhalb der EU Geborene): jede Zeile mit ihrer Gruppe, ihrem Zeitraum und ihrer Sicherheit lesen.
topic-dots-title = { $topic } in allen Gebieten
topic-dots-desc = Punktdiagramm für { $count } Gebiete: die Zahl (voller Punkt) und, wo eine Befragung sie gemessen hat, die Schätzung der Öffentlichkeit (leerer Punkt), auf einer Skala von 0 bis 100 %.
topic-dots-unit = Prozent, neueste Zahl je Gebiet
topic-dots-caption = Voller Punkt: die Zahl. Leerer Punkt: die Schätzung der Öffentlichkeit, wo eine Befragung sie gemessen hat.
topic-table-caption = Alle Gebiete: die Zahl, ihr Zeitraum, ihre Gruppe und Sicherheit (nach jeder Spalte sortierbar)
col-place = Gebiet
col-verdict = Urteil
chart-source-line = Quelle: siehe jede Faktenseite · { $site }

## Faktenseiten, in der Reihenfolge der Richtigstellung
myth-flag = Mythos
why-heading = Woher die Fehleinschätzung kommt
fact-again-heading = Die Fakten
caveats-heading = Bitte beachten
numbers-heading = Die Zahlen
numbers-caption = Die amtliche Zahl und die Schätzung der Öffentlichkeit
numbers-caption-figures = Die Zahlen und ihre Quellen
col-figure = Zahl
col-years-since-arrival = Jahre seit der Ankunft
col-flags = Kennzeichen
fact-updated = Zahlen mit Stand vom { $date }
fact-changed = Zahl geändert am { $date }: { $kind }
fact-as-of-snapshot = Zahlen am { $date } beim Herausgeber abgerufen
fact-as-of-seed = Zahlen am { $date } aus der Veröffentlichung übertragen
fact-as-of-copy = Zahlen aus einer Kopie Dritter vom { $date }
fact-next-update = Nächste erwartete Aktualisierung: { $next }
chart-compare-title-benchmark = Die Schätzung der Öffentlichkeit neben dem Wert laut Befragung
chart-compare-title = Die Schätzung der Öffentlichkeit neben der amtlichen Zahl
chart-unit-percent = Prozent
chart-unit-persons = Anzahl Personen
chart-subtitle = { $unit }: { $who }, { $period }
trend-subtitle = { $unit }: { $who }
chart-source = Quelle: { $source } ({ $certainty }) · { $site }
chart-download = Diese Grafik herunterladen:
chart-compare-caption = Schraffierter Balken: die Schätzung der Öffentlichkeit mit der Spanne, die das Urteil verwendet. Voller Balken: die Zahl, mit der sie verglichen wurde.
chart-estimate = Schätzung: { $respondents }
chart-actual = Amtliche Zahl
chart-actual-benchmark = Tatsächlicher Wert (laut Befragung)
chart-desc = Balkendiagramm: { $respondents } schätzte { $estimate }; { $actual_name } liegt bei { $actual }.
chart-trend-title = Die amtliche Zahl im Zeitverlauf
chart-trend-title-arrival = Die amtliche Zahl nach Jahren seit der Ankunft
chart-trend-title-population = Die amtliche Zahl für { $population }, Jahr für Jahr seit der Ankunft
trend-caption-population = Die Reihe verfolgt { $population }, nicht die Gruppe der Schlagzeile; Quelle und Sicherheit jedes Punktes stehen in der Tabelle.
trend-heading = Im Zeitverlauf
trend-caption = Nicht ausgefüllte Punkte tragen ein Kennzeichen der Quelle (siehe Tabelle).
trend-table-caption = Die Daten des Diagramms
trend-desc = Liniendiagramm mit { $points } Werten: { $first } für { $first_period }, { $last } für { $last_period }.
trend-desc-arrival = Liniendiagramm mit { $points } Werten nach Jahren seit der Ankunft: { $first } ({ $first_period }) bis { $last } ({ $last_period }).
years-after-arrival-short = { $years } J.
col-value = Wert
col-period = Zeitraum
col-who = Bevölkerungsgruppe
col-source = Quelle
col-certainty = Sicherheit
col-latest = Neueste Daten
row-actual = Amtliche Zahl
row-actual-benchmark = Tatsächlicher Wert, wie die Befragung ihn angibt
row-compared = Zum Zeitpunkt der Befragung
context-heading = Zur Einordnung
row-estimate = Schätzung: { $respondents }
sample-size = n = { $n }
flags-explain = Eurostat-Kennzeichen: b = Zeitreihenbruch, u = geringe Zuverlässigkeit, d = abweichende Definition
certainty-V = V: wörtlich in der Primärquelle gefunden oder aus dem eigenen Datendienst des Herausgebers abgelesen
certainty-S = S: nur in einer Sekundärquelle (Nachricht oder Zusammenfassung) gefunden, die das Original zitiert
certainty-D = D: aus einer Kopie der Eurostat-Dateien durch Dritte abgelesen; wird beim nächsten erfolgreichen Abruf durch die Daten von Eurostat selbst ersetzt
certainty-words-V = in der Primärquelle gefunden oder aus dem eigenen Datendienst des Herausgebers abgelesen
certainty-words-S = von einer Sekundärquelle berichtet, die das Original zitiert; noch nicht am Original geprüft
certainty-words-D = aus einer Kopie der Eurostat-Dateien durch Dritte, noch nicht an Eurostat geprüft; wird beim Abruf durch die Zahl von Eurostat selbst ersetzt
certainty-short-V = in der Primärquelle gefunden
certainty-short-S = aus einer Sekundärquelle, noch nicht geprüft
certainty-short-D = Kopie der Eurostat-Dateien durch Dritte, noch nicht geprüft

verdict-overestimated = Überschätzt
verdict-underestimated = Unterschätzt
verdict-about_right = Etwa richtig
verdict-direction_reported = FOCUS: Richtung berichtet
verdict-no_measured_estimate = Keine gemessene Schätzung der Öffentlichkeit
actual-name-official = die amtliche Zahl
actual-name-benchmark = der tatsächliche Wert laut Befragung
margin-phrase-published = die veröffentlichte Fehlerspanne der Befragung (±{ $margin } Prozentpunkte)
margin-phrase-sample_size = die Fehlerspanne, die ihre Stichprobengröße zulässt (±{ $margin } Prozentpunkte)
margin-phrase-assumed = die von factgap angenommene Spanne von ±{ $margin } Prozentpunkten (die Befragung veröffentlicht keine)
comparison-overestimated = Die Schätzung ({ $respondents }) lag bei { $estimate }; { $actual_name } liegt bei { $actual }: { $gap } Prozentpunkte zu hoch, mehr als { $margin_phrase }.
comparison-underestimated = Die Schätzung ({ $respondents }) lag bei { $estimate }; { $actual_name } liegt bei { $actual }: { $gap } Prozentpunkte zu niedrig, mehr als { $margin_phrase }.
comparison-about_right = Die Schätzung ({ $respondents }) lag bei { $estimate }; { $actual_name } liegt bei { $actual }. Die Abweichung von { $gap } Prozentpunkten liegt innerhalb von { $margin_phrase }.
finding-about_right = { $in_place_start } schätzte die Öffentlichkeit dies etwa richtig ein.
comparison-direction-underestimated = Nur die Richtung: FOCUS berichtet, dass länger Ansässige in den untersuchten Städten in Deutschland, Schweden, Kroatien und Jordanien dazu neigen, { $subject } zu unterschätzen. Es veröffentlichte keine Schätzung und fragte nicht nach dieser Zahl; niemand hat gemessen, was Menschen über sie glauben.
comparison-direction-overestimated = Nur die Richtung: FOCUS berichtet, dass länger Ansässige in den untersuchten Städten in Deutschland, Schweden, Kroatien und Jordanien dazu neigen, { $subject } zu überschätzen. Es veröffentlichte keine Schätzung und fragte nicht nach dieser Zahl; niemand hat gemessen, was Menschen über sie glauben.
direction-subject-education = das Bildungsniveau von Geflüchteten
direction-subject-employment = die Erwerbstätigkeit von Geflüchteten
direction-subject-welfare = die Zahl der Geflüchteten, die Sozialleistungen beziehen
comparison-no_measured_estimate = Keine Befragung hat gemessen, was die Öffentlichkeit { $in_place } darüber glaubt; die Zahl steht für sich.
rating-overestimated = Überschätzt: { $actual_name } liegt bei { $actual }
rating-underestimated = Unterschätzt: { $actual_name } liegt bei { $actual }

respondents-general_public = breite Öffentlichkeit
respondents-receiving_community = länger Ansässige (aufnehmende Gemeinschaft)
respondents-arriving_community = Geflüchtete (ankommende Gemeinschaft)
respondents-both = beide Gemeinschaften

caveat-population_differs = Die Schätzung der Öffentlichkeit bezieht sich auf { $estimate_population }, die amtliche Zahl auf { $actual_population }.
caveat-period_gap = Die Schätzung der Öffentlichkeit bezieht sich auf { $estimate_period }, die amtliche Zahl auf { $actual_period }.
caveat-finding_period = Die Feldphase von FOCUS lag etwa in den Jahren 2020–2021, wie die Daten der Berichte nahelegen (der Befragungsbericht erschien im Oktober 2021); die Zahl hier bezieht sich auf { $actual_period }.
caveat-low_reliability = Die Quelle kennzeichnet die Zahl für { $period } als wenig zuverlässig.
caveat-break_in_series = Die Reihe weist für { $period } einen Bruch auf: Frühere Jahre sind nicht streng vergleichbar.
caveat-definition_differs = Für { $period } folgt die Zahl einer Definition, die von der Standarddefinition abweicht.
caveat-naturalisation = Zahlen nach Staatsangehörigkeit lassen eingebürgerte Geflüchtete außen vor, oft die am besten integrierten; sie unterschätzen daher die Erwerbstätigkeit und überschätzen den Bezug von Sozialleistungen.
caveat-secondary_source = Eine Zahl hier wurde einer Sekundärquelle (Nachricht oder Zusammenfassung) entnommen, die das Original zitiert; sie muss noch anhand der Primärveröffentlichung geprüft werden.
caveat-third_party_copy = Eine Zahl hier wurde einer Kopie der Eurostat-Dateien durch Dritte entnommen; beim nächsten erfolgreichen Abruf ersetzen die Daten von Eurostat selbst sie.
caveat-direction_only = Die FOCUS-Veröffentlichungen nennen nur die Richtung dieser Fehleinschätzung, für ihre Studie als Ganzes, und keine Befragungswerte; es wird keine Abweichung berechnet, und es gibt kein Urteil über diese Zahl.
caveat-finding_across_countries = FOCUS nennt dieses Ergebnis für seine Studie insgesamt (Deutschland, Schweden, Kroatien und Jordanien), nicht für jedes Land einzeln.
caveat-margin_from_sample_size = Die Befragung nennt ihre Stichprobengröße, aber keine Fehlerspanne; verwendet wird die größte Fehlerspanne, die eine Mittelwertschätzung bei dieser Stichprobe haben kann (1,96 × 50 ÷ √n).
caveat-margin_assumed = Die Befragung nennt hier weder eine Fehlerspanne noch eine Stichprobengröße; factgap verwendet eine angenommene Spanne von { $margin } Prozentpunkten, sodass nur größere Abweichungen als Fehleinschätzung gelten.

## Zitieren
cite-heading = Zitiervorschlag
cite-short-label = Kurz:
cite-full-label = Vollständig:
permalink-label = Permalink:
cite-short = factgap ({ $year }), „{ $title }“, { $url }. Daten: { $data } ({ $certainty }).
cite-full = factgap ({ $year }). „{ $title }“ { $url } (Daten abgerufen am { $date }). Daten: { $data } Sicherheit: { $certainty }.
download-fact-label = Daten dieses Fakts:
download-fact-csv = CSV
download-fact-json = JSON
download-fact-image = Bild (PNG)
download-all = alle Daten
download-csv = Alle Fakten herunterladen (CSV)
download-json = Alle Fakten herunterladen (JSON)
data-licence-note = Zusammengestellt von factgap. Jede Zahl behält die Lizenz ihrer Quelle (siehe Lizenz und Namensnennung der jeweiligen Quelle); zitieren Sie die Quelle zusammen mit der Zahl.

## Quellen und Herkunft
provenance-heading = Woher die Zahlen stammen
sources-title = Quellen
sources-intro = Jede Quelle, die factgap verwendet, mit vollständiger Zitierangabe, Lizenz und Namensnennung, und woher diese Fassung der Website ihre Zahlen bezogen hat.
sources-caption = Quellen und der Stand ihrer Daten
source-producer = Herausgeber
source-dataset = Datensatz
source-citation = Zitierangabe
source-url = Webseite
source-download = Datendienst
source-licence = Lizenz
source-attribution = Namensnennung
source-origin = Zahlen entnommen aus
source-freshness = Status
source-next-update = Nächste erwartete Aktualisierung
next-update-announced = { $date } (vom Herausgeber angekündigt)
next-update-expected = etwa { $date } (gemäß dem üblichen Veröffentlichungsrhythmus des Herausgebers; kein Termin angekündigt)
next-update-annual-undated = einmal jährlich; kein Termin angekündigt
next-update-twice_yearly-undated = zweimal jährlich; kein Termin angekündigt
next-update-none = keine erwartet: einmalige Veröffentlichung
next-update-unknown = vom Herausgeber nicht angekündigt
source-notes = Anmerkungen
source-publications = Veröffentlichungen
origin-snapshot = ein Datenabzug, abgerufen am { $retrieved } (SHA-256 { $hash }).
origin-provider-updated = Der Herausgeber hat die Daten zuletzt am { $updated } aktualisiert.
origin-seed = aus der Veröffentlichung in { $file } übertragene Zahlen (gelesen am { $accessed }).
origin-seed-copy = Zahlen aus einer Kopie der Dateien des Herausgebers durch Dritte, übertragen in { $file } (die Kopie ist vom { $accessed }); noch nicht beim Herausgeber geprüft.
origin-missing = nichts Verwendbares: Diese Quelle hat die Prüfung nicht bestanden und bleibt außen vor.
origin-snapshot-short = Datenabzug
origin-seed-short = übertragen
origin-missing-short = ausgelassen
freshness-fresh = aktuell
freshness-transcribed = wie veröffentlicht
freshness-stale = möglicherweise veraltet: nicht beim Herausgeber aktualisiert
freshness-missing = in dieser Fassung ausgelassen

## Orte (ISO 3166-1 Alpha-2 und Zusammenfassungen). Der Wert steht allein
## (Überschriften, Listen, Tabellenzellen); `.in` ist der Ort im Satz („in Deutschland“).
place-AT = Österreich
    .in = in Österreich
place-BE = Belgien
    .in = in Belgien
place-BG = Bulgarien
    .in = in Bulgarien
place-DE = Deutschland
    .in = in Deutschland
place-DK = Dänemark
    .in = in Dänemark
place-EE = Estland
    .in = in Estland
place-ES = Spanien
    .in = in Spanien
place-EU27_2020 = EU (27 Länder)
    .in = in der EU (27 Länder)
place-EU28 = EU (28 Länder, 2017)
    .in = in der EU (28 Länder, 2017)
place-FR = Frankreich
    .in = in Frankreich
place-GB = Großbritannien
    .in = in Großbritannien
place-HR = Kroatien
    .in = in Kroatien
place-HU = Ungarn
    .in = in Ungarn
place-IT = Italien
    .in = in Italien
place-JO = Jordanien
    .in = in Jordanien
place-LU = Luxemburg
    .in = in Luxemburg
place-NL = Niederlande
    .in = in den Niederlanden
place-PL = Polen
    .in = in Polen
place-RO = Rumänien
    .in = in Rumänien
place-SE = Schweden
    .in = in Schweden
place-SK = Slowakei
    .in = in der Slowakei
place-US = Vereinigte Staaten
    .in = in den Vereinigten Staaten
place-WORLD = Welt
    .in = weltweit
place-XX14 = 14 untersuchte Länder (Durchschnitt)
    .in = in den 14 untersuchten Ländern (Durchschnitt)

## Bevölkerungsgruppen, wie ein Satz sie nennt. Der Wert ist der Nominativ Plural
## ohne Artikel; `.of` ist der Genitiv mit Artikel („24,6 % der Geflüchteten“).
population-all_origins = Menschen jeder Herkunft
    .of = der Menschen jeder Herkunft
population-asylum_seekers_2013_2016_arrivals = zwischen 2013 und Anfang 2016 eingereiste erwachsene Geflüchtete
    .of = der zwischen 2013 und Anfang 2016 eingereisten erwachsenen Geflüchteten
population-asylum_seekers_2015_registered = 2015 registrierte Asylsuchende
    .of = der 2015 registrierten Asylsuchenden
population-foreign_born = im Ausland Geborene
    .of = der im Ausland Geborenen
population-from_syria = Menschen aus Syrien
    .of = der Menschen aus Syrien
population-foreigners = ausländische Staatsangehörige
    .of = der ausländischen Staatsangehörigen
population-german_nationals = deutsche Staatsangehörige
    .of = der deutschen Staatsangehörigen
population-legal_immigrants = im Ausland Geborene mit legalem Aufenthalt
    .of = der im Ausland Geborenen mit legalem Aufenthalt
population-nationals = Staatsangehörige des Landes
    .of = der Staatsangehörigen des Landes
population-native_born = im Inland Geborene
    .of = der im Inland Geborenen
population-non_eu_born = außerhalb der EU Geborene
    .of = der außerhalb der EU Geborenen
population-non_eu_citizens = Staatsangehörige von Nicht-EU-Staaten
    .of = der Staatsangehörigen von Nicht-EU-Staaten
population-other_foreign_born = andere im Ausland Geborene
    .of = der anderen im Ausland Geborenen
population-refugees = Geflüchtete
    .of = der Geflüchteten
population-refugees_2013_2016_arrivals = zwischen 2013 und 2016 eingereiste Geflüchtete
    .of = der zwischen 2013 und 2016 eingereisten Geflüchteten
population-refugees_2013_2019_arrivals = zwischen 2013 und 2019 eingereiste Geflüchtete
    .of = der zwischen 2013 und 2019 eingereisten Geflüchteten
population-refugees_2015_arrivals = 2015 eingereiste Geflüchtete
    .of = der 2015 eingereisten Geflüchteten
population-refugees_and_families = Geflüchtete und ihre Familienangehörigen
    .of = der Geflüchteten und ihrer Familienangehörigen
population-swedish_born = in Schweden Geborene
    .of = der in Schweden Geborenen
population-swedish_born_syria_born_parent = in Schweden Geborene mit einem in Syrien geborenen Elternteil
    .of = der in Schweden Geborenen mit einem in Syrien geborenen Elternteil
population-syria_born = in Syrien Geborene
    .of = der in Syrien Geborenen
population-syrian_nationals = Menschen mit syrischer Staatsangehörigkeit
    .of = der Menschen mit syrischer Staatsangehörigkeit
population-syrian_refugees_2013_2019_arrivals = zwischen 2013 und 2019 eingereiste syrische Geflüchtete
    .of = der zwischen 2013 und 2019 eingereisten syrischen Geflüchteten
population-syrian_refugees_2015_arrivals = 2015 eingereiste syrische Geflüchtete
    .of = der 2015 eingereisten syrischen Geflüchteten
population-syrian_refugees_post_2015 = nach 2015 als schutzberechtigt anerkannte Geflüchtete aus Syrien
    .of = der nach 2015 als schutzberechtigt anerkannten Geflüchteten aus Syrien
population-total = die Gesamtbevölkerung
    .of = der Gesamtbevölkerung
population-ukrainian_nationals = ukrainische Staatsangehörige
    .of = der ukrainischen Staatsangehörigen

## Faktensätze, ein Muster je Indikator
fact-employment_rate = { $in_place_start } waren { $value } { $who_of } erwerbstätig ({ $period }).
fact-employment_rate_dependent = { $in_place_start } waren { $value } { $who_of } abhängig beschäftigt ({ $period }).
fact-tertiary_education_share = { $in_place_start } hatten { $value } { $who_of } einen tertiären Bildungsabschluss ({ $period }).
fact-schooling_10y_plus_share = { $in_place_start } hatten { $value } { $who_of } zehn oder mehr Jahre Schule, Berufsausbildung oder Hochschule absolviert ({ $period }).
fact-university_degree_share = { $in_place_start } hatten { $value } { $who_of } einen Hochschulabschluss ({ $period }).
fact-welfare_receipt_share = { $in_place_start } lebten { $value } { $who_of } in Haushalten, die Grundsicherung bezogen ({ $period }).
fact-welfare_recipients_under_15 = { $in_place_start } waren etwa { $value } unter den Grundsicherung beziehenden { $who } Kinder unter 15 Jahren ({ $period }).
fact-immigrant_population_share = { $in_place_start } machten { $population } { $value } der Bevölkerung aus ({ $period }).

## Änderungen und Korrekturen
change-new = Neuer Fakt
change-updated = Zahl aktualisiert
change-corrected = Korrigiert
change-verdict = Bewertung geändert
change-withdrawn = Zurückgezogen
change-estimate-value = Schätzung der Öffentlichkeit: { $value }
reason-new_period = neue Daten für einen späteren Zeitraum
reason-revision = der Herausgeber hat die Zahl revidiert
reason-correction = wir haben unsere Übertragung korrigiert
reason-replaced = eine andere Zahl beantwortet nun die Aussage
reason-none-new = Erstveröffentlichung
reason-none-updated = die Zahl hat sich geändert
reason-none-corrected = wir haben unsere Übertragung korrigiert
reason-none-verdict = die Zahlen haben sich über die Grenze der Fehlerspanne hinweg verschoben
reason-none-withdrawn = keine geeignete Zahl mehr
corrections-title = Korrekturen und Änderungen
corrections-intro = Jede Änderung an einer von factgap veröffentlichten Zahl, mit Datum, altem und neuem Wert und Grund. Einträge werden ergänzt, nie umgeschrieben.
corrections-caption = Alle Änderungen, neueste zuerst
col-date = Datum
col-change = Änderung
col-fact = Fakt
col-old = Alter Wert
col-new = Neuer Wert
col-reason = Grund

## Methodik
methodology-title = Methodik
methodology-intro = Wie factgap das, was die Öffentlichkeit glaubt, mit amtlichen Zahlen abgleicht, und wann es eine Annahme als falsch bewertet.
methodology-claims-heading = Aussagen und Zahlen
methodology-claims = Jede Aussage nennt eine Annahme über Geflüchtete oder Eingewanderte und die amtlichen Zahlen, die sie beantworten können, nach Vorrang geordnet. In jedem Gebiet ist die Schlagzeile der neueste Zeitraum der Zahl mit dem höchsten Vorrang, die in den Daten vorliegt. Eine Schätzung der Öffentlichkeit wird mit der Zahl dieser Gruppe verglichen, die ihrer Befragung zeitlich am nächsten liegt, höchstens so weit entfernt, wie die Aussage zulässt; ist das nicht die Schlagzeile, zeigt der Fakt sie daneben, mit dem Hinweis „zum Zeitpunkt der Befragung“.
methodology-claims-caption = Die Aussagen, die factgap prüft
col-topic = Thema
col-belief = Annahme
col-period-gap = Größter zeitlicher Abstand
years = { $count ->
    [one] ein Jahr
   *[other] { $count } Jahre
}
methodology-populations-heading = Bevölkerungsgruppen
methodology-populations = Befragungen und Statistiken zählen selten dieselben Menschen. Wo sich die Schätzung der Öffentlichkeit auf eine andere Bevölkerungsgruppe bezieht als die amtliche Zahl (etwa alle Eingewanderten statt nur Geflüchteter), sagt der Fakt das. Jede Bevölkerungsgruppe, wie ihre Quellen sie definieren:
methodology-uncertainty-heading = Wann ist eine Annahme falsch?
methodology-uncertainty = Eine Schätzung der Öffentlichkeit ist der Durchschnitt einer Befragung, mit einer Fehlerspanne. factgap bestimmt die Fehlerspanne in dieser Reihenfolge:
methodology-margin-published = die Fehlerspanne oder das Konfidenzintervall, das die Befragung veröffentlicht;
methodology-margin-sample = sonst aus der Stichprobengröße die größte 95-%-Fehlerspanne, die ein Durchschnitt von Antworten auf einer Skala von 0 bis 100 haben kann: 1,96 × 50 ÷ √n;
methodology-margin-assumed = sonst eine angenommene Fehlerspanne von { $margin } Prozentpunkten, die beim Fakt angegeben wird.
methodology-combined = Die Fehlerspannen der Schätzung und der amtlichen Zahl werden kombiniert als Quadratwurzel der Summe ihrer Quadrate. Die Bewertungen beruhen auf den ungerundeten Werten, sodass Rundungen auf einer Seite eine Bewertung nie ändern.
methodology-verdict-gap = die Abweichung zwischen Schätzung und amtlicher Zahl ist größer als die kombinierte Fehlerspanne.
methodology-verdict-about = die Abweichung liegt innerhalb der kombinierten Fehlerspanne: Es wird keine Fehleinschätzung behauptet.
methodology-verdict-none = keine Befragung hat hier die Schätzung der Öffentlichkeit gemessen; die amtliche Zahl steht für sich.
methodology-direction = Die FOCUS-Veröffentlichungen nennen nur eine Richtung, für ihre Studie als Ganzes: Länger Ansässige in den untersuchten Städten in Deutschland, Schweden, Kroatien und Jordanien neigen dazu, Bildung und Erwerbstätigkeit von Geflüchteten zu unterschätzen und den Bezug von Sozialleistungen zu überschätzen. Sie nennen keine Zahl und fragten nach keiner der Zahlen hier. Ein Fakt in einem dieser vier Länder sagt daher „FOCUS: Richtung berichtet“, zitiert FOCUS und nennt weder eine Abweichung noch ein Urteil; anderswo sagt er, dass keine Befragung die Annahme gemessen hat, und nennt keinen Mythos.
methodology-verdict-direction = FOCUS berichtete die Richtung einer Fehleinschätzung für seine Studie als Ganzes; niemand hat die Annahme über diese Zahl gemessen.
methodology-certainty-heading = Wie sicher jede Zahl ist
methodology-stale = Eine Quelle, die seit { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
} nicht aktualisiert wurde oder deren Aktualisierung fehlschlug, wird bei jedem Fakt, der sie verwendet, als „Daten möglicherweise veraltet“ gekennzeichnet.
methodology-corrections = Jede Änderung an einer veröffentlichten Zahl wird mit ihrem Grund protokolliert:

## Über FOCUS
focus-title = Über das FOCUS-Projekt
focus-intro = FOCUS (Horizon 2020, Fördernummer 822401) hat Geflüchtete aus Syrien und die länger Ansässigen an ihren Wohnorten in Deutschland, Schweden, Kroatien und Jordanien befragt. factgap gibt es wegen einer seiner Empfehlungen: regelmäßig über die tatsächliche Lage von Geflüchteten zu informieren. Die Ergebnisse und Empfehlungen des Projekts, wie seine Veröffentlichungen sie formulieren:
focus-findings = Ergebnisse
focus-recommendations = Empfehlungen
focus-sample = Wer teilgenommen hat
focus-more-heading = Die Veröffentlichungen
focus-more = Die vollständigen Zitierangaben der FOCUS-Veröffentlichungen stehen auf der Quellenseite:

## Suche
search-title = Suche
search-placeholder = Fakten durchsuchen
search-noscript = Die Suche benötigt JavaScript. Alle Fakten sind auch nach Thema und nach Land aufgeführt:

## Daten
data-title = Daten zum Herunterladen
data-description = Amtliche Zahlen zu Bildung, Erwerbstätigkeit und Sozialleistungsbezug von Geflüchteten und Eingewanderten sowie zum Anteil Eingewanderter an der Bevölkerung, in jedem Gebiet, das die Daten abdecken, neben der Schätzung der Öffentlichkeit, mit Quelle, Zeitraum, Kennzeichen und Sicherheit jeder Zahl.
data-zip = Alles in einer ZIP-Datei (CSV, JSON, Data Package und README)
data-facts-csv = eine Zeile pro Fakt
data-facts-json = die Fakten mit jeder Zahl, jedem Hinweis und jedem Verlaufspunkt
data-observations = jede Zahl, aus der die Fakten gewonnen wurden
data-package = ein Frictionless Data Package, das die Dateien beschreibt
data-readme = was jede Datei enthält und wie man sie zitiert
data-per-fact = Jede Faktenseite bietet außerdem die Daten dieses Fakts als CSV und JSON an.
data-as-of = Datenstand: { $date }.

## Nicht gefunden
notfound-title = Seite nicht gefunden
notfound-text = Unter dieser Adresse gibt es keine Seite. Fakten behalten ihre Adresse dauerhaft; wenn Sie einem Link zu einem Fakt gefolgt sind, wurde er möglicherweise zurückgezogen (siehe die Korrekturen).

## Bilder für soziale Medien
social-source = Quelle: { $source }. Zahl für { $period }; { $certainty }.

## Faktenkarten
card-guess-label = Ihr Tipp, in Prozent
card-reveal = Auflösen
card-just-show = Einfach die Antwort zeigen
card-number-context = { $in_place }, { $period }
card-estimate = Schätzung – { $respondents }: { $value }
card-your-guess = Ihr Tipp:
card-feedback-below = Ihre Schätzung: { $guess } %, { $gap } Prozentpunkte unter der Zahl ({ $actual }).
card-feedback-above = Ihre Schätzung: { $guess } %, { $gap } Prozentpunkte über der Zahl ({ $actual }).
card-feedback-exact = Ihre Schätzung: { $actual }, genau die Zahl.
card-get-data = Zu den Daten
card-frame-title = factgap-Faktenkarte: { $topic }, { $place }
card-margin-published = ± { $margin } Prozentpunkte, wie veröffentlicht
card-margin-sample_size = ± { $margin } Prozentpunkte, aus der Stichprobengröße
card-margin-assumed = ± { $margin } Prozentpunkte angenommen: Die Befragung nennt keine Fehlerspanne
card-bars-title = Ihr Tipp, die Schätzung der Öffentlichkeit und die amtliche Zahl
card-legend-guess = Ihr Tipp
card-legend-estimate = Schätzung: { $respondents }
card-source = Quelle:
card-more = Der Fakt, Hinweise dazu und die Daten
card-newer = Diese Karte zeigt die Zahlen mit Stand { $month }; es gibt eine neuere Zahl.
card-newer-link = Zur neuesten Zahl
guess-employment_rate = Was schätzen Sie: Wie viel Prozent { $who_of } { $in_place } waren erwerbstätig ({ $period })?
guess-tertiary_education_share = Was schätzen Sie: Wie viel Prozent { $who_of } { $in_place } hatten einen tertiären Bildungsabschluss ({ $period })?
guess-schooling_10y_plus_share = Was schätzen Sie: Wie viel Prozent { $who_of } { $in_place } hatten zehn oder mehr Jahre Schule, Berufsausbildung oder Hochschule absolviert ({ $period })?
guess-university_degree_share = Was schätzen Sie: Wie viel Prozent { $who_of } { $in_place } hatten einen Hochschulabschluss ({ $period })?
guess-welfare_receipt_share = Was schätzen Sie: Wie viel Prozent { $who_of } { $in_place } lebten in Haushalten, die Grundsicherung bezogen ({ $period })?
guess-immigrant_population_share = Was schätzen Sie: Wie viel Prozent der Bevölkerung { $in_place } waren { $who } ({ $period })?
embed-link = diesen Fakt einbetten
embed-title = Diesen Fakt einbetten
embed-intro = Fügen Sie das Snippet in Ihre Website ein: eine Karte, die sich ihrer Spalte anpasst, in hellen Farben, sofern Sie nicht dunkle wählen, und die nichts über Ihre Leserinnen und Leser irgendwohin sendet (keine Cookies, keine Tracker, keine Anfrage an eine andere Website).
embed-preview = Vorschau
embed-choose = Karte wählen
embed-theme = Farben
embed-theme-light = Hell (für die meisten Seiten)
embed-theme-dark = Dunkel
embed-theme-auto = Der Einstellung der Lesenden folgen
embed-guess = Erst schätzen lassen
embed-snippet = Der Einbettungscode (immer die neueste Zahl)
embed-snippet-intro = Die Karte passt ihre Größe selbst an ihren Inhalt an (mit derselben Nachricht, die auch Einbettungen von Datawrapper senden, sodass bestehende CMS-Integrationen funktionieren). Ohne JavaScript sehen Ihre Leserinnen und Leser das Bild der Karte und einen Link.
embed-copy = Einbettungscode kopieren
embed-copied = Kopiert.
embed-pinned = Auf diesen Monat festgelegt
embed-pinned-intro = Diese Karte behält dauerhaft die Zahlen mit Stand { $month }; erscheint eine neuere Zahl, weist sie mit einem Link darauf hin.
embed-options = Optionen in der Adresse der Karte
embed-option-theme = helle (Standard) oder dunkle Farben, oder auto, um der Einstellung der Lesenden zu folgen
embed-option-guess = 1 lässt die Lesenden schätzen, bevor die Zahl gezeigt wird; 0 (Standard) zeigt sie sofort
embed-option-lang = die Sprache der Karte, bei der Adresse ohne Sprache (cards/<fact>/?lang=en)
embed-images = Bilder für Newsletter und soziale Medien
embed-images-intro = Dieselbe Karte als Bild, breit (1200 × 630) und quadratisch (1080 × 1080). Verwenden Sie den Fakt als Alternativtext:
embed-image-wide = Breit
embed-image-square = Quadratisch
embed-alt = Alternativtext: { $alt }

## Sprachen und Übersetzungen
language-name = Deutsch
language-switcher = Sprache
nav-translations = Übersetzungen
translations-title = Übersetzungen
translations-intro = factgap veröffentlicht jede Seite, jede Faktenkarte, jedes Bild, jeden Feed und jedes Briefing in { $count } Sprachen. Englisch ist das Original; die anderen sind Übersetzungen, und für jede ist hier angegeben, ob sie bereits muttersprachlich geprüft wurde.
translations-caption = Sprachen und die Prüfung ihrer Texte
translations-col-language = Sprache
translations-col-texts = Texte
translations-col-status = Prüfung
translations-part-site = Seiten, Faktenkarten, Bilder und Feeds
translations-part-briefing = Das monatliche Briefing
translations-part-content = Annahmen, Erklärungen, Hinweise, Quellenanmerkungen und FOCUS-Ergebnisse
translations-original = Das Original
translations-reviewed = Muttersprachlich geprüft: { $reviewer } ({ $date })
translations-not-reviewed = Noch nicht muttersprachlich geprüft
translations-proper-names = Namen von Quellen, Datensätzen, Veröffentlichungen und Herausgebern bleiben in ihrer Originalsprache, ebenso Zitate daraus.
translations-digits = Zahlen auf den arabischen Seiten verwenden { $arabic_digits ->
    [arab] arabisch-indische Ziffern
   *[other] westliche Ziffern
}; wer factgap veröffentlicht, legt dies in factgap.toml fest.
quote-original = Im Original:
period-quarter = { $quarter }. Quartal { $year }
respondents-democrats = Befragte, die den Demokraten nahestehen
respondents-republicans = Befragte, die den Republikanern nahestehen
respondents-natives = im Inland geborene Befragte
population-natives = im Inland Geborene
    .of = der im Inland Geborenen
population-non_western_immigrants = Eingewanderte aus nicht westlichen Ländern
    .of = der Eingewanderten aus nicht westlichen Ländern
population-danish_origin = Menschen dänischer Herkunft
    .of = der Menschen dänischer Herkunft
population-western_immigrants = Eingewanderte aus westlichen Ländern
    .of = der Eingewanderten aus westlichen Ländern
population-western_descendants = Nachkommen von Eingewanderten aus westlichen Ländern
    .of = der Nachkommen von Eingewanderten aus westlichen Ländern
population-non_western_descendants = Nachkommen von Eingewanderten aus nicht westlichen Ländern
    .of = der Nachkommen von Eingewanderten aus nicht westlichen Ländern
population-refugees_2015_ams_registered = 2015 eingereiste, beim AMS arbeitsuchend gemeldete Geflüchtete
    .of = der 2015 eingereisten, beim AMS arbeitsuchend gemeldeten Geflüchteten
population-foreign_born_0_1_years = im Ausland Geborene im ersten Jahr im Land
    .of = der im Ausland Geborenen im ersten Jahr im Land
population-foreign_born_2_3_years = im Ausland Geborene nach zwei bis drei Jahren im Land
    .of = der im Ausland Geborenen nach zwei bis drei Jahren im Land
population-foreign_born_4_9_years = im Ausland Geborene nach vier bis neun Jahren im Land
    .of = der im Ausland Geborenen nach vier bis neun Jahren im Land
population-foreign_born_10_years_plus = im Ausland Geborene nach zehn und mehr Jahren im Land
    .of = der im Ausland Geborenen nach zehn und mehr Jahren im Land
population-syrian_protection_seekers = Schutzsuchende mit syrischer Staatsangehörigkeit
    .of = der Schutzsuchenden mit syrischer Staatsangehörigkeit
population-syrian_protection_recognised = Schutzsuchende mit syrischer Staatsangehörigkeit und anerkanntem Schutzstatus
    .of = der Schutzsuchenden mit syrischer Staatsangehörigkeit und anerkanntem Schutzstatus
population-syrian_protection_open = Schutzsuchende mit syrischer Staatsangehörigkeit und offenem Schutzstatus
    .of = der Schutzsuchenden mit syrischer Staatsangehörigkeit und offenem Schutzstatus
fact-unemployment_rate = { $in_place_start } waren { $value } { $who_of } unter den Erwerbspersonen arbeitslos ({ $period }).
fact-college_degree_share = { $in_place_start } hatten { $value } { $who_of } einen Hochschulabschluss ({ $period }).
fact-low_education_share = { $in_place_start } waren { $value } { $who_of } gering gebildet, wie die Autorinnen und Autoren der Befragung es definieren ({ $period }).
fact-immigrant_share_of_low_educated = { $in_place_start } stellten { $population } { $value } der Menschen ohne Highschool-Abschluss ({ $period }).
fact-poverty_rate = { $in_place_start } lebten { $value } { $who_of } unter der Armutsgrenze ({ $period }).
fact-immigrant_share_of_poor = { $in_place_start } stellten { $population } { $value } der Menschen unter der Armutsgrenze ({ $period }).
fact-in_work_share = { $in_place_start } hatten { $value } { $who_of } bis { $period } Arbeit gefunden.
fact-asylum_seeker_share_of_immigrants = { $in_place_start } waren { $value } { $who_of } Asylsuchende ({ $period }).
fact-public_support_share = { $in_place_start } lebten { $value } { $who_of } überwiegend von öffentlichen Leistungen ({ $period }).
fact-economic_assistance_share = { $in_place_start } bezogen { $value } { $who_of } wirtschaftliche Hilfe (Sozialhilfe) ({ $period }).
fact-protection_seekers = { $in_place_start } waren Ende { $period } { $value } { $who } erfasst.
verdict-answer_contradicted = Ihre Spanne war falsch
verdict-answer_consistent = Ihre Spanne war richtig
verdict-answer_not_judged = Als Einstufung gefragt: kein Urteil
comparison-answer_contradicted = Gefragt wurde nach einer Spanne, nicht nach einer Zahl. { $actual_name_start } für { $period } beträgt { $actual } und liegt außerhalb der Spanne, die diese Befragten wählten.
comparison-answer_consistent = Gefragt wurde nach einer Spanne, nicht nach einer Zahl. { $actual_name_start } für { $period } beträgt { $actual } und liegt innerhalb der Spanne, die diese Befragten wählten.
comparison-answer_not_judged = Gefragt wurde nach einer Einstufung, nicht nach einer Zahl: Eine Einstufung lässt sich keiner Zahl gegenüberstellen, daher fällt factgap kein Urteil. Die gezeigte Zahl für { $period } stammt aus einer anderen Quelle.
caveat-not_refugees = Nicht eigens über Geflüchtete: Die Zahl betrifft wie die Frage der Befragung { $population }, von denen Geflüchtete nur ein Teil sind.
caveat-answer_as_worded = Die Befragung gibt an, wie viele Befragte eine Spanne oder eine Einstufung wählten, keine durchschnittliche Schätzung; die Antwort wird so zitiert, wie die Befragung sie berichtet.
benchmark-line = Dieselbe Befragung fragte nach { $group }: Die Schätzung ({ $respondents }) lag bei { $estimate }, tatsächlich waren es { $actual }.
benchmark-same = Auch für { $group } wird diese Zahl in dieselbe Richtung falsch eingeschätzt; ein großer Teil der Lücke ist also eine Fehleinschätzung der Zahl selbst, nicht eine Sicht auf Eingewanderte.
benchmark-same-larger = Für { $group } liegt die Schätzung sogar noch weiter daneben; die Lücke ist also eine Fehleinschätzung der Zahl selbst, nicht eine Sicht auf Eingewanderte.
benchmark-misjudged-too = Auch die Zahl für { $group } wird falsch eingeschätzt.
benchmark-right = Für { $group } lag die Schätzung ungefähr richtig; die Lücke bei Eingewanderten ist also keine allgemeine Fehleinschätzung der Zahl.
estimate-other = Schätzung: { $respondents }, { $value }.
benchmark-heading = Dieselbe Frage über Einheimische
missing-topic = Hier wurde keine zitierbare Zahl über Geflüchtete gefunden.
missing-heading = Was fehlt
missing-intro = FOCUS hat Befragungen in { $place } durchgeführt. Zu diesen Themen wurde hier noch keine amtliche Zahl und keine Befragungszahl über Geflüchtete gefunden, die factgap zitieren kann, daher gibt es keinen Fakt; die studienweiten Befunde von FOCUS stehen auf der FOCUS-Seite.

