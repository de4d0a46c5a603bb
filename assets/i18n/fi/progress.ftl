# Raportit, todistukset ja edistymisen sanasto, yhteiset sovellukselle ja vienneille.

report-title = Edistymisraportti: { $profile }
report-summary = { $count ->
        [one] 1 suoritus
       *[other] { $count } suoritusta
    }, viety { $date }
report-skills = Taidot
report-skill = Taito
report-score = Pisteet
report-level = Taso
report-attempts = Suoritukset
report-step = Vaihe
report-trainer = Kouluttaja:
report-passed = hyväksytty
report-not-passed = ei hyväksytty
report-scenario = Skenaario
report-best = Parhaat pisteet
report-pass-mark = Hyväksymisraja

cert-title = Todistus: { $track }
cert-kicker = Someaspa-todistus
cert-completed = on suorittanut koulutuspolun
cert-date = Suoritettu { $date }
cert-skills = Taidot suoritushetkellä
cert-scenarios = Skenaariot

level-needs-work = vaatii harjoitusta
level-developing = kehittyvä
level-proficient = osaava
level-excellent = erinomainen
level-none = ei vielä harjoiteltu

skill-channel-style = Kanavan tyyli
skill-de-escalation = Tilanteen rauhoittaminen
skill-troll-handling = Trollien käsittely
skill-media-awareness = Mediaseuranta
skill-written-clarity = Selkeä kirjoittaminen
skill-privacy = Tietosuoja
skill-speed = Nopeus
store-moved-aside = Edistymistietoja ei voitu avata, joten tiedosto siirrettiin talteen ({ $path }) ja tilalle luotiin uusi. Vanhasta tiedostosta ei poistettu mitään.
store-error = { $error }
store-too-new = Edistymistiedot on tallennettu Someaspan uudemmalla versiolla. Tiedostoa ei ole muutettu, mutta edistymistä ei tallenneta, ennen kuin päivität sovelluksen.
import-done = Tuotiin { $added ->
        [one] 1 suoritus
       *[other] { $added } suoritusta
    } profiilille { $profile }{ $skipped ->
        [0] {""}
       *[other] {""} (jo olemassa olleet ohitettiin: { $skipped })
    }.
import-failed = Mitään ei tuotu: { $error }
import-checked = { $rescored ->
        [0] Yhtään vastausta ei voitu pisteyttää uudelleen tällä koneella
        [one] 1 suoritus pisteytettiin uudelleen tällä koneella
       *[other] { $rescored } suoritusta pisteytettiin uudelleen tällä koneella
    }{ $differs ->
        [0] {""}
       *[other] {""}; { $differs ->
            [one] 1 suorituksen
           *[other] { $differs } suorituksen
        } tulokset poikkesivat tiedoston väitteistä (tämän koneen tulokset säilytettiin)
    }{ $unknown ->
        [0] {""}
       *[other] {""}; { $unknown ->
            [one] 1 suoritusta
           *[other] { $unknown } suoritusta
        } ei voitu pisteyttää uudelleen, koska niiden skenaarioversiota ei ole kirjastossa, eikä niitä lasketa hyväksytyiksi
    }.
import-check-rescored = pisteytetty uudelleen tällä koneella
import-check-differs = pisteytetty uudelleen: harjoittelijan tiedostossa oli eri tulokset
import-check-not-rescored = ei pisteytetty uudelleen: skenaarion tätä versiota ei ole kirjastossa, joten tiedoston tuloksiin ei luoteta
report-not-rescored = ei pisteytetty uudelleen
