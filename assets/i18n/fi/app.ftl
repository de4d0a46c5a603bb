# Sovelluksen käyttöliittymä.

nav-home = Etusivu
nav-browse = Skenaariot
nav-progress = Edistyminen
nav-settings = Asetukset
top-profile-hint = Profiili, jolle suorituksesi tallennetaan (vaihda asetuksissa)

notice-dismiss = Sulje
notice-skipped-files = { $count ->
        [one] 1 skenaariotiedosto ohitettiin virheiden vuoksi.
       *[other] { $count } skenaariotiedostoa ohitettiin virheiden vuoksi.
    }
notice-lexicon-problems = { $count ->
        [one] Yksi sanastolisäys jätettiin pois: { $first }
       *[other] { $count } sanastolisäystä jätettiin pois. Ensimmäinen: { $first }
    }
notice-show-details = Näytä tiedot
notice-hide-details = Piilota tiedot
notice-settings-unreadable = Asetuksia ei voitu lukea ({ $error }). Käytössä ovat oletusasetukset, kunnes muutat jotakin.
notice-settings-unsaved = Asetuksia ei voitu tallentaa: { $error }
notice-store-unusable = Edistymistä ei voi tallentaa juuri nyt: { $error }
notice-attempt-unsaved = Tätä suoritusta ei voitu tallentaa: { $error }. Palaute näkyy silti alla.
notice-attempt-gone = Suoritusta ei enää ole edistymistietojen tallessa (se on voitu poistaa tuonnissa tai nollauksessa).
notice-scenario-missing = Skenaariota ”{ $id }” ei ole enää kirjastossa.
notice-no-data-dir = Datakansiota ei ole, joten mitään ei voi tallentaa.
notice-exported = Tallennettu: { $path }
notice-export-failed = Tallennus epäonnistui: { $error }

lang-en = Englanti
lang-fi = Suomi
lang-native-en = English
lang-native-fi = Suomi
channel-x = X
channel-x-dm = X-yksityisviesti
channel-facebook = Facebook
channel-messenger = Messenger
channel-instagram = Instagram
channel-chat = Verkkochat
difficulty-easy = Helppo
difficulty-medium = Keskivaikea
difficulty-hard = Vaativa
formality-formal = Muodollinen äänensävy
formality-neutral = Neutraali äänensävy
formality-casual = Rento äänensävy
mood-angry = Vihainen
mood-upset = Harmistunut
mood-worried = Huolestunut
mood-neutral = Neutraali
mood-happy = Tyytyväinen
mood-playful = Leikkisä
mood-sarcastic = Sarkastinen
mood-trolling = Trollaava
mood-confused = Hämmentynyt
action-reply-public = Vastaa julkisesti
action-reply-private = Vastaa yksityisesti
action-hide = Piilota viesti
action-escalate = Eskaloi
action-ignore = Jätä huomiotta ja seuraa
action-like = Tykkää

home-greeting = Hei, { $name }!
home-welcome = Harjoittele vastaamaan asiakkaille somessa. Jatka siitä, mihin jäit, tai aloita koulutuspolusta.
home-stats = { $attempts ->
        [one] 1 suoritus
       *[other] { $attempts } suoritusta
    } · { $streak ->
        [0] tänään ei vielä putkea
        [one] 1 päivän putki
       *[other] { $streak } päivän putki
    }
home-continue-title = Jatka
home-continue = Jatka
home-continue-empty = Et ole vielä aloittanut mitään. Valitse skenaario listasta tai seuraa alla olevaa koulutuspolkua.
home-weakest-title = Harjoittele heikointa taitoasi
home-weakest-start = Harjoittele
home-weakest-empty = Sopivaa skenaariota ei juuri nyt ole. Selaa sen sijaan kirjastoa.
home-reviews-title = Uusinnan aika
home-reviews-empty = Ei uusittavaa. Hylätty skenaario palaa uusintaan 1, 3 ja 7 päivän kuluttua, kunnes läpäiset sen.
home-reviews-hint = Et läpäissyt tätä viime kerralla – yritä uudelleen
home-tracks-title = Koulutuspolut
home-tracks-empty-title = Tällä kielellä ei ole koulutuspolkuja
home-tracks-empty = Koulutuspolut ovat järjestyksessä eteneviä skenaariosarjoja hyväksymisrajoineen. Kouluttajat lisäävät niitä kansioon scenarios/tracks/.
home-track-complete = Suoritettu
home-track-progress = { $done }/{ $total } suoritettu
home-track-next = Seuraavaksi: { $title }
home-track-start-next = Aloita
home-track-certificate = Tallenna todistus
home-browse-all = Selaa kaikkia { $count } skenaariota

