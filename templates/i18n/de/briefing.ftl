## Das monatliche Presse-Briefing (E-Mail, Text, Markdown, Archivseite, Feed).

briefing-kicker = Pressemitteilung · { $organisation } · { $date }
briefing-subject = { $month }: { $headline }
briefing-embargo = SPERRFRIST: Nicht zur Veröffentlichung oder Ausstrahlung vor dem { $date }, { $time }
briefing-immediate = Zur sofortigen Veröffentlichung
briefing-lead-source = Quelle: { $citation } ({ $certainty }).
briefing-details-link = Details und Daten auf der Faktenseite
briefing-preheader-first = Das erste Briefing: { $count } Fakten über Geflüchtete, jeder mit Quelle und Angabe, wie sicher er ist.
briefing-preheader-changes = Was sich geändert hat: { $moved } Zahlen bewegt, { $corrected } korrigiert, { $new } neu.
briefing-no-facts = In diesem Monat konnten keine Fakten veröffentlicht werden.
briefing-stale-label = Daten möglicherweise veraltet:
briefing-stale = { $source } konnte nicht beim Herausgeber aktualisiert werden; die Zahlen haben den Stand vom { $date }, und möglicherweise gibt es eine neuere Zahl.
briefing-stale-note = In diesem Monat nicht bei ihren Herausgebern aktualisiert, daher gibt es möglicherweise eine neuere Zahl: { $sources }.
briefing-focus-heading = Zu FOCUS
briefing-caveats-heading = Bitte beachten: die Gruppen
briefing-note-ref = [siehe Hinweis { $n }]
briefing-focus-note = Das FOCUS-Projekt (EU Horizon 2020) berichtet, dass länger Ansässige in den untersuchten Städten in Deutschland, Schweden, Kroatien und Jordanien dazu neigen, Bildung und Erwerbstätigkeit von Geflüchteten zu unterschätzen und zu überschätzen, wie viele Sozialleistungen beziehen. Befragungswerte dazu hat es nicht veröffentlicht, und nach den Zahlen hier hat es nicht gefragt.
briefing-changes-heading = Was sich seit dem letzten Briefing geändert hat
briefing-changes-first = Dies ist das erste Briefing: Ab dem nächsten führt dieser Abschnitt neue Daten, veränderte Zahlen und Korrekturen auf.
briefing-changes-none = Seit dem letzten Briefing hat sich keine Zahl geändert.
briefing-releases-heading = Neue Daten
briefing-moved-heading = Veränderte Zahlen
briefing-new-heading = Neue Fakten
briefing-corrections-heading = Korrekturen
briefing-withdrawn-heading = Nicht mehr veröffentlicht
briefing-release-period = { $source }: neue Daten für { $period }.
briefing-release-update = { $source }: aktualisierte Daten (neuester Zeitraum: { $period }).
briefing-moved = { $sentence } Zuvor { $old } ({ $old_period }): { $delta }, { $reason }.
briefing-delta-points = { $delta } { $count ->
    [one] Prozentpunkt
   *[other] Prozentpunkte
}
briefing-delta-persons = { $delta } { $count ->
    [one] Person
   *[other] Personen
}
briefing-reason-new_period = neuerer Zeitraum
briefing-reason-revision = vom Herausgeber revidiert
briefing-reason-correction = von uns korrigiert
briefing-reason-replaced = jetzt eine andere Zahl (andere Bevölkerungsgruppe oder Quelle)
briefing-verdict-changed = { $sentence } Die Bewertung lautete „{ $old }“, jetzt lautet sie „{ $new }“.
briefing-verdicts-heading = Geänderte Bewertungen
briefing-new-fact = { $sentence }
briefing-withdrawn = { $fact }
briefing-key-heading = Die wichtigsten Fakten
briefing-countries-heading = Nach Land
briefing-fact-link = Faktenseite
briefing-ends = ENDE
briefing-contacts-heading = Kontakt
briefing-notes-heading = Hinweise für Redaktionen
briefing-method-note = Jede Zahl nennt ihre Quelle und wie sicher sie ist; eine Schätzung der Öffentlichkeit gilt nur dann als Fehleinschätzung, wenn ihre Abweichung von der Zahl größer ist als die kombinierte Spanne (die der Befragung, eine aus ihrer Stichprobengröße oder die von factgap angenommene, wo die Befragung keine nennt). Vollständige Methodik, Hinweise und Daten auf jeder Faktenseite.
briefing-sources-heading = Quellen
briefing-web-version = Dieses Briefing im Web lesen
briefing-unsubscribe = Abbestellen
briefings-title = Briefings
briefings-intro = Die monatlichen Presse-Briefings, neueste zuerst; jedes beginnt mit den Änderungen seit dem vorherigen.
briefings-none = Bisher wurde kein Briefing veröffentlicht.
briefings-feed = Den Briefings folgen (Atom-Feed)
