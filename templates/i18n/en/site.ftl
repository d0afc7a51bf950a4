## factgap, English. Every text a page, a download note or a citation shows
## comes from here; code only picks the key. Keys are shared by all languages.

dir = ltr
site-name = factgap
site-tagline = Official figures on refugees' education, employment and welfare, beside what the public believes.
skip-to-content = Skip to content
nav-label = Main
nav-home = Facts
nav-sources = Sources
nav-data = Data (CSV)
footer-refreshed = Data last refreshed on { $date }.
footer-focus = factgap follows a recommendation of the FOCUS project (EU Horizon 2020, grant 822401): share the real situation of refugees regularly and engage the media.

## Numbers, dates and values
number-decimal-separator = .
number-group-separator = ,
value-percent = { $value }%
value-persons = { $value } { $count ->
    [one] person
   *[other] people
}
period-month = { $month } { $year }
month-01 = January
month-02 = February
month-03 = March
month-04 = April
month-05 = May
month-06 = June
month-07 = July
month-08 = August
month-09 = September
month-10 = October
month-11 = November
month-12 = December
age-all = all ages the source covers
age-range = aged { $range }
age-15-pension_age = aged 15 to pension age
age-working_age = of working age
sex-F = women
sex-M = men
who-with-age = { $population } { $age }
who-with-sex = { $sex } among { $population }
who-with-sex-and-age = { $sex } among { $population } { $age }

## Home
home-title = Refugees in the official figures
home-intro = People in Germany, Sweden, Croatia and Jordan underestimate how educated and how employed refugees are, and overestimate how many receive welfare, found the FOCUS project. Here are the official figures, where each comes from, and how sure it is.
home-refreshed = Data last refreshed on { $date }.
home-stale-intro = These sources could not be refreshed; their figures may be out of date:
stale-badge = Data may be stale
stale-explain = a source behind this fact could not be refreshed, so a newer figure may exist.

## Topics
topic-education = Education
topic-employment = Employment
topic-welfare = Welfare dependence
topic-population_share = Share of immigrants in the population

## Fact pages, in the debunking order
myth-flag = Myth
why-heading = Why people get it wrong
fact-again-heading = The fact
caveats-heading = Read with care
numbers-heading = The numbers
numbers-caption = The official figure and the public's estimate
col-value = Value
col-period = Period
col-who = Population
col-source = Source
col-certainty = Certainty
col-latest = Latest data
row-actual = Official figure
row-estimate = Estimate by { $respondents }
sample-size = n = { $n }
flags-explain = Eurostat flags: b = break in series, u = low reliability, d = definition differs
certainty-V = V: seen verbatim in the primary source, or read from the producer's own data service
certainty-S = S: seen only in a secondary source (news or summary) quoting the original
certainty-D = D: read from a third-party copy of Eurostat's files; replaced by Eurostat's own data at the next successful fetch

verdict-overestimated = Overestimated
verdict-underestimated = Underestimated
verdict-about_right = About right
verdict-no_measured_estimate = No measured public estimate
comparison-overestimated = The public estimated { $estimate }; the official figure is { $actual }: { $gap } points too high, more than the margin of error (±{ $margin } points).
comparison-underestimated = The public estimated { $estimate }; the official figure is { $actual }: { $gap } points too low, more than the margin of error (±{ $margin } points).
comparison-about_right = The public estimated { $estimate }; the official figure is { $actual }. The gap of { $gap } points is within the margin of error (±{ $margin } points).
comparison-direction-underestimated = The FOCUS surveys found that longer-term residents underestimate this.
comparison-direction-overestimated = The FOCUS surveys found that longer-term residents overestimate this.
comparison-no_measured_estimate = No survey has measured what the public here estimates; the official figure stands on its own.

respondents-general_public = the general public
respondents-receiving_community = longer-term residents (receiving community)
respondents-arriving_community = refugees (arriving community)
respondents-both = both communities

caveat-population_differs = The public's estimate is about { $estimate_population }; the official figure is about { $actual_population }.
caveat-period_gap = The public's estimate dates from { $estimate_period }, the official figure from { $actual_period }.
caveat-finding_period = The FOCUS surveys were in the field in about 2020–2021 (their reports appeared in October 2021); the official figure is from { $actual_period }.
caveat-low_reliability = The source flags the { $period } figure as of low reliability.
caveat-break_in_series = The series has a break in { $period }: earlier years are not strictly comparable.
caveat-definition_differs = In { $period } the figure follows a definition that differs from the standard one.
caveat-naturalisation = Figures by citizenship leave out refugees who have naturalised, often the best integrated, so they understate employment and overstate welfare receipt.
caveat-secondary_source = A figure here was read in a secondary source (news or summary) quoting the original; it is still to be checked against the primary publication.
caveat-third_party_copy = A figure here was read from a third-party copy of Eurostat's files; Eurostat's own data replace it at the next successful fetch.
caveat-direction_only = The FOCUS publications state the direction of this misperception, not the survey numbers behind it, so no gap is computed.
caveat-finding_across_countries = FOCUS states this finding for its study as a whole (Germany, Sweden, Croatia and Jordan), not for each country separately.
caveat-margin_from_sample_size = The survey gives its sample size but no margin of error; the margin used is the widest a mean estimate can have with that sample (1.96 × 50 ÷ √n).
caveat-margin_assumed = The survey gives neither a margin of error nor a sample size here; factgap assumes a margin of { $margin } points, so only larger gaps count as a misperception.

