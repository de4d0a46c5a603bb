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
