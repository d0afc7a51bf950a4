## Det månatliga pressmeddelandet (e-post, text, Markdown, arkivsida, flöde).

briefing-kicker = Pressmeddelande · { $organisation } · { $date }
briefing-subject = { $month }: { $headline }
briefing-embargo = UNDER EMBARGO: får inte publiceras eller sändas före kl. { $time } den { $date }
briefing-immediate = För omedelbar publicering
briefing-lead-source = Källa: { $citation }. Detaljer och data: { $url }
briefing-no-facts = Inga fakta kunde publiceras den här månaden.
briefing-stale-label = Uppgifterna kan vara inaktuella:
briefing-stale = { $source } kunde inte uppdateras från producenten; dess siffror gäller per den { $date }, och det kan finnas en nyare siffra.
briefing-changes-heading = Vad som har ändrats sedan förra pressmeddelandet
briefing-changes-first = Detta är det första pressmeddelandet: från och med nästa listar det här avsnittet nya data, siffror som har ändrats och rättelser.
briefing-changes-none = Ingen siffra har ändrats sedan förra pressmeddelandet.
briefing-releases-heading = Nya data
briefing-moved-heading = Siffror som har ändrats
briefing-new-heading = Nya fakta
briefing-corrections-heading = Rättelser
briefing-withdrawn-heading = Publiceras inte längre
briefing-release-period = { $source }: nya data för { $period }.
briefing-release-update = { $source }: uppdaterade data (senaste period { $period }).
briefing-moved = { $sentence } Tidigare { $old } ({ $old_period }): { $delta }, { $reason }.
briefing-delta-points = { $delta } { $count ->
    [one] procentenhet
   *[other] procentenheter
}
briefing-delta-persons = { $delta } { $count ->
    [one] person
   *[other] personer
}
briefing-reason-new_period = en senare period
briefing-reason-revision = reviderad av producenten
briefing-reason-correction = rättad av oss
briefing-reason-replaced = nu en annan siffra (en annan befolkningsgrupp eller källa)
briefing-verdict-changed = { $sentence } Bedömningen var ”{ $old }”, nu är den ”{ $new }”.
briefing-verdicts-heading = Bedömningar som har ändrats
briefing-new-fact = { $sentence }
briefing-withdrawn = { $fact }
briefing-key-heading = Viktiga fakta
briefing-countries-heading = Efter land
briefing-fact-link = faktasida
briefing-ends = SLUT
briefing-contacts-heading = Kontakt
briefing-notes-heading = Information till redaktionen
briefing-method-note = Varje siffra anger sin källa; en uppskattning från allmänheten räknas som en missuppfattning bara när skillnaden mot den officiella siffran är större än den kombinerade felmarginalen. Fullständig metod, förbehåll och data finns på varje faktasida.
briefing-sources-heading = Källor
briefing-web-version = Läs pressmeddelandet på webben
briefing-unsubscribe = Avsluta prenumerationen
briefings-title = Pressmeddelanden
briefings-intro = De månatliga pressmeddelandena, det nyaste först, vart och ett inlett med vad som har ändrats sedan det föregående.
briefings-none = Inget pressmeddelande har publicerats ännu.
briefings-feed = Följ pressmeddelandena (Atom-flöde)
