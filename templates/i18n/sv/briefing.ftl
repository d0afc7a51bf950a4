## Det månatliga pressmeddelandet (e-post, text, Markdown, arkivsida, flöde).

briefing-kicker = Pressmeddelande · { $organisation } · { $date }
briefing-subject = { $month }: { $headline }
briefing-embargo = UNDER EMBARGO: får inte publiceras eller sändas före kl. { $time } den { $date }
briefing-immediate = För omedelbar publicering
briefing-lead-source = Källa: { $citation } ({ $certainty }).
briefing-details-link = Detaljer och data på faktasidan
briefing-preheader-first = Det första pressmeddelandet: { $count } fakta om flyktingar, var och en med källa och hur säker den är.
briefing-preheader-changes = Vad som ändrats: { $moved } siffror har ändrats, { $corrected } rättats, { $new } nya.
briefing-no-facts = Inga fakta kunde publiceras den här månaden.
briefing-stale-label = Uppgifterna kan vara inaktuella:
briefing-stale = { $source } kunde inte uppdateras från producenten; dess siffror gäller per den { $date }, och det kan finnas en nyare siffra.
briefing-stale-note = Inte uppdaterade från sina producenter denna månad, så det kan finnas en nyare siffra: { $sources }.
briefing-focus-heading = Om FOCUS
briefing-caveats-heading = Läs med försiktighet: grupperna
briefing-note-ref = [se not { $n }]
briefing-focus-note = FOCUS-projektet (EU:s Horizon 2020) rapporterar att personer som länge bott i de städer det studerade i Tyskland, Sverige, Kroatien och Jordanien tenderar att underskatta flyktingars utbildning och sysselsättning och att överskatta hur många som får bidrag. Projektet publicerade inga undersökningssiffror om detta och frågade inte om siffrorna här.
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
briefing-method-note = Varje siffra anger sin källa och hur säker den är; en uppskattning från allmänheten räknas som en missuppfattning bara när skillnaden mot siffran är större än den kombinerade marginalen (undersökningens egen, en utifrån urvalsstorleken, eller factgaps antagna marginal där undersökningen inte anger någon). Fullständig metod, förbehåll och data finns på varje faktasida.
briefing-sources-heading = Källor
briefing-web-version = Läs pressmeddelandet på webben
briefing-unsubscribe = Avsluta prenumerationen
briefings-title = Pressmeddelanden
briefings-intro = De månatliga pressmeddelandena, det nyaste först, vart och ett inlett med vad som har ändrats sedan det föregående.
briefings-none = Inget pressmeddelande har publicerats ännu.
briefings-feed = Följ pressmeddelandena (Atom-flöde)
