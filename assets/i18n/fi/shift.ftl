# Vuorotila: ajastettu jono viestejä eri kanavilta (src/shift, src/ui/shift).

nav-shift = Vuoro

## Aloitus
shift-title = Vuoro
shift-intro = Viestejä saapuu eri kanaville satunnaisin väliajoin, kuten oikeassa työvuorossa. Päätä, mihin tartut ensin, vastaa nopeasti ja hyvin, ja jätä trollit rauhaan silloin, kun se on oikea ratkaisu.
shift-length = Kesto
shift-minutes = { $minutes } min
shift-difficulty = Vaikeustaso
shift-level-calm = Rauhallinen
shift-level-busy = Kiireinen
shift-level-crisis = Kriisi
shift-level-calm-about = viesti noin { $gap } sekunnin välein, vähän trolleja
shift-level-busy-about = viesti noin { $gap } sekunnin välein, trolleja ja välillä kriisiviesti
shift-level-crisis-about = viesti noin { $gap } sekunnin välein, moni niistä koskee palvelukatkosta
shift-kind = Vuoron tyyppi
shift-daily = Päivän vuoro ({ $date }): tänään sama koko tiimillesi
shift-random = Satunnainen vuoro
shift-language = Viestien kieli
shift-start = Aloita vuoro
shift-how-title = Miten vuoro pisteytetään
shift-how = Jokainen vastaus pisteytetään skenaarion omalla arviointimallilla, kuten aina. Nopeuspisteisiin vaikuttavat vastausajat suhteessa tavoitteisiin (kiireellinen { $urgent } min, tavallinen { $normal } min, voi odottaa { $low } min), otitko kiireelliset viestit ensin, montako viestiä käsittelit, kuinka hyviä vastaukset olivat ja mitä teit trolleille. Jos julkinen valitus odottaa yli { $onlookers } min, muut alkavat kommentoida sitä.
shift-cannot-start = Vuoroa ei voitu aloittaa: { $error }
shift-cannot-answer = Viestiin ei voitu vastata: { $error }

## Saapuneet
shift-attempt-title = Vuoro · { $level } · { $minutes } min
shift-attempt-title-daily = Päivän vuoro · { $level } · { $minutes } min
shift-progress = { $handled } käsitelty · { $arrived } saapunut
shift-last-answer = Edellinen: { $name } { $score }
shift-end = Lopeta vuoro
shift-time-left = ⏱ { $time } jäljellä
shift-in-queue = Jonossa ({ $count })
shift-next-post = seuraava viesti { $time } kuluttua
shift-keys = j/k tai nuolinäppäimet: siirry · Ctrl+Enter: lähetä
shift-waiting = Odottanut { $time }
shift-posted-ago = { $minutes ->
        [0] juuri nyt
       *[other] { $minutes } min sitten
    }
shift-urgency-urgent = Kiireellinen
shift-urgency-normal = Tavallinen
shift-urgency-low = Voi odottaa
shift-urgency-leave-alone = Provokaatio
shift-onlookers = { $count ->
        [one] 👥 1 kommentti
       *[other] 👥 { $count } kommenttia
    }
shift-overdue = Odottanut liian kauan
shift-context = Brändin äänensävy ja päivän uutiset
shift-leave-alone-hint = Jos jätät viestin rauhaan vuoron loppuun asti, se lasketaan huomiotta jättämiseksi.
shift-queue-empty-title = Jono on tyhjä
shift-queue-empty = Uusia viestejä tulee pian. Hyvä hetki hengähtää.
shift-pick-title = Valitse viesti jonosta
shift-pick = Kiireelliset viestit ja julkiset valitukset ensin. Jonossa liikut j- ja k-näppäimillä tai nuolinäppäimillä.
shift-end-title = Haluatko lopettaa vuoron nyt?
shift-end-body = Jonoon jääneet viestit lasketaan käsittelemättömiksi ja trollit rauhaan jätetyiksi.
shift-end-stay = Jatka vuoroa
shift-end-confirm = Lopeta nyt

