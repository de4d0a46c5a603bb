# Komentorivin tulosteet ihmisille (JSON-tuloste käyttää vain tunnuksia).

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