## Citing
cite-heading = Cite this
cite-short-label = Short:
cite-full-label = Full:
permalink-label = Permalink:
cite-short = factgap ({ $year }), “{ $title }”, { $url }. Data: { $data }.
cite-full = factgap ({ $year }). “{ $title }” { $url } (data as of { $date }). Data: { $data }
download-csv = Download all facts (CSV)
download-json = Download all facts (JSON)
data-licence-note = Compiled by factgap. Each figure keeps the licence of its source (see each source's licence and attribution); cite the source with the figure.

## Sources and provenance
provenance-heading = Where the numbers come from
sources-title = Sources
sources-intro = Every source factgap uses, with its full citation, licence and attribution, and where this build took its figures from.
sources-caption = Sources and the state of their data
source-producer = Producer
source-dataset = Dataset
source-citation = Citation
source-url = Web page
source-download = Data service
source-licence = Licence
source-attribution = Attribution
source-origin = Figures taken from
source-freshness = State
source-notes = Notes
source-publications = Publications
origin-snapshot = a snapshot retrieved on { $retrieved } (SHA-256 { $hash }).
origin-provider-updated = The producer last updated the data on { $updated }.
origin-seed = figures transcribed from the publication into { $file } (read on { $accessed }).
origin-missing = nothing usable: this source failed validation and is left out.
origin-snapshot-short = snapshot
origin-seed-short = transcribed
origin-missing-short = left out
freshness-fresh = current
freshness-transcribed = as published
freshness-stale = may be stale: not refreshed from the producer
freshness-missing = left out of this build

## Places (ISO 3166-1 alpha-2 and aggregates)
place-AT = Austria
place-BE = Belgium
place-BG = Bulgaria
place-DE = Germany
place-DK = Denmark
place-EE = Estonia
place-ES = Spain
place-EU27_2020 = the EU (27 countries)
place-EU28 = the EU (28 countries, 2017)
place-FR = France
place-GB = Great Britain
place-HR = Croatia
place-HU = Hungary
place-IT = Italy
place-JO = Jordan
place-LU = Luxembourg
place-NL = the Netherlands
place-PL = Poland
place-RO = Romania
place-SE = Sweden
place-SK = Slovakia
place-US = the United States
place-WORLD = the world
place-XX14 = the 14 countries surveyed (average)

## Populations, as a sentence names them
population-all_origins = people of every origin
population-asylum_seekers_2013_2016_arrivals = adult refugees who arrived between 2013 and early 2016
population-asylum_seekers_2015_registered = asylum seekers registered in 2015
population-foreign_born = people born abroad
population-from_syria = people from Syria
population-foreigners = foreign nationals
population-german_nationals = German nationals
population-legal_immigrants = legal immigrants
population-nationals = nationals
population-native_born = people born in the country
population-non_eu_born = people born outside the EU
population-non_eu_citizens = citizens of non-EU countries
population-other_foreign_born = other people born abroad
population-refugees = refugees
population-refugees_2013_2016_arrivals = refugees who arrived between 2013 and 2016
population-refugees_2013_2019_arrivals = refugees who arrived between 2013 and 2019
population-refugees_2015_arrivals = refugees who arrived in 2015
population-refugees_and_families = refugees and their family members
population-swedish_born = people born in Sweden
population-swedish_born_syria_born_parent = people born in Sweden with a parent born in Syria
population-syria_born = people born in Syria
population-syrian_nationals = people with Syrian nationality
population-syrian_refugees_2013_2019_arrivals = Syrian refugees who arrived between 2013 and 2019
population-syrian_refugees_2015_arrivals = Syrian refugees who arrived in 2015
population-syrian_refugees_post_2015 = refugees from Syria granted protection after 2015
population-total = the whole population
population-ukrainian_nationals = Ukrainian nationals

## Fact sentences, one pattern per indicator
fact-employment_rate = In { $place }, { $value } of { $who } were in work in { $period }.
fact-tertiary_education_share = In { $place }, { $value } of { $who } had a tertiary education in { $period }.
fact-schooling_10y_plus_share = In { $place }, { $value } of { $who } had ten or more years of school, vocational training or university ({ $period }).
fact-university_degree_share = In { $place }, { $value } of { $who } held a university degree ({ $period }).
fact-welfare_receipt_share = In { $place }, { $value } of { $who } lived in households receiving basic income support in { $period }.
fact-immigrant_population_share = In { $place }, { $population } made up { $value } of the population in { $period }.