## Raportti
shift-report-title = Vuoron raportti
shift-report-passed = Nopeus hyväksytty (hyväksymisraja { $mark })
shift-report-not-passed = Alle hyväksymisrajan { $mark }
shift-report-handled = { $handled }/{ $posts } viestiä käsitelty
shift-report-median = vastausajan mediaani { $time }
shift-report-priority = oikea järjestys { $percent } %
shift-report-trolls = trollit { $right }/{ $total } oikein
shift-report-unanswered = { $count ->
        [0] kaikki käsitelty
        [one] 1 jäi käsittelemättä
       *[other] { $count } jäi käsittelemättä
    }
shift-report-saved = Kaikki käsittelemäsi viestit ja itse vuoro on tallennettu edistymistietoihisi.
shift-report-not-saved = Tätä vuoroa ei voitu tallentaa.
shift-new = Uusi vuoro
shift-see-progress = Näytä edistyminen
shift-report-parts = Mistä nopeuspisteet muodostuivat
shift-report-posts = Viestit
shift-report-posts-hint = Saapumisjärjestyksessä; # kertoo, missä järjestyksessä käsittelit ne.
shift-col-order = #
shift-col-arrived = Saapui
shift-col-channel = Kanava
shift-col-customer = Asiakas
shift-col-urgency = Kiireellisyys
shift-col-action = Mitä teit
shift-col-response = Vastausaika
shift-col-score = Pisteet
shift-did-reply = Vastasit
shift-did-pick = Valitsit vastauksen
shift-did-left-alone = Jätit rauhaan
shift-did-nothing = Ei vastausta
shift-summary-title = Vuoron yhteenveto
shift-summary = { $posts ->
        [one] 1 viesti
       *[other] { $posts } viestiä
    }: { $handled } käsitelty, { $trolls ->
        [one] 1 trolli
       *[other] { $trolls } trollia
    }, { $unanswered } jäi käsittelemättä.

## Nopeuspisteiden osat (vuoron suorituksen kriteerit)
crit-shift-response-time = Vastausaika
crit-shift-prioritisation = Tärkeysjärjestys
crit-shift-coverage = Käsitellyt viestit
crit-shift-quality = Vastausten laatu
crit-shift-trolls = Trollien käsittely
shift-crit-response-time = Toimenpiteitä vaatineista viesteistä { $on_time }/{ $total } käsiteltiin tavoiteajassa; vastausajan mediaani { $median }.
shift-crit-response-time-none = Et käsitellyt yhtään viestiä, joten vastausaikaa ei voi mitata.
shift-crit-prioritisation = Jouduit valitsemaan kiireellisemmän ja vähemmän kiireellisen viestin välillä { $choices ->
        [one] kerran
       *[other] { $choices } kertaa
    }. { $right ->
        [0] Et kertaakaan ottanut kiireellisempää ensin.
        [one] Otit kiireellisemmän ensin kerran.
       *[other] Otit kiireellisemmän ensin { $right } kertaa.
    }
shift-crit-prioritisation-none = Eri kiireellisyyden viestien välillä ei tarvinnut valita kertaakaan.
shift-crit-coverage = Toimenpiteitä vaatineista viesteistä { $handled }/{ $total } käsiteltiin.
shift-crit-coverage-none = Yksikään viesti ei vaatinut toimenpiteitä.
shift-crit-quality = Vastaustesi pisteiden keskiarvo oli { $mean }/100 ({ $answered ->
        [one] 1 vastaus
       *[other] { $answered } vastausta
    }).
shift-crit-quality-none = Ei pisteytettäviä vastauksia.
shift-crit-trolls = Trolleista { $right }/{ $total } käsiteltiin oikein (jätettiin rauhaan tai piilotettiin tilanteen mukaan).
shift-crit-trolls-none = Tässä vuorossa ei ollut trolleja.

## Komentorivi
cli-shift-error = vuoroa ei voitu arpoa: { $error }
cli-shift-header = Vuoro: { $level }, { $minutes } min, siemen { $seed }, { $posts ->
        [one] 1 viesti
       *[other] { $posts } viestiä
    }
