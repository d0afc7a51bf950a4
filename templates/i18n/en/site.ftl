## factgap, English. Every text a page, a download note or a citation shows
## comes from here; code only picks the key. Keys are shared by all languages.

dir = ltr
site-name = factgap
site-tagline = Official figures on refugees' education, employment and welfare, beside what the public believes.
skip-to-content = Skip to content
nav-label = Main
nav-home = Facts
nav-sources = Sources
nav-data = Data
nav-methodology = Methodology
nav-search = Search
nav-corrections = Corrections and changes
nav-focus = About FOCUS
nav-footer-label = Topics, places and more
feed-title = New, updated and corrected facts (Atom feed)
feed-subtitle = Every fact factgap publishes for the first time, every figure that changes, and every correction.
footer-licence = Texts by factgap. Each figure keeps the licence of its source, named with it; cite the source with the figure.
footer-refreshed = Data last refreshed from their producers on { $date }.
footer-transcribed = No source has been refreshed from its producer yet; figures last transcribed on { $date }.
footer-focus = factgap follows a recommendation of the FOCUS project (EU Horizon 2020, grant 822401): share the real situation of refugees regularly and engage the media.

## Numbers, dates and values. Numbers and dates are formatted by ICU4X for the
## language (digits, decimal and group separators); messages only place them.
## Every message also receives $numbering: "latn" or "arab", the digits in use.
value-percent = { $value }%
value-persons = { $value } { $count ->
    [one] person
   *[other] people
}
age-all = all ages the source covers
age-range = aged { $range }
age-15-pension_age = aged 15 to pension age
age-working_age = of working age
sex-F = women
sex-M = men
## Populations (below) may carry an optional `.of` form, used after "of"/"share of"
## ($who_of) where the language inflects; without it the plain value is used.
who-with-age = { $population } { $age }
who-with-sex = { $sex } among { $population }
who-with-sex-and-age = { $sex } among { $population } { $age }

## Home
home-title = Refugees in the official figures
home-intro = The FOCUS project reports that longer-term residents of the cities it studied in Germany, Sweden, Croatia and Jordan tend to underestimate refugees' education and employment and to overestimate how many receive welfare; it has not published the survey figures behind this. Here are the official figures, where each comes from, and how sure it is.
home-lead = Official figures on refugees' education, employment and welfare in Germany, Sweden, Croatia and Jordan, and elsewhere, beside what the public believes: each with its source and how sure it is.
home-chooser = Choose a country:
home-all-countries = All countries
home-mission-heading = Refugees in the FOCUS countries
home-shares-heading = How large people think the immigrant population is
home-changed-first = { $count } facts first published on { $date }.
home-stale-line = Not refreshed from their producers, so a newer figure may exist: { $sources }.
facts-index-title = All facts
home-refreshed = Data last refreshed from their producers on { $date }.
home-transcribed = No source has been refreshed from its producer yet; figures last transcribed on { $date }.
home-headlines = The facts, first
home-changed = What changed in the last run
home-changed-intro = { $count ->
    [one] One change
   *[other] { $count } changes
} published on { $date }:
home-changed-none = No published figure has changed yet.
home-changed-all = Every change and correction, ever
home-by-topic = By topic
home-by-place = By country
fact-count = { $count ->
    [one] one fact
   *[other] { $count } facts
}
home-stale-intro = These sources could not be refreshed; their figures may be out of date:
stale-badge = Data may be stale
stale-explain = a source behind this fact could not be refreshed, so a newer figure may exist.

## Topics
topic-education = Education
topic-employment = Employment
topic-welfare = Welfare dependence
topic-population_share = Share of immigrants in the population
topics-label = Topics
places-label = Countries
topic-intro-education = How educated refugees and other immigrants are, by the official figures, and what the public believes.
topic-intro-employment = How many refugees and other immigrants work, by the official figures, and what the public believes.
topic-intro-welfare = How many refugees receive welfare, by the official figures, and what the public believes.
topic-intro-population_share = How large the immigrant population is, by the official figures, and how large the public believes it to be.
topic-compare-heading = Every place side by side
topic-compare-note = The rows count different people and years (refugees in some places, all non-EU citizens or non-EU-born in others): read each row with its population, period and certainty.
topic-dots-title = { $topic } in every place
topic-dots-desc = Dot plot of { $count } places: the figure (filled dot) and, where a survey measured it, the public's estimate (hollow dot), on a scale of 0 to 100%.
topic-dots-unit = percent, latest figure in each place
topic-dots-caption = Filled dot: the figure. Hollow dot: the public's estimate, where a survey measured it.
topic-table-caption = Every place: the figure, its period, population and certainty (sort by any column)
col-place = Place
col-verdict = Verdict
chart-source-line = Source: see each fact page · { $site }

