# Kriteerien nimet ja pisteytyksen palaute. Jokainen viesti kertoo, mitä löytyi tai puuttui
# ja miksi sillä on väliä. $found on lainaus harjoittelijan vastauksesta.

crit-acknowledge = Tarttuu asiaan
crit-apology = Pahoittelu
crit-empathy = Empatia
crit-move-to-private = Siirtää yksityiseen kanavaan
crit-asks-details = Kysyy tarvittavat tiedot
crit-no-blame = Ei syyllistä
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

crit-acknowledge-pass = Nimesit asiakkaan ongelman ("{ $found }"), joten hän näkee, että luit viestin.
crit-acknowledge-partial = Huomioit asiakkaan ("{ $found }"), mutta et nimennyt itse ongelmaa. Kerro, mikä meni vikaan (esim. { $issue }), ettei vastaus näytä valmispohjalta.
crit-acknowledge-fail = Vastauksesta ei näy, että luit viestin. Nimeä asiakkaan ongelma (esim. { $issue }).
crit-acknowledge-fail-generic = Vastaus ei tartu siihen, mitä asiakas kirjoitti. Näytä ensin, että kuulit hänet.

crit-apology-pass = Aito pahoittelu: "{ $found }".
crit-apology-partial = Pahoittelit ("{ $found }"), mutta et mitään tiettyä. Kerro, mitä pahoittelet (esim. { $issue }).
crit-apology-fail = Pahoittelu puuttuu. Huonon kokemuksen saanut asiakas odottaa sitä, vaikka vika ei olisi sinun.
crit-apology-fail-conditional = "{ $found }" on ehdollinen pahoittelu: se kyseenalaistaa asiakkaan tunteet sen sijaan, että pahoittelisi tapahtunutta. Pahoittele itse tilannetta.
crit-apology-partial-hedged = "{ $found }" ehdollistaa pahoittelun jos-sanalla. Pahoittele tapahtunutta suoraan.
crit-apology-fail-negated = "{ $found }" kertoo, ettet pahoittele. Julkisesti se näyttää vähättelyltä.

crit-empathy-pass = Osoitit ymmärtäväsi, miltä asiakkaasta tuntuu ("{ $found }").
crit-empathy-partial = "{ $found }" huomioi asiakkaan, mutta ei kerro mitään hänen tunteistaan. Sano tunne ääneen: turhauttavaa, huolestuttavaa, harmillista.
crit-empathy-fail = Empatia puuttuu. Näytä ennen selityksiä, että ymmärrät, miltä tilanne asiakkaasta tuntuu.

crit-move-to-private-na = Ei sovellu: { $channel } on jo yksityinen kanava.
crit-move-to-private-pass = Siirsit keskustelun yksityiseen kanavaan ("{ $found }"). Henkilötiedot pysyvät poissa julkisuudesta.
crit-move-to-private-partial = Tarjosit toista yksityistä reittiä ("{ $found }"). Yksityisviesti pitää keskustelun siinä kanavassa, jonka asiakas itse valitsi.
crit-move-to-private-fail = Tilausnumeron kaltaiset tiedot eivät kuulu julkiseen ketjuun. Pyydä asiakasta lähettämään yksityisviesti.
crit-move-to-private-fail-public = "{ $found }" pyytää asiakasta kirjoittamaan tietonsa julkisesti kaikkien luettavaksi. Pyydä ne yksityisviestillä.

crit-asks-details-pass = Kysyit juuri ne tiedot, joita tarvitset ("{ $found }").
crit-asks-details-partial = Pyysit "{ $found }". Kerro tarkasti, mitä tietoja tarvitset (tilausnumero, varausnumero), niin asiakas voi vastata kerralla.
crit-asks-details-fail = Et kysynyt tietoja, joita auttamiseen tarvitaan. Kysy täsmälleen se, mitä tarvitset, esim. tilausnumero.

crit-no-blame-pass = Ei syyllistämistä: vastaus pysyy asiakkaan puolella.
crit-no-blame-partial = "{ $found }" kuulostaa muistutukselta, että asiakkaan olisi pitänyt tietää paremmin. Selitä uudelleen ilman moitetta.
crit-no-blame-fail = "{ $found }" syyllistää asiakasta. Vaikka virhe olisi hänen, julkisesti se näyttää siltä, että brändi puolustautuu.

crit-no-forbidden-pass = Ei kiellettyjä ilmauksia.
crit-no-forbidden-fail = "{ $found }" on tällä brändillä kielletty ilmaus. Tällaiset sanat kärjistävät keskustelua; pisteet on rajattu.

crit-channel-fit-x-pass = { $length }/{ $limit } merkkiä: mahtuu X:ään.
crit-channel-fit-x-fail = { $length }/{ $limit } merkkiä: liian pitkä X:ään. Korostettu osa ei mahtuisi; lyhennä tai siirrä yksityiskohdat yksityisviestiin.
crit-channel-fit-hard-pass = { $length }/{ $limit } merkkiä: mahtuu kanavalle { $channel }.
crit-channel-fit-hard-fail = { $length }/{ $limit } merkkiä: { $channel } ei hyväksy näin pitkää vastausta.
crit-channel-fit-style-pass = { $length } merkkiä, brändin tavoitteen { $limit } sisällä kanavalla { $channel }.
crit-channel-fit-style-partial = { $length } merkkiä: vähän yli brändin tavoitteen { $limit } kanavalla { $channel }. Tiivistä.
crit-channel-fit-style-fail = { $length } merkkiä: reilusti yli brändin tavoitteen { $limit } kanavalla { $channel }. Pitkiä vastauksia ei tällä kanavalla lueta.

