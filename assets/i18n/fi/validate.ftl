# Skenaariopakettien lataus- ja tarkistusviestit. Näytetään muodossa `polku:rivi:sarake: viesti`.

diag-warning-prefix = varoitus

load-too-large = tiedosto on { $size_kb } kt; pakettitiedosto saa olla enintään { $max_kb } kt
load-not-utf8 = tiedosto ei ole UTF-8-tekstiä (onko se binääritiedosto .ron-päätteellä?)
load-empty-file = tiedosto on tyhjä: kirjoita Scenario(...), Brand(...), Rubric(...) tai Track(...)
load-unknown-id = tuntematon { $kind ->
        [language] kieli
        [channel] kanava
        [skill] taito
        [action] toimenpide
        [category] luokka
        [difficulty] vaikeustaso
        [mood] mieliala
        [grade] arvio
        [scale] asteikko
        [formality] muodollisuus
       *[other] { $kind }
    } "{ $given }"; käytä jotakin näistä: { $expected }
load-syntax = syntaksivirhe: { $detail }
load-pack-missing = pakettikansiota ei ole tai sitä ei voi lukea
load-read-error = tiedostoa ei voitu lukea: { $error }
load-folder-unreadable = kansiota ei voitu lukea, joten sen skenaariot puuttuvat: { $error }
load-symlink-outside = tämä on symbolinen linkki paketin ulkopuolelle; paketti saa käyttää vain omia tiedostojaan, joten linkkiä ei luettu
load-symlink-inside = tämä on symbolinen linkki toiseen saman paketin tiedostoon tai kansioon, joka luetaan omalta paikaltaan; itse linkkiä ei luettu, jotta mitään ei ladata kahdesti
load-too-deep = kansio on yli { $max } tason syvyydessä paketin sisällä, joten sitä ei luettu: siirrä tiedostot lähemmäs paketin kansiota