## Fact pages, in the debunking order
myth-flag = Myth
why-heading = Why people get it wrong
fact-again-heading = The fact
caveats-heading = Read with care
numbers-heading = The numbers
numbers-caption = The official figure and the public's estimate
numbers-caption-figures = The figures and their sources
col-figure = Figure
col-years-since-arrival = Years since arrival
col-flags = Flags
fact-updated = Figures as of { $date }
fact-changed = Figure changed on { $date }: { $kind }
fact-as-of-snapshot = Figures retrieved from the producer on { $date }
fact-as-of-seed = Figures transcribed from the publication on { $date }
fact-as-of-copy = Figures read from a third-party copy dated { $date }
fact-next-update = Next expected update: { $next }
chart-compare-title-benchmark = The public's estimate beside the survey's own figure
chart-compare-title = The public's estimate beside the official figure
chart-unit-percent = Percent
chart-unit-persons = Number of people
chart-subtitle = { $unit }: { $who }, { $period }
trend-subtitle = { $unit }: { $who }
chart-source = Source: { $source } ({ $certainty }) · { $site }
chart-download = Download this chart:
chart-compare-caption = Hatched bar: the public's estimate, with the margin the verdict uses. Solid bar: the figure it was compared with.
chart-estimate = Estimate by { $respondents }
chart-actual = Official figure
chart-actual-benchmark = Actual figure (the survey's)
chart-desc = Bar chart: { $respondents } estimated { $estimate }; { $actual_name } is { $actual }.
chart-trend-title = The official figure over time
chart-trend-title-arrival = The official figure by years since arrival
chart-trend-title-population = The official figure for { $population }, year by year since arrival
trend-caption-population = The series follows { $population }, not the headline's population; each point's source and certainty are in the table.
trend-heading = Over time
trend-caption = Hollow points carry a flag from the source (see the table).
trend-table-caption = The data of the chart
trend-desc = Line chart of { $points } figures: { $first } in { $first_period }, { $last } in { $last_period }.
trend-desc-arrival = Line chart of { $points } figures by years since arrival: { $first } ({ $first_period }) to { $last } ({ $last_period }).
years-after-arrival-short = { $years } yrs
col-value = Value
col-period = Period
col-who = Population
col-source = Source
col-certainty = Certainty
col-latest = Latest data
row-actual = Official figure
row-actual-benchmark = Actual figure, as the survey gives it
row-compared = At the time of the survey
context-heading = For context
row-estimate = Estimate by { $respondents }
sample-size = n = { $n }
flags-explain = Eurostat flags: b = break in series, u = low reliability, d = definition differs
certainty-V = V: seen verbatim in the primary source, or read from the producer's own data service
certainty-S = S: seen only in a secondary source (news or summary) quoting the original
certainty-D = D: read from a third-party copy of Eurostat's files; replaced by Eurostat's own data at the next successful fetch
certainty-words-V = seen in the primary source, or read from the producer's own data service
certainty-words-S = reported by a secondary source quoting the original; not yet checked against it
certainty-words-D = from a third-party copy of Eurostat's files, not yet checked against Eurostat; replaced by Eurostat's own figure when fetched
certainty-short-V = seen in the primary source
certainty-short-S = from a secondary source, not yet checked
certainty-short-D = third-party copy of Eurostat's files, not yet checked

verdict-overestimated = Overestimated
verdict-underestimated = Underestimated
verdict-about_right = About right
verdict-direction_reported = FOCUS: direction reported
verdict-no_measured_estimate = No measured public estimate
actual-name-official = the official figure
actual-name-benchmark = the actual figure the survey gives
margin-phrase-published = the survey's published margin of error (±{ $margin } points)
margin-phrase-sample_size = the margin of error its sample size allows (±{ $margin } points)
margin-phrase-assumed = factgap's assumed margin of ±{ $margin } points (the survey publishes none)
comparison-overestimated = The estimate by { $respondents } was { $estimate }; { $actual_name } is { $actual }: { $gap } points too high, more than { $margin_phrase }.
comparison-underestimated = The estimate by { $respondents } was { $estimate }; { $actual_name } is { $actual }: { $gap } points too low, more than { $margin_phrase }.
comparison-about_right = The estimate by { $respondents } was { $estimate }; { $actual_name } is { $actual }. The gap of { $gap } points is within { $margin_phrase }.
finding-about_right = { $in_place_start }, the public estimated this about right.
comparison-direction-underestimated = Direction only: FOCUS reports that longer-term residents of the cities it studied in Germany, Sweden, Croatia and Jordan tend to underestimate { $subject }. It published no estimate and did not ask about this figure, so no one has measured what people believe about it.
comparison-direction-overestimated = Direction only: FOCUS reports that longer-term residents of the cities it studied in Germany, Sweden, Croatia and Jordan tend to overestimate { $subject }. It published no estimate and did not ask about this figure, so no one has measured what people believe about it.
direction-subject-education = refugees' level of education
direction-subject-employment = refugees' level of employment
direction-subject-welfare = the number of refugees receiving welfare assistance
comparison-no_measured_estimate = No survey has measured what the public { $in_place } believes about this; the figure stands on its own.
rating-overestimated = Overestimated: { $actual_name } is { $actual }
rating-underestimated = Underestimated: { $actual_name } is { $actual }

respondents-general_public = the general public
respondents-receiving_community = longer-term residents (receiving community)
respondents-arriving_community = refugees (arriving community)
respondents-both = both communities

caveat-population_differs = The public's estimate is about { $estimate_population }; the official figure is about { $actual_population }.
caveat-period_gap = The public's estimate dates from { $estimate_period }, the official figure from { $actual_period }.
caveat-finding_period = FOCUS's fieldwork was about 2020–2021, as the reports' dates suggest (the survey report appeared in October 2021); the figure here is from { $actual_period }.
caveat-low_reliability = The source flags the { $period } figure as of low reliability.
caveat-break_in_series = The series has a break in { $period }: earlier years are not strictly comparable.
caveat-definition_differs = In { $period } the figure follows a definition that differs from the standard one.
caveat-naturalisation = Figures by citizenship leave out refugees who have naturalised, often the best integrated, so they understate employment and overstate welfare receipt.
caveat-secondary_source = A figure here was read in a secondary source (news or summary) quoting the original; it is still to be checked against the primary publication.
caveat-third_party_copy = A figure here was read from a third-party copy of Eurostat's files; Eurostat's own data replace it at the next successful fetch.
caveat-direction_only = The FOCUS publications state only the direction of this misperception, for their study as a whole, and no survey numbers; no gap is computed and there is no verdict on this figure.
caveat-finding_across_countries = FOCUS states this finding for its study as a whole (Germany, Sweden, Croatia and Jordan), not for each country separately.
caveat-margin_from_sample_size = The survey gives its sample size but no margin of error; the margin used is the widest a mean estimate can have with that sample (1.96 × 50 ÷ √n).
caveat-margin_assumed = The survey gives neither a margin of error nor a sample size here; factgap uses an assumed margin of { $margin } points, so only larger gaps count as a misperception.

## Citing
cite-heading = Cite this
cite-short-label = Short:
cite-full-label = Full:
permalink-label = Permalink:
cite-short = factgap ({ $year }), “{ $title }”, { $url }. Data: { $data } ({ $certainty }).
cite-full = factgap ({ $year }). “{ $title }” { $url } (data accessed { $date }). Data: { $data } Certainty: { $certainty }.
download-fact-label = This fact's data:
download-fact-csv = CSV
download-fact-json = JSON
download-fact-image = image (PNG)
download-all = all data
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
source-next-update = Next expected update
next-update-announced = { $date } (announced by the producer)
next-update-expected = around { $date } (once the producer's usual schedule comes round; no date announced)
next-update-annual-undated = once a year; no date announced
next-update-twice_yearly-undated = twice a year; no date announced
next-update-none = none expected: a one-off publication
next-update-unknown = not announced by the producer
source-notes = Notes
source-publications = Publications
origin-snapshot = a snapshot retrieved on { $retrieved } (SHA-256 { $hash }).
origin-provider-updated = The producer last updated the data on { $updated }.
origin-seed = figures transcribed from the publication into { $file } (read on { $accessed }).
origin-seed-copy = figures read from a third-party copy of the producer's files into { $file } (the copy is dated { $accessed }); not yet checked against the producer.
origin-missing = nothing usable: this source failed validation and is left out.
origin-snapshot-short = snapshot
origin-seed-short = transcribed
origin-missing-short = left out
freshness-fresh = current
freshness-transcribed = as published
freshness-stale = may be stale: not refreshed from the producer
freshness-missing = left out of this build

## Places (ISO 3166-1 alpha-2 and aggregates). The value stands alone (headings,
## lists, table cells); `.in` is the place inside a sentence ("in Germany").
place-AT = Austria
    .in = in Austria
place-BE = Belgium
    .in = in Belgium
place-BG = Bulgaria
    .in = in Bulgaria
place-DE = Germany
    .in = in Germany
place-DK = Denmark
    .in = in Denmark
place-EE = Estonia
    .in = in Estonia
place-ES = Spain
    .in = in Spain
place-EU27_2020 = the EU (27 countries)
    .in = in the EU (27 countries)
place-EU28 = the EU (28 countries, 2017)
    .in = in the EU (28 countries, 2017)
place-FR = France
    .in = in France
place-GB = Great Britain
    .in = in Great Britain
place-HR = Croatia
    .in = in Croatia
place-HU = Hungary
    .in = in Hungary
place-IT = Italy
    .in = in Italy
place-JO = Jordan
    .in = in Jordan
place-LU = Luxembourg
    .in = in Luxembourg
place-NL = the Netherlands
    .in = in the Netherlands
place-PL = Poland
    .in = in Poland
place-RO = Romania
    .in = in Romania
place-SE = Sweden
    .in = in Sweden
place-SK = Slovakia
    .in = in Slovakia
place-US = the United States
    .in = in the United States
place-WORLD = the world
    .in = in the world
place-XX14 = the 14 countries surveyed (average)
    .in = in the 14 countries surveyed (average)

## Populations, as a sentence names them
population-all_origins = people of every origin
population-asylum_seekers_2013_2016_arrivals = adult refugees who arrived between 2013 and early 2016
population-asylum_seekers_2015_registered = asylum seekers registered in 2015
population-foreign_born = people born abroad
population-from_syria = people from Syria
population-foreigners = foreign nationals
population-german_nationals = German nationals
population-legal_immigrants = foreign-born legal residents
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
fact-employment_rate = { $in_place_start }, { $value } of { $who_of } were in work in { $period }.
fact-tertiary_education_share = { $in_place_start }, { $value } of { $who_of } had a tertiary education in { $period }.
fact-schooling_10y_plus_share = { $in_place_start }, { $value } of { $who_of } had ten or more years of school, vocational training or university ({ $period }).
fact-university_degree_share = { $in_place_start }, { $value } of { $who_of } held a university degree ({ $period }).
fact-welfare_receipt_share = { $in_place_start }, { $value } of { $who_of } lived in households receiving basic income support in { $period }.
fact-employment_rate_dependent = { $in_place_start }, { $value } of { $who_of } were employees (in dependent employment) in { $period }.
fact-welfare_recipients_under_15 = { $in_place_start }, about { $value } among the { $who } receiving basic income support were children under 15 ({ $period }).
fact-immigrant_population_share = { $in_place_start }, { $population } made up { $value } of the population in { $period }.

## Changes and corrections
change-new = New fact
change-updated = Figure updated
change-corrected = Corrected
change-verdict = Verdict changed
change-withdrawn = Withdrawn
change-estimate-value = public's estimate { $value }
reason-new_period = new data for a later period
reason-revision = the producer revised the figure
reason-correction = we corrected our transcription
reason-replaced = another figure now answers the claim
reason-none-new = first publication
reason-none-updated = the figure changed
reason-none-corrected = we corrected our transcription
reason-none-verdict = the figures moved across the margin of error
reason-none-withdrawn = no acceptable figure any more
corrections-title = Corrections and changes
corrections-intro = Every change to a figure factgap has published, with the date, the old and the new value and the reason. Entries are added, never rewritten.
corrections-caption = All changes, newest first
col-date = Date
col-change = Change
col-fact = Fact
col-old = Old value
col-new = New value
col-reason = Reason

## Methodology
methodology-title = Methodology
methodology-intro = How factgap matches what the public believes with official figures, and when it calls a belief wrong.
methodology-claims-heading = Claims and figures
methodology-claims = Each claim names a belief about refugees or immigrants and the official figures that can answer it, most preferred first. In each place, the headline is the latest period of the most preferred figure the data have. A public estimate is judged against the figure of that population nearest its survey, no further from it than the claim allows; when that is not the headline, the fact shows it beside the headline, labelled "at the time of the survey".
methodology-claims-caption = The claims factgap checks
col-topic = Topic
col-belief = Belief
col-period-gap = Largest period gap
years = { $count ->
    [one] one year
   *[other] { $count } years
}
methodology-populations-heading = Populations
methodology-populations = Surveys and statistics rarely count the same people. Where the public's estimate is about another population than the official figure (all immigrants against refugees, say), the fact says so. Each population, as its sources define it:
methodology-uncertainty-heading = When is a belief wrong?
methodology-uncertainty = A public estimate is a survey's average, with a margin of error. factgap takes the margin in this order:
methodology-margin-published = the margin or confidence interval the survey publishes;
methodology-margin-sample = else, from the sample size, the widest 95% margin an average of answers on a 0–100 scale can have: 1.96 × 50 ÷ √n;
methodology-margin-assumed = else an assumed margin of { $margin } percentage points, stated on the fact.
methodology-combined = The margins of the estimate and of the official figure combine as the square root of the sum of their squares. Verdicts use the unrounded values, so rounding on a page never changes one.
methodology-verdict-gap = the gap between estimate and official figure is larger than the combined margin.
methodology-verdict-about = the gap is within the combined margin: no misperception is claimed.
methodology-verdict-none = no survey measured the public's estimate here; the official figure stands on its own.
methodology-direction = The FOCUS publications state only a direction, for their study as a whole: longer-term residents of the cities it surveyed in Germany, Sweden, Croatia and Jordan tend to underestimate refugees' education and employment and to overestimate welfare receipt. They give no number and did not ask about any of the figures here. A fact in one of those four countries therefore says "FOCUS: direction reported", quotes FOCUS, and gives no gap and no verdict; elsewhere it says that no survey measured the belief, and names no myth.
methodology-verdict-direction = FOCUS reported the direction of a misperception for its study as a whole; no one measured the belief about this figure.
methodology-certainty-heading = How sure each figure is
methodology-stale = A source not refreshed for { $days } days, or whose refresh failed, is marked "data may be stale" on every fact that uses it.
methodology-corrections = Every change to a published figure is logged with its reason:

## About FOCUS
focus-title = About the FOCUS project
focus-intro = FOCUS (Horizon 2020, grant 822401) surveyed refugees from Syria and the longer-term residents of the places they live in Germany, Sweden, Croatia and Jordan. factgap exists because of one of its recommendations: to share the real situation of refugees regularly. Its findings and recommendations, as its publications state them:
focus-findings = Findings
focus-recommendations = Recommendations
focus-sample = Who took part
focus-more-heading = The publications
focus-more = Full citations of the FOCUS publications are on the sources page:

## Search
search-title = Search
search-placeholder = Search the facts
search-noscript = Search needs JavaScript. Every fact is also listed by topic and by country:

## Data
data-title = Data downloads
data-description = Official figures on refugees' and immigrants' education, employment and welfare, and on the immigrant share of the population, in every place the data cover, beside what the public estimates, with every figure's source, period, flags and certainty.
data-zip = Everything in one zip (CSV, JSON, data package and README)
data-facts-csv = one row per fact
data-facts-json = the facts with every figure, caveat and trend point
data-observations = every figure the facts were drawn from
data-package = a Frictionless Data Package describing the files
data-readme = what each file holds and how to cite it
data-per-fact = Each fact page also offers that fact's own data as CSV and JSON.
data-as-of = Data as of { $date }.

## Not found
notfound-title = Page not found
notfound-text = There is no page at this address. Facts keep their address for good; if you followed a link to one, it may have been withdrawn (see the corrections).

## Social images
social-source = Source: { $source }. Figure for { $period }; { $certainty }.

## Fact cards
card-guess-label = Your guess, in percent
card-reveal = Show me
card-just-show = Just show me the answer
card-number-context = { $in_place }, { $period }
card-estimate = Estimate by { $respondents }: { $value }
card-your-guess = Your guess:
card-feedback-below = You guessed { $guess }%: { $gap } points below the figure ({ $actual }).
card-feedback-above = You guessed { $guess }%: { $gap } points above the figure ({ $actual }).
card-feedback-exact = You guessed { $actual }: exactly the figure.
card-get-data = Get the data
card-frame-title = factgap fact card: { $topic }, { $place }
card-margin-published = ± { $margin } points, as published
card-margin-sample_size = ± { $margin } points, from the sample size
card-margin-assumed = ± { $margin } points assumed: the survey gives no margin
card-bars-title = Your guess, the public's estimate and the official figure
card-legend-guess = Your guess
card-legend-estimate = Estimate by { $respondents }
card-source = Source:
card-more = The fact, its caveats and its data
card-newer = This card shows the figures of { $month }; a newer figure exists.
card-newer-link = See the latest
guess-employment_rate = What share of { $who_of } { $in_place } do you think were in work ({ $period })?
guess-tertiary_education_share = What share of { $who_of } { $in_place } do you think had a tertiary education ({ $period })?
guess-schooling_10y_plus_share = What share of { $who_of } { $in_place } do you think had ten or more years of school, vocational training or university ({ $period })?
guess-university_degree_share = What share of { $who_of } { $in_place } do you think held a university degree ({ $period })?
guess-welfare_receipt_share = What share of { $who_of } { $in_place } do you think lived in households receiving basic income support ({ $period })?
guess-immigrant_population_share = What share of the population { $in_place } do you think were { $who } ({ $period })?
embed-link = embed this fact
embed-title = Embed this fact
embed-intro = Paste the snippet into your site: a card that fits its column, in light colours unless you choose dark, and sends nothing about your readers anywhere (no cookies, no trackers, no request to any other site).
embed-preview = Preview
embed-choose = Choose the card
embed-theme = Colours
embed-theme-light = Light (for most pages)
embed-theme-dark = Dark
embed-theme-auto = Follow the reader's setting
embed-guess = Ask the reader to guess first
embed-snippet = The snippet (always the latest figure)
embed-snippet-intro = The card resizes itself to its content (the message Datawrapper's embeds send, so existing CMS integrations work). Without JavaScript your readers see the card's image and a link.
embed-copy = Copy the snippet
embed-copied = Copied.
embed-pinned = Pinned to this month
embed-pinned-intro = This card keeps the figures of { $month } for good; if a newer figure comes out, it says so with a link.
embed-options = Options in the card's address
embed-option-theme = light (the default) or dark colours, or auto to follow the reader's setting
embed-option-guess = 1 asks the reader to guess before the figure is shown; 0 (the default) shows it at once
embed-option-lang = the card's language, on the address without a language (cards/<fact>/?lang=en)
embed-images = Images for newsletters and social media
embed-images-intro = The same card as a picture, wide (1200 × 630) and square (1080 × 1080). Use the fact as its alt text:
embed-image-wide = Wide
embed-image-square = Square
embed-alt = Alt text: { $alt }

## Languages and translations
language-name = English
language-switcher = Language
nav-translations = Translations
translations-title = Translations
translations-intro = factgap publishes every page, fact card, image, feed and briefing in { $count } languages. English is the original; the others are translations, and each says here whether a native speaker has reviewed it yet.
translations-caption = Languages and the review of their texts
translations-col-language = Language
translations-col-texts = Texts
translations-col-status = Review
translations-part-site = Pages, fact cards, images and feeds
translations-part-briefing = The monthly briefing
translations-part-content = Beliefs, explanations, caveats, source notes and FOCUS findings
translations-original = The original
translations-reviewed = Reviewed by a native speaker: { $reviewer } ({ $date })
translations-not-reviewed = Not yet reviewed by a native speaker
translations-proper-names = Names of sources, datasets, publications and producers stay in their original language, as do quotations from them.
translations-digits = Numbers on the Arabic pages use { $arabic_digits ->
    [arab] Arabic-Indic digits
   *[other] Western digits
}; publishers choose this in factgap.toml.
quote-original = In the original:
period-quarter = Q{ $quarter } { $year }
respondents-democrats = Democrat respondents
respondents-republicans = Republican respondents
respondents-natives = native-born respondents
population-natives = native-born people
population-non_western_immigrants = immigrants from non-Western countries
population-danish_origin = people of Danish origin
population-western_immigrants = immigrants from Western countries
population-western_descendants = descendants of immigrants from Western countries
population-non_western_descendants = descendants of immigrants from non-Western countries
population-refugees_2015_ams_registered = refugees of 2015 registered with the AMS as job seekers
population-foreign_born_0_1_years = people born abroad in their first year in the country
population-foreign_born_2_3_years = people born abroad after two to three years in the country
population-foreign_born_4_9_years = people born abroad after four to nine years in the country
population-foreign_born_10_years_plus = people born abroad after ten years or more in the country
population-syrian_protection_seekers = protection seekers with Syrian nationality
population-syrian_protection_recognised = protection seekers with Syrian nationality and a recognised status
population-syrian_protection_open = protection seekers with Syrian nationality whose status is still open
fact-unemployment_rate = { $in_place_start }, { $value } of { $who_of } in the labour force were unemployed in { $period }.
fact-college_degree_share = { $in_place_start }, { $value } of { $who_of } had a college degree in { $period }.
fact-low_education_share = { $in_place_start }, { $value } of { $who_of } were low-educated, as the survey's authors define it, in { $period }.
fact-immigrant_share_of_low_educated = { $in_place_start }, { $population } made up { $value } of the people without a high-school degree in { $period }.
fact-poverty_rate = { $in_place_start }, { $value } of { $who_of } lived below the poverty line in { $period }.
fact-immigrant_share_of_poor = { $in_place_start }, { $population } made up { $value } of the people living below the poverty line in { $period }.
fact-in_work_share = { $in_place_start }, { $value } of { $who_of } had found work by { $period }.
fact-asylum_seeker_share_of_immigrants = { $in_place_start }, asylum seekers made up { $value } of { $who_of } in { $period }.
fact-public_support_share = { $in_place_start }, { $value } of { $who_of } lived mainly on public benefits in { $period }.
fact-economic_assistance_share = { $in_place_start }, { $value } of { $who_of } received economic assistance (social assistance) in { $period }.
fact-protection_seekers = { $in_place_start }, { $value } were { $who } at the end of { $period }.
verdict-answer_contradicted = Their range was wrong
verdict-answer_consistent = Their range was right
verdict-answer_not_judged = Asked as a rating: no verdict
comparison-answer_contradicted = Asked as a range, not as a number. { $actual_name_start } for { $period } is { $actual }, outside the range those respondents chose.
comparison-answer_consistent = Asked as a range, not as a number. { $actual_name_start } for { $period } is { $actual }, inside the range those respondents chose.
comparison-answer_not_judged = Asked as a rating, not as a number: a rating cannot be set against a figure, so factgap gives no verdict. The figure shown, for { $period }, comes from another source.
caveat-not_refugees = Not about refugees in particular: the figure, like the survey's question, is about { $population }, of whom refugees are only a part.
caveat-answer_as_worded = The survey reports how many respondents chose a range or a rating, not an average estimate; the answer is quoted as the survey reported it.
benchmark-line = The same survey asked about { $group }: the estimate by { $respondents } was { $estimate }, against { $actual }.
benchmark-same = People misjudge this figure for { $group } in the same direction, so much of the gap is misjudgement of the figure itself, not a view of immigrants in particular.
benchmark-same-larger = For { $group } the estimate is even further off, so the gap is misjudgement of the figure itself, not a view of immigrants in particular.
benchmark-misjudged-too = The figure for { $group } is misjudged as well.
benchmark-right = For { $group } the estimate was about right, so the gap for immigrants is not general misjudgement of the figure.
estimate-other = Estimate by { $respondents }: { $value }.
benchmark-heading = The same question about natives
missing-topic = no figure on refugees here has been found that factgap can cite.
missing-heading = What is missing
missing-intro = FOCUS surveyed { $place }. For these topics no official or survey figure on refugees here has yet been found that factgap can cite, so there is no fact; FOCUS's study-wide findings are on the FOCUS page.

