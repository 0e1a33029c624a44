"""The judged query set of the recall test (tests/search/test_recall.py), as data.

Seven English pages about the project's work on cluster policy, each translated into the eleven other
languages as a translator would write it (the Serbian site is in Cyrillic; one Serbian translator wrote
in Latin script, as Serbian writers often do), and twelve English pages nobody translated: they are
aliases in every locale, and most of them say "cluster", which is also a word of the German, Italian and
Romanian texts, so the visitor's own pages must rank above them.

Each query lists the pages a reader of that language expects to find: the pages whose text has every
word of the query in some inflected form (for a quoted phrase: next to each other), so the set measures
what the analysis of each language does with inflection, accents and script. A page that shares only a
derived word (an adjective formed from the noun) is not expected, though it may be found. In German and
Hungarian, which write compounds as one word, a word is also expected to find the compounds it is the
part of (Politik: Clusterpolitik; menedzser: klasztermenedzser), as a reader of those languages expects.
The queries come in both directions of each inflection pair (the base form finds the inflected one and
back), with and without accents, and for Serbian in both scripts.
"""

from typing import NamedTuple


class Text(NamedTuple):
    title: str
    introduction: str
    body: str = ""


# The pages every language translates: key -> (page type, English text).
SOURCES = {
    "kick-off": (
        "news",
        Text(
            "Cluster policy learning starts in eleven regions",
            "Partners from eleven regions of South East Europe met in Ancona to launch joint learning on "
            "cluster policy.",
            "Over three years, regional authorities will compare how they support clusters and agree on "
            "better instruments.",
        ),
    ),
    "assessment": (
        "deliverable",
        Text(
            "Assessment of cluster policies in South East Europe",
            "The report compares the cluster policies of eleven countries and recommends how to evaluate them.",
        ),
    ),
    "vouchers": (
        "good_practice",
        Text(
            "Innovation vouchers for cluster members",
            "Small firms that belong to a cluster receive vouchers to buy innovation services from universities "
            "and research centres.",
        ),
    ),
    "workshop": (
        "event",
        Text(
            "Workshop on transnational cooperation between clusters",
            "Cluster managers and policy makers discuss cross-border cooperation and joint projects.",
        ),
    ),
    "about": (
        "page",
        Text(
            "About the project",
            "ClusterPoliSEE brings together public authorities, development agencies and universities to make "
            "cluster policies smarter.",
            "The partners build lasting partnerships with regions of the Adriatic and the Danube.",
        ),
    ),
    "ris3": (
        "news",
        Text(
            "Research and innovation strategies for smart specialisation",
            "Regions prepare their smart specialisation strategies and link them to cluster development.",
            "Innovation in the regions needs stable funding.",
        ),
    ),
    "training": (
        "news",
        Text(
            "Training course for cluster managers",
            "Forty cluster managers learned how to offer internationalisation services to their members.",
            "Every cluster sent two participants.",
        ),
    ),
}

# English pages without translations (aliases in every other locale).
UNTRANSLATED = {
    "newsletter": ("news", Text("Spring newsletter", "News from the clusters of the partner regions.")),
    "excellence": (
        "news",
        Text(
            "Cluster excellence label for three partners",
            "Three clusters of the partnership received the bronze label of the European Cluster Excellence "
            "Initiative.",
        ),
    ),
    "steering": (
        "event",
        Text(
            "Steering committee meeting in Sofia",
            "The partners review the work packages and plan the next cluster visits.",
        ),
    ),
    "styria": (
        "good_practice",
        Text(
            "Cluster development agency of Styria", "A regional agency that has funded cluster initiatives since 1995."
        ),
    ),
    "peer-review": (
        "news",
        Text("Peer review of cluster programmes", "Experts visited the region to review its cluster programmes."),
    ),
    "open-call": (
        "page",
        Text("Open call for cluster initiatives", "Clusters of the Danube region can apply for support until March."),
    ),
    "green": (
        "news",
        Text("Clusters and the green economy", "How clusters help their members use less energy."),
    ),
    "mapping": (
        "deliverable",
        Text("Cluster mapping methodology", "A common method to map clusters and their members in every region."),
    ),
    "interview": (
        "news",
        Text(
            "Interview: what makes a cluster successful?",
            "A cluster manager from Emilia-Romagna on trust, members and services.",
        ),
    ),
    "adriatic": (
        "news",
        Text(
            "Cooperation agreement with Adriatic clusters",
            "The partners signed an agreement with clusters of the Adriatic-Ionian region.",
        ),
    ),
    "cluster-days": (
        "event",
        Text("Cluster days in Thessaloniki", "Two days of matchmaking between clusters, universities and investors."),
    ),
    "austria": (
        "good_practice",
        Text(
            "Cluster internationalisation support in Lower Austria",
            "The regional government pays part of the trade fair costs of cluster members.",
        ),
    ),
}