crit-emoji-policy-na = Brändin emojilinjaa ei ole annettu.
crit-emoji-policy-never-pass = Ei emojeita, kuten brändin linja edellyttää.
crit-emoji-policy-never-fail = { $count ->
        [one] 1 emoji
       *[other] { $count } emojia
    }, mutta tämä brändi ei käytä emojeita lainkaan.
crit-emoji-policy-sparing-pass = { $count ->
        [0] Ei emojeita: hyvä niinkin, brändi sallii enintään { $max }.
       *[other] { $count }/{ $max } emojia: brändin linjan mukaisesti.
    }
crit-emoji-policy-sparing-partial = { $count } emojia: yksi enemmän kuin brändin raja { $max }.
crit-emoji-policy-sparing-fail = { $count } emojia: reilusti yli brändin rajan { $max }.
crit-emoji-policy-free-pass = Emojit kuuluvat tämän brändin äänensävyyn.

crit-positive-tone-pass = Ystävällinen ja myönteinen ("{ $found }").
crit-positive-tone-partial = Sävy on neutraali. Ystävällinen sana ("autamme mielellämme", "kiitos kärsivällisyydestä") lämmittää vastausta.
crit-positive-tone-fail = Sävy vaikuttaa kielteiseltä ("{ $found }"). Kerro, mitä voit tehdä, äläkä sitä, mitä et voi.
crit-positive-tone-fail-sarcasm = "{ $found }" voi kuulostaa sarkastiselta tai alentuvalta. Kirjoitettuna ironia ymmärretään helposti väärin.
crit-positive-tone-fail-shouting = Isoilla kirjaimilla kirjoitetut sanat ("{ $found }") näyttävät huutamiselta.

crit-readability-short = Lyhyt ja helppolukuinen.
crit-readability-pass = Helppolukuinen: keskimäärin { $words } sanaa virkkeessä (LIX { $lix }).
crit-readability-partial = Melko raskas lukea (LIX { $lix }, pisin virke { $longest } sanaa). Jaa pitkät virkkeet ja suosi lyhyitä sanoja.
crit-readability-fail = Raskas lukea (LIX { $lix }, pisin virke { $longest } sanaa). Puhelimella selaava asiakas ei jaksa loppuun: pilko teksti.

crit-uses-name-na = Ei sovellu: asiakkaan nimeä ei tiedetä.
crit-uses-name-pass = Puhuttelit asiakasta nimeltä ("{ $found }").
crit-uses-name-fail = Et käyttänyt asiakkaan nimeä ({ $name }). Nimi tekee vastauksesta henkilökohtaisen eikä valmispohjalta näyttävän.

crit-no-public-pii-na = Ei sovellu: { $channel } on yksityinen.
crit-no-public-pii-pass = Julkisessa vastauksessa ei ole henkilötietoja.
crit-no-public-pii-fail = Julkisessa vastauksessa on henkilötietoja ({ $kind ->
        [email] sähköpostiosoite
        [phone] puhelinnumero
        [hetu] henkilötunnus
        [iban] tilinumero
        [card] kortin numero
       *[other] asiakkaan kertomia tietoja
    }: "{ $found }"). Kaikki voivat lukea ne; älä koskaan toista niitä julkisesti.
crit-no-public-pii-fail-request = "{ $found }" pyytää henkilötietoja julkisesti. Pyydä ne yksityisviestillä.

crit-right-language-na = Liian lyhyt kielen tunnistamiseen.
crit-right-language-pass = Kirjoitettu asiakkaan kielellä ({ $lang ->
        [fi] suomeksi
       *[en] englanniksi
    }).
crit-right-language-partial = Pääosin { $lang ->
        [fi] suomeksi
       *[en] englanniksi
    }, mutta joukossa on toisen kielen sanoja. Pysy asiakkaan kielessä.
crit-right-language-fail = Ei ole kirjoitettu { $lang ->
        [fi] suomeksi
       *[en] englanniksi
    }, vaikka asiakas kirjoitti sillä kielellä.

crit-no-political-stance-pass = Ei omaa mielipidettä aiheesta: pysyit puolueettomana.
crit-no-political-stance-partial = "{ $found }" arvottaa uutisaihetta. Pysy tosiasioissa ja ohjaa viralliseen tiedotteeseen.
crit-no-political-stance-fail = "{ $found }" ottaa henkilökohtaisesti kantaa uutisaiheeseen. Brändin tili puhuu yrityksen äänellä: ohjaa viralliseen tiedotteeseen.

crit-next-step-pass = Seuraava askel on selvä ("{ $found }").
crit-next-step-partial = Tarjoat { $count } eri yhteydenottotapaa. Valitse yksi, niin asiakas tietää tarkalleen, mitä tehdä.
crit-next-step-fail = Seuraava askel puuttuu. Kerro asiakkaalle, mitä nyt tapahtuu tai mitä hän voi tehdä.

crit-thanks-pass = Kiitit asiakasta ("{ $found }").
crit-thanks-fail = Et kiittänyt asiakasta. Kiitos huomioi vaivan, jonka hän näki kirjoittaessaan.
crit-thanks-fail-sarcastic = "{ $found }" on sarkasmia eikä kiitos.

crit-signature-na = Tämä brändi ei allekirjoita vastauksiaan.
crit-signature-pass = Allekirjoitettu brändin tapaan: "{ $found }".
crit-signature-partial-place = Allekirjoituksen ("{ $found }") kuuluu olla aivan lopussa.
crit-signature-partial-form = "{ $found }" ei ole brändin allekirjoitusmuoto. Allekirjoita näin: { $expected }
crit-signature-fail = Allekirjoitus puuttuu. Tämä brändi allekirjoittaa vastauksensa: { $expected }

