## The monthly press briefing (email, text, Markdown, archive page, feed).

briefing-kicker = Press release · { $organisation } · { $date }
briefing-subject = { $month }: { $headline }
briefing-embargo = EMBARGOED: not for publication or broadcast before { $time } on { $date }
briefing-immediate = For immediate release
briefing-lead-source = Source: { $citation } ({ $certainty }).
briefing-details-link = Details and data on the fact page
briefing-preheader-first = The first briefing: { $count } facts on refugees, each with its source and how sure it is.
briefing-preheader-changes = What changed: { $moved } figures moved, { $corrected } corrected, { $new } new.
briefing-no-facts = No facts could be published this month.
briefing-stale-label = Data may be stale:
briefing-stale = { $source } could not be refreshed from its producer; its figures are as of { $date } and a newer figure may exist.
briefing-stale-note = Not refreshed from their producers this month, so a newer figure may exist: { $sources }.
briefing-focus-heading = About FOCUS
briefing-caveats-heading = Read with care: the populations
briefing-note-ref = [see note { $n }]
briefing-focus-note = The FOCUS project (EU Horizon 2020) reports that longer-term residents of the cities it studied in Germany, Sweden, Croatia and Jordan tend to underestimate refugees' education and employment and to overestimate how many receive welfare. It published no survey figures for this and did not ask about the figures here.
briefing-changes-heading = What changed since the last briefing
briefing-changes-first = This is the first briefing: from the next one on, this section lists new data, figures that moved and corrections.
briefing-changes-none = No figure changed since the last briefing.
briefing-releases-heading = New data
briefing-moved-heading = Figures that moved
briefing-new-heading = New facts
briefing-corrections-heading = Corrections
briefing-withdrawn-heading = No longer published
briefing-release-period = { $source }: new data for { $period }.
briefing-release-update = { $source }: updated data (latest period { $period }).
briefing-moved = { $sentence } Previously { $old } ({ $old_period }): { $delta }, { $reason }.
briefing-delta-points = { $delta } { $count ->
    [one] point
   *[other] points
}
briefing-delta-persons = { $delta } { $count ->
    [one] person
   *[other] people
}
briefing-reason-new_period = a newer period
briefing-reason-revision = revised by the producer
briefing-reason-correction = corrected by us
briefing-reason-replaced = now a different figure (another population or source)
briefing-verdict-changed = { $sentence } The verdict was “{ $old }”, it is now “{ $new }”.
briefing-verdicts-heading = Verdicts that changed
briefing-new-fact = { $sentence }
briefing-withdrawn = { $fact }
briefing-key-heading = Key facts
briefing-countries-heading = By country
briefing-fact-link = fact page
briefing-ends = ENDS
briefing-contacts-heading = Contacts
briefing-notes-heading = Notes to editors
briefing-method-note = Every figure names its source and how sure it is; a public estimate counts as a misperception only when its gap from the figure is larger than the combined margin (the survey's own, one from its sample size, or factgap's assumed margin where the survey gives neither). Full method, caveats and data on each fact page.
briefing-sources-heading = Sources
briefing-web-version = Read this briefing on the web
briefing-unsubscribe = Unsubscribe
briefings-title = Briefings
briefings-intro = The monthly press briefings, newest first, each leading with what changed since the one before.
briefings-none = No briefing has been published yet.
briefings-feed = Follow the briefings (Atom feed)