TRANSLATIONS = {
    "bg": {
        "kick-off": Text(
            "Започва съвместното обучение по клъстерна политика в единадесет региона",
            "Партньори от единадесет региона на Югоизточна Европа се срещнаха в Анкона, за да поставят началото "
            "на съвместно обучение по клъстерна политика.",
            "В продължение на три години регионалните власти ще сравняват как подкрепят клъстерите и ще се "
            "договорят за по-добри инструменти.",
        ),
        "assessment": Text(
            "Оценка на клъстерните политики в Югоизточна Европа",
            "Докладът сравнява клъстерните политики на единадесет държави и препоръчва как да бъдат оценявани.",
        ),
        "vouchers": Text(
            "Иновационни ваучери за членовете на клъстера",
            "Малките фирми, които членуват в клъстер, получават ваучери, с които купуват иновационни услуги от "
            "университети и изследователски центрове.",
        ),
        "workshop": Text(
            "Семинар за транснационално сътрудничество между клъстери",
            "Мениджъри на клъстери и създатели на политики обсъждат трансграничното сътрудничество и "
            "съвместните проекти.",
        ),
        "about": Text(
            "За проекта",
            "ClusterPoliSEE обединява публични органи, агенции за развитие и университети, за да направи "
            "клъстерните политики по-интелигентни.",
            "Партньорите изграждат трайни партньорства с региони от Адриатика и Дунав.",
        ),
        "ris3": Text(
            "Стратегии за научни изследвания и иновации за интелигентна специализация",
            "Регионите подготвят своите стратегии за интелигентна специализация и ги свързват с развитието на "
            "клъстерите.",
            "Иновациите в регионите се нуждаят от стабилно финансиране.",
        ),
        "training": Text(
            "Обучение за мениджъри на клъстери",
            "Четиридесет мениджъри на клъстери научиха как да предлагат на членовете си услуги за интернационализация.",
            "Всеки клъстер изпрати по двама участници.",
        ),
    },
    "de": {
        "kick-off": Text(
            "Gemeinsames Lernen zur Clusterpolitik in elf Regionen beginnt",
            "Partner aus elf Regionen Südosteuropas trafen sich in Ancona, um ein gemeinsames Lernprogramm zur "
            "Clusterpolitik zu starten.",
            "Drei Jahre lang vergleichen die Regionalbehörden, wie sie Cluster fördern, und einigen sich auf "
            "bessere Instrumente.",
        ),
        "assessment": Text(
            "Bewertung der Clusterpolitiken in Südosteuropa",
            "Der Bericht vergleicht die Clusterpolitiken von elf Ländern und empfiehlt, wie sie evaluiert werden "
            "können.",
        ),
        "vouchers": Text(
            "Innovationsgutscheine für Clustermitglieder",
            "Kleine Unternehmen, die einem Cluster angehören, erhalten Gutscheine, mit denen sie "
            "Innovationsdienstleistungen von Hochschulen und Forschungszentren einkaufen.",
        ),
        "workshop": Text(
            "Workshop zur transnationalen Zusammenarbeit zwischen Clustern",
            "Clustermanager und politische Entscheidungsträger diskutieren über grenzüberschreitende "
            "Zusammenarbeit und gemeinsame Projekte.",
        ),
        "about": Text(
            "Über das Projekt",
            "ClusterPoliSEE bringt Behörden, Entwicklungsagenturen und Hochschulen zusammen, um Clusterpolitiken "
            "intelligenter zu gestalten.",
            "Die Partner bauen dauerhafte Partnerschaften mit Regionen an der Adria und an der Donau auf.",
        ),
        "ris3": Text(
            "Forschungs- und Innovationsstrategien für intelligente Spezialisierung",
            "Die Regionen erarbeiten ihre Strategien für intelligente Spezialisierung und verknüpfen sie mit der "
            "Clusterentwicklung.",
            "Innovation in den Regionen braucht eine stabile Finanzierung.",
        ),
        "training": Text(
            "Schulung für Clustermanager",
            "Vierzig Clustermanagerinnen und Clustermanager lernten, wie sie ihren Mitgliedern Dienstleistungen "
            "zur Internationalisierung anbieten.",
            "Jeder Cluster entsandte zwei Teilnehmende.",
        ),
    },
    "el": {
        "kick-off": Text(
            "Ξεκινά η κοινή μάθηση για την πολιτική συστάδων σε έντεκα περιφέρειες",
            "Εταίροι από έντεκα περιφέρειες της Νοτιοανατολικής Ευρώπης συναντήθηκαν στην Ανκόνα για να "
            "ξεκινήσουν κοινή μάθηση για την πολιτική συστάδων.",
            "Επί τρία χρόνια οι περιφερειακές αρχές θα συγκρίνουν πώς στηρίζουν τις συστάδες και θα συμφωνήσουν "
            "σε καλύτερα εργαλεία.",
        ),
        "assessment": Text(
            "Αξιολόγηση των πολιτικών συστάδων στη Νοτιοανατολική Ευρώπη",
            "Η έκθεση συγκρίνει τις πολιτικές συστάδων έντεκα χωρών και προτείνει τρόπους αξιολόγησής τους.",
        ),
        "vouchers": Text(
            "Κουπόνια καινοτομίας για τα μέλη των συστάδων",
            "Μικρές επιχειρήσεις που ανήκουν σε μια συστάδα λαμβάνουν κουπόνια για να αγοράσουν υπηρεσίες "
            "καινοτομίας από πανεπιστήμια και ερευνητικά κέντρα.",
        ),
        "workshop": Text(
            "Εργαστήριο για τη διακρατική συνεργασία μεταξύ συστάδων",
            "Διαχειριστές συστάδων και φορείς χάραξης πολιτικής συζητούν τη διασυνοριακή συνεργασία και κοινά έργα.",
        ),
        "about": Text(
            "Σχετικά με το έργο",
            "Το ClusterPoliSEE φέρνει κοντά δημόσιες αρχές, αναπτυξιακούς οργανισμούς και πανεπιστήμια, ώστε οι "
            "πολιτικές για τις συστάδες να γίνουν εξυπνότερες.",
            "Οι εταίροι χτίζουν μακροχρόνιες συνεργασίες με περιφέρειες της Αδριατικής και του Δούναβη.",
        ),
        "ris3": Text(
            "Στρατηγικές έρευνας και καινοτομίας για έξυπνη εξειδίκευση",
            "Οι περιφέρειες εκπονούν τις στρατηγικές έξυπνης εξειδίκευσης και τις συνδέουν με την ανάπτυξη των "
            "συστάδων.",
            "Η καινοτομία στις περιφέρειες χρειάζεται σταθερή χρηματοδότηση.",
        ),
        "training": Text(
            "Εκπαίδευση για διαχειριστές συστάδων",
            "Σαράντα διαχειριστές συστάδων έμαθαν πώς να προσφέρουν στα μέλη τους υπηρεσίες διεθνοποίησης.",
            "Κάθε συστάδα έστειλε δύο συμμετέχοντες.",
        ),
    },
    "hu": {
        "kick-off": Text(
            "Elindult a klaszterpolitikáról szóló közös tanulás tizenegy régióban",
            "Délkelet-Európa tizenegy régiójának partnerei Anconában találkoztak, hogy elindítsák a "
            "klaszterpolitikáról szóló közös tanulási programot.",
            "A regionális hatóságok három éven át összehasonlítják, hogyan támogatják a klasztereket, és jobb "
            "eszközökben állapodnak meg.",
        ),
        "assessment": Text(
            "A klaszterpolitikák értékelése Délkelet-Európában",
            "A jelentés tizenegy ország klaszterpolitikáit hasonlítja össze, és javaslatot tesz az értékelésük "
            "módjára.",
        ),
        "vouchers": Text(
            "Innovációs utalványok klasztertagoknak",
            "A valamely klaszterhez tartozó kisvállalkozások utalványt kapnak, amellyel egyetemektől és "
            "kutatóközpontoktól vásárolhatnak innovációs szolgáltatásokat.",
        ),
        "workshop": Text(
            "Műhelymunka a klaszterek transznacionális együttműködéséről",
            "Klasztermenedzserek és szakpolitikai döntéshozók vitatják meg a határokon átnyúló együttműködést és "
            "a közös projekteket.",
        ),
        "about": Text(
            "A projektről",
            "A ClusterPoliSEE közigazgatási szerveket, fejlesztési ügynökségeket és egyetemeket fog össze, hogy "
            "okosabb klaszterpolitikát alakítsanak ki.",
            "A partnerek tartós partnerségeket építenek az Adria és a Duna menti régiókkal.",
        ),
        "ris3": Text(
            "Kutatási és innovációs stratégiák az intelligens szakosodáshoz",
            "A régiók elkészítik intelligens szakosodási stratégiájukat, és összekapcsolják azt a klaszterek "
            "fejlesztésével.",
            "A régiók innovációjához stabil finanszírozás kell.",
        ),
        "training": Text(
            "Képzés klasztermenedzsereknek",
            "Negyven klasztermenedzser tanulta meg, hogyan kínálhat nemzetköziesítési szolgáltatásokat a tagjainak.",
            "Minden klaszter két résztvevőt küldött.",
        ),
    },
    "it": {
        "kick-off": Text(
            "Al via l'apprendimento comune sulle politiche dei cluster in undici regioni",
            "I partner di undici regioni dell'Europa sud-orientale si sono riuniti ad Ancona per avviare un "
            "percorso comune di apprendimento sulla politica dei cluster.",
            "Per tre anni le autorità regionali confronteranno il modo in cui sostengono i cluster e "
            "concorderanno strumenti migliori.",
        ),
        "assessment": Text(
            "Valutazione delle politiche per i cluster nell'Europa sud-orientale",
            "Il rapporto confronta le politiche per i cluster di undici paesi e indica come valutarle.",
        ),
        "vouchers": Text(
            "Voucher per l'innovazione destinati alle imprese dei cluster",
            "Le piccole imprese che aderiscono a un cluster ricevono voucher per acquistare servizi di "
            "innovazione da università e centri di ricerca.",
        ),
        "workshop": Text(
            "Workshop sulla cooperazione transnazionale tra cluster",
            "Manager dei cluster e responsabili politici discutono di cooperazione transfrontaliera e di progetti "
            "comuni.",
        ),
        "about": Text(
            "Il progetto",
            "ClusterPoliSEE riunisce amministrazioni pubbliche, agenzie di sviluppo e università per rendere più "
            "intelligenti le politiche per i cluster.",
            "I partner costruiscono partenariati duraturi con le regioni dell'Adriatico e del Danubio.",
        ),
        "ris3": Text(
            "Strategie di ricerca e innovazione per la specializzazione intelligente",
            "Le regioni preparano le proprie strategie di specializzazione intelligente e le collegano allo "
            "sviluppo dei cluster.",
            "L'innovazione nelle regioni ha bisogno di finanziamenti stabili.",
        ),
        "training": Text(
            "Corso di formazione per cluster manager",
            "Quaranta cluster manager hanno imparato a offrire ai propri associati servizi di internazionalizzazione.",
            "Ogni cluster ha inviato due partecipanti.",
        ),
    },
    "ro": {
        "kick-off": Text(
            "Începe învățarea comună despre politica de cluster în unsprezece regiuni",
            "Parteneri din unsprezece regiuni din Europa de Sud-Est s-au reunit la Ancona pentru a lansa un "
            "program comun de învățare despre politica de cluster.",
            "Timp de trei ani, autoritățile regionale vor compara modul în care sprijină clusterele și vor conveni "
            "asupra unor instrumente mai bune.",
        ),
        "assessment": Text(
            "Evaluarea politicilor de cluster din Europa de Sud-Est",
            "Raportul compară politicile de cluster din unsprezece țări și recomandă modalități de evaluare a "
            "acestora.",
        ),
        "vouchers": Text(
            "Vouchere de inovare pentru membrii clusterelor",
            "Firmele mici care fac parte dintr-un cluster primesc vouchere pentru a cumpăra servicii de inovare "
            "de la universități și centre de cercetare.",
        ),
        "workshop": Text(
            "Atelier despre cooperarea transnațională între clustere",
            "Manageri de clustere și factori de decizie politică discută despre cooperarea transfrontalieră și "
            "proiectele comune.",
        ),
        "about": Text(
            "Despre proiect",
            "ClusterPoliSEE reunește autorități publice, agenții de dezvoltare și universități pentru a face "
            "politicile de cluster mai inteligente.",
            "Partenerii construiesc parteneriate durabile cu regiuni de la Marea Adriatică și de pe Dunăre.",
        ),
        "ris3": Text(
            "Strategii de cercetare și inovare pentru specializare inteligentă",
            "Regiunile își pregătesc strategiile de specializare inteligentă și le corelează cu dezvoltarea "
            "clusterelor.",
            "Inovarea în regiuni are nevoie de o finanțare stabilă.",
        ),
        "training": Text(
            "Curs de formare pentru managerii de clustere",
            "Patruzeci de manageri de clustere au învățat cum să ofere membrilor servicii de internaționalizare.",
            "Fiecare cluster a trimis doi participanți.",
        ),
    },
    "sk": {
        "kick-off": Text(
            "V jedenástich regiónoch sa začína spoločné vzdelávanie o klastrovej politike",
            "Partneri z jedenástich regiónov juhovýchodnej Európy sa stretli v Ancone, aby spustili spoločné "
            "vzdelávanie o klastrovej politike.",
            "Regionálne samosprávy budú tri roky porovnávať, ako podporujú klastre, a dohodnú sa na lepších "
            "nástrojoch.",
        ),
        "assessment": Text(
            "Hodnotenie klastrových politík v juhovýchodnej Európe",
            "Správa porovnáva klastrové politiky jedenástich krajín a odporúča, ako ich hodnotiť.",
        ),
        "vouchers": Text(
            "Inovačné vouchery pre členov klastrov",
            "Malé firmy, ktoré sú členmi klastra, dostávajú vouchery na nákup inovačných služieb od univerzít a "
            "výskumných centier.",
        ),
        "workshop": Text(
            "Seminár o nadnárodnej spolupráci medzi klastrami",
            "Manažéri klastrov a tvorcovia politík diskutujú o cezhraničnej spolupráci a spoločných projektoch.",
        ),
        "about": Text(
            "O projekte",
            "ClusterPoliSEE spája orgány verejnej správy, rozvojové agentúry a univerzity, aby boli klastrové "
            "politiky inteligentnejšie.",
            "Partneri budujú trvalé partnerstvá s regiónmi Jadranu a Dunaja.",
        ),
        "ris3": Text(
            "Stratégie výskumu a inovácií pre inteligentnú špecializáciu",
            "Regióny pripravujú svoje stratégie inteligentnej špecializácie a prepájajú ich s rozvojom klastrov.",
            "Inovácie v regiónoch potrebujú stabilné financovanie.",
        ),
        "training": Text(
            "Školenie pre manažérov klastrov",
            "Štyridsať manažérov klastrov sa naučilo, ako ponúkať svojim členom služby v oblasti internacionalizácie.",
            "Každý klaster vyslal dvoch účastníkov.",
        ),
    },
    "sl": {
        "kick-off": Text(
            "V enajstih regijah se začenja skupno učenje o politiki grozdov",
            "Partnerji iz enajstih regij jugovzhodne Evrope so se sestali v Anconi, da bi začeli skupno učenje o "
            "politiki grozdov.",
            "Regionalne oblasti bodo tri leta primerjale, kako podpirajo grozde, in se dogovorile o boljših "
            "instrumentih.",
        ),
        "assessment": Text(
            "Ocena politik grozdov v jugovzhodni Evropi",
            "Poročilo primerja politike grozdov v enajstih državah in priporoča, kako jih ovrednotiti.",
        ),
        "vouchers": Text(
            "Inovacijski vavčerji za člane grozdov",
            "Mala podjetja, ki so članice grozda, prejmejo vavčerje za nakup inovacijskih storitev pri univerzah "
            "in raziskovalnih središčih.",
        ),
        "workshop": Text(
            "Delavnica o transnacionalnem sodelovanju med grozdi",
            "Upravljavci grozdov in oblikovalci politik razpravljajo o čezmejnem sodelovanju in skupnih projektih.",
        ),
        "about": Text(
            "O projektu",
            "ClusterPoliSEE povezuje javne organe, razvojne agencije in univerze, da bi bile politike grozdov "
            "pametnejše.",
            "Partnerji gradijo trajna partnerstva z regijami ob Jadranu in Donavi.",
        ),
        "ris3": Text(
            "Strategije raziskav in inovacij za pametno specializacijo",
            "Regije pripravljajo strategije pametne specializacije in jih povezujejo z razvojem grozdov.",
            "Inovacije v regijah potrebujejo stabilno financiranje.",
        ),
        "training": Text(
            "Usposabljanje za upravljavce grozdov",
            "Štirideset upravljavcev grozdov se je naučilo, kako članom ponuditi storitve internacionalizacije.",
            "Vsak grozd je poslal po dva udeleženca.",
        ),
    },
    "sq": {
        "kick-off": Text(
            "Nis të mësuarit e përbashkët për politikën e klasterëve në njëmbëdhjetë rajone",
            "Partnerë nga njëmbëdhjetë rajone të Evropës Juglindore u takuan në Ankona për të nisur një program "
            "të përbashkët mësimi për politikën e klasterëve.",
            "Gjatë tre viteve, autoritetet rajonale do të krahasojnë mënyrën si i mbështesin klasterët dhe do "
            "të bien dakord për instrumente më të mira.",
        ),
        "assessment": Text(
            "Vlerësimi i politikave të klasterëve në Evropën Juglindore",
            "Raporti krahason politikat e klasterëve në njëmbëdhjetë vende dhe rekomandon si të vlerësohen ato.",
        ),
        "vouchers": Text(
            "Kupona inovacioni për anëtarët e klasterit",
            "Firmat e vogla që janë pjesë e një klasteri marrin kupona për të blerë shërbime inovacioni nga "
            "universitetet dhe qendrat kërkimore.",
        ),
        "workshop": Text(
            "Punëtori për bashkëpunimin transnacional ndërmjet klasterëve",
            "Menaxherët e klasterëve dhe politikëbërësit diskutojnë për bashkëpunimin ndërkufitar dhe projektet "
            "e përbashkëta.",
        ),
        "about": Text(
            "Rreth projektit",
            "ClusterPoliSEE bashkon autoritetet publike, agjencitë e zhvillimit dhe universitetet për t'i bërë "
            "më të zgjuara politikat e klasterëve.",
            "Partnerët ndërtojnë partneritete të qëndrueshme me rajonet e Adriatikut dhe të Danubit.",
        ),
        "ris3": Text(
            "Strategji kërkimi dhe inovacioni për specializimin e mençur",
            "Rajonet përgatitin strategjitë e tyre të specializimit të mençur dhe i lidhin ato me zhvillimin e "
            "klasterëve.",
            "Inovacioni në rajone ka nevojë për financim të qëndrueshëm.",
        ),
        "training": Text(
            "Trajnim për menaxherët e klasterëve",
            "Dyzet menaxherë klasterësh mësuan si t'u ofrojnë anëtarëve shërbime ndërkombëtarizimi.",
            "Çdo klaster dërgoi dy pjesëmarrës.",
        ),
    },
    "hr": {
        "kick-off": Text(
            "U jedanaest regija počinje zajedničko učenje o klasterskoj politici",
            "Partneri iz jedanaest regija jugoistočne Europe sastali su se u Anconi kako bi pokrenuli zajednički "
            "program učenja o klasterskoj politici.",
            "Tijekom tri godine regionalne vlasti usporedit će kako podupiru klastere i dogovoriti bolje instrumente.",
        ),
        "assessment": Text(
            "Procjena klasterskih politika u jugoistočnoj Europi",
            "Izvješće uspoređuje klasterske politike jedanaest zemalja i preporučuje kako ih vrednovati.",
        ),
        "vouchers": Text(
            "Inovacijski vaučeri za članove klastera",
            "Mala poduzeća koja su članice klastera dobivaju vaučere za kupnju inovacijskih usluga od sveučilišta "
            "i istraživačkih centara.",
        ),
        "workshop": Text(
            "Radionica o transnacionalnoj suradnji među klasterima",
            "Upravitelji klastera i kreatori politika raspravljaju o prekograničnoj suradnji i zajedničkim projektima.",
        ),
        "about": Text(
            "O projektu",
            "ClusterPoliSEE okuplja tijela javne vlasti, razvojne agencije i sveučilišta kako bi klasterske "
            "politike postale pametnije.",
            "Partneri grade trajna partnerstva s regijama Jadrana i Dunava.",
        ),
        "ris3": Text(
            "Strategije istraživanja i inovacija za pametnu specijalizaciju",
            "Regije pripremaju svoje strategije pametne specijalizacije i povezuju ih s razvojem klastera.",
            "Inovacije u regijama trebaju stabilno financiranje.",
        ),
        "training": Text(
            "Obuka za upravitelje klastera",
            "Četrdeset upravitelja klastera naučilo je kako svojim članovima ponuditi usluge internacionalizacije.",
            "Svaki klaster poslao je po dva sudionika.",
        ),
    },
    "sr": {
        "kick-off": Text(
            "У једанаест региона почиње заједничко учење о кластерској политици",
            "Партнери из једанаест региона југоисточне Европе састали су се у Анкони да би покренули заједнички "
            "програм учења о кластерској политици.",
            "Током три године регионалне власти ће упоређивати како подржавају кластере и договориће боље инструменте.",
        ),
        "assessment": Text(
            "Процена кластерских политика у југоисточној Европи",
            "Извештај упоређује кластерске политике једанаест земаља и препоручује како их вредновати.",
        ),
        "vouchers": Text(
            "Иновациони ваучери за чланове кластера",
            "Мала предузећа која су чланице кластера добијају ваучере за куповину иновационих услуга од "
            "универзитета и истраживачких центара.",
        ),
        "workshop": Text(
            "Радионица о транснационалној сарадњи између кластера",
            "Менаџери кластера и креатори политика разговарају о прекограничној сарадњи и заједничким пројектима.",
        ),
        "about": Text(
            "О пројекту",
            "ClusterPoliSEE окупља органе јавне власти, развојне агенције и универзитете како би кластерске "
            "политике постале паметније.",
            "Партнери граде трајна партнерства са регионима Јадрана и Дунава.",
        ),
        "ris3": Text(
            "Стратегије истраживања и иновација за паметну специјализацију",
            "Региони припремају своје стратегије паметне специјализације и повезују их са развојем кластера.",
            "Кластери су покретачи регионалног развоја.",
        ),
        # This translator wrote in Latin script.
        "training": Text(
            "Obuka za menadžere klastera",
            "Četrdeset menadžera klastera naučilo je kako da svojim članovima ponude usluge internacionalizacije.",
            "Svaki klaster je poslao po dva učesnika.",
        ),
    },
}

