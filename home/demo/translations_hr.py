"""Croatian translations of the demo site's structural pages, thematic areas and funding statement.

There is no Croatian seed text: these are translations of the English source,
itself written from the seeds, in the terms the site's Croatian catalogue uses
(Vijesti, Događanja, Primjeri dobre prakse …). Slugs are ASCII.
"""

PAGES = {
    "home": {
        "title": "ClusterPoliSEE",
        "seo_title": "Pametnije klasterske politike za Jugoistočnu Europu",
        "slug": "naslovnica",
        "tagline": (
            "Partnerstvo 25 članova iz 11 zemalja programa SEE koje razvija pametnije klasterske politike za potporu "
            "teritorijalnoj koheziji, istraživanju i razvoju te otvorenim inovacijskim sustavima u Jugoistočnoj "
            "Europi."
        ),
        "introduction": (
            "Glavni je cilj projekta ClusterPoliSEE ojačati sposobnost regionalnih donositelja politika da se nose s "
            "promjenama, sprječavaju ih i predviđaju te da razvijaju strategije pametne specijalizacije koje "
            "unapređuju klastere i tako ubrzavaju diversifikaciju i strukturne promjene prema gospodarstvu znanja u "
            "kojem ima mjesta za svaku regiju Jugoistočne Europe."
        ),
    },
    "objectives": {
        "title": "Ciljevi",
        "slug": "ciljevi",
        "introduction": (
            "Glavni je cilj projekta ojačati sposobnost regionalnih donositelja politika da se nose s promjenama, "
            "sprječavaju ih i predviđaju te da razvijaju strategije pametne specijalizacije koje unapređuju klastere i "
            "tako ubrzavaju diversifikaciju i strukturne promjene prema gospodarstvu znanja u kojem svaka regija "
            "Jugoistočne Europe ima svoje mjesto."
        ),
        "body": [
            "<p>Cilj je projekta ClusterPoliSEE definirati, razviti i provoditi regionalne klasterske politike koje "
            "proizlaze iz udruživanja resursa i uključivanja djelatnosti u globalni lanac vrijednosti, povezujući "
            "regionalne konkurentske prednosti s međunarodnim sinergijama.</p>",
            "<p>Specifični su ciljevi:</p><ol>"
            "<li>uspostaviti IKT platformu za suradnju kao sustav mehanizama učenja za partnerstvo i relevantne "
            "dionike koji žele unaprijediti klasterske politike u Jugoistočnoj Europi zajedničkim učenjem, prijenosom "
            "politika i razmjenom informacija te istražiti dodanu vrijednost transnacionalne suradnje na temelju "
            "otvorene i interaktivne mrežne potpore uzajamnom učenju;</li>"
            "<li>dati temeljitu procjenu regionalnih klasterskih politika zemalja sudionica na temelju pregleda "
            "prošlih mjera, vizija budućnosti, analize sadašnjeg konteksta i razumijevanja rada s usporednim "
            "kontekstima; to će pridonijeti pametnijim politikama za potporu postojećim i razvijenim klasterima jer "
            "će poboljšati razumijevanje dostupnih podataka i informacija o razvoju klastera;</li>"
            "<li>na temelju cjelovite slike prošlih i sadašnjih regionalnih okvira utvrditi čimbenike, alate, "
            "iskustva i najbolje prakse u šest tematskih prioritetnih područja kako bi se razvili mehanizmi učenja "
            "politika koji će se ispitati kroz pilot-inicijative;</li>"
            "<li>ojačati transnacionalnu suradnju usmjerenu na rezultate kako bi se pripremile nove strategije "
            "(Zajednički strateški plan, Plan održivosti i inicijativa na razini Jugoistočne Europe) za održivost "
            "rezultata projekta i kao doprinos potpori Jugoistočnoj Europi kao inovacijskoj regiji.</li></ol>",
        ],
    },
    "governance": {
        "title": "Upravljanje projektom",
        "slug": "upravljanje-projektom",
        "body": [
            "Upravljački odbor",
            "<p>Upravljački odbor tijelo je koje donosi odluke o projektu i upravlja njime. Čini ga po jedan "
            "predstavnik svakog partnera, a bavi se operativnim planiranjem i tehničkom integracijom projektnih "
            "aktivnosti, transnacionalnim upravljanjem, komunikacijom te koordinacijom i potporom partnerima i "
            "financijskim stručnjacima zemalja sudionica. Upravljački odbor surađuje sa Znanstvenim i tehničkim "
            "savjetodavnim odborom (STAB).</p>",
            "Znanstveni i tehnički savjetodavni odbor",
            "<p>STAB čine predstavnik vodećeg partnera (kao koordinator) te voditelji radnih skupina i radnih paketa. "
            "Njegovi članovi daju transnacionalne i interdisciplinarne savjete o projektnim aktivnostima, prate "
            "njihovu kvalitetu i potiču povezivanje s drugim inicijativama EU-a kako bi se osigurala održivost "
            "projekta ClusterPoliSEE i korištenje njegovih rezultata na lokalnoj i europskoj razini.</p>",
        ],
    },
    "about": {
        "title": "O projektu ClusterPoliSEE",
        "slug": "o-projektu",
        "introduction": (
            "Partnerstvo 25 članova obuhvaća 11 zemalja programa SEE (8 država članica EU-a i 2 zemlje Instrumenta "
            "pretpristupne pomoći (IPA)) i nastoji razviti pametnije klasterske politike za potporu teritorijalnoj "
            "koheziji, istraživanju i razvoju (I&R) te otvorenim inovacijskim sustavima u Jugoistočnoj Europi, "
            "potičući transnacionalnu suradnju među klasterima te između uspješnijih i manje uspješnih regija."
        ),
        "body": [
            "<p>Među partnerima su regionalna i nacionalna tijela javne vlasti nadležna za razvoj i provedbu "
            "klasterske politike, regionalne razvojne agencije nadležne za upravljanje klasterskim programima i "
            "regionalnim inovacijskim strategijama, nacionalni istraživački instituti i sveučilišta, tijela za "
            "promicanje inovacija i mreže klastera. Projektni prijedlog primjenjuje metodološki pristup utemeljen na "
            "eksperimentima refleksivnog oblikovanja politika kao osnovi za bolje oblikovanje i provedbu politika: "
            "predviđa alate uzajamnog učenja prikladne za proces učenja i mehanizme prikladne za veći broj sudionika "
            "i široka savjetovanja s dionicima, prema metodološkom pristupu programa Six Countries Programme.</p>",
            "<p>Plan rada slijedi matrični pristup u kojem šest međuklasterskih razvojnih područja – razvoj klastera "
            "potaknut inovacijama te I&amp;R-om, održivost kroz razvoj klastera, međunarodna suradnja i umrežavanje "
            "klastera, poboljšanje financijskog okvira (financiranje klastera), klasterska i regionalna "
            "specijalizacija te nove vještine i otvaranje radnih mjesta – prolazi kroz operativne faze projekta: 1. "
            "utvrditi informacijske praznine i prepreke te načine da se one uklone u procesu učenja i 2. poboljšati "
            "oblikovanje učinkovitih regionalnih klasterskih politika. Pilot-aktivnosti i njihovo vrednovanje stoga "
            "dopunjuju i konkretiziraju apstraktno postavljene prioritete i služe za usporedbu postojećih i mogućih "
            "inicijativa.</p>",
            "<p>Projekt ClusterPoliSEE (Smarter Cluster Policies for South East Europe) projekt je Programa "
            "transnacionalne suradnje Jugoistočna Europa 2007. – 2013. (SEE), koji sufinancira Europska komisija. "
            "Upravljački odbor tijelo je koje donosi odluke o projektu i upravlja njime.</p>",
            "<p>Projekt je odobren u okviru prioritetne osi „Poticanje inovacija i poduzetništva”, područja "
            "intervencije „Razvoj tehnoloških i inovacijskih mreža u određenim područjima”, s projektnim zadatkom "
            "„Mehanizmi učenja politika za potporu razvoju klastera”.</p>",
            "<p>Konzorcij će uključivati nacionalna i regionalna tijela vlasti i istraživačke ustanove. Skupina "
            "iskusnih organizacija razmjenjivat će znanje i iskustvo s tijelima koja imaju manje prakse. Osnovat će "
            "se i skupina korisnika koji žele učiti iz iskustva svojih partnera. Posebna će se pozornost posvetiti "
            "utjecaju projekta ClusterPoliSEE na razmjenu iskustava s drugim europskim klasterskim "
            "inicijativama.</p>",
            "Projekt ClusterPoliSEE",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE), SEE/C/0008/1.3/X</p>",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) projekt je Programa transnacionalne "
            "suradnje Jugoistočna Europa 2007. – 2013. (SEE), koji sufinanciraju Europski fond za regionalni razvoj "
            "(EFRR) EU-a i nacionalni proračuni. Program Jugoistočna Europa podupire projekte u okviru četiriju "
            "prioritetnih osi: inovacije, okoliš, dostupnost i održivi razvoj.</p>",
            "<p>Vodeći partner projekta Smarter Cluster Policies for South East Europe (ClusterPoliSEE) je Regione "
            "Marche (uprava regije Marche, jedne od 20 talijanskih regija) sa sjedištem u Anconi. Partneri projekta "
            "su 25 institucija i nevladinih organizacija iz 11 zemalja: Bugarska (1), Austrija (2), Grčka (3), "
            "Mađarska (2), Italija (4), Rumunjska (4), Slovačka (3), Slovenija (2), Albanija (1), Hrvatska (1) i "
            "Srbija (2). Partner iz Bugarske je Bugarska agencija za promicanje malih i srednjih poduzeća.</p>",
            "<p>Aktivnosti projekta organizirane su u šest tematskih radnih skupina (WG); Bugarska agencija za "
            "promicanje malih i srednjih poduzeća koordinira i vodi WG3 „Međunarodna suradnja i umrežavanje "
            "klastera”.</p>",
            "<p>Ukupni proračun projekta iznosi 5.186.352 EUR.</p>",
            "<p>Razdoblje provedbe: od 1. svibnja 2012. do 30. listopada 2014.</p>",
            "Ciljevi",
            "Upravljanje projektom",
        ],
    },
    "work-packages": {
        "title": "Radni paketi",
        "slug": "radni-paketi",
        "introduction": "Projekt se sastoji od sljedećih radnih paketa.",
    },
    "working-groups": {
        "title": "Radne skupine",
        "slug": "radne-skupine",
        "introduction": (
            "Aktivnosti projekta organizirane su u šest tematskih radnih skupina (WG); Bugarska agencija za promicanje "
            "malih i srednjih poduzeća koordinira i vodi WG3 „Međunarodna suradnja i umrežavanje klastera”."
        ),
    },
    "partners": {
        "title": "Partneri",
        "slug": "partneri",
        "introduction": (
            "Partneri projekta su 25 institucija i nevladinih organizacija iz 11 zemalja: Bugarska (1), Austrija (2), "
            "Grčka (3), Mađarska (2), Italija (4), Rumunjska (4), Slovačka (3), Slovenija (2), Albanija (1), "
            "Hrvatska (1) i Srbija (2)."
        ),
    },
    "news": {
        "title": "Vijesti",
        "slug": "vijesti",
        "introduction": "Vijesti iz partnerstva ClusterPoliSEE i njegovih šest radnih skupina.",
    },
    "events": {
        "title": "Događanja",
        "slug": "dogadanja",
        "introduction": "Konferencije, radionice, webinari i studijski posjeti partnerstva i njegovih radnih skupina.",
    },
    "deliverables": {
        "title": "Isporuke projekta",
        "slug": "isporuke-projekta",
        "introduction": "Dokumenti koje projekt izrađuje, po radnim paketima.",
    },
    "good-practices": {
        "title": "Primjeri dobre prakse",
        "slug": "primjeri-dobre-prakse",
        "introduction": (
            "Primjeri klasterske politike koje prikupljaju radne skupine: zemlja, regija, tematsko područje, "
            "instrument i rezultati."
        ),
    },
    "newsletters": {
        "title": "Newsletteri",
        "slug": "newsletteri",
        "introduction": "Prethodni brojevi newslettera ClusterPoliSEE i kako primati sljedeće.",
    },
    "contact": {
        "title": "Kontakt",
        "slug": "kontakt",
        "introduction": "Kako stupiti u kontakt s partnerstvom ClusterPoliSEE.",
        "body": [
            "<p>Vodeći partner projekta ClusterPoliSEE je Regione Marche (regija Marche), Ancona, Italija. Projekt ima "
            "partnere u 11 zemalja; imenik partnera navodi ih po zemljama.</p>",
            "Imenik partnera",
        ],
    },
    "privacy-policy": {
        "title": "Politika privatnosti",
        "slug": "politika-privatnosti",
        "introduction": "Kako ove mrežne stranice postupaju s osobnim podacima.",
        "body": [
            "Što prikupljamo",
            "<p>Za čitanje javnih stranica ne treba vam korisnički račun. Kao i svaki mrežni poslužitelj, i naš u "
            "svojim zapisnicima bilježi tehničke podatke poput IP adresa kako bi stranice ostale sigurne i "
            "funkcionirale.</p>"
            "<p>Ako se registrirate, pretplatite na newsletter ili pišete na forumima, pohranjujemo ono što nam "
            "date (primjerice ime, adresu e-pošte, željeni jezik i vaše objave) kako bismo vam pružili tu uslugu, i "
            "ni u koju drugu svrhu.</p>",
            "Kolačići",
            "<p>Stranice postavljaju samo kolačiće koji su im potrebni za rad: jedan koji pamti odabrani jezik te "
            "kolačiće sesije i sigurnosne kolačiće kad se prijavite. Ne postavljaju kolačiće za oglašavanje ni "
            "praćenje.</p>",
            "Podaci o posjetima",
            "<p>Kako bi programu izvijestila dokle dopiru rezultati projekta, stranica broji preglede stranica i "
            "preuzimanja: za svaku stranicu, jezik i dan, s imenom stranice s koje je posjetitelj došao (nikad "
            "njezinom punom adresom) i jezikom preglednika. Brojenje je anonimno: ne postavlja kolačić, ne "
            "pohranjuje IP adresu ni drugi identifikator i ništa u podacima ne otkriva tko je posjetio stranicu. "
            "Preglednici koji traže da ih se ne prati (Do Not Track, Global Privacy Control) i roboti tražilica "
            "ne broje se. Dnevni podaci čuvaju se za trajanja projekta i pet godina nakon njega, kako to "
            "zahtijevaju pravila izvještavanja.</p>",
            "Vaša prava",
            "<p>Prema Općoj uredbi o zaštiti podataka možete zatražiti uvid u svoje osobne podatke, njihov ispravak "
            "ili brisanje, a od newslettera se možete odjaviti u bilo kojem trenutku. Pišite nam putem stranice za "
            "kontakt.</p>",
            "Kontakt",
        ],
    },
    "accessibility": {
        "title": "Izjava o pristupačnosti",
        "slug": "izjava-o-pristupacnosti",
        "introduction": "Želimo da se ovim mrežnim stranicama može služiti svatko.",
        "body": [
            "<p>Stranice nastoje ispuniti Smjernice za pristupačnost web-sadržaja (WCAG) 2.1 na razini AA: mogu se "
            "koristiti samo tipkovnicom, svaka stranica ima poveznicu koja vodi izravno na glavni sadržaj i naslove "
            "logičnim redoslijedom, slike imaju tekstualne zamjene, a tekst se može povećati.</p>"
            "<p>Stranice se objavljuju na dvanaest jezika partnerstva. Ako stranica još nije prevedena, prikazuje se "
            "na engleskom uz obavijest o tome.</p>"
            "<p>Ako vam je nešto na ovim stranicama teško koristiti, javite nam putem stranice za kontakt i navedite "
            "stranicu i problem.</p>",
            "Kontakt",
        ],
    },
    "legal-notice": {
        "title": "Pravna napomena",
        "slug": "pravna-napomena",
        "introduction": "Tko izdaje ove mrežne stranice i kako se financiraju.",
        "body": [
            "<p>Ovo su mrežne stranice projekta ClusterPoliSEE – Smarter Cluster Policies for South East Europe "
            "(referentni broj SEE/C/0008/1.3/X), projekta Programa transnacionalne suradnje Jugoistočna Europa "
            "2007. – 2013. Vodeći partner je Regione Marche (regija Marche), Ancona, Italija.</p>"
            "<p>Projekt sufinanciraju Europski fond za regionalni razvoj (EFRR) i nacionalni proračuni u okviru "
            "Programa transnacionalne suradnje Jugoistočna Europa.</p>"
            "<p>Za sadržaj ovih mrežnih stranica odgovorni su isključivo partneri projekta. On ne odražava nužno "
            "stajališta Europske unije ni tijela programa, koja nisu odgovorna za bilo kakvu uporabu informacija koje "
            "sadrži.</p>",
            "Kontakt",
        ],
    },
}

THEMATIC_AREAS = {
    "WG1": {"name": "Razvoj klastera potaknut inovacijama te I&R-om"},
    "WG2": {"name": "Održivost kroz razvoj klastera"},
    "WG3": {"name": "Međunarodna suradnja i umrežavanje klastera"},
    "WG4": {"name": "Poboljšanje financijskog okvira (financiranje klastera)"},
    "WG5": {"name": "Klasterska i regionalna specijalizacija"},
    "WG6": {"name": "Nove vještine i otvaranje radnih mjesta"},
}

FUNDING_STATEMENT = (
    "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) projekt je Programa transnacionalne suradnje "
    "Jugoistočna Europa 2007. – 2013., koji sufinanciraju Europski fond za regionalni razvoj (EFRR) i nacionalni "
    "proračuni.</p>"
)
