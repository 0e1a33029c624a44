"""Hungarian translations of the demo content, from the Hungarian seed text on the work packages.

It is a parallel text to the Bulgarian one rather than a word-for-word
translation. Its two paragraphs on the aims of WP6 are joined, as the Bulgarian
has one sentence there; the list of WP6 tasks keeps its items without the
joining words; a repeated phrase and a misspelling are corrected. The funding
statement has no Hungarian seed and is a translation of the programme's
standard wording.
"""

PAGES = {
    "work-packages": {
        "title": "Munkacsomagok",
        "slug": "munkacsomagok",
        "introduction": "A projekt a következő munkacsomagokból épül fel.",
    },
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