# Forum posts, one per language of these: what members wrote, subject and text. Nothing says which language
# a post is in (their authors chose no language): the site tells it from the text. Each has words that
# only its language's analyser brings together with another form (bg градовете/град, de Ländern/Land,
# Serbian Cyrillic кластер/Latin klasterima), which the default language's analysers do not.
POSTS = {
    "bg": Text(
        "Финансиране на клъстерите в Пловдив",
        "Градовете в нашия регион трябва да подкрепят клъстерите с повече средства. Общината организира среща "
        "с предприемачите през март.",
    ),
    "de": Text(
        "Förderung der Cluster in den Ländern",
        "Die Länder sollten ihre Förderprogramme besser abstimmen. In jeder Stadt gibt es Unternehmen, die von "
        "einem starken Cluster profitieren.",
    ),
    "el": Text(
        "Στήριξη των συστάδων από τους δήμους",
        "Οι δήμοι της περιφέρειάς μας χρηματοδοτούν τις συστάδες. Κάθε χώρα χρειάζεται σαφείς κανόνες για τη "
        "στήριξή τους.",
    ),
    "hu": Text(
        "Klaszterek támogatása a városokban",
        "A városok önkormányzatai több pénzt adhatnának a klasztereknek. Minden cég profitálna a jobb támogatásból.",
    ),
    "sl": Text(
        "Podpora grozdom v naši regiji",
        "Vsak grozd v regiji potrebuje stabilno financiranje. Tudi občine bi morale podpirati mala podjetja.",
    ),
    "sq": Text(
        "Mbështetja e klasterëve në qytetet tona",
        "Qyteti ynë duhet të mbështesë klasterët me më shumë fonde. Çdo firmë në këtë rajon përfiton prej tyre.",
    ),
    "sr": Text(
        "Подршка кластерима у нашем региону",
        "Градови у Србији треба да подрже кластере већим улагањима. Сваки кластер мора да има своју стратегију "
        "развоја.",
    ),
}

