# Kriteerien nimet ja pisteytyksen palaute. Jokainen viesti kertoo, mitä löytyi tai puuttui
# ja miksi sillä on väliä. $found on lainaus harjoittelijan vastauksesta.

crit-acknowledge = Huomioi ongelman
crit-apology = Pahoittelu
crit-empathy = Empatia
crit-move-to-private = Siirtää yksityiselle kanavalle
crit-asks-details = Kysyy tarvittavat tiedot
crit-no-blame = Ei syyllistämistä
crit-no-forbidden = Ei kiellettyjä ilmauksia
crit-channel-fit = Sopii kanavalle
crit-emoji-policy = Emojilinja
crit-positive-tone = Myönteinen sävy
crit-readability = Luettavuus
crit-uses-name = Käyttää asiakkaan nimeä
crit-no-public-pii = Ei henkilötietoja julkisesti
crit-right-language = Oikea kieli
crit-no-political-stance = Ei omaa kannanottoa
crit-next-step = Selkeä seuraava askel
crit-thanks = Kiittää asiakasta
crit-signature = Allekirjoitus
crit-choice = Valintasi

crit-custom-text = { $text }

crit-acknowledge-pass = Nimesit asiakkaan ongelman (”{ $found }”), joten hän näkee, että luit viestin.
crit-acknowledge-partial = Huomioit asiakkaan (”{ $found }”), mutta et nimennyt itse ongelmaa. Kerro, mikä meni vikaan (esim. { $issue }), ettei vastaus vaikuta vakiovastaukselta.
crit-acknowledge-fail = Vastauksesta ei näy, että luit viestin. Nimeä asiakkaan ongelma (esim. { $issue }).
crit-acknowledge-fail-generic = Vastaus ei tartu siihen, mitä asiakas kirjoitti. Aloita osoittamalla, että kuulit hänet.

crit-apology-pass = Aito pahoittelu: ”{ $found }”.
crit-apology-partial = Pahoittelit (”{ $found }”), mutta et kertonut, mitä pahoittelet. Nimeä asia (esim. { $issue }).
crit-apology-fail = Pahoittelu puuttuu. Huonon kokemuksen saanut asiakas odottaa sitä, vaikka vika ei olisikaan sinun.
crit-apology-fail-conditional = ”{ $found }” on ehdollinen pahoittelu: se kyseenalaistaa asiakkaan tunteet sen sijaan, että pahoittelisi tapahtunutta. Pahoittele itse tilannetta.
crit-apology-partial-hedged = ”{ $found }” ehdollistaa pahoittelun sanalla ”jos”. Pahoittele tapahtunutta suoraan.
crit-apology-fail-negated = ”{ $found }” sanoo, ettet pahoittele. Julkisesti se vaikuttaa torjuvalta.

crit-empathy-pass = Osoitit ymmärtäväsi, miltä asiakkaasta tuntuu (”{ $found }”).
crit-empathy-partial = ”{ $found }” huomioi asiakkaan, mutta ei kerro mitään hänen tunteistaan. Sano tunne ääneen: turhauttavaa, huolestuttavaa, harmillista.
crit-empathy-fail = Empatia puuttuu. Osoita ennen selityksiä, että ymmärrät, miltä tilanne asiakkaasta tuntuu.

crit-move-to-private-na = Ei sovellu: { $channel } on jo yksityinen kanava.
crit-move-to-private-pass = Siirsit keskustelun yksityiselle kanavalle (”{ $found }”). Henkilötiedot pysyvät poissa julkisuudesta.
crit-move-to-private-partial = Tarjosit toista yksityistä reittiä (”{ $found }”). Kun pyydät yksityisviestiä, keskustelu pysyy asiakkaan itse valitsemalla kanavalla.
crit-move-to-private-fail = Tilausnumeron kaltaiset tiedot eivät kuulu julkiseen ketjuun. Pyydä asiakasta lähettämään yksityisviesti.
crit-move-to-private-fail-public = ”{ $found }” pyytää asiakasta kirjoittamaan tietonsa julkisesti kaikkien luettavaksi. Pyydä ne sen sijaan yksityisviestillä.

crit-asks-details-pass = Kysyit juuri ne tiedot, joita tarvitset (”{ $found }”).
crit-asks-details-partial = Pyysit tietoja (”{ $found }”). Kerro tarkasti, mitä tietoja tarvitset (tilausnumero, varausnumero), niin asiakas voi vastata yhdellä kertaa.
crit-asks-details-fail = Et kysynyt tietoja, joita auttamiseen tarvitaan. Kysy täsmälleen se, mitä tarvitset, esim. tilausnumero.

