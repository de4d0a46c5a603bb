# Tiedostojen lukeminen: miksi tiedostoa ei voitu käyttää.

file-not-found = { $path }: tiedostoa ei ole
file-not-regular = { $path } on { $kind ->
        [directory] kansio
        [fifo] nimetty putki (FIFO)
        [device] laite
        [socket] pistoke (socket)
       *[other] jokin muu kuin tavallinen tiedosto
    } eikä tiedosto: vain tavallisia tiedostoja luetaan
file-too-large = { $path } on { NUMBER($size) } kt; tämänlaisen tiedoston enimmäiskoko on { NUMBER($limit) } kt
file-io = tiedostoa { $path } ei voitu lukea: { $error }

file-short-not-found = tiedostoa ei ole
file-short-not-regular = tämä on { $kind ->
        [directory] kansio
        [fifo] nimetty putki (FIFO)
        [device] laite
        [socket] pistoke (socket)
       *[other] jokin muu kuin tavallinen tiedosto
    } eikä tiedosto: vain tavallisia tiedostoja luetaan
file-short-too-large = tiedosto on { NUMBER($size) } kt; tämänlaisen tiedoston enimmäiskoko on { NUMBER($limit) } kt
file-short-io = tiedostoa ei voitu lukea: { $error }

## Ytimen virheet sanoina (src/messages.rs)
err-io = { $path }: { $kind ->
        [not-found] tiedostoa tai kansiota ei ole
        [permission] käyttöoikeus puuttuu
        [full] levy on täynnä
        [read-only] levylle ei voi kirjoittaa
        [exists] se on jo olemassa
        [is-folder] se on kansio
        [not-folder] osa polusta ei ole kansio
       *[other] järjestelmä ei sallinut sitä ({ $detail })
    }
err-io-bare = järjestelmä ei sallinut sitä ({ $detail })
err-not-a-folder = datakansio { $path } on tiedosto eikä kansio
err-store-sqlite = edistymistietoja ei voitu käyttää ({ $detail })
err-store-corrupt = edistymistiedoissa on lukukelvoton { $what } ({ $detail })
err-profile-name = ”{ $name }” ei kelpaa profiilin nimeksi: nimi ei voi olla tyhjä eikä sisältää ohjausmerkkejä, ja siinä voi olla enintään { $max } merkkiä
err-file-invalid = { $path } ei kelpaa: { $detail }
err-doc-serialize = skenaariota ei voitu kirjoittaa RON-muotoon ({ $detail })
err-doc-changed = joku muu on muuttanut tiedostoa { $path } sen avaamisen jälkeen; tallenna muualle tai avaa se uudelleen
err-doc-no-path = valitse ensin tallennuspaikka
err-pack-not-empty = { $path } ei ole tyhjä: valitse uusi kansio, jotta mitään ei kirjoiteta yli
err-pack-nothing = vietäviä skenaarioita ei ole
err-pack-unknown = skenaariota tunnisteella { $id } ei ole
err-pack-invalid = paketissa on { $count } ongelmaa; mitään ei tuotu
err-pack-clash = paketin { $kind } "{ $id }" eroaa asennetusta; nimeä se paketissa uudelleen
err-pack-ron = RON-muotoon kirjoittaminen epäonnistui ({ $detail })
err-pin-damaged = tallennettu PIN-koodi tiedostossa { $path } on vioittunut: poista tiedosto, niin voit asettaa uuden
err-pin-hash = PIN-koodia ei voitu tiivistää ({ $detail })
err-csv = CSV-tiedostoa ei voitu kirjoittaa ({ $detail })
err-json = JSON-tiedostoa ei voitu kirjoittaa ({ $detail })
err-not-an-export = tämä ei ole Someaspan edistymisvienti ({ $detail })
err-export-too-new = viennin muotoversio on { $version }, uudempi kuin tämä Someaspan versio osaa lukea
err-export-invalid = tiedoston suoritus { $index } ({ $uid }) ei ole eheä: { $detail }
err-shift-no-scenarios = kielellä "{ $lang }" ei ole skenaarioita vuoroa varten
err-shift-not-arrived = julkaisu ei ole vielä saapunut
err-shift-handled = julkaisu on jo käsitelty
err-shift-over = vuoro on päättynyt
err-shift-other = vuoro ei voinut jatkua ({ $detail })
err-lrs-unreachable = oppimistietovarasto ei vastannut ({ $detail })
err-lrs-auth = oppimistietovarasto ei hyväksynyt avainta ja salaisuutta (HTTP { $status })
err-lrs-rejected = oppimistietovarasto vastasi HTTP { $status }: { $detail }
err-lrs-invalid = oppimistietovaraston vastausta ei voitu lukea ({ $detail })
err-lrs-setting = { $detail }
