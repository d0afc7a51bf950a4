## Mjesečno priopćenje za medije (e-pošta, tekst, Markdown, stranica arhive, kanal).

briefing-kicker = Priopćenje za medije · { $organisation } · { $date }
briefing-subject = { $month }: { $headline }
briefing-embargo = EMBARGO: ne objavljivati niti emitirati prije { $date } u { $time }
briefing-immediate = Za trenutačnu objavu
briefing-lead-source = Izvor: { $citation } ({ $certainty }).
briefing-details-link = Pojedinosti i podaci na stranici činjenice
briefing-preheader-first = Prvo priopćenje: { $count } činjenica o izbjeglicama, svaka s izvorom i provjerenošću.
briefing-preheader-changes = Što se promijenilo: promijenjeno { $moved }, ispravljeno { $corrected }, novo { $new }.
briefing-no-facts = Ovaj mjesec nije bilo moguće objaviti nijednu činjenicu.
briefing-stale-label = Podaci možda nisu ažurni:
briefing-stale = { $source }: izvor se nije mogao osvježiti kod izdavača; njegovi podaci odgovaraju stanju od { $date }, a možda postoji i noviji podatak.
briefing-stale-note = Ovaj mjesec nisu osvježeni kod svojih izdavača, pa možda postoji noviji podatak: { $sources }.
briefing-focus-heading = O projektu FOCUS
briefing-caveats-heading = Čitati s oprezom: skupine
briefing-note-ref = [vidi napomenu { $n }]
briefing-focus-note = Projekt FOCUS (EU Horizon 2020) izvještava da su dugogodišnji stanovnici gradova koje je istraživao u Njemačkoj, Švedskoj, Hrvatskoj i Jordanu skloni podcjenjivati obrazovanje i zaposlenost izbjeglica te precjenjivati koliko ih prima socijalnu pomoć. Brojke iz istraživanja o tome nije objavio, niti je pitao o ovdje navedenim podacima.
briefing-changes-heading = Što se promijenilo od prošlog priopćenja
briefing-changes-first = Ovo je prvo priopćenje: od sljedećeg nadalje u ovom se odjeljku navode novi podaci, podaci koji su se promijenili i ispravci.
briefing-changes-none = Nijedan se podatak nije promijenio od prošlog priopćenja.
briefing-releases-heading = Novi podaci
briefing-moved-heading = Podaci koji su se promijenili
briefing-new-heading = Nove činjenice
briefing-corrections-heading = Ispravci
briefing-withdrawn-heading = Više se ne objavljuje
briefing-release-period = { $source }: novi podaci za { $period }.
briefing-release-update = { $source }: ažurirani podaci (najnovije razdoblje: { $period }).
briefing-moved = { $sentence } Prethodno: { $old } ({ $old_period }); promjena { $delta }, { $reason }.
briefing-delta-points = { $delta } { $count ->
    [one] postotni bod
    [few] postotna boda
   *[other] postotnih bodova
}
briefing-delta-persons = { $delta } { $count ->
    [one] osoba
    [few] osobe
   *[other] osoba
}
briefing-reason-new_period = novije razdoblje
briefing-reason-revision = revidirao izdavač
briefing-reason-correction = ispravili smo mi
briefing-reason-replaced = sada je to drugi podatak (druga populacija ili drugi izvor)
briefing-verdict-changed = { $sentence } Ocjena je bila „{ $old }“, a sada je „{ $new }“.
briefing-verdicts-heading = Promijenjene ocjene
briefing-new-fact = { $sentence }
briefing-withdrawn = { $fact }
briefing-key-heading = Ključne činjenice
briefing-countries-heading = Po zemljama
briefing-fact-link = stranica činjenice
briefing-ends = KRAJ
briefing-contacts-heading = Kontakti
briefing-notes-heading = Napomene za urednike
briefing-method-note = Za svaki je podatak naveden izvor i koliko je provjeren; procjena javnosti smatra se pogrešnom percepcijom samo ako je njezina razlika od podatka veća od kombinirane margine (margine istraživanja, margine iz veličine uzorka ili margine koju pretpostavlja factgap kad istraživanje ne navodi nijednu). Cjelovita metoda, napomene i podaci nalaze se na stranici svake činjenice.
briefing-sources-heading = Izvori
briefing-web-version = Pročitajte ovo priopćenje na webu
briefing-unsubscribe = Odjava
briefings-title = Priopćenja za medije
briefings-intro = Mjesečna priopćenja za medije, od najnovijeg, a svako počinje onim što se promijenilo od prethodnog.
briefings-none = Još nije objavljeno nijedno priopćenje.
briefings-feed = Pratite priopćenja (Atom kanal)
