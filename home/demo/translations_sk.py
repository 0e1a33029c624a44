"""Slovak translations of the demo site's structural pages, thematic areas and funding statement.

There is no Slovak seed text: these are translations of the English source,
itself written from the seeds, in the terms the site's Slovak catalogue uses
(Aktuality, Podujatia, Výstupy projektu …). Slugs are ASCII.
"""

PAGES = {
    "home": {
        "title": "ClusterPoliSEE",
        "seo_title": "Inteligentnejšie klastrové politiky pre juhovýchodnú Európu",
        "slug": "domov",
        "tagline": (
            "Partnerstvo 25 členov z 11 krajín programu SEE, ktoré rozvíja inteligentnejšie klastrové politiky na "
            "podporu územnej súdržnosti, výskumu a vývoja a otvorených inovačných systémov v juhovýchodnej Európe."
        ),
        "introduction": (
            "Hlavným cieľom projektu ClusterPoliSEE je posilniť schopnosť regionálnych tvorcov politík zvládať zmeny, "
            "predchádzať im a predvídať ich a vypracúvať stratégie inteligentnej špecializácie, ktoré zlepšujú "
            "klastre, a tým urýchľujú diverzifikáciu a štrukturálnu zmenu smerom k znalostnej ekonomike, v ktorej má "
            "miesto každý región juhovýchodnej Európy."
        ),
    },
    "objectives": {
        "title": "Ciele",
        "slug": "ciele",
        "introduction": (
            "Hlavným cieľom projektu je posilniť schopnosť regionálnych tvorcov politík zvládať zmeny, predchádzať im "
            "a predvídať ich a vypracúvať stratégie inteligentnej špecializácie, ktoré zlepšujú klastre, a tým "
            "urýchľujú diverzifikáciu a štrukturálnu zmenu smerom k znalostnej ekonomike, v ktorej má svoje miesto "
            "každý región juhovýchodnej Európy."
        ),
        "body": [
            "<p>Cieľom ClusterPoliSEE je vymedziť, rozvíjať a uskutočňovať regionálne klastrové politiky, ktoré "
            "vychádzajú zo spájania zdrojov a zo začleňovania činností do globálneho hodnotového reťazca a spájajú "
            "regionálne konkurenčné výhody s medzinárodnými synergiami.</p>",
            "<p>Špecifické ciele sú:</p><ol>"
            "<li>vytvoriť platformu spolupráce IKT ako systém mechanizmov učenia pre partnerstvo a príslušné "
            "zainteresované strany, ktoré chcú zlepšiť klastrové politiky v juhovýchodnej Európe spoločným učením, "
            "prenosom politík a výmenou informácií, a preskúmať pridanú hodnotu nadnárodnej spolupráce na základe "
            "otvorenej a interaktívnej webovej podpory vzájomného učenia;</li>"
            "<li>poskytnúť hĺbkové hodnotenie regionálnych klastrových politík zúčastnených krajín na základe "
            "preskúmania minulých opatrení, vízií budúcnosti, analýzy súčasného kontextu a pochopenia práce s "
            "paralelnými kontextmi; to prispeje k inteligentnejším politikám na podporu existujúcich a rozvinutých "
            "klastrov tým, že zlepší pochopenie dostupných údajov a informácií o rozvoji klastrov;</li>"
            "<li>na základe úplného obrazu minulých a súčasných regionálnych rámcov určiť faktory, nástroje, "
            "skúsenosti a osvedčené postupy v šiestich tematických prioritných oblastiach s cieľom vyvinúť "
            "mechanizmy učenia sa politík, ktoré sa overia v pilotných iniciatívach;</li>"
            "<li>posilniť nadnárodnú spoluprácu zameranú na výsledky s cieľom pripraviť nové stratégie (spoločný "
            "strategický plán, plán udržateľnosti a iniciatívu na úrovni SEE) pre udržateľnosť výsledkov projektu a "
            "ako príspevok k podpore juhovýchodnej Európy ako inovačného regiónu.</li></ol>",
        ],
    },
    "governance": {
        "title": "Riadenie projektu",
        "slug": "riadenie-projektu",
        "body": [
            "Riadiaci výbor",
            "<p>Riadiaci výbor je rozhodovacím a riadiacim orgánom projektu. Tvorí ho jeden zástupca každého partnera "
            "a zaoberá sa operačným plánovaním a technickou integráciou projektových činností, nadnárodným riadením, "
            "komunikáciou, ako aj koordináciou a podporou partnerov a finančných expertov zúčastnených krajín. "
            "Riadiaci výbor spolupracuje s Vedeckou a technickou poradnou radou (STAB).</p>",
            "Vedecká a technická poradná rada",
            "<p>STAB tvorí zástupca vedúceho partnera (ako koordinátor) a vedúci pracovných skupín a pracovných "
            "balíkov. Jej členovia poskytujú nadnárodné a interdisciplinárne poradenstvo k činnostiam projektu, "
            "sledujú jeho kvalitu a podporujú prepojenie s inými iniciatívami EÚ, aby zabezpečili udržateľnosť "
            "projektu ClusterPoliSEE a využitie jeho výsledkov na miestnej a európskej úrovni.</p>",
        ],
    },
    "about": {
        "title": "O projekte ClusterPoliSEE",
        "slug": "o-projekte",
        "introduction": (
            "Partnerstvo 25 členov pokrýva 11 krajín programu SEE (8 členských štátov EÚ a 2 krajiny Nástroja "
            "predvstupovej pomoci (IPA)) a jeho cieľom je rozvíjať inteligentnejšie klastrové politiky na podporu "
            "územnej súdržnosti, výskumu a vývoja (VaV) a otvorených inovačných systémov v juhovýchodnej Európe, "
            "pričom podporuje nadnárodnú spoluprácu medzi klastrami a medzi regiónmi s vysokou a nízkou "
            "výkonnosťou."
        ),
        "body": [
            "<p>Medzi partnermi sú regionálne a národné orgány verejnej správy zodpovedné za tvorbu a uskutočňovanie "
            "klastrovej politiky, regionálne rozvojové agentúry zodpovedné za riadenie klastrových programov a "
            "regionálnych inovačných stratégií, národné výskumné ústavy a univerzity, inštitúcie na podporu inovácií "
            "a siete klastrov. Projektový návrh uplatňuje metodický prístup založený na experimentoch s reflexívnou "
            "tvorbou politík ako základe lepšej formulácie a uskutočňovania politík: predpokladá nástroje vzájomného "
            "učenia vhodné pre proces učenia a mechanizmy vhodné pre väčší počet účastníkov a široké konzultácie so "
            "zainteresovanými stranami, pričom uplatňuje metodický prístup programu Six Countries Programme.</p>",
            "<p>Pracovný plán sleduje maticový prístup, v ktorom šesť medziklastrových oblastí rozvoja – rozvoj "
            "klastrov poháňaný inováciami a VaV, udržateľnosť prostredníctvom rozvoja klastrov, medzinárodná "
            "spolupráca a sieťovanie klastrov, zlepšenie finančného rámca (financovanie klastrov), klastrová a "
            "regionálna špecializácia a nové zručnosti a tvorba pracovných miest – prechádza operačnými fázami "
            "projektu: 1. určiť informačné medzery a prekážky a spôsoby, ako ich v procese učenia odstrániť, a 2. "
            "zlepšiť navrhovanie účinných regionálnych klastrových politík. Pilotné akcie a ich hodnotenie preto "
            "dopĺňajú a konkretizujú abstraktne stanovené priority a slúžia na porovnanie súčasných a možných "
            "iniciatív.</p>",
            "<p>Projekt ClusterPoliSEE (Smarter Cluster Policies for South East Europe) je projektom Programu "
            "nadnárodnej spolupráce Juhovýchodná Európa 2007 – 2013 (SEE), ktorý spolufinancuje Európska komisia. "
            "Riadiaci výbor je rozhodovacím a riadiacim orgánom projektu.</p>",
            "<p>Projekt bol schválený v rámci prioritnej osi „Podpora inovácií a podnikania“, oblasti intervencie "
            "„Rozvoj technologických a inovačných sietí v konkrétnych oblastiach“, s referenčným zadaním "
            "„Mechanizmy učenia sa politík na podporu rozvoja klastrov“.</p>",
            "<p>Konzorcium bude zahŕňať národné a regionálne orgány a výskumné inštitúcie. Skupina skúsených "
            "organizácií si bude vymieňať poznatky a skúsenosti s orgánmi, ktoré majú menej praxe. Vytvorí sa aj "
            "skupina používateľov, ktorí sa chcú učiť zo skúseností svojich partnerov. Osobitná pozornosť sa bude "
            "venovať vplyvu projektu ClusterPoliSEE na výmenu skúseností s inými európskymi klastrovými "
            "iniciatívami.</p>",
            "Projekt ClusterPoliSEE",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE), SEE/C/0008/1.3/X</p>",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) je projektom Programu nadnárodnej "
            "spolupráce Juhovýchodná Európa 2007 – 2013 (SEE), ktorý spolufinancuje Európsky fond regionálneho rozvoja "
            "(EFRR) EÚ a národné rozpočty. Program Juhovýchodná Európa podporuje projekty v rámci štyroch prioritných "
            "osí: inovácie, životné prostredie, dostupnosť a udržateľný rozvoj.</p>",
            "<p>Vedúcim partnerom projektu Smarter Cluster Policies for South East Europe (ClusterPoliSEE) je Regione "
            "Marche (správa regiónu Marche, jedného z 20 regiónov Talianska) so sídlom v Ancone. Partnermi projektu je "
            "25 inštitúcií a mimovládnych organizácií z 11 krajín: Bulharsko (1), Rakúsko (2), Grécko (3), Maďarsko "
            "(2), Taliansko (4), Rumunsko (4), Slovensko (3), Slovinsko (2), Albánsko (1), Chorvátsko (1) a Srbsko "
            "(2). Partnerom z Bulharska je Bulharská agentúra na podporu malých a stredných podnikov.</p>",
            "<p>Činnosti projektu sú rozdelené do šiestich tematických pracovných skupín (WG); Bulharská agentúra na "
            "podporu malých a stredných podnikov koordinuje a vedie WG3 „Medzinárodná klastrová spolupráca a "
            "sieťovanie“.</p>",
            "<p>Celkový rozpočet projektu je 5 186 352 EUR.</p>",
            "<p>Obdobie realizácie: 1. mája 2012 – 30. októbra 2014.</p>",
            "Ciele",
            "Riadenie projektu",
        ],
    },
    "work-packages": {
        "title": "Pracovné balíky",
        "slug": "pracovne-baliky",
        "introduction": "Projekt sa skladá z týchto pracovných balíkov.",
    },
    "working-groups": {
        "title": "Pracovné skupiny",
        "slug": "pracovne-skupiny",
        "introduction": (
            "Činnosti projektu sú rozdelené do šiestich tematických pracovných skupín (WG); Bulharská agentúra na "
            "podporu malých a stredných podnikov koordinuje a vedie WG3 „Medzinárodná klastrová spolupráca a "
            "sieťovanie“."
        ),
    },
    "partners": {
        "title": "Partneri",
        "slug": "partneri",
        "introduction": (
            "Partnermi projektu je 25 inštitúcií a mimovládnych organizácií z 11 krajín: Bulharsko (1), Rakúsko (2), "
            "Grécko (3), Maďarsko (2), Taliansko (4), Rumunsko (4), Slovensko (3), Slovinsko (2), Albánsko (1), "
            "Chorvátsko (1) a Srbsko (2)."
        ),
    },
    "news": {
        "title": "Aktuality",
        "slug": "aktuality",
        "introduction": "Aktuality z partnerstva ClusterPoliSEE a jeho šiestich pracovných skupín.",
    },
    "events": {
        "title": "Podujatia",
        "slug": "podujatia",
        "introduction": "Konferencie, workshopy, webináre a študijné návštevy partnerstva a jeho pracovných skupín.",
    },
    "deliverables": {
        "title": "Výstupy projektu",
        "slug": "vystupy-projektu",
        "introduction": "Dokumenty, ktoré projekt vypracúva, podľa pracovných balíkov.",
    },
    "good-practices": {
        "title": "Príklady dobrej praxe",
        "slug": "priklady-dobrej-praxe",
        "introduction": (
            "Príklady klastrovej politiky, ktoré zbierajú pracovné skupiny: krajina, región, tematická oblasť, "
            "nástroj a výsledky."
        ),
    },
    "newsletters": {
        "title": "Newslettre",
        "slug": "newslettre",
        "introduction": "Predchádzajúce čísla newslettra ClusterPoliSEE a ako dostávať ďalšie.",
    },
    "contact": {
        "title": "Kontakt",
        "slug": "kontakt",
        "introduction": "Ako sa spojiť s partnerstvom ClusterPoliSEE.",
        "body": [
            "<p>Vedúcim partnerom projektu ClusterPoliSEE je Regione Marche (región Marche), Ancona, Taliansko. "
            "Projekt má partnerov v 11 krajinách; zoznam partnerov ich uvádza podľa krajín.</p>",
            "Zoznam partnerov",
        ],
    },
    "privacy-policy": {
        "title": "Ochrana osobných údajov",
        "slug": "ochrana-osobnych-udajov",
        "introduction": "Ako táto webová stránka zaobchádza s osobnými údajmi.",
        "body": [
            "Aké údaje zhromažďujeme",
            "<p>Na čítanie verejných stránok nepotrebujete účet. Ako každý webový server, aj náš zaznamenáva do "
            "svojich protokolov technické údaje, napríklad IP adresy, aby stránka zostala bezpečná a fungovala.</p>"
            "<p>Ak sa zaregistrujete, prihlásite sa na odber newslettra alebo píšete vo fórach, uchovávame to, čo nám "
            "poskytnete (napríklad vaše meno, e-mailovú adresu, preferovaný jazyk a vaše príspevky), aby sme vám "
            "mohli poskytovať túto službu, a na žiadny iný účel.</p>",
            "Súbory cookie",
            "<p>Stránka používa iba súbory cookie, ktoré potrebuje na svoje fungovanie: jeden, ktorý si pamätá "
            "zvolený jazyk, a súbory cookie relácie a zabezpečenia, keď sa prihlásite. Nepoužíva reklamné ani "
            "sledovacie súbory cookie.</p>",
            "Údaje o návštevnosti",
            "<p>Aby mohla programu vykázať, kam až siahajú výsledky projektu, stránka počíta zobrazenia stránok a"
            " stiahnutia: pre každú stránku, jazyk a deň, s názvom stránky, z ktorej návštevník prišiel (nikdy "
            "nie jej úplnú adresu), a jazykom prehliadača. Počítanie je anonymné: nenastavuje žiadne cookies, "
            "neukladá IP adresu ani iný identifikátor a nič v údajoch neprezrádza, kto stránku navštívil. "
            "Prehliadače, ktoré žiadajú, aby neboli sledované (Do Not Track, Global Privacy Control), a roboty "
            "vyhľadávačov sa nepočítajú. Denné údaje sa uchovávajú počas trvania projektu a päť rokov po ňom, ako"
            " to vyžadujú pravidlá vykazovania.</p>",
            "Vaše práva",
            "<p>Podľa všeobecného nariadenia o ochrane údajov môžete požiadať o prístup k svojim osobným údajom, o ich "
            "opravu alebo vymazanie a z odberu newslettra sa môžete kedykoľvek odhlásiť. Napíšte nám prostredníctvom "
            "kontaktnej stránky.</p>",
            "Kontakt",
        ],
    },
    "accessibility": {
        "title": "Vyhlásenie o prístupnosti",
        "slug": "vyhlasenie-o-pristupnosti",
        "introduction": "Chceme, aby túto webovú stránku mohol používať každý.",
        "body": [
            "<p>Stránka sa usiluje spĺňať Pravidlá prístupnosti webového obsahu (WCAG) 2.1 na úrovni AA: dá sa "
            "ovládať iba klávesnicou, každá stránka má odkaz, ktorý preskočí priamo na hlavný obsah, a nadpisy v "
            "logickom poradí, obrázky majú textové alternatívy a text je možné zväčšiť.</p>"
            "<p>Stránky sa zverejňujú v dvanástich jazykoch partnerstva. Ak stránka ešte nie je preložená, zobrazí sa "
            "v angličtine s upozornením.</p>"
            "<p>Ak sa vám niečo na tejto stránke používa ťažko, dajte nám vedieť prostredníctvom kontaktnej stránky "
            "a uveďte stránku a problém.</p>",
            "Kontakt",
        ],
    },
    "legal-notice": {
        "title": "Právne informácie",
        "slug": "pravne-informacie",
        "introduction": "Kto vydáva túto webovú stránku a ako je financovaná.",
        "body": [
            "<p>Toto je webová stránka projektu ClusterPoliSEE – Smarter Cluster Policies for South East Europe "
            "(referenčné číslo SEE/C/0008/1.3/X), projektu Programu nadnárodnej spolupráce Juhovýchodná Európa "
            "2007 – 2013. Vedúcim partnerom je Regione Marche (región Marche), Ancona, Taliansko.</p>"
            "<p>Projekt je spolufinancovaný z Európskeho fondu regionálneho rozvoja (EFRR) a z národných rozpočtov "
            "v rámci Programu nadnárodnej spolupráce Juhovýchodná Európa.</p>"
            "<p>Za obsah tejto webovej stránky zodpovedajú výlučne partneri projektu. Nemusí nevyhnutne vyjadrovať "
            "názory Európskej únie ani orgánov programu, ktoré nezodpovedajú za akékoľvek použitie informácií, ktoré "
            "obsahuje.</p>",
            "Kontakt",
        ],
    },
}

THEMATIC_AREAS = {
    "WG1": {"name": "Rozvoj klastrov poháňaný inováciami a VaV"},
    "WG2": {"name": "Udržateľnosť prostredníctvom rozvoja klastrov"},
    "WG3": {"name": "Medzinárodná klastrová spolupráca a sieťovanie"},
    "WG4": {"name": "Zlepšenie finančného rámca (financovanie klastrov)"},
    "WG5": {"name": "Klastrová a regionálna špecializácia"},
    "WG6": {"name": "Nové zručnosti a tvorba pracovných miest"},
}

FUNDING_STATEMENT = (
    "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) je projektom Programu nadnárodnej spolupráce "
    "Juhovýchodná Európa 2007 – 2013, ktorý spolufinancuje Európsky fond regionálneho rozvoja (EFRR) a národné "
    "rozpočty.</p>"
)