ALL = frozenset(SOURCES)
# The pages and the forum post of a language.
EVERYTHING = ALL | {"post"}

# language -> [(query, the keys of the pages expected in the top ten; "post": the forum post of the language)]
QUERIES = {
    "en": [
        ("cluster policy", {"kick-off", "assessment", "workshop", "about"}),
        ("cluster policies", {"kick-off", "assessment", "workshop", "about"}),
        ("innovation voucher", {"vouchers"}),
        ("transnational cooperation", {"workshop"}),
        ("smart specialisation strategy", {"ris3"}),
        ("training cluster managers", {"training"}),
        ('"South East Europe"', {"kick-off", "assessment"}),
        ("evaluating cluster policies", {"assessment"}),
    ],
    "bg": [
        ("клъстер", {"kick-off", "vouchers", "workshop", "ris3", "training", "post"}),
        ("клъстерите", {"kick-off", "vouchers", "workshop", "ris3", "training", "post"}),
        ("клъстерна политика", {"kick-off", "assessment", "about"}),
        ("клъстерни политики", {"kick-off", "assessment", "about"}),
        ("иновационен ваучер", {"vouchers"}),
        ("сътрудничество между клъстерите", {"workshop"}),
        ("интелигентна специализация", {"ris3"}),
        ("мениджър на клъстер", {"workshop", "training"}),
        ('"Югоизточна Европа"', {"kick-off", "assessment"}),
        ("град", {"post"}),
        ("срещи", {"post"}),
    ],
    "de": [
        ("Cluster", {"kick-off", "vouchers", "workshop", "training", "post"}),
        ("Clustern", {"kick-off", "vouchers", "workshop", "training", "post"}),
        ("Clusterpolitik", {"kick-off", "assessment", "about"}),
        ("Clusterpolitiken", {"kick-off", "assessment", "about"}),
        ("Gutschein", {"vouchers"}),
        ("Zusammenarbeit der Cluster", {"workshop"}),
        ("Clustermanager", {"workshop", "training"}),
        ('"intelligente Spezialisierung"', {"ris3"}),
        ("Strategie", {"ris3"}),
        ("Sudosteuropa", {"kick-off", "assessment"}),
        ("Politik", {"kick-off", "assessment", "about"}),
        ("Manager", {"workshop", "training"}),
        ("Land", {"assessment", "post"}),
        ("Städten", {"post"}),
    ],
    "el": [
        ("συνεργασία", {"workshop", "about"}),
        ("συνεργασίες", {"workshop", "about"}),
        ("καινοτομία", {"vouchers", "ris3"}),
        ("καινοτομίας", {"vouchers", "ris3"}),
        ("συστάδες", EVERYTHING),
        ("κουπόνι καινοτομίας", {"vouchers"}),
        ("έξυπνη εξειδίκευση", {"ris3"}),
        ("πολιτική συστάδων", {"kick-off", "assessment", "workshop", "about"}),
        ("νοτιοανατολικη ευρωπη", {"kick-off", "assessment"}),
        ('"διαχειριστές συστάδων"', {"workshop", "training"}),
        ("δήμος", {"post"}),
        ("χώρες", {"assessment", "post"}),
    ],
    "hu": [
        ("klaszterpolitika", {"kick-off", "assessment", "about"}),
        ("klaszterpolitikák", {"kick-off", "assessment", "about"}),
        ("klaszter", {"kick-off", "vouchers", "workshop", "ris3", "training", "post"}),
        ("klaszterek", {"kick-off", "vouchers", "workshop", "ris3", "training", "post"}),
        ("innovációs utalvány", {"vouchers"}),
        ("együttműködés", {"workshop"}),
        ("klasztermenedzser", {"workshop", "training"}),
        ("intelligens szakosodás", {"ris3"}),
        ("Delkelet-Europa", {"kick-off", "assessment"}),
        ("politika", {"kick-off", "assessment", "about"}),
        ("politikák", {"kick-off", "assessment", "about"}),
        ("menedzser", {"workshop", "training"}),
        ("város", {"post"}),
        ("cégek", {"post"}),
    ],
    "it": [
        ("cluster", ALL),
        ("politica dei cluster", {"kick-off", "assessment", "about"}),
        ("politiche cluster", {"kick-off", "assessment", "about"}),
        ("voucher innovazione", {"vouchers"}),
        ("cooperazione tra cluster", {"workshop"}),
        ("specializzazione intelligente", {"ris3"}),
        ("strategia", {"ris3"}),
        ('"Europa sud-orientale"', {"kick-off", "assessment"}),
        ("universita", {"vouchers", "about"}),
    ],
    "ro": [
        ("clustere", ALL),
        ("cluster", ALL),
        ("politica de cluster", {"kick-off", "assessment", "about"}),
        ("politici de cluster", {"kick-off", "assessment", "about"}),
        ("vouchere de inovare", {"vouchers"}),
        ("voucher inovare", {"vouchers"}),
        ("cooperare transnațională", {"workshop"}),
        ("cooperare transnationala", {"workshop"}),
        ("specializare inteligentă", {"ris3"}),
        ("managerii de clustere", {"workshop", "training"}),
        ('"Europa de Sud-Est"', {"kick-off", "assessment"}),
    ],
    "sk": [
        ("klaster", {"kick-off", "vouchers", "workshop", "ris3", "training"}),
        ("klastre", {"kick-off", "vouchers", "workshop", "ris3", "training"}),
        ("klastrov", {"kick-off", "vouchers", "workshop", "ris3", "training"}),
        ("klastrová politika", {"kick-off", "assessment", "about"}),
        ("inovačné vouchery", {"vouchers"}),
        ("spolupráca medzi klastrami", {"workshop"}),
        ("inteligentná špecializácia", {"ris3"}),
        ("manažér klastra", {"workshop", "training"}),
        ("juhovychodna Europa", {"kick-off", "assessment"}),
    ],
    "sl": [
        ("grozd", EVERYTHING),
        ("grozdov", EVERYTHING),
        ("grozdi", EVERYTHING),
        ("politika grozdov", {"kick-off", "assessment", "workshop", "about"}),
        ("inovacijski vavčer", {"vouchers"}),
        ("sodelovanje med grozdi", {"workshop"}),
        ("pametna specializacija", {"ris3"}),
        ("upravljavec grozda", {"workshop", "training"}),
        ("jugovzhodna Evropa", {"kick-off", "assessment"}),
        ("regija", {"kick-off", "about", "ris3", "post"}),
    ],
    "sq": [
        ("klaster", EVERYTHING),
        ("klasterët", EVERYTHING),
        ("politika e klasterëve", {"kick-off", "assessment", "about"}),
        ("kupon inovacioni", {"vouchers"}),
        ("bashkëpunim", {"workshop"}),
        ("bashkepunimi nderkufitar", {"workshop"}),
        ("specializimi i mençur", {"ris3"}),
        ("menaxher klasteri", {"workshop", "training"}),
        ("Evropa Juglindore", {"kick-off", "assessment"}),
        ("strategjia", {"ris3"}),
        ("qytet", {"post"}),
        ("rajonet", {"kick-off", "about", "ris3", "post"}),
    ],
    "hr": [
        ("klaster", {"kick-off", "vouchers", "workshop", "ris3", "training"}),
        ("klasteri", {"kick-off", "vouchers", "workshop", "ris3", "training"}),
        ("klasterima", {"kick-off", "vouchers", "workshop", "ris3", "training"}),
        ("klasterska politika", {"kick-off", "assessment", "about"}),
        ("inovacijski vaučer", {"vouchers"}),
        ("inovacijski vauceri", {"vouchers"}),
        ("suradnja među klasterima", {"workshop"}),
        ("pametna specijalizacija", {"ris3"}),
        ("upravitelj klastera", {"workshop", "training"}),
        ("jugoistočna Europa", {"kick-off", "assessment"}),
    ],
    "sr": [
        ("кластер", {"kick-off", "vouchers", "workshop", "ris3", "training", "post"}),
        ("кластери", {"kick-off", "vouchers", "workshop", "ris3", "training", "post"}),
        ("klasteri", {"kick-off", "vouchers", "workshop", "ris3", "training", "post"}),
        ("кластерска политика", {"kick-off", "assessment", "about"}),
        ("klasterska politika", {"kick-off", "assessment", "about"}),
        ("иновациони ваучер", {"vouchers"}),
        ("inovacioni vaučeri", {"vouchers"}),
        ("сарадња између кластера", {"workshop"}),
        ("паметна специјализација", {"ris3"}),
        ("менаџер кластера", {"workshop", "training"}),
        ("југоисточна Европа", {"kick-off", "assessment"}),
        ("klasterima", {"kick-off", "vouchers", "workshop", "ris3", "training", "post"}),
        ("strategija", {"ris3", "post"}),
    ],
}