val-format = tiedoston muotoversio on { $given }, mutta tämä Someaspan versio lukee muotoversioita 1–{ $supported }
val-bad-id = "{ $id }" ei kelpaa tunnisteeksi: käytä pieniä kirjaimia, numeroita ja yhdysmerkkejä (esim. "rail-delay-x-fi")
val-empty-field = kenttä "{ $field }" ei saa olla tyhjä
val-unknown-brand = tuntematon brändi "{ $id }"; ladatut brändit: { $known }
val-brand-not-loaded = brändiä "{ $id }" ei ladattu, koska sen tiedostossa { $file } on virhe (ilmoitettu yllä): korjaa se tiedosto
val-no-skills = luettele vähintään yksi taito, jota skenaariossa harjoitellaan
val-pass-mark = { $given } ei ole pistemäärä: käytä lukua 0–100
val-time-limit = 0 sekunnin aikaraja ei jätä aikaa vastata: poista se tai anna aika sekunteina
val-image-empty = kuvan polku on tyhjä
val-image-absolute = kuva "{ $path }" on absoluuttinen polku: anna polku, joka on paketin images/-kansion sisällä
val-image-escapes = kuva "{ $path }" osoittaa paketin ulkopuolelle: käytä erottimena "/"-merkkiä äläkä käytä ".."-merkintää (esim. "memes/cat.png")
val-image-missing = kuvaa "{ $path }" ei ole paketin images/-kansiossa
val-image-symlink = kuva "{ $path }" on symbolinen linkki paketin images/-kansion ulkopuolelle: kopioi kuva pakettiin
val-image-not-file = kuva "{ $path }" ei ole tavallinen tiedosto (vaan kansio, nimetty putki tai laite)
val-image-too-large = kuva "{ $path }" on yli 8 Mt: tallenna pienempi PNG-kuva
val-image-not-png = kuva "{ $path }" ei ole PNG-tiedosto: kuvat tallennetaan PNG-muodossa
val-pattern-empty = tyhjä hakuilmaus ei osu mihinkään: poista se
val-pattern-bare = hakuilmauksessa "{ $pattern }" on "*" tai "=" ilman sanaa
val-pattern-star = hakuilmauksessa "{ $pattern }" on "*" keskellä sanaa: "*" voi olla vain sanan lopussa (esim. "pahoittel*")
val-pattern-regex = hakuilmaus "{ $pattern }" näyttää säännölliseltä lausekkeelta; hakuilmaukset ovat tavallisia sanoja, ja "*" sanan lopussa osuu mihin tahansa päätteeseen (esim. "pahoittel*"). Säännöllistä lauseketta varten kirjoita oma kriteeri, jolla on "pattern"
val-no-steps = skenaariossa ei ole vaiheita: lisää vähintään yksi
val-duplicate-step = vaiheen tunniste "{ $id }" on käytössä kahdesti: vaiheiden tunnisteiden on oltava skenaarion sisällä yksilöllisiä
val-var-id = muuttujan tunnisteessa "{ $id }" saa olla vain kirjaimia, numeroita ja merkkiä "_"
val-var-duplicate = muuttuja "{ $id }" on määritelty kahdesti
val-var-range = muuttuja "{ $id }": ensimmäinen luku ei saa olla jälkimmäistä suurempi
val-var-digits = muuttuja "{ $id }": Digits-arvon on oltava 1–20
val-var-empty = muuttuja "{ $id }": OneOf tarvitsee vähintään yhden tekstin
val-var-time = muuttuja "{ $id }": kellonajat kirjoitetaan muodossa "HH:MM" (esim. "07:30")
val-var-ref = muuttuja "{ $id }" käyttää muuttujaa "{ $ref }", jota ei ole määritelty ennen sitä
val-var-default = muuttuja "{ $id }" tarvitsee oletusarvon (sitä käyttävät validate-komento ja editori)
val-unknown-placeholder = "{"{"}{ $name }{"}"}" ei ole tämän skenaarion muuttuja: määrittele se kohdassa variables tai kirjoita "{"{{"}", jos tarkoitat aaltosuljetta sellaisenaan
val-empty-message = vaihe "{ $step }": asiakkaan viestissä ei ole tekstiä eikä kuvaa
val-onlookers-private = vaihe "{ $step }": { $channel } on yksityinen kanava, joten sivustakatsojat eivät näe vastausta
val-always-na = "{ $criterion }" on kanavalla { $channel } (yksityinen kanava) aina "ei sovellu", joten siitä ei ole tässä hyötyä
val-no-model-answer = vaihe "{ $step }" tarvitsee vähintään yhden mallivastauksen
val-few-options = vaihe "{ $step }" tarvitsee vähintään kaksi vaihtoehtoa
val-duplicate-option = vaihtoehto "{ $id }" esiintyy tässä vaiheessa kahdesti
val-empty-option = vaihtoehdossa "{ $id }" ei ole tekstiä eikä kuvaa
val-no-right-option = vaihe "{ $step }": anna vähintään yhdelle vaihtoehdolle arvio "pass"
val-unknown-rubric = tuntematon arviointimalli "{ $id }": yhteiset arviointimallit ovat paketin rubrics/-kansiossa
val-unknown-criterion = tuntematon kriteeri "{ $id }". { $suggestion ->
        [none] Käytä valmiin kriteerin tunnistetta tai lisää custom-lohko.
       *[other] Tarkoititko "{ $suggestion }"?
    }
val-custom-builtin = "{ $id }" on valmis kriteeri: anna omalle kriteerillesi toinen tunniste
val-remove-missing = kriteeriä "{ $id }" ei voi poistaa: pohjana olevassa arviointimallissa ei ole sitä
val-duplicate-criterion = kriteeri "{ $id }" on lueteltu tässä vaiheessa kahdesti
val-zero-weight = kriteerin "{ $id }" paino on 0: anna sille pisteitä tai poista se
val-weight-sum = painojen summa on { $sum } eikä 100 ({ $breakdown })
val-empty-rubric = tässä vaiheessa ei ole arviointimallia: luettele kriteerit, joilla vastaus pisteytetään
val-custom-empty = oma kriteeri "{ $id }" ei tarkista mitään: anna sille require, avoid tai pattern
val-bad-regex = oma kriteeri "{ $id }": pattern ei ole kelvollinen säännöllinen lauseke ({ $error })
val-cap = kriteeri "{ $id }": ylärajan (cap) on oltava pistemäärä 0–100
val-dangling-branch = vaihe "{ $step }" haarautuu vaiheeseen "{ $target }", mutta sellaista vaihetta ei ole
val-branch-after-always = vaihe "{ $step }": tämä haara tulee Always-haaran jälkeen, joten sitä ei voida koskaan valita
val-branch-option = Chose("{ $id }") ei viittaa mihinkään tämän vaiheen vaihtoehtoon tai toimenpiteeseen
val-branch-choice-on-write = vaihe "{ $step }": Chose(...) toimii vain Pick- ja Act-vaiheissa
val-branch-criterion = "{ $id }" ei ole tämän vaiheen arviointimallin kriteeri
val-unreachable = vaiheeseen "{ $step }" ei pääse koskaan: mikään haara ei johda siihen
val-loop = haarat muodostavat silmukan takaisin vaiheeseen "{ $step }": skenaarion on aina päätyttävä
val-example-step = vaiheen "{ $step }" esimerkki: sellaista vaihetta ei ole
val-example-not-write = vaiheen "{ $step }" esimerkki: vain Write-vaiheissa vastaus pisteytetään
val-example-criterion = esimerkki odottaa kriteeriä "{ $id }", jota ei ole vaiheen "{ $step }" arviointimallissa
val-example-near-miss = esimerkki on läheltä piti -tapaus kriteerille "{ $id }", jonka pitää olla vaiheen "{ $step }" kriittinen kriteeri, eikä esimerkki saa odottaa sen hylkäävän
val-brand-guide-lang = äänensävyohjeessa ei ole tekstiä kielellä "{ $lang }"
val-brand-signoff-lang = allekirjoituksessa ei ole tekstiä kielellä "{ $lang }"
val-style-limit-hard = kanavalla { $channel } on oma ehdoton pituusraja, joten tyylirajaa ei siellä huomioida
val-track-empty = koulutuspolulla ei ole skenaarioita
val-track-scenario = tuntematon skenaario "{ $id }" (tai se ohitettiin virheiden vuoksi)
val-track-lang = skenaario "{ $id }" on kielellä "{ $lang }", ei koulutuspolun kielellä
val-track-duplicate = skenaario "{ $id }" on koulutuspolulla kahdesti
val-duplicate-id = tunniste "{ $id }" on jo toisen tiedoston käytössä
val-duplicate-scenario = skenaarion tunniste "{ $id }" on jo käytössä tiedostossa { $other }

selftest-mismatch = itsetesti: vastaukselle "{ $reply }" odotettiin { $criterion } { $expected }, tulos oli { $actual }{ $why ->
        [none] {""}
       *[other] {""} ({ $why })
    }{ $note ->
        [none] {""}
       *[other] {""}. Huom. { $note }
    }


## Kouluttajan sanastolisäykset (<data>/lexicons/<kieli>.ron)
val-lexicon-syntax = sanastolisäyksiä ei voitu lukea: { $detail }. Valmista sanastoa käytetään ilman niitä.
val-lexicon-lang = lisäyksissä lukee lang "{ $given }", mutta tiedosto täydentää kielen "{ $expected }" sanastoa: korjaa lang tai nimeä tiedosto uudelleen
val-lexicon-concept = tuntematon käsite "{ $concept }"; käsitteet ovat: { $known }
val-lexicon-pattern = hakuilmaus "{ $pattern }" ei kelpaa ({ $detail }), joten se jätetään pois
val-lexicon-tone = hakuilmauksen "{ $pattern }" sävypaino on { $weight }: käytä kokonaislukua väliltä -3–3 (ja kelvollista hakuilmausta)
selftest-coverage-good = vaihe "{ $step }": hyviä vastauksia itsetesteinä { $have }/{ $want } (esimerkit, joissa passes: true); lisää vastauksia, jotka eroavat muodoltaan: lyhyt, pitkä, puhekielinen, muodollinen, avainfraasi lopussa
selftest-coverage-near-miss = vaihe "{ $step }": läheltä piti -tapauksia kriittiselle kriteerille "{ $criterion }" { $have }/{ $want }; lisää vastauksia, jotka näyttävät rikkeeltä mutta eivät ole, merkinnällä near_miss: "{ $criterion }"
