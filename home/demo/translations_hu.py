"""Hungarian translations of the demo content, from the Hungarian seed text on the work packages.

It is a parallel text to the Bulgarian one rather than a word-for-word
translation. Its two paragraphs on the aims of WP6 are joined, as the Bulgarian
has one sentence there; the list of WP6 tasks keeps its items without the
joining words; a repeated phrase and a misspelling are corrected.

The other pages, the thematic areas and the funding statement have no Hungarian
seed: they are translations of the English source (the funding statement of the
programme's standard wording), in the terms of the site's Hungarian catalogue.
"""

PAGES = {
    "home": {
        "title": "ClusterPoliSEE",
        "seo_title": "Intelligensebb klaszterpolitikák Délkelet-Európa számára",
        "slug": "kezdolap",
        "tagline": (
            "A SEE program 11 országának 25 tagú partnersége, amely intelligensebb klaszterpolitikákat dolgoz ki a "
            "területi kohézió, a kutatás-fejlesztés és a nyílt innovációs rendszerek támogatására Délkelet-Európában."
        ),
        "introduction": (
            "A ClusterPoliSEE fő célja, hogy megerősítse a regionális döntéshozók képességét a változások kezelésére, "
            "megelőzésére és előrejelzésére, valamint olyan intelligens szakosodási stratégiák kidolgozására, amelyek "
            "javítják a klasztereket, és ezzel felgyorsítják a diverzifikációt és a szerkezetváltást egy olyan "
            "tudásalapú gazdaság felé, amelyben Délkelet-Európa minden régiójának megvan a helye."
        ),
    },
    "objectives": {
        "title": "Célkitűzések",
        "slug": "celkitusezesek",
        "introduction": (
            "A projekt fő célja, hogy megerősítse a regionális döntéshozók képességét a változások kezelésére, "
            "megelőzésére és előrejelzésére, valamint olyan intelligens szakosodási stratégiák kidolgozására, amelyek "
            "javítják a klasztereket, és ezzel felgyorsítják a diverzifikációt és a szerkezetváltást egy olyan "
            "tudásalapú gazdaság felé, amelyben Délkelet-Európa minden régiója megtalálja a helyét."
        ),
        "body": [
            "<p>A ClusterPoliSEE célja olyan regionális klaszterpolitikák meghatározása, kidolgozása és megvalósítása, "
            "amelyek az erőforrások egyesítéséből és a tevékenységeknek a globális értékláncba való integrálásából "
            "fakadnak, és a regionális versenyelőnyöket nemzetközi szinergiákkal kapcsolják össze.</p>",
            "<p>A konkrét célkitűzések:</p><ol>"
            "<li>IKT-alapú együttműködési platform létrehozása tanulási mechanizmusok rendszereként a partnerség és "
            "azon érintettek számára, akik a délkelet-európai klaszterpolitikákat közös tanulással, a szakpolitikák "
            "átadásával és információcserével kívánják javítani, valamint a transznacionális együttműködés hozzáadott "
            "értékének feltárása a kölcsönös tanulást segítő nyílt és interaktív webes támogatás révén;</li>"
            "<li>a részt vevő országok regionális klaszterpolitikáinak alapos értékelése a korábbi intézkedések "
            "áttekintése, jövőképek, a jelenlegi helyzet elemzése és a párhuzamos környezetekkel végzett munka "
            "megértése alapján; ez hozzájárul a meglévő és a fejlett klasztereket támogató intelligensebb "
            "politikákhoz, mert jobban érthetővé teszi a klaszterfejlesztésről rendelkezésre álló adatokat és "
            "információkat;</li>"
            "<li>a hat tematikus prioritási terület tényezőinek, eszközeinek, tapasztalatainak és legjobb "
            "gyakorlatainak azonosítása a korábbi és a jelenlegi regionális keretek teljes képe alapján, hogy olyan "
            "szakpolitikai tanulási mechanizmusok jöjjenek létre, amelyeket kísérleti kezdeményezések próbálnak "
            "ki;</li>"
            "<li>az eredményorientált transznacionális együttműködés megerősítése új stratégiák (közös stratégiai "
            "terv, fenntarthatósági terv és egy SEE-szintű kezdeményezés) kidolgozására a projekt eredményeinek "
            "fenntarthatósága érdekében és hozzájárulásként ahhoz, hogy Délkelet-Európa az innováció régiója "
            "legyen.</li></ol>",
        ],
    },
    "governance": {
        "title": "Projektirányítás",
        "slug": "projektiranyitas",
        "body": [
            "Irányítóbizottság",
            "<p>Az Irányítóbizottság a projekt döntéshozó és irányító testülete. Minden partner egy képviselőjéből "
            "áll, és a projekttevékenységek operatív tervezésével és műszaki integrációjával, a transznacionális "
            "irányítással, a kommunikációval, valamint a partnerek és a részt vevő országok pénzügyi szakértőinek "
            "koordinálásával és támogatásával foglalkozik. Az Irányítóbizottság a Tudományos és Műszaki Tanácsadó "
            "Testülettel (STAB) együtt dolgozik.</p>",
            "Tudományos és Műszaki Tanácsadó Testület",
            "<p>A STAB a vezető partner egy képviselőjéből (koordinátorként), valamint a munkacsoportok és a "
            "munkacsomagok vezetőiből áll. Tagjai transznacionális és interdiszciplináris tanácsokat adnak a "
            "projekttevékenységekről, figyelemmel kísérik azok minőségét, és elősegítik az egyéb uniós "
            "kezdeményezésekkel való összekapcsolódást, hogy biztosítsák a ClusterPoliSEE projekt fenntarthatóságát "
            "és eredményeinek helyi és európai szintű hasznosítását.</p>",
        ],
    },
    "about": {
        "title": "A ClusterPoliSEE projektről",
        "slug": "a-projektrol",
        "introduction": (
            "A 25 tagú partnerség a SEE program 11 országát fogja át (8 uniós tagállamot és az Előcsatlakozási "
            "Támogatási Eszköz (IPA) 2 országát), és célja, hogy intelligensebb klaszterpolitikákat dolgozzon ki a "
            "területi kohézió, a kutatás-fejlesztés (K+F) és a nyílt innovációs rendszerek támogatására "
            "Délkelet-Európában, ösztönözve a klaszterek, valamint az erősebb és a gyengébb teljesítményű régiók "
            "közötti transznacionális együttműködést."
        ),
        "body": [
            "<p>A partnerek között vannak a klaszterpolitika kidolgozásáért és végrehajtásáért felelős regionális és "
            "nemzeti hatóságok, a klaszterprogramok és a regionális innovációs stratégiák irányításáért felelős "
            "regionális fejlesztési ügynökségek, nemzeti kutatóintézetek és egyetemek, innovációt ösztönző "
            "szervezetek és klaszterhálózatok. A projektjavaslat a reflektív szakpolitika-alkotás kísérletein alapuló "
            "módszertani megközelítést alkalmaz a szakpolitikák jobb megfogalmazásának és végrehajtásának alapjaként: "
            "a tanulási folyamathoz illő kölcsönös tanulási eszközöket, valamint nagyobb számú résztvevőre és az "
            "érintettek széles körű konzultációjára alkalmas mechanizmusokat irányoz elő, a Six Countries Programme "
            "módszertani megközelítését alkalmazva.</p>",
            "<p>A munkaterv mátrixszerű megközelítést követ, amelyben hat klasztereken átívelő fejlesztési terület – "
            "az innováció és a K+F által vezérelt klaszterfejlesztés, a klaszterfejlesztésen alapuló fenntarthatóság, "
            "a nemzetközi klaszter-együttműködés és hálózatépítés, a pénzügyi keretek javítása "
            "(klaszterfinanszírozás), a klaszter- és regionális szakosodás, valamint az új készségek és a "
            "munkahelyteremtés – végighalad a projekt operatív szakaszain: 1. az információs hiányok és akadályok, "
            "valamint a tanulási folyamatban való felszámolásuk módjainak azonosítása és 2. a hatékony regionális "
            "klaszterpolitikák tervezésének javítása. A kísérleti intézkedések és értékelésük így kiegészítik és "
            "konkréttá teszik az elvontan megfogalmazott prioritásokat, és a jelenlegi és a lehetséges "
            "kezdeményezések összevetésére szolgálnak.</p>",
            "<p>A ClusterPoliSEE (Smarter Cluster Policies for South East Europe) a Délkelet-európai Transznacionális "
            "Együttműködési Program 2007–2013 (SEE) projektje, amelyet az Európai Bizottság társfinanszíroz. A "
            "projekt döntéshozó és irányító testülete az Irányítóbizottság.</p>",
            "<p>A projektet „Az innováció és a vállalkozói szellem elősegítése” prioritási tengelyen, „Technológiai "
            "és innovációs hálózatok fejlesztése meghatározott területeken” beavatkozási területen hagyták jóvá, "
            "„Szakpolitikai tanulási mechanizmusok a klaszterfejlesztés támogatására” feladatleírással.</p>",
            "<p>A konzorciumban nemzeti és regionális hatóságok, valamint kutatóintézetek vesznek részt. A "
            "tapasztaltabb szervezetek egy csoportja tudást és tapasztalatot cserél a kevesebb gyakorlattal "
            "rendelkező hatóságokkal. Létrejön a felhasználók egy csoportja is, akik partnereik tapasztalataiból "
            "kívánnak tanulni. Különös figyelmet kap, milyen hatással van a ClusterPoliSEE a más európai "
            "klaszterkezdeményezésekkel folytatott tapasztalatcserére.</p>",
            "A ClusterPoliSEE projekt",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE), SEE/C/0008/1.3/X</p>",
            "<p>A Smarter Cluster Policies for South East Europe (ClusterPoliSEE) a Délkelet-európai Transznacionális "
            "Együttműködési Program 2007–2013 (SEE) projektje, amelyet az EU Európai Regionális Fejlesztési Alapja "
            "(ERFA) és a nemzeti költségvetések társfinanszíroznak. A Délkelet-európai Program négy prioritási "
            "tengely keretében kidolgozott projekteket támogat: innováció, környezet, elérhetőség és fenntartható "
            "fejlődés.</p>",
            "<p>A Smarter Cluster Policies for South East Europe (ClusterPoliSEE) vezető partnere a Regione Marche "
            "(Marche régió közigazgatása; Marche Olaszország 20 régiójának egyike), székhelye Ancona. A projekt "
            "partnerei 25 intézmény és civil szervezet 11 országból: Bulgária (1), Ausztria (2), Görögország (3), "
            "Magyarország (2), Olaszország (4), Románia (4), Szlovákia (3), Szlovénia (2), Albánia (1), Horvátország "
            "(1) és Szerbia (2). A bolgár partner a Bolgár Kis- és Középvállalkozás-fejlesztési Ügynökség.</p>",
            "<p>A projekt tevékenységei hat tematikus munkacsoportban (WG) folynak; a Bolgár Kis- és "
            "Középvállalkozás-fejlesztési Ügynökség koordinálja és vezeti a WG3 „Nemzetközi klaszter-együttműködés "
            "és hálózatépítés” munkacsoportot.</p>",
            "<p>A teljes projekt összköltségvetése 5 186 352 euró.</p>",
            "<p>A megvalósítás időszaka: 2012. május 1. – 2014. október 30.</p>",
            "Célkitűzések",
            "Projektirányítás",
        ],
    },
    "work-packages": {
        "title": "Munkacsomagok",
        "slug": "munkacsomagok",
        "introduction": "A projekt a következő munkacsomagokból épül fel.",
    },
    "working-groups": {
        "title": "Munkacsoportok",
        "slug": "munkacsoportok",
        "introduction": (
            "A projekt tevékenységei hat tematikus munkacsoportban (WG) folynak; a Bolgár Kis- és "
            "Középvállalkozás-fejlesztési Ügynökség koordinálja és vezeti a WG3 „Nemzetközi klaszter-együttműködés és "
            "hálózatépítés” munkacsoportot."
        ),
    },
    "partners": {
        "title": "Partnerek",
        "slug": "partnerek",
        "introduction": (
            "A projekt partnerei 25 intézmény és civil szervezet 11 országból: Bulgária (1), Ausztria (2), "
            "Görögország (3), Magyarország (2), Olaszország (4), Románia (4), Szlovákia (3), Szlovénia (2), Albánia "
            "(1), Horvátország (1) és Szerbia (2)."
        ),
    },
    "news": {
        "title": "Hírek",
        "slug": "hirek",
        "introduction": "Hírek a ClusterPoliSEE partnerségtől és hat munkacsoportjától.",
    },
    "events": {
        "title": "Rendezvények",
        "slug": "rendezvenyek",
        "introduction": ("A partnerség és munkacsoportjai konferenciái, workshopjai, webináriumai és tanulmányútjai."),
    },
    "deliverables": {
        "title": "Projekteredmények",
        "slug": "projekteredmenyek",
        "introduction": "A projekt során készülő dokumentumok, munkacsomagok szerint.",
    },
    "good-practices": {
        "title": "Jó gyakorlatok",
        "slug": "jo-gyakorlatok",
        "introduction": (
            "A munkacsoportok által gyűjtött klaszterpolitikai példák: ország, régió, tematikus terület, eszköz és "
            "eredmények."
        ),
    },
    "newsletters": {
        "title": "Hírlevelek",
        "slug": "hirlevelek",
        "introduction": "A ClusterPoliSEE hírlevél korábbi számai, és hogyan kaphatja meg a következőket.",
    },
    "contact": {
        "title": "Kapcsolat",
        "slug": "kapcsolat",
        "introduction": "Így érheti el a ClusterPoliSEE partnerséget.",
        "body": [
            "<p>A ClusterPoliSEE vezető partnere a Regione Marche (Marche régió), Ancona, Olaszország. A projektnek 11 "
            "országban vannak partnerei; a partnerjegyzék országonként sorolja fel őket.</p>",
            "Partnerjegyzék",
        ],
    },
    "privacy-policy": {
        "title": "Adatvédelmi tájékoztató",
        "slug": "adatvedelem",
        "introduction": "Hogyan kezeli ez a weboldal a személyes adatokat.",
        "body": [
            "Milyen adatokat gyűjtünk",
            "<p>A nyilvános oldalak olvasásához nincs szükség fiókra. Mint minden webszerver, a miénk is rögzíti "
            "naplófájljaiban a technikai adatokat, például az IP-címeket, hogy a webhely biztonságos és működőképes "
            "maradjon.</p>"
            "<p>Ha regisztrál, feliratkozik a hírlevélre vagy hozzászól a fórumokon, azt tároljuk, amit megad nekünk "
            "(például nevét, e-mail-címét, választott nyelvét és hozzászólásait), hogy ezt a szolgáltatást nyújtsuk, "
            "és semmilyen más célra.</p>",
            "Sütik",
            "<p>A webhely csak a működéséhez szükséges sütiket használja: egyet, amely megjegyzi a választott nyelvet, "
            "valamint munkamenet- és biztonsági sütiket, amikor bejelentkezik. Reklám- vagy követősütiket nem "
            "használ.</p>",
            "Látogatottsági adatok",
            "<p>Hogy beszámolhasson a programnak arról, meddig jutnak el a projekt eredményei, a webhely "
            "megszámolja az oldalmegtekintéseket és a letöltéseket: oldalanként, nyelvenként és naponként, annak "
            "a webhelynek a nevével, ahonnan a látogató érkezett (sosem a teljes címével), és a böngésző "
            "nyelvével. A számlálás névtelen: nem helyez el sütit, nem tárol IP-címet vagy más azonosítót, és az "
            "adatokból semmi sem derül ki arról, ki látogatott el az oldalra. A követést elutasító böngészőket "
            "(Do Not Track, Global Privacy Control) és a keresőrobotokat nem számolja. A napi adatokat a projekt "
            "időtartama alatt és azt követően öt évig őrizzük meg, ahogy a beszámolási szabályok előírják.</p>",
            "Az Ön jogai",
            "<p>Az általános adatvédelmi rendelet alapján kérheti személyes adatai megtekintését, helyesbítését vagy "
            "törlését, és a hírlevélről bármikor leiratkozhat. Kérjük, írjon nekünk a kapcsolatfelvételi oldalon "
            "keresztül.</p>",
            "Kapcsolat",
        ],
    },
    "accessibility": {
        "title": "Akadálymentességi nyilatkozat",
        "slug": "akadalymentesseg",
        "introduction": "Szeretnénk, ha mindenki használni tudná ezt a weboldalt.",
        "body": [
            "<p>A webhely a webes tartalmak akadálymentességi irányelveinek (WCAG) 2.1-es változata szerinti AA "
            "szint teljesítésére törekszik: kizárólag billentyűzettel is használható, minden oldalon van egy "
            "közvetlenül a fő tartalomhoz ugró hivatkozás és logikus sorrendű címsorok, a képeknek van szöveges "
            "megfelelőjük, és a szöveg nagyítható.</p>"
            "<p>Az oldalak a partnerség tizenkét nyelvén jelennek meg. Ha egy oldal még nincs lefordítva, angolul "
            "jelenik meg, erre utaló megjegyzéssel.</p>"
            "<p>Ha valamit nehezen tud használni ezen a webhelyen, kérjük, jelezze nekünk a kapcsolatfelvételi "
            "oldalon keresztül, megnevezve az oldalt és a problémát.</p>",
            "Kapcsolat",
        ],
    },
    "legal-notice": {
        "title": "Impresszum",
        "slug": "impresszum",
        "introduction": "Ki üzemelteti ezt a weboldalt, és hogyan finanszírozzák.",
        "body": [
            "<p>Ez a ClusterPoliSEE – Smarter Cluster Policies for South East Europe (azonosító: SEE/C/0008/1.3/X) "
            "weboldala; a projekt a Délkelet-európai Transznacionális Együttműködési Program 2007–2013 része. Vezető "
            "partnere a Regione Marche (Marche régió), Ancona, Olaszország.</p>"
            "<p>A projektet a Délkelet-európai Transznacionális Együttműködési Program keretében az Európai Regionális "
            "Fejlesztési Alap (ERFA) és a nemzeti költségvetések társfinanszírozzák.</p>"
            "<p>A weboldal tartalmáért kizárólag a projektpartnerek felelősek. Az nem feltétlenül tükrözi az Európai "
            "Unió vagy a program hatóságainak álláspontját, amelyek nem felelősek a benne foglalt információk "
            "bármilyen felhasználásáért.</p>",
            "Kapcsolat",
        ],
    },
}

