"""Slovenian translations of the demo site's structural pages, thematic areas and funding statement.

There is no Slovenian seed text: these are translations of the English source,
itself written from the seeds, in the terms the site's Slovenian catalogue uses
(Novice, Dogodki, Primeri dobre prakse …). Slugs are ASCII.
"""

PAGES = {
    "home": {
        "title": "ClusterPoliSEE",
        "seo_title": "Pametnejše politike grozdov za Jugovzhodno Evropo",
        "slug": "domaca-stran",
        "tagline": (
            "Partnerstvo 25 članov iz 11 držav programa SEE, ki razvija pametnejše politike grozdov v podporo "
            "teritorialni koheziji, raziskavam in razvoju ter odprtim inovacijskim sistemom v Jugovzhodni Evropi."
        ),
        "introduction": (
            "Glavni cilj projekta ClusterPoliSEE je okrepiti zmogljivost regionalnih oblikovalcev politik, da se "
            "spoprijemajo s spremembami, jih preprečujejo in predvidevajo ter razvijajo strategije pametne "
            "specializacije, ki izboljšujejo grozde, s tem pa pospešujejo diverzifikacijo in strukturne spremembe v "
            "smeri gospodarstva znanja, v katerem ima prostor vsaka regija Jugovzhodne Evrope."
        ),
    },
    "objectives": {
        "title": "Cilji",
        "slug": "cilji",
        "introduction": (
            "Glavni cilj projekta je okrepiti zmogljivost regionalnih oblikovalcev politik, da se spoprijemajo s "
            "spremembami, jih preprečujejo in predvidevajo ter razvijajo strategije pametne specializacije, ki "
            "izboljšujejo grozde, s tem pa pospešujejo diverzifikacijo in strukturne spremembe v smeri gospodarstva "
            "znanja, v katerem ima svoje mesto vsaka regija Jugovzhodne Evrope."
        ),
        "body": [
            "<p>Cilj projekta ClusterPoliSEE je opredeliti, razviti in izvajati regionalne politike grozdov, ki "
            "izhajajo iz združevanja virov in vključevanja dejavnosti v globalno verigo vrednosti ter povezujejo "
            "regionalne konkurenčne prednosti z mednarodnimi sinergijami.</p>",
            "<p>Specifični cilji so:</p><ol>"
            "<li>vzpostaviti platformo za sodelovanje IKT kot sistem mehanizmov učenja za partnerstvo in zadevne "
            "deležnike, ki želijo izboljšati politike grozdov v Jugovzhodni Evropi s skupnim učenjem, prenosom "
            "politik in izmenjavo informacij, ter raziskati dodano vrednost transnacionalnega sodelovanja na podlagi "
            "odprte in interaktivne spletne podpore medsebojnemu učenju;</li>"
            "<li>pripraviti poglobljeno oceno regionalnih politik grozdov v sodelujočih državah na podlagi pregleda "
            "preteklih ukrepov, vizij prihodnosti, analize sedanjega okvira in razumevanja dela z vzporednimi "
            "okviri; to bo prispevalo k pametnejšim politikam v podporo obstoječim in razvitim grozdom, saj bo "
            "izboljšalo razumevanje razpoložljivih podatkov in informacij o razvoju grozdov;</li>"
            "<li>na podlagi celovite slike preteklih in sedanjih regionalnih okvirov opredeliti dejavnike, orodja, "
            "izkušnje in najboljše prakse na šestih tematskih prednostnih področjih, da bi razvili mehanizme učenja "
            "politik, ki jih bodo preizkusile pilotne pobude;</li>"
            "<li>okrepiti transnacionalno sodelovanje, usmerjeno v rezultate, da bi pripravili nove strategije "
            "(skupni strateški načrt, načrt trajnosti in pobudo na ravni Jugovzhodne Evrope) za trajnost rezultatov "
            "projekta in kot prispevek k podpori Jugovzhodne Evrope kot inovacijske regije.</li></ol>",
        ],
    },
    "governance": {
        "title": "Upravljanje projekta",
        "slug": "upravljanje-projekta",
        "body": [
            "Usmerjevalni odbor",
            "<p>Usmerjevalni odbor je organ odločanja in upravljanja projekta. Sestavlja ga po en predstavnik vsakega "
            "partnerja, ukvarja pa se z operativnim načrtovanjem in tehnično integracijo projektnih dejavnosti, "
            "transnacionalnim upravljanjem, komuniciranjem ter usklajevanjem in podporo partnerjem in finančnim "
            "strokovnjakom sodelujočih držav. Usmerjevalni odbor sodeluje z Znanstvenim in tehničnim svetovalnim "
            "odborom (STAB).</p>",
            "Znanstveni in tehnični svetovalni odbor",
            "<p>STAB sestavljajo predstavnik vodilnega partnerja (kot koordinator) ter vodje delovnih skupin in "
            "delovnih sklopov. Njegovi člani dajejo transnacionalne in interdisciplinarne nasvete o projektnih "
            "dejavnostih, spremljajo njihovo kakovost in spodbujajo povezovanje z drugimi pobudami EU, da bi "
            "zagotovili trajnost projekta ClusterPoliSEE in uporabo njegovih rezultatov na lokalni in evropski "
            "ravni.</p>",
        ],
    },
    "about": {
        "title": "O projektu ClusterPoliSEE",
        "slug": "o-projektu",
        "introduction": (
            "Partnerstvo 25 članov zajema 11 držav programa SEE (8 držav članic EU in 2 državi instrumenta za "
            "predpristopno pomoč (IPA)) in želi razviti pametnejše politike grozdov v podporo teritorialni koheziji, "
            "raziskavam in razvoju (R&R) ter odprtim inovacijskim sistemom v Jugovzhodni Evropi, pri čemer spodbuja "
            "transnacionalno sodelovanje med grozdi ter med razvitejšimi in manj razvitimi regijami."
        ),
        "body": [
            "<p>Med partnerji so regionalni in nacionalni javni organi, pristojni za oblikovanje in izvajanje "
            "politike grozdov, regionalne razvojne agencije, pristojne za upravljanje programov grozdov in "
            "regionalnih inovacijskih strategij, nacionalni raziskovalni inštituti in univerze, organizacije za "
            "spodbujanje inovacij ter mreže grozdov. Projektni predlog uporablja metodološki pristop, ki temelji na "
            "poskusih refleksivnega oblikovanja politik, kot podlago za boljše oblikovanje in izvajanje politik: "
            "predvideva orodja medsebojnega učenja, primerna za učni proces, in mehanizme, primerne za večje število "
            "udeležencev in široka posvetovanja z deležniki, po metodološkem pristopu programa Six Countries "
            "Programme.</p>",
            "<p>Delovni načrt sledi matričnemu pristopu, v katerem šest medgrozdnih razvojnih področij – razvoj "
            "grozdov, ki ga poganjajo inovacije ter R&amp;R, trajnost z razvojem grozdov, mednarodno sodelovanje in "
            "mreženje grozdov, izboljšanje finančnega okvira (financiranje grozdov), specializacija grozdov in regij "
            "ter nova znanja in ustvarjanje delovnih mest – poteka skozi operativne faze projekta: 1. ugotoviti "
            "informacijske vrzeli in ovire ter načine, kako jih v učnem procesu odpraviti, in 2. izboljšati "
            "oblikovanje učinkovitih regionalnih politik grozdov. Pilotne dejavnosti in njihovo vrednotenje zato "
            "dopolnjujejo in konkretizirajo abstraktno zastavljene prednostne naloge ter omogočajo primerjavo "
            "sedanjih in možnih pobud.</p>",
            "<p>Projekt ClusterPoliSEE (Smarter Cluster Policies for South East Europe) je projekt Programa "
            "transnacionalnega sodelovanja Jugovzhodna Evropa 2007–2013 (SEE), ki ga sofinancira Evropska komisija. "
            "Usmerjevalni odbor je organ odločanja in upravljanja projekta.</p>",
            "<p>Projekt je bil odobren v okviru prednostne osi „Spodbujanje inovacij in podjetništva“, področja "
            "ukrepanja „Razvoj tehnoloških in inovacijskih mrež na posameznih področjih“, s projektno nalogo "
            "„Mehanizmi učenja politik v podporo razvoju grozdov“.</p>",
            "<p>Konzorcij bo vključeval nacionalne in regionalne organe ter raziskovalne ustanove. Skupina izkušenih "
            "organizacij si bo izmenjevala znanje in izkušnje z organi, ki imajo manj prakse. Oblikovana bo tudi "
            "skupina uporabnikov, ki se želijo učiti iz izkušenj svojih partnerjev. Posebna pozornost bo namenjena "
            "vplivu projekta ClusterPoliSEE na izmenjavo izkušenj z drugimi evropskimi pobudami grozdov.</p>",
            "Projekt ClusterPoliSEE",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE), SEE/C/0008/1.3/X</p>",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) je projekt Programa transnacionalnega "
            "sodelovanja Jugovzhodna Evropa 2007–2013 (SEE), ki ga sofinancirata Evropski sklad za regionalni razvoj "
            "(ESRR) EU in nacionalni proračuni. Program Jugovzhodna Evropa podpira projekte v okviru štirih "
            "prednostnih osi: inovacije, okolje, dostopnost in trajnostni razvoj.</p>",
            "<p>Vodilni partner projekta Smarter Cluster Policies for South East Europe (ClusterPoliSEE) je Regione "
            "Marche (uprava dežele Marke, ene od 20 italijanskih dežel) s sedežem v Anconi. Partnerji projekta so 25 "
            "ustanov in nevladnih organizacij iz 11 držav: Bolgarija (1), Avstrija (2), Grčija (3), Madžarska (2), "
            "Italija (4), Romunija (4), Slovaška (3), Slovenija (2), Albanija (1), Hrvaška (1) in Srbija (2). "
            "Partner iz Bolgarije je Bolgarska agencija za spodbujanje malih in srednjih podjetij.</p>",
            "<p>Dejavnosti projekta so razdeljene v šest tematskih delovnih skupin (WG); Bolgarska agencija za "
            "spodbujanje malih in srednjih podjetij usklajuje in vodi WG3 „Mednarodno sodelovanje in mreženje "
            "grozdov“.</p>",
            "<p>Skupni proračun projekta znaša 5.186.352 EUR.</p>",
            "<p>Obdobje izvajanja: od 1. maja 2012 do 30. oktobra 2014.</p>",
            "Cilji",
            "Upravljanje projekta",
        ],
    },
    "work-packages": {
        "title": "Delovni sklopi",
        "slug": "delovni-sklopi",
        "introduction": "Projekt sestavljajo naslednji delovni sklopi.",
    },
    "working-groups": {
        "title": "Delovne skupine",
        "slug": "delovne-skupine",
        "introduction": (
            "Dejavnosti projekta so razdeljene v šest tematskih delovnih skupin (WG); Bolgarska agencija za "
            "spodbujanje malih in srednjih podjetij usklajuje in vodi WG3 „Mednarodno sodelovanje in mreženje "
            "grozdov“."
        ),
    },
    "partners": {
        "title": "Partnerji",
        "slug": "partnerji",
        "introduction": (
            "Partnerji projekta so 25 ustanov in nevladnih organizacij iz 11 držav: Bolgarija (1), Avstrija (2), "
            "Grčija (3), Madžarska (2), Italija (4), Romunija (4), Slovaška (3), Slovenija (2), Albanija (1), "
            "Hrvaška (1) in Srbija (2)."
        ),
    },
    "news": {
        "title": "Novice",
        "slug": "novice",
        "introduction": "Novice iz partnerstva ClusterPoliSEE in njegovih šestih delovnih skupin.",
    },
    "events": {
        "title": "Dogodki",
        "slug": "dogodki",
        "introduction": "Konference, delavnice, spletni seminarji in študijski obiski partnerstva in delovnih skupin.",
    },
    "deliverables": {
        "title": "Rezultati projekta",
        "slug": "rezultati-projekta",
        "introduction": "Dokumenti, ki nastajajo v projektu, po delovnih sklopih.",
    },
    "good-practices": {
        "title": "Primeri dobre prakse",
        "slug": "primeri-dobre-prakse",
        "introduction": (
            "Primeri politik grozdov, ki jih zbirajo delovne skupine: država, regija, tematsko področje, instrument in "
            "rezultati."
        ),
    },
    "newsletters": {
        "title": "E-novice",
        "slug": "e-novice",
        "introduction": "Pretekle številke e-novic ClusterPoliSEE in kako prejemati naslednje.",
    },
    "contact": {
        "title": "Kontakt",
        "slug": "kontakt",
        "introduction": "Kako stopiti v stik s partnerstvom ClusterPoliSEE.",
        "body": [
            "<p>Vodilni partner projekta ClusterPoliSEE je Regione Marche (dežela Marke), Ancona, Italija. Projekt ima "
            "partnerje v 11 državah; imenik partnerjev jih navaja po državah.</p>",
            "Imenik partnerjev",
        ],
    },
    "privacy-policy": {
        "title": "Politika zasebnosti",
        "slug": "politika-zasebnosti",
        "introduction": "Kako to spletno mesto ravna z osebnimi podatki.",
        "body": [
            "Katere podatke zbiramo",
            "<p>Za branje javnih strani ne potrebujete računa. Kot vsak spletni strežnik tudi naš v dnevnike beleži "
            "tehnične podatke, kot so naslovi IP, da spletno mesto ostane varno in deluje.</p>"
            "<p>Če se registrirate, naročite na e-novice ali pišete v forumih, hranimo podatke, ki nam jih posredujete "
            "(na primer ime, e-poštni naslov, želeni jezik in vaše objave), da vam lahko zagotovimo to storitev, in "
            "za noben drug namen.</p>",
            "Piškotki",
            "<p>Spletno mesto uporablja samo piškotke, ki jih potrebuje za delovanje: enega, ki si zapomni izbrani "
            "jezik, ter piškotke seje in varnostne piškotke, ko se prijavite. Oglaševalskih piškotkov ali piškotkov "
            "za sledenje ne uporablja.</p>",
            "Podatki o obiskih",
            "<p>Da bi lahko programu poročalo, kako daleč sežejo rezultati projekta, spletno mesto šteje oglede "
            "strani in prenose: za vsako stran, jezik in dan, z imenom spletnega mesta, s katerega je obiskovalec"
            " prišel (nikoli z njegovim polnim naslovom), in jezikom brskalnika. Štetje je anonimno: ne nastavi "
            "piškotka, ne shrani naslova IP ali drugega identifikatorja in nič v podatkih ne razkrije, kdo je "
            "obiskal spletno mesto. Brskalniki, ki zahtevajo, da jih ne sledimo (Do Not Track, Global Privacy "
            "Control), in roboti iskalnikov se ne štejejo. Dnevni podatki se hranijo ves čas trajanja projekta in"
            " pet let po njem, kot zahtevajo pravila poročanja.</p>",
            "Vaše pravice",
            "<p>V skladu s Splošno uredbo o varstvu podatkov lahko zahtevate vpogled v svoje osebne podatke, njihov "
            "popravek ali izbris, od e-novic pa se lahko kadar koli odjavite. Pišite nam prek strani za stik.</p>",
            "Kontakt",
        ],
    },
    "accessibility": {
        "title": "Izjava o dostopnosti",
        "slug": "izjava-o-dostopnosti",
        "introduction": "Želimo, da bi to spletno mesto lahko uporabljal vsak.",
        "body": [
            "<p>Spletno mesto si prizadeva izpolnjevati Smernice za dostopnost spletnih vsebin (WCAG) 2.1 na ravni "
            "AA: uporabljati ga je mogoče samo s tipkovnico, vsaka stran ima povezavo, ki skoči neposredno na glavno "
            "vsebino, in naslove v logičnem vrstnem redu, slike imajo besedilne nadomestke, besedilo pa je mogoče "
            "povečati.</p>"
            "<p>Strani so objavljene v dvanajstih jezikih partnerstva. Če stran še ni prevedena, je prikazana v "
            "angleščini z obvestilom o tem.</p>"
            "<p>Če vam je kaj na tem spletnem mestu težko uporabljati, nam to sporočite prek strani za stik in "
            "navedite stran in težavo.</p>",
            "Kontakt",
        ],
    },
    "legal-notice": {
        "title": "Pravno obvestilo",
        "slug": "pravno-obvestilo",
        "introduction": "Kdo izdaja to spletno mesto in kako se financira.",
        "body": [
            "<p>To je spletno mesto projekta ClusterPoliSEE – Smarter Cluster Policies for South East Europe "
            "(referenčna številka SEE/C/0008/1.3/X), projekta Programa transnacionalnega sodelovanja Jugovzhodna "
            "Evropa 2007–2013. Vodilni partner je Regione Marche (dežela Marke), Ancona, Italija.</p>"
            "<p>Projekt sofinancirata Evropski sklad za regionalni razvoj (ESRR) in nacionalni proračuni v okviru "
            "Programa transnacionalnega sodelovanja Jugovzhodna Evropa.</p>"
            "<p>Za vsebino tega spletnega mesta so odgovorni izključno partnerji projekta. Ta ne odraža nujno stališč "
            "Evropske unije ali organov programa, ki ne odgovarjajo za kakršno koli uporabo informacij, ki jih "
            "vsebuje.</p>",
            "Kontakt",
        ],
    },
}

THEMATIC_AREAS = {
    "WG1": {"name": "Razvoj grozdov, ki ga poganjajo inovacije ter R&R"},
    "WG2": {"name": "Trajnost z razvojem grozdov"},
    "WG3": {"name": "Mednarodno sodelovanje in mreženje grozdov"},
    "WG4": {"name": "Izboljšanje finančnega okvira (financiranje grozdov)"},
    "WG5": {"name": "Specializacija grozdov in regij"},
    "WG6": {"name": "Nova znanja in ustvarjanje delovnih mest"},
}

FUNDING_STATEMENT = (
    "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) je projekt Programa transnacionalnega "
    "sodelovanja Jugovzhodna Evropa 2007–2013, ki ga sofinancirata Evropski sklad za regionalni razvoj (ESRR) in "
    "nacionalni proračuni.</p>"
)