browse-title = Skenaariot
browse-search = Haku
browse-search-hint = Otsikko tai aihe
browse-language = Kieli
browse-channel = Kanava
browse-skill = Taito
browse-difficulty = Vaikeustaso
browse-all = Kaikki
browse-clear = Tyhjennä suodattimet
browse-count = { $count ->
        [one] 1 skenaario
       *[other] { $count } skenaariota
    }
browse-empty-title = Yksikään skenaario ei vastaa suodattimia
browse-empty = Tyhjennä suodattimet tai hae jotain muuta.
browse-start-hint = Aloita tämä skenaario
browse-best = Parhaat pisteet: { $score }

play-leave = ‹ Poistu
play-leave-hint = Poistu skenaariosta (Esc)
play-step = Vaihe { $n }
play-time-left = { $time } jäljellä
play-time-over = { $time } yli aikarajan
play-leave-title = Haluatko poistua skenaariosta?
play-leave-body = Suoritus on kesken, joten sitä ei tallenneta.
play-leave-stay = Jatka harjoittelua
play-leave-confirm = Poistu

side-voice = Äänensävy
side-emoji-never = Ei emojeita
side-emoji-sparing = Emojeita enintään { $max }
side-emoji-free = Emojit tervetulleita
side-memes-never = Ei meemejä
side-memes-lighthearted-only = Meemit vain leppoisissa ketjuissa
side-memes-allowed = Meemit tervetulleita
side-sign-off = Allekirjoitus: { $example }
side-sign-off-initials = AK
side-sign-off-name = Aino
side-news = Päivän uutiset
side-news-empty = Uutisissa ei ole mitään tähän keskusteluun liittyvää.
side-official = Virallinen
side-customer = Asiakas
side-scenario = Tietoa skenaariosta
side-pass-mark = Hyväksymisraja: { $mark }
side-time-limit = Aikaraja: { $minutes } min

thread-moved = Jatkuu kanavalla { $channel }
thread-image = Liitetty kuva
thread-fb-posted = Julkaistu sivulla · { $time }
thread-fb-reactions = 👍 { $likes } · { $shares ->
        [one] { $shares } jako
       *[other] { $shares } jakoa
    }
thread-x-counts = 🔁 { $shares }   ♥ { $likes }
thread-ig-post = Uusin julkaisu
thread-ig-likes = ♥ { $likes } · { $time }
thread-chat-online = Paikalla · vastaa yleensä muutamassa minuutissa
thread-typing = { $name } kirjoittaa{ $dots }
thread-step-score = { $total }/100
thread-you-chose = Valitsit: { $action }

turn-write = Kirjoita vastauksesi.
turn-pick = Valitse vastaus, jonka lähettäisit.
turn-act = Valitse, mitä teet tälle viestille.
turn-your-reply = Vastauksesi
turn-reply-hint = Kirjoita brändin tyyliin…
turn-count-x = { $count }/{ $limit }
turn-count-hard = { $count }/{ $limit } merkkiä
turn-count-style = { $count } merkkiä · brändin tavoitepituus { $limit }
turn-emoji-never = Emojit: { $count } (tämä brändi ei käytä emojeita)
turn-emoji-sparing = Emojit: { $count }/{ $max }
turn-emoji-free = Emojit: { $count }
turn-hints = Vihjeet
turn-hints-paused = Vihjeet keskeytyvät hyvin pitkissä vastauksissa.
turn-hints-empty = Aloita kirjoittaminen, niin näet tässä, mitkä kriteerit luonnoksesi täyttää.
profile-default-name = Harjoittelija
turn-send = Lähetä
turn-send-hint = Lähetä vastaus (Ctrl+Enter)
turn-meme-only = (pelkkä meemi)

