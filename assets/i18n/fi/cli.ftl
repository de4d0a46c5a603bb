# Komentorivin tulosteet ihmisille (JSON-tuloste käyttää vain tunnisteita).

cli-io-error = tulostetta ei voitu kirjoittaa: { $error }
cli-validate-summary = { $scenarios ->
        [one] 1 skenaario kunnossa
       *[other] { $scenarios } skenaariota kunnossa
    }, { $errors ->
        [one] 1 virhe
       *[other] { $errors } virhettä
    }, { $warnings ->
        [one] 1 varoitus
       *[other] { $warnings } varoitusta
    }
cli-list-skipped = { $count ->
        [one] 1 tiedosto ohitettiin:
       *[other] { $count } tiedostoa ohitettiin:
    }
cli-read-error = tiedostoa { $path } ei voitu lukea: { $error }
cli-score-unknown-scenario = tuntematon skenaario "{ $id }" (katso: someaspa list)
cli-score-unknown-step = skenaariossa ei ole pisteytettävää vaihetta "{ $step }"
cli-score-unknown-choice = "{ $given }" ei ole tämän vaiheen vaihtoehto; käytä jotakin näistä: { $options }
cli-score-unknown-criterion = tuntematon kriteeri "{ $id }"
cli-score-missing = { $what } puuttuu
cli-score-passed = Yhteensä { $total }/100: hyväksytty.
cli-score-failed = Yhteensä { $total }/100: ei hyväksytty{ $critical ->
        [yes] {""} (kriittinen kriteeri ei täyttynyt)
       *[other] {""}
    }.
mark-pass = täyttyy
mark-partial = täyttyy osittain
mark-fail = ei täyty
mark-na = ei sovellu
cli-no-data-dir = datakansiota ei ole: anna se valitsimella --data-dir KANSIO
cli-write-error = tiedostoa { $path } ei voitu kirjoittaa: { $error }
cli-report-no-store = kansiossa { $dir } ei ole edistymistietoja: sinne ei ole vielä tallennettu mitään (onko --data-dir oikein?)
cli-report-unknown-profile = tässä datakansiossa ei ole profiilia "{ $profile }" (profiilit: { $known })
cli-report-written = raportti kirjoitettu tiedostoon { $path }
cli-batch-summary = pisteytetty { $scored ->
        [one] 1 rivi
       *[other] { $scored } riviä
    }, virheellisiä { $failed ->
        [one] 1 rivi
       *[other] { $failed } riviä
    }
cli-batch-line-too-long = rivi on yli { $max } Mt pitkä, joten se ohitettiin
cli-score-not-kept = Yllä olevaa tulosta ei tallennettu: { $why }
cli-score-empty-not-recorded = Vastaus on tyhjä, joten suoritusta ei tallennettu.
cli-report-damaged = varoitus: suoritusta { $uid } ei voi lukea edistymistiedostosta ({ $error }); raportti jättää sen pois
cli-eval-error = eval: { $error }

## someaspa sync / lrs
cli-lrs-not-set-up = Tälle datakansiolle ei ole määritetty oppimistietovarastoa: aja `someaspa lrs set --endpoint OSOITE --key AVAIN` ja anna salaisuus ympäristömuuttujassa SOMEASPA_LRS_SECRET tai valitsimella --secret-file.
cli-lrs-error = Oppimistietovaraston asetukset: { $error }
cli-lrs-no-secret = Salaisuutta ei ole vielä tallennettu: anna se ympäristömuuttujassa SOMEASPA_LRS_SECRET tai valitsimella --secret-file ja aja komento uudelleen. Mitään ei lähetetä ennen sitä.
cli-lrs-saved = Yhteys tallennettu: { $endpoint }
cli-lrs-none = (ei määritetty)
cli-lrs-status = Osoite: { $endpoint } · jonossa: { $queued } · lähetetty: { $sent }
cli-lrs-last-error = Viimeisin virhe: { $error }
cli-sync-dry-run = Lähetettäisiin { $queued } tapahtumaa (kuivaharjoitus: mitään ei lähetetty).
cli-sync-done = Lähetettiin { $sent } tapahtumaa; jonoon jäi { $queued }.
cli-sync-failed = Lähetys keskeytyi: { $error }. Loput jäävät jonoon; aja sync myöhemmin uudelleen.
cli-sync-auth = Oppimistietovarasto ei hyväksynyt avainta ja salaisuutta: { $error }. Mitään ei menetetty; korjaa ne komennolla `someaspa lrs set` ja lähetä uudelleen.