crit-no-blame-pass = Ei syyllistämistä: vastaus pysyy asiakkaan puolella.
crit-no-blame-partial = ”{ $found }” kuulostaa muistutukselta siitä, että asiakkaan olisi pitänyt tietää paremmin. Selitä asia uudelleen ilman moitetta.
crit-no-blame-fail = ”{ $found }” syyllistää asiakasta. Vaikka virhe olisi hänen, julkisesti se näyttää siltä, että brändi puolustautuu.

crit-no-forbidden-pass = Ei kiellettyjä ilmauksia.
crit-no-forbidden-fail = ”{ $found }” on tällä brändillä kielletty ilmaus. Tällaiset ilmaukset kärjistävät keskustelua, joten pistemäärää on rajoitettu.

crit-channel-fit-x-pass = { $length }/{ $limit } merkkiä: mahtuu X:ään.
crit-channel-fit-x-fail = { $length }/{ $limit } merkkiä: liian pitkä X:ään. Korostettu osa ei mahdu. Lyhennä tekstiä tai siirrä yksityiskohdat yksityisviestiin.
crit-channel-fit-hard-pass = { $length }/{ $limit } merkkiä: mahtuu kanavalle { $channel }.
crit-channel-fit-hard-fail = { $length }/{ $limit } merkkiä: { $channel } ei hyväksy näin pitkää vastausta.
crit-channel-fit-style-pass = { $length } merkkiä: brändin tavoitepituuden ({ $limit }) rajoissa kanavalla { $channel }.
crit-channel-fit-style-partial = { $length } merkkiä: hieman yli brändin tavoitepituuden ({ $limit }) kanavalla { $channel }. Tiivistä.
crit-channel-fit-style-fail = { $length } merkkiä: reilusti yli brändin tavoitepituuden ({ $limit }) kanavalla { $channel }. Tällä kanavalla pitkiä vastauksia ei lueta.

crit-emoji-policy-na = Brändin emojilinjaa ei sovelleta.
crit-emoji-policy-never-pass = Ei emojeita, kuten brändin linja edellyttää.
crit-emoji-policy-never-fail = { $count ->
        [one] 1 emoji
       *[other] { $count } emojia
    }, mutta tämä brändi ei käytä emojeita lainkaan.
crit-emoji-policy-sparing-pass = { $count ->
        [0] Ei emojeita: sekin käy, brändi sallii enintään { $max }.
       *[other] Emojeita { $count } (enintään { $max }): brändin linjan mukainen.
    }
crit-emoji-policy-sparing-partial = Emojeita { $count }: yksi yli brändin enimmäismäärän ({ $max }).
crit-emoji-policy-sparing-fail = Emojeita { $count }: reilusti yli brändin enimmäismäärän ({ $max }).
crit-emoji-policy-free-pass = Emojit kuuluvat tämän brändin äänensävyyn.

crit-positive-tone-pass = Ystävällinen ja myönteinen (”{ $found }”).
crit-positive-tone-partial = Sävy on neutraali. Ystävällinen sana (”autamme mielellämme”, ”hyvä, että kerroit”) tekee vastauksesta lämpimämmän.
crit-positive-tone-fail = Sävy vaikuttaa kielteiseltä (”{ $found }”). Kerro mieluummin, mitä voit tehdä, kuin mitä et voi.
crit-positive-tone-fail-sarcasm = ”{ $found }” voi kuulostaa sarkastiselta tai alentuvalta. Kirjoitettuna ironia ymmärretään helposti väärin.
crit-positive-tone-fail-shouting = Isoilla kirjaimilla kirjoitetut sanat (”{ $found }”) tulkitaan huutamiseksi.

crit-readability-short = Lyhyt ja helppolukuinen.
crit-readability-pass = Helppolukuinen: keskimäärin { $words } sanaa virkkeessä (LIX { $lix }).
crit-readability-partial = Melko raskaslukuinen (LIX { $lix }, pisin virke { $longest } sanaa). Jaa pitkät virkkeet ja suosi lyhyitä sanoja.
crit-readability-fail = Raskaslukuinen (LIX { $lix }, pisin virke { $longest } sanaa). Puhelimella selaava asiakas ei jaksa lukea loppuun. Pilko teksti osiin.

crit-uses-name-na = Ei sovellu: asiakkaan nimeä ei tiedetä.
crit-uses-name-pass = Puhuttelit asiakasta nimeltä (”{ $found }”).
crit-uses-name-fail = Et käyttänyt asiakkaan nimeä ({ $name }). Nimen käyttäminen tekee vastauksesta henkilökohtaisen, eikä se tunnu vakiovastaukselta.