THEMATIC_AREAS = {
    "WG1": {"name": "Innováció és K+F által vezérelt klaszterfejlesztés"},
    "WG2": {"name": "Fenntarthatóság klaszterfejlesztés révén"},
    "WG3": {"name": "Nemzetközi klaszter-együttműködés és hálózatépítés"},
    "WG4": {"name": "A pénzügyi keretek javítása (klaszterfinanszírozás)"},
    "WG5": {"name": "Klaszter- és regionális szakosodás"},
    "WG6": {"name": "Új készségek és munkahelyteremtés"},
}

WORK_PACKAGES = {
    "WP0": {
        "name": "Előkészítő tevékenységek",
        "description": (
            "<p>E munkacsomag célja a projektjavaslat elkészítése és benyújtása volt. Itt foglalkoztunk a projekt "
            "koncepció kidolgozásával, a jövőkép megalkotásával, valamint az operatív tervek elkészítésével, amely "
            "tevékenységek a releváns nemzetközi partnerség közreműködésével kerülnek megvalósítására. A pályázat, a "
            "bevont partnereknek köszönhetően a SEE program szinte teljes területére kiterjed.</p>"
        ),
    },
    "WP1": {
        "name": "Transznacionális projekt és pénzügyi menedzsment",
        "description": (
            "<p>Ez a munkacsomag biztosítja a projekt hatékony végrehajtását, megvalósítását egy a fejlesztéseket "
            "felügyelő hatékony monitoring és koordinációs rendszer felállításával. Vezető partner (Lead Partner) "
            "feladata a megfelelő nemzetközi projekt menedzsment, a napról-napra megvalósítandó tevékenységek "
            "végrehajtásának felügyelete, valamint a hatékony és helyes működőképesség finanszírozásának biztosítása, "
            "a projekt menedzsment támogatás biztosítása a projekt partnerek részére. Az LP felelős az Irányító "
            "Testület (Steering Committee) felállításáért.</p>"
        ),
    },
    "WP2": {
        "name": "Kommunikációs tevékenységek",
        "description": (
            "<p>E munkacsomag keretein belül kerül kidolgozásra a projekt kommunikációs stratégiája, amely két "
            "szinten valósul meg. Egyrészt a belső kommunikáció: olyan tevékenységek, amelyek lehetővé teszik az "
            "állandó információáramlást a partnerségen belül. Másrészt a külső kommunikáció: közös akciók, "
            "megjelenések, amelyek célja a projekt népszerűsítése, a projekt „termékek” és eredmények terjesztése, a "
            "megfelelő célcsoportok felé annak érdekében, hogy ezen tevékenységek felhívják a szélesebb szakmai "
            "közvélemény figyelmét és támogassák a kölcsönös tanulást és javítsák a klaszter stratégiák "
            "megvalósulását a regionális döntéshozatalban.</p>"
        ),
    },
    "WP3": {
        "name": "Klaszter-stratégia tudás platform",
        "description": (
            "<p>A SEE klaszter-stratégia tudás platform célja a technikai és gyakorlati felállítása egy "
            "együttműködésen, közös munkán alapuló ICT platformnak, mint a stratégiai alkotás és megvalósítás közös "
            "elsajátításának tanulási rendszere minden a projektben résztvevő ország számára. Cél a közös "
            "intézményi, szervezeti, tervezési és végrehajtási szempontok kidolgozása, valamint egyfajta "
            "kompetenciaközpont létrehozása a SEE régió klaszterfejlesztésben érdekelt szereplői számára. A platform "
            "célja továbbá az intelligens szakosodási modellek, azok előnyeinek tesztelése, kipróbálása, mint az "
            "egyes régiók számára releváns K+F és versenyképességi politikák támogatására készült iránymutatás.</p>"
            "<p>SEE klaszterpolitikai tudás platform célja, hogy javítsa SEE régióban megalkotott klaszter "
            "stratégiákat a kooperatív tanulás, a stratégiai tapasztalatok átadása és egyfajta információs csomópont "
            "biztosítása által. Cél, hogy a SEE régió döntéshozói körében feltárásra kerüljenek a hozzáadott értéket "
            "jelentő transznacionális együttműködésekben rejlő lehetőségek, az alkalmazott nyílt és interaktív "
            "web-alapon támogatott kölcsönös tanulást segítő módszerekkel.</p>"
        ),
    },
    "WP4": {
        "name": "Visszacsatoláson alapuló stratégiaalkotást segítő tanulási folyamat",
        "description": (
            "<p>A 4. munkacsomag célja, hogy egy olyan közös tartalmi, fogalmi keretet hozzon létre a projektpartnerek "
            "között, ami a jelenlegi klaszter politikák minél alaposabb megértését segíti. Ez a tanulási folyamat az "
            "első lépése a már meglévő, SEE régióban működő, klaszterek számára kidolgozott „intelligensebb” "
            "klaszter-fejlesztési stratégiáknak és egyidejűleg növeljük a politikai döntéshozók képességeit, hogy "
            "megfelelő időben, és helyen kezelni tudják az előre nem várt gazdasági, társadalmi változásokat.</p>"
            "<p>E tanulási folyamat négy fő tevékenységből áll: a tanulás bemeneti pontján állnak a korábbi "
            "intézkedések elemzései, a jövőelemző műhelyek eredményeiből származó újszerű információgyűjtések, a "
            "meglévő klaszter stratégiai intézkedések, valamint az eddigi klaszterekkel kapcsolatos iránymutatások "
            "gyűjteménye. Valamint rendelkezésre áll a közvetlen stratégia alkotás elsajátítása, a tanulmányutak "
            "valamint azokon elért eredmények értékelése. Az érintett felek részére, az eredmények hatékony "
            "továbbítása kell, hogy megtörténjen a SEE klaszterstratégiai tanulási platform létrehozása és használata "
            "révén, amely biztosítani fogja egyben az állandó visszajelzést is.</p>"
        ),
    },
    "WP5": {
        "name": "SEE Klaszter Stratégiaalkotás tanulási módszertan",
        "description": (
            "<p>A munkacsomag célja, hogy megkönnyítse a nemzetközi ismeretek átadásának, cseréjének és a regionális "
            "kapacitásépítés támogatásának folyamatát a SEE régióban a klaszterfejlesztési munkák területen. "
            "Elősegítve ezzel a bizonyítékokon alapuló regionális klaszter stratégiák kidolgozását, valamint a "
            "kezdeményezések megvalósítását a megfelelő tanulási mechanizmusok támogatásával a regionális politikák, "
            "szakterületek egyes területeinek bevonásával. Az 5. munkacsomag három, egymással összefüggő "
            "tevékenységből épül fel: fejlesztés-politika tanulási mechanizmusok kidolgozása, a politikai tanulási "
            "mechanizmusok tesztelése a kiválasztott kísérleti kezdeményezések megvalósítása révén, valamint "
            "kiválasztott pilot projektek megvalósításának értékelése.</p>"
        ),
    },
    "WP6": {
        "name": "A klaszterek továbbfejlesztése a SEE régióban",
        "description": (
            "<p>E munkacsomag célja a meglévő és az újonnan létrejövő klaszterek működési keretfeltételeinek "
            "javítása, támogatása, hozzáigazítva ezeket az EU által támasztott új kihívásokhoz. Cél, egy "
            "eredmény-orientált transznacionális együttműködés kialakítására vonatkozó új klaszter stratégia "
            "fejlesztése, adaptálása, valamint egy nyitott-innováció típusú megközelítés alkalmazása a jelenlegi és "
            "jövőbeli szakpolitikák fejlesztése, válaszul a nemzetközi kihívásokra. Cél a közös szinergiák "
            "kihasználása, azok hatásainak elemzése, valamint partnerség építése az érdekelt felekkel közösen.</p>"
            "<p>Főbb feladatok:</p>"
            "<ul><li>SEE Klaszter Kezdeményezés felállítása</li>"
            "<li>SEE előrejelzési tanulmányok</li>"
            "<li>Közös stratégia és fenntarthatósági terv megalkotása</li></ul>"
        ),
    },
}

FUNDING_STATEMENT = (
    "<p>A Smarter Cluster Policies for South East Europe (ClusterPoliSEE) a Délkelet-európai Transznacionális "
    "Együttműködési Program 2007–2013 projektje, amelyet az Európai Regionális Fejlesztési Alap (ERFA) és a nemzeti "
    "költségvetések társfinanszíroznak.</p>"
)