feedback-passed = Hyväksytty · hyväksymisraja { $mark }
feedback-not-passed = Ei hyväksytty · hyväksymisraja { $mark }
score-ring = Pisteet { $total }/100
feedback-critical = Kriittinen kriteeri ei täyttynyt, joten pistemäärää on rajoitettu. Sen selitys on alla ensimmäisenä.
feedback-critical-row = Kriittinen: rajoittaa koko pistemäärää.
feedback-time = Aikaa kului: { $time }
feedback-over-time = aikaraja { $limit } ylittyi
feedback-when = Suoritettu { $when }
feedback-back = ‹ Takaisin edistymiseen
feedback-play-again = Harjoittele uudelleen
feedback-replay-draw = Toista sama versio
feedback-replay-draw-hint = Samat nimet, numerot ja sanamuodot kuin tässä suorituksessa (sama siemenluku)
feedback-seed = Versio { $seed }
feedback-retry = Yritä uudelleen
feedback-next = Seuraava skenaario ›
feedback-home = Etusivu
feedback-version-changed = Skenaariota on muutettu tämän suorituksen jälkeen. Mallivastaukset ovat nykyisestä versiosta.
feedback-step = Vaihe { $n }
feedback-your-reply = Vastauksesi
feedback-empty-reply = (tyhjä vastaus)
feedback-click-hint = Napsauta kriteeriä, niin näet korostettuna kohdan, johon arvio perustuu.
feedback-you-picked = Valitsit: { $choice }
feedback-you-acted = Valitsit: { $action }
feedback-trainer = Kouluttaja ({ $reviewer }): { $mark } – { $comment }
feedback-trainer-note = Skenaarion laatijalta
feedback-model-answers = Mallivastaus
feedback-best-choice = Paras valinta: { $choice }

progress-title = Edistyminen: { $name }
progress-streak = { $days ->
        [one] 1 päivän putki
       *[other] { $days } päivän putki
    }
progress-longest = Pisin: { $days } pv
progress-attempts = { $count ->
        [one] 1 suoritus
       *[other] { $count } suoritusta
    }
progress-empty-title = Ei vielä suorituksia
progress-empty = Suorita jokin skenaario, niin tasosi, kaaviot ja historiasi näkyvät täällä.
progress-unavailable-title = Edistyminen ei ole käytettävissä
progress-unavailable = Edistymistietoja ei voitu avata. Katso ilmoitus yläreunasta.
progress-skill-attempts = { $count ->
        [one] 1 suoritus
       *[other] { $count } suoritusta
    }
progress-chart-title = Pisteiden kehitys
progress-chart-x = Suoritus
progress-chart-y = Pisteet
progress-reviews-title = Uusintaan tulossa
progress-review-due = { $date } alkaen · { $fails ->
        [one] hylätty kerran
       *[other] hylätty { $fails } kertaa peräkkäin
    }
progress-history-title = Suoritukset
progress-history-older = { $count ->
        [one] Näytä 1 vanhempi suoritus
       *[other] Näytä vanhemmat suoritukset ({ $count } lisää)
    }
progress-col-when = Ajankohta
progress-col-scenario = Skenaario
progress-col-score = Pisteet
progress-col-result = Tulos
progress-col-source = Lähde
progress-source-local = tämä kone
progress-source-import = tuotu
progress-open-hint = Näytä suoritus sellaisena kuin se pisteytettiin
progress-export-csv = Vie CSV
progress-export-html = Vie raportti
progress-export-json = Vie kouluttajalle
progress-export-json-hint = Tiedosto, jonka kouluttajasi voi tuoda omalle koneelleen
progress-import = Tuo…
progress-import-hint = Tuo harjoittelijan vientitiedosto (kaksoiskappaleet ohitetaan)

settings-title = Asetukset
settings-language = Kieli
settings-theme = Teema
settings-theme-system = Järjestelmän mukaan
settings-theme-light = Vaalea
settings-theme-dark = Tumma
settings-text-size = Tekstin koko
settings-text-size-0 = Pieni
settings-text-size-1 = Normaali
settings-text-size-2 = Suuri
settings-text-size-3 = Erittäin suuri
settings-hints = Näytä vihjeet kirjoittaessasi (mitkä kriteerit luonnos täyttää)
settings-profile = Profiili
settings-profile-current = Suoritukset tallennetaan profiilille: { $name }
settings-profile-switch = Vaihda profiiliin:
settings-profile-new = Uusi profiili
settings-profile-use = Käytä tätä profiilia
settings-data = Datakansio
settings-data-none = ei käytössä (mitään ei tallenneta)
settings-store = Edistymistiedot: { $path }
settings-store-memory = vain muistissa (ei tallenneta)