crit-no-public-pii-na = Ei sovellu: { $channel } on yksityinen.
crit-no-public-pii-pass = Julkisessa vastauksessa ei ole henkilötietoja.
crit-no-public-pii-fail = Julkisessa vastauksessa on henkilötietoja ({ $kind ->
        [email] sähköpostiosoite
        [phone] puhelinnumero
        [hetu] henkilötunnus
        [iban] tilinumero
        [card] kortin numero
        [address] katuosoite
       *[other] asiakkaan kertomia tietoja
    }: ”{ $found }”). Kaikki voivat lukea ne. Älä koskaan toista niitä julkisesti.
crit-no-public-pii-fail-request = ”{ $found }” pyytää henkilötietoja julkisesti. Pyydä ne yksityisviestillä.

crit-right-language-na = Liian lyhyt kielen tunnistamiseen.
crit-right-language-pass = Kirjoitettu asiakkaan kielellä ({ $lang ->
        [fi] suomeksi
        [sv] ruotsiksi
       *[en] englanniksi
    }).
crit-right-language-partial = Pääosin { $lang ->
        [fi] suomeksi
        [sv] ruotsiksi
       *[en] englanniksi
    }, mutta joukossa on toisen kielen sanoja. Käytä johdonmukaisesti asiakkaan kieltä.
crit-right-language-fail = Vastausta ei ole kirjoitettu { $lang ->
        [fi] suomeksi
        [sv] ruotsiksi
       *[en] englanniksi
    }, vaikka asiakas kirjoitti sillä kielellä.

crit-no-political-stance-pass = Ei omaa mielipidettä aiheesta: pysyit puolueettomana.
crit-no-political-stance-partial = ”{ $found }” arvottaa uutisaihetta. Pysy tosiasioissa ja ohjaa viralliseen tiedotteeseen.
crit-no-political-stance-fail = ”{ $found }” ottaa omaa kantaa uutisaiheeseen. Brändin tili puhuu yrityksen nimissä, joten ohjaa sen sijaan viralliseen tiedotteeseen.

crit-next-step-pass = Seuraava askel on selvä (”{ $found }”).
crit-next-step-partial = Tarjoat { $count } eri yhteydenottotapaa. Valitse yksi, niin asiakas tietää tarkalleen, mitä tehdä.
crit-next-step-fail = Seuraava askel puuttuu. Kerro asiakkaalle, mitä nyt tapahtuu tai mitä hän voi tehdä.

crit-thanks-pass = Kiitit asiakasta (”{ $found }”).
crit-thanks-fail = Et kiittänyt asiakasta. Kiitos osoittaa, että arvostat vaivaa, jonka hän näki kirjoittaessaan.
crit-thanks-fail-sarcastic = ”{ $found }” on sarkasmia, ei kiitos.

crit-signature-na = Tämä brändi ei allekirjoita vastauksiaan.
crit-signature-pass = Allekirjoitettu brändin tapaan: ”{ $found }”.
crit-signature-partial-place = Allekirjoituksen (”{ $found }”) kuuluu olla aivan lopussa.
crit-signature-partial-form = ”{ $found }” ei ole brändin allekirjoitusmuoto. Allekirjoita näin: { $expected }
crit-signature-fail = Allekirjoitus puuttuu. Tämä brändi allekirjoittaa vastauksensa: { $expected }

crit-empty-reply = Vastaus on tyhjä: kirjoita vastaus, jotta sen voi arvioida.
crit-signature-fail-any = Allekirjoitus puuttuu. Lopeta vastaus nimeesi tai nimikirjaimiisi (esim. "^AK", "/Anna", "– Anna"), niin asiakas tietää, kuka vastasi.
crit-acknowledge-fail-post = Nimeä asiakkaan varsinainen asia hänen omin sanoin, niin hän tietää, että luit viestin.
crit-acknowledge-fail-generic-words = "{ $found }" sopii mihin tahansa tapaukseen. Nimeä asiakkaan varsinainen asia (esim. { $issue }), niin hän tietää, että luit viestin.
crit-empathy-fail-generic = "{ $found }" kertoo, että luit viestin, mutta ei sitä, miltä tilanne tuntuu. Nimeä tunne tai haitta ("tosi turhauttavaa"), niin osoitat empatiaa.
crit-move-to-private-fail-other = "{ $found }" on yksityinen kanava, mutta tässä asiakas kannattaa kutsua yksityisviestiin, jossa keskustelu jatkuu. Pyydä häntä laittamaan DM.
